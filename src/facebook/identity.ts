/**
 * Which article is a comment, what is its id, who is its parent. Structure and link ids first;
 * aria-label wording only as a last resort. Replies may sit inside the parent article (2025–26)
 * or in a list beside it (older markup): both resolve to the same ids.
 */
import { baseFor, parseCommentLink, type CommentLink } from './links.ts';
import { SCOPE, SELECTORS } from './selectors.ts';

const ARTICLE = SELECTORS.article;
const POST_MARKERS = `${SELECTORS.postAuthor}, ${SELECTORS.storyMessage}`;

export interface Identity {
  id: string;
  /** Parent id from the permalink (reply_comment_id form) or from structure; null for a top-level comment. */
  parentId: string | null;
  /** The anchor with the numeric comment_id (the time link), when there is one. */
  permalink: HTMLAnchorElement | null;
  link: CommentLink | null;
}

/** True when `el` belongs to `article` itself rather than to a reply nested inside it. */
export function owns(article: Element, el: Element): boolean {
  return el.closest(ARTICLE) === article;
}

export function inChatDock(el: Element): boolean {
  return el.closest(SELECTORS.chatDock) !== null;
}

/**
 * A post dialog, as opposed to a Messenger chat window (also role=dialog): it is modal or holds
 * a post's header or message.
 */
export function isPostDialog(dialog: Element): boolean {
  return dialog.getAttribute('aria-modal') === 'true' || dialog.querySelector(POST_MARKERS) !== null;
}

/** A page with a main column or post dialog keeps comments inside them (Messenger's dock is outside). */
export function inScope(el: Element, pageHasScope?: boolean): boolean {
  if (inChatDock(el)) return false;
  if (el.closest(SELECTORS.main)) return true;
  for (let d = el.closest(SELECTORS.dialog); d; d = d.parentElement?.closest(SELECTORS.dialog) ?? null) {
    if (isPostDialog(d)) return true;
  }
  const hasScope = pageHasScope ?? el.ownerDocument.querySelector(SCOPE) !== null;
  return !hasScope;
}

export function ownedAnchors(article: HTMLElement): HTMLAnchorElement[] {
  const out: HTMLAnchorElement[] = [];
  for (const a of article.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (owns(article, a)) out.push(a);
  }
  return out;
}

interface LinkHit {
  anchor: HTMLAnchorElement;
  link: CommentLink;
}

function commentLinks(article: HTMLElement): LinkHit[] {
  const base = baseFor(article.ownerDocument);
  const out: LinkHit[] = [];
  for (const anchor of article.querySelectorAll<HTMLAnchorElement>(SELECTORS.commentLink)) {
    if (!owns(article, anchor)) continue;
    const link = parseCommentLink(anchor.getAttribute('href') ?? '', base);
    if (link) out.push({ anchor, link });
  }
  return out;
}

/** Has a link that identifies a comment (numeric or base64 id). Cheap enough for a MutationObserver. */
export function hasCommentLink(article: HTMLElement): boolean {
  return commentLinks(article).length > 0;
}

/**
 * The numeric permalink: the LAST owned anchor with a numeric comment_id, preferring post/photo/
 * video paths — the action row's time link comes after any link pasted into the text.
 */
function pickPermalink(hits: LinkHit[]): LinkHit | null {
  const numeric = hits.filter((hit) => hit.link.commentId !== null);
  const onPost = numeric.filter((hit) => hit.link.onPost);
  return onPost.at(-1) ?? numeric.at(-1) ?? null;
}

/** Own id only (no parent lookup), for walking structure without recursion. */
export function ownId(article: HTMLElement): string | null {
  const hits = commentLinks(article);
  const best = pickPermalink(hits);
  if (best) return best.link.replyId ?? best.link.commentId;
  return hits.find((hit) => hit.link.encodedId !== null)?.link.encodedId ?? null;
}

export function identify(article: HTMLElement): Identity | null {
  const hits = commentLinks(article);
  const best = pickPermalink(hits);
  let id: string | null = null;
  let parentId: string | null = null;
  if (best) {
    id = best.link.replyId ?? best.link.commentId;
    parentId = best.link.replyId !== null ? best.link.commentId : null;
  } else {
    id = hits.find((hit) => hit.link.encodedId !== null)?.link.encodedId ?? null;
  }
  if (id === null) return null;
  if (parentId === null) {
    // No reply_comment_id: a reply is still told by where it sits.
    const root = threadRoot(article);
    if (root !== article) {
      const rootId = ownId(root);
      if (rootId !== null && rootId !== id) parentId = rootId;
    }
  }
  return { id, parentId, permalink: best?.anchor ?? null, link: best?.link ?? null };
}

/**
 * The comment this article replies to, by structure: the closest enclosing comment article, or
 * (sibling layout) a comment article just before one of its nearest few ancestors.
 */
export function structuralParent(article: HTMLElement): HTMLElement | null {
  const enclosing = article.parentElement?.closest<HTMLElement>(ARTICLE) ?? null;
  if (enclosing && hasCommentLink(enclosing)) return enclosing;
  // From the parent up: two top-level comments that are bare siblings must not become parent and reply.
  let node: HTMLElement | null = article.parentElement;
  for (let depth = 0; node && depth < 6; depth++) {
    if (node.matches(SCOPE) || node.matches(ARTICLE)) break;
    let prev = node.previousElementSibling;
    for (let hops = 0; prev && hops < 3; hops++) {
      if (prev.matches(ARTICLE) && hasCommentLink(prev as HTMLElement)) return prev as HTMLElement;
      prev = prev.previousElementSibling;
    }
    node = node.parentElement;
  }
  return null;
}

/** The top-level comment of the thread this article belongs to (itself for a top-level comment). */
export function threadRoot(article: HTMLElement): HTMLElement {
  let current = article;
  for (let guard = 0; guard < 20; guard++) {
    const parent = structuralParent(current);
    if (!parent) break;
    current = parent;
  }
  return current;
}
