/**
 * The tag pill drawn beside a comment's author: one focusable button per comment (text + icon +
 * colour for each tag, never colour alone), its reasons on hover and focus, and a menu slot.
 * Lives in a shadow root on a prefixed host; comment-derived text is only ever set as text.
 */
import { CATEGORY_META } from '../core/categories.ts';
import type { TagHit } from '../core/classifier/index.ts';
import { handledLabel } from '../core/handled.ts';
import type { HandledKind } from '../platform/message-types.ts';
import { PILL_CSS } from './pill-styles.ts';

export const HOST_TAG = 'calmreply-tag';
const ours = new WeakSet<Element>();

/** True for pill hosts made by this content script instance (stale copies are not ours). */
export function isOurHost(el: Element): boolean {
  return ours.has(el);
}

export interface PillModel {
  tags: readonly TagHit[];
  handled: { kind: HandledKind; staffInitials?: string } | null;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class Pill {
  readonly host: HTMLElement;
  readonly menu: HTMLElement;
  readonly button: HTMLButtonElement;
  readonly #tip: HTMLElement;

  constructor(onActivate: (pill: Pill) => void) {
    this.host = document.createElement(HOST_TAG);
    // Inline too: a page rule on our element name would beat :host. The negative block margins
    // make the ~18 px pill take ~8 px of its line, so the line (and the comment) never grows:
    // a comment that grows moves everything below it, and on a long post the browser then
    // re-walks every later comment (measured: ~25 ms a frame at 2,000 comments). It also means
    // the text does not jump as tags appear.
    this.host.setAttribute('style', 'all: initial; display: inline-flex; vertical-align: middle; margin: -5px 4px; position: relative;');
    ours.add(this.host);
    const root = this.host.attachShadow({ mode: 'open' });
    const style = el('style');
    style.textContent = PILL_CSS;
    this.button = el('button', 'pill');
    this.button.type = 'button';
    this.button.setAttribute('aria-haspopup', 'dialog');
    this.button.setAttribute('aria-expanded', 'false');
    this.#tip = el('div', 'tip');
    this.#tip.id = 'tip';
    this.#tip.setAttribute('role', 'tooltip');
    this.button.setAttribute('aria-describedby', 'tip');
    this.menu = el('div', 'menu');
    this.menu.hidden = true;
    root.append(style, this.button, this.#tip, this.menu);
    this.button.addEventListener('click', (event) => {
      // Facebook listens on ancestors (opening the comment, hovercards): keep the click ours.
      event.stopPropagation();
      event.preventDefault();
      onActivate(this);
    });
  }

  /** What the pill last showed: redrawing the same thing would still cost the page a layout. */
  #shown = '';

  update(model: PillModel): void {
    const shown = JSON.stringify([model.tags.map((t) => [t.id, t.reasons]), model.handled]);
    if (shown === this.#shown) return;
    this.#shown = shown;
    const labels = model.tags.map((t) => CATEGORY_META[t.id].label);
    const handled = model.handled ? handledLabel(model.handled.kind) : null;
    this.button.replaceChildren();
    this.button.classList.toggle('is-handled', handled !== null);
    for (const tag of model.tags) {
      const meta = CATEGORY_META[tag.id];
      const span = el('span', 'tag');
      span.dataset.tag = tag.id;
      span.style.background = meta.background;
      span.style.color = meta.foreground;
      const icon = el('span', undefined, meta.icon);
      icon.setAttribute('aria-hidden', 'true');
      span.append(icon, document.createTextNode(meta.label));
      this.button.append(span);
    }
    if (handled) {
      const done = el('span', 'handled', `✓ ${handled}`);
      this.button.append(done);
    }
    this.button.setAttribute('aria-label',
      `CalmReply: ${labels.join(', ')}${handled ? ` (${handled})` : ''}. Show reasons and replies`);
    this.#renderTip(model.tags, handled, model.handled?.staffInitials);
  }

  #renderTip(tags: readonly TagHit[], handled: string | null, initials?: string): void {
    const list = el('ul');
    for (const tag of tags) {
      const item = el('li');
      item.append(el('b', undefined, `${CATEGORY_META[tag.id].label}: `), document.createTextNode(tag.reasons.join('; ')));
      list.append(item);
    }
    this.#tip.replaceChildren(list);
    if (handled) this.#tip.append(el('div', undefined, `${handled}${initials ? ` by ${initials}` : ''}`));
  }

  setMenuOpen(open: boolean): void {
    this.menu.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    this.host.toggleAttribute('data-menu-open', open);
  }

  get menuOpen(): boolean {
    return !this.menu.hidden;
  }
}
