/**
 * Finding the Lexical composers: the post's "Write a comment…/Comment as {Page}" box and the
 * reply box of a comment. Messenger's chat box is also a contenteditable textbox (and Lexical),
 * so every lookup is anchored on the comment or the post, never on the page at large.
 */
import { REPLY_WORDS, matchesWord } from './labels.ts';
import { identify, inChatDock, isPostDialog, threadRoot } from './identity.ts';
import { actionRow, ownedButtons } from './comments.ts';
import { SELECTORS } from './selectors.ts';
import { textOf } from './text.ts';

const ARTICLE = SELECTORS.article;

/** The article's own "Reply" button: by wording in any known locale, else by position (Like, Reply, …). */
export function findReplyButton(article: HTMLElement): HTMLElement | null {
  const identity = identify(article);
  const row = actionRow(article, identity?.permalink ?? null);
  const buttons = ownedButtons(article);
  const rowButtons = row ? buttons.filter((b) => row.contains(b) && !b.getAttribute('aria-haspopup')) : [];
  const byWord = (b: HTMLElement): boolean => matchesWord(textOf(b) || (b.getAttribute('aria-label') ?? ''), REPLY_WORDS);
  return rowButtons.find(byWord) ?? (rowButtons.length >= 2 ? rowButtons[1] ?? null : null) ?? buttons.find(byWord) ?? null;
}

function composersIn(container: Element): HTMLElement[] {
  const list = [...container.querySelectorAll<HTMLElement>(SELECTORS.composer)];
  if (container.matches(SELECTORS.composer)) list.unshift(container as HTMLElement);
  const usable = list.filter((c) => !inChatDock(c));
  // A real Lexical editor first: a bare contenteditable is a last resort.
  return [...usable.filter((c) => c.matches(SELECTORS.lexicalComposer)), ...usable.filter((c) => !c.matches(SELECTORS.lexicalComposer))];
}

/**
 * The composer that replies to this article: inside it, in the reply container after it, or in
 * its thread's list item. A reply uses its thread's composer, as Facebook does.
 */
export function findReplyComposer(article: HTMLElement): HTMLElement | null {
  const root = threadRoot(article);
  for (const host of root === article ? [article] : [article, root]) {
    const own = composersIn(host).find((c) => c.closest(ARTICLE) === host);
    if (own) return own;
  }
  // Sibling layout: after the thread's article, up to the next comment article.
  for (let s = root.nextElementSibling; s && !s.matches(ARTICLE); s = s.nextElementSibling) {
    const found = composersIn(s).find((c) => c.closest(ARTICLE) === null || c.closest(ARTICLE) === root);
    if (found) return found;
  }
  const item = root.parentElement?.closest('li');
  if (item) {
    const found = composersIn(item).find((c) => c.closest(ARTICLE) === null);
    if (found) return found;
  }
  return null;
}

/** The post's top-level comment composer under root (pass postContainerOf(article) on a timeline). */
export function findPostComposer(root: ParentNode): HTMLElement | null {
  const isDoc = (root as Node).nodeType === 9;
  const container = isDoc ? (root as Document).documentElement : (root as Element);
  const dialog = isDoc ? commentDialog(root as Document) : null;
  for (const scope of dialog ? [dialog, container] : [container]) {
    const found = composersIn(scope).find((c) => c.closest(ARTICLE) === null && !inThread(c));
    if (found) return found;
  }
  return null;
}

function inThread(composer: Element): boolean {
  const item = composer.closest('li');
  return item !== null && item.querySelector(ARTICLE) !== null;
}

function commentDialog(doc: Document): Element | null {
  for (const dialog of doc.querySelectorAll(SELECTORS.dialog)) {
    if (!inChatDock(dialog) && isPostDialog(dialog)) return dialog;
  }
  return null;
}
