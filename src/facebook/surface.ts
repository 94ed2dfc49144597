/** Which kind of page this is, and the counts the popup shows when no comments are found. */
import { findCommentArticles } from './comments.ts';
import { identify, inChatDock, isPostDialog } from './identity.ts';
import { SELECTORS, type SelectorName } from './selectors.ts';
import type { Diagnostics, Surface } from './types.ts';

const SINGLE_POST_PATH = /\/(posts|permalink\.php|story\.php|photo|photos|watch|videos|reel)(\/|\.|$)/i;
const PROFILE_PATH = /^\/(profile\.php|people\/[^/]+\/\d+|[^/]+)\/?$/i;
const POST_MARKERS = `${SELECTORS.postAuthor}, ${SELECTORS.storyMessage}`;

export function detectSurface(doc: Document): Surface {
  for (const dialog of doc.querySelectorAll(SELECTORS.dialog)) {
    if (inChatDock(dialog) || !isPostDialog(dialog)) continue;
    if (dialog.querySelector(POST_MARKERS) || findCommentArticles(dialog).length > 0) return 'dialog';
  }
  const main = doc.querySelector(SELECTORS.main) ?? doc.body;
  if (!main) return 'none';
  // Headers not nested in another post's body: a shared post carries its original's header.
  const headers = [...main.querySelectorAll(SELECTORS.postAuthor)].filter((h) => !h.closest(SELECTORS.storyMessage)).length;
  const hasComments = findCommentArticles(main).length > 0;
  const path = pathOf(doc);
  if (SINGLE_POST_PATH.test(path) && (headers > 0 || hasComments)) return 'permalink';
  if (headers >= 2) return 'timeline';
  // One post loaded so far on a Page's own address is still its timeline.
  if (headers === 1) return PROFILE_PATH.test(path) ? 'timeline' : 'permalink';
  return hasComments ? 'permalink' : 'none';
}

function pathOf(doc: Document): string {
  try {
    return new URL(doc.location?.href ?? '').pathname;
  } catch {
    return '';
  }
}

export function diagnose(doc: Document): Diagnostics {
  const articles = findCommentArticles(doc);
  const markers = {} as Record<SelectorName, number>;
  for (const [name, selector] of Object.entries(SELECTORS) as [SelectorName, string][]) {
    markers[name] = doc.querySelectorAll(selector).length;
  }
  return {
    surface: detectSurface(doc),
    articles: articles.length,
    identified: articles.filter((a) => identify(a) !== null).length,
    lang: doc.documentElement.lang || '',
    url: pathOf(doc),
    markers,
  };
}
