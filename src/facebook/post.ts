/** The post a comment belongs to: its header (the Page that wrote it) and its container. */
import { baseFor, profileKey } from './links.ts';
import { SELECTORS } from './selectors.ts';
import { textOf } from './text.ts';

// Ancestor → the post header found from it. Without it, every comment would search its whole
// comment list again (quadratic on a long thread).
const headerCache = new WeakMap<Element, Element | null>();

interface PostHeader {
  header: Element;
  container: HTMLElement;
}

function findHeader(article: Element): PostHeader | null {
  const visited: Element[] = [];
  let node = article.parentElement;
  let found: PostHeader | null = null;
  while (node) {
    if (headerCache.has(node)) {
      const cached = headerCache.get(node) ?? null;
      if (cached === null) break;
      if (cached.isConnected) {
        // The cache holds the header for every ancestor below the post's container too (the
        // comment list): climb to the one that holds it rather than search the list again.
        let container: Element | null = node;
        while (container && !container.contains(cached)) container = container.parentElement;
        if (container) {
          found = { header: cached, container: container as HTMLElement };
          break;
        }
      }
    }
    visited.push(node);
    const hit = node.querySelector(SELECTORS.postAuthor);
    if (hit) {
      found = { header: hit, container: node };
      break;
    }
    node = node.parentElement;
  }
  for (const el of visited) headerCache.set(el, found?.header ?? null);
  return found;
}

function headerLink(header: Element): HTMLAnchorElement | null {
  return header.querySelector<HTMLAnchorElement>('a[href]');
}

/** The name of the Page (or person) that wrote the post this comment is under; null when unknown. */
export function postAuthorName(article: HTMLElement): string | null {
  const found = findHeader(article);
  if (!found) return null;
  const link = headerLink(found.header);
  const name = textOf(link ?? found.header);
  return name === '' ? null : name;
}

/** Profile key of the post's author (see profileKey), or null. */
export function postAuthorKey(article: HTMLElement): string | null {
  const found = findHeader(article);
  const href = found ? headerLink(found.header)?.getAttribute('href') : null;
  return href ? profileKey(href, baseFor(article.ownerDocument)) : null;
}

/** The smallest element holding both the post's header and this comment (for the post composer). */
export function postContainerOf(article: HTMLElement): HTMLElement | null {
  return findHeader(article)?.container ?? null;
}
