/**
 * Text from markup without layout: walks text nodes (innerText would force a reflow per comment,
 * far too slow on a post with thousands of comments). Emoji come from img[alt].
 */

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg']);
const BLOCK_TAGS = new Set(['DIV', 'P', 'BR', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export type SkipFn = (el: Element) => boolean;

/** Collapses runs of whitespace; leaves every other character (zero-width, bidi) to the tagger. */
export function collapse(text: string): string {
  // Not String.trim(): it would also drop U+FEFF, which the tagger must see to normalise.
  return text.replace(/[\t\n\f\r \u00a0]+/g, ' ').replace(/^ | $/g, '');
}

/** Concatenated text of `root`, skipping any element for which `skip` is true (and its subtree). */
export function textOf(root: Node, skip?: SkipFn): string {
  const parts: string[] = [];
  walk(root, skip, parts);
  return collapse(parts.join(''));
}

function walk(root: Node, skip: SkipFn | undefined, parts: string[]): void {
  // Iterative: hostile comments can nest deeply, and recursion would overflow the stack.
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (SKIP_TAGS.has(el.tagName) || (skip && skip(el)) || el.hasAttribute('hidden')) {
        // skipped subtree
      } else if (el.tagName === 'IMG') {
        // Emoji alts only: an attachment's "May be an image of…" is not what the person wrote.
        const alt = el.getAttribute('alt') ?? '';
        if (!/\p{L}{2}/u.test(alt)) parts.push(alt);
      } else {
        if (BLOCK_TAGS.has(el.tagName)) parts.push(' ');
        descend = el.firstChild !== null;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName)) parts.push(' ');
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
}
