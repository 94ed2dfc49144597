/**
 * Comment and reply extraction. Only reads roles, aria, dir and link parameters; never class
 * names, never layout (no innerText), never fixture-only data-* attributes.
 */
import { isCommentLabel, SEE_MORE_WORDS, authorFromLabel, matchesWord } from './labels.ts';
import { baseFor, cleanPermalink, parseCommentLink, profileKey } from './links.ts';
import { hasCommentLink, identify, inScope, owns } from './identity.ts';
import { postAuthorKey, postAuthorName } from './post.ts';
import { SCOPE, SELECTORS } from './selectors.ts';
import { textOf } from './text.ts';
import type { FbComment } from './types.ts';

const ARTICLE = SELECTORS.article;
const NOT_TEXT = `${SELECTORS.button}, ${SELECTORS.composer}, ${SELECTORS.loading}, [contenteditable="true"]`;

/** Every comment/reply article in root (root included), in document order, never Messenger's. */
export function findCommentArticles(root: ParentNode): HTMLElement[] {
  const node = root as Node;
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  const pageHasScope = doc ? doc.querySelector(SCOPE) !== null : false;
  const out: HTMLElement[] = [];
  // An added node handed over by a MutationObserver may itself be the comment.
  if (node.nodeType === 1 && (node as Element).matches(ARTICLE) && looksLikeComment(node as HTMLElement) && inScope(node as Element, pageHasScope)) {
    out.push(node as HTMLElement);
  }
  for (const el of root.querySelectorAll<HTMLElement>(ARTICLE)) {
    if (looksLikeComment(el) && inScope(el, pageHasScope)) out.push(el);
  }
  return out;
}

function looksLikeComment(el: HTMLElement): boolean {
  return hasCommentLink(el) || isCommentLabel(el.getAttribute('aria-label') ?? '');
}

/** Cheap test for nodes added to the page (MutationObserver). */
export function isCommentArticle(el: Element): boolean {
  return el.matches(ARTICLE) && looksLikeComment(el as HTMLElement) && inScope(el);
}

/** The action row: the list holding the time link and Like/Reply, owned by this article. */
export function actionRow(article: HTMLElement, permalink: Element | null): Element | null {
  const start = permalink ?? ownedButtons(article).find((b) => !inTextBlock(article, b)) ?? null;
  if (!start) return null;
  const row = start.closest('ul, ol, [role="list"]') ?? start.parentElement?.parentElement ?? null;
  return row && row !== article && owns(article, row) ? row : null;
}

export function ownedButtons(article: HTMLElement): HTMLElement[] {
  return [...article.querySelectorAll<HTMLElement>(SELECTORS.button)].filter((b) => owns(article, b));
}

function inTextBlock(article: HTMLElement, el: Element): boolean {
  const block = el.parentElement?.closest(SELECTORS.textBlock);
  return !!block && owns(article, block) && article.contains(block) && !block.closest('a');
}

/** The outermost owned text paragraphs, outside links, buttons, the action row and composers. */
function textBlocks(article: HTMLElement, row: Element | null): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const block of article.querySelectorAll<HTMLElement>(SELECTORS.textBlock)) {
    if (!owns(article, block) || block.closest('a') || block.closest(NOT_TEXT)) continue;
    if (row?.contains(block)) continue;
    if (out.some((outer) => outer.contains(block))) continue;
    out.push(block);
  }
  return out;
}

function isAttachment(a: Element): boolean {
  return a.querySelector('img, svg, video') !== null && (a.textContent ?? '').trim() === '';
}

/**
 * The author's name link: the first owned link with text that carries the comment's own id (profile
 * links do, as base64) — so a badge or other link placed before the name is not taken for it;
 * failing that, the first owned link with text that is not a permalink.
 */
function authorAnchor(article: HTMLElement, permalink: Element | null): HTMLAnchorElement | null {
  const base = baseFor(article.ownerDocument);
  let fallback: HTMLAnchorElement | null = null;
  for (const a of article.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (a === permalink || !owns(article, a) || a.getAttribute('aria-hidden') === 'true') continue;
    const link = parseCommentLink(a.getAttribute('href') ?? '', base);
    if (link?.commentId && link.onPost) continue;
    if (textOf(a) === '') continue;
    if (link && !link.onPost) return a;
    fallback ??= a;
  }
  return fallback;
}

function precedes(el: Element, author: Element | null): boolean {
  return author !== null && (el.compareDocumentPosition(author) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

export function extractComment(article: HTMLElement): FbComment | null {
  const identity = identify(article);
  if (!identity) return null;
  const permalink = identity.permalink;
  const row = actionRow(article, permalink);
  const author = authorAnchor(article, permalink);
  const blocks = textBlocks(article, row);
  // A link before the author's name is header, not what they wrote: a "Top fan" or other badge.
  const skip = (el: Element): boolean =>
    el === author || el === permalink || el.matches(ARTICLE) || el.matches(NOT_TEXT) || el === row ||
    (el.tagName === 'A' && (el.getAttribute('aria-hidden') === 'true' || isAttachment(el) || precedes(el, author)));
  const text = blocks.length > 0
    ? blocks.map((block) => textOf(block, skip)).filter((t) => t !== '').join(' ')
    : textOf(article, skip);
  const label = article.getAttribute('aria-label') ?? '';
  const authorName = author ? textOf(author) : authorFromLabel(label);
  return {
    id: identity.id,
    parentId: identity.parentId,
    isReply: identity.parentId !== null,
    author: authorName,
    text,
    permalink: identity.link ? cleanPermalink(identity.link.url) : '',
    timeLabel: permalink ? textOf(permalink) || (permalink.getAttribute('aria-label') ?? '') : '',
    truncated: findSeeMore(article) !== null,
    authorIsPage: isPageAuthor(article, author, authorName),
  };
}

function isPageAuthor(article: HTMLElement, author: HTMLAnchorElement | null, name: string): boolean {
  // Name or profile link: a Page's link can take several forms (slug, profile.php?id=, /people/…).
  const pageKey = postAuthorKey(article);
  const href = author?.getAttribute('href');
  const key = href ? profileKey(href, baseFor(article.ownerDocument)) : null;
  if (pageKey && key && pageKey === key) return true;
  const pageName = postAuthorName(article);
  return !!pageName && name !== '' && pageName.toLowerCase() === name.toLowerCase();
}

/** The article's own "See more" (inside its text, or by wording), never a nested reply's. */
export function findSeeMore(article: HTMLElement): HTMLElement | null {
  for (const button of ownedButtons(article)) {
    if (button.getAttribute('aria-haspopup')) continue;
    const words = textOf(button) || (button.getAttribute('aria-label') ?? '');
    if (matchesWord(words, SEE_MORE_WORDS)) return button;
    if (inTextBlock(article, button) && !button.closest('a')) return button;
  }
  return null;
}

/** Where a tag pill goes: beside the author's name, owned by this article. */
export function findTagAnchor(article: HTMLElement): HTMLElement | null {
  const identity = identify(article);
  const author = authorAnchor(article, identity?.permalink ?? null);
  if (author) return author;
  return textBlocks(article, null)[0] ?? null;
}
