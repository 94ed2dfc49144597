/**
 * The small in-page menu a tag opens: why it was tagged, the scripted replies (Insert / Copy),
 * Move to complaints, Mark handled / Dismiss. The same actions as the popup (src/actions/).
 * Built with DOM calls and textContent only: comment text is never parsed as HTML.
 */
import { CATEGORY_META } from '../core/categories.ts';
import type { Settings } from '../core/settings/types.ts';
import {
  clearHandled, insertMessage, insertReply, markHandled, moveMessage, moveToComplaints, replyChoices,
  type InsertFn, type ReplyChoice,
} from '../actions/index.ts';
import type { TabComment } from '../platform/message-types.ts';
import type { Pill } from './pill.ts';

export interface MenuContext {
  comment: TabComment;
  settings: Settings;
  insert: InsertFn;
  openPage: (page: 'options' | 'complaints') => void;
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function button(label: string, onClick: () => void | Promise<void>, primary = false): HTMLButtonElement {
  const b = node('button', label, primary ? 'primary' : undefined);
  b.type = 'button';
  b.addEventListener('click', (event) => {
    event.stopPropagation();
    void onClick();
  });
  return b;
}

function preview(choice: ReplyChoice): HTMLElement {
  const box = node('div', undefined, 'preview');
  for (const part of choice.rendered.parts) {
    if (part.kind === 'text') box.append(document.createTextNode(part.value));
    else if (part.placeholder !== 'firstName') box.append(node('mark', part.label, 'missing'));
  }
  return box;
}

let openPill: Pill | null = null;
let closeListeners: AbortController | null = null;

export function closeMenu(): void {
  if (!openPill) return;
  const pill = openPill;
  openPill = null;
  closeListeners?.abort();
  pill.setMenuOpen(false);
  pill.menu.replaceChildren();
}

export function openMenu(pill: Pill, context: MenuContext): void {
  if (openPill === pill) {
    closeMenu();
    pill.button.focus();
    return;
  }
  closeMenu();
  const { comment, settings, insert } = context;
  const menu = pill.menu;
  const status = node('p', undefined, 'status');
  status.setAttribute('role', 'status');
  const say = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };

  menu.setAttribute('role', 'dialog');
  menu.setAttribute('aria-label', `CalmReply: ${comment.author || 'comment'}`);
  menu.replaceChildren(node('h2', `Why CalmReply tagged this`));
  const reasons = node('ul', undefined, 'reasons');
  for (const id of comment.tags) {
    const item = node('li');
    item.append(node('b', `${CATEGORY_META[id].label}: `), document.createTextNode((comment.reasons[id] ?? []).join('; ')));
    reasons.append(item);
  }
  menu.append(reasons);

  for (const choice of replyChoices(comment, settings)) {
    const block = node('div', undefined, 'choice');
    block.append(node('h2', `${CATEGORY_META[choice.category].label} · ${choice.template.title}`), preview(choice));
    const actions = node('div', undefined, 'actions');
    const insertButton = button('Insert reply', async () => {
      const outcome = await insertReply(insert, choice.rendered.text);
      say(insertMessage(outcome, comment.firstName), !outcome.ok);
    }, true);
    insertButton.disabled = !choice.ready;
    const copy = button('Copy', async () => {
      try {
        await navigator.clipboard.writeText(choice.rendered.text);
        say('Copied. Paste it into the reply box.');
      } catch {
        say('Could not copy. Use Insert reply instead.', true);
      }
    });
    copy.disabled = !choice.ready;
    actions.append(insertButton, copy);
    block.append(actions);
    if (choice.blockedBecause) {
      block.append(node('p', choice.blockedBecause));
      block.append(button('Open Options', () => context.openPage('options')));
    }
    menu.append(block);
  }

  const footer = node('div', undefined, 'actions');
  if (comment.tags.includes('complaint') && comment.handled?.kind !== 'complaint') {
    footer.append(button('Move to complaints', async () => {
      const result = await moveToComplaints({ comment, settings, insert });
      say(moveMessage(result, comment.firstName), result.status !== 'moved' && result.status !== 'already');
    }, true));
  }
  if (comment.handled && comment.handled.kind !== 'page-replied') {
    footer.append(button('Mark as not handled', async () => {
      await clearHandled(comment);
      say('Marked as not handled.');
    }));
  } else {
    footer.append(
      button('Mark handled', async () => {
        await markHandled(comment, 'replied', settings);
        say('Marked as handled.');
      }),
      button('Dismiss', async () => {
        await markHandled(comment, 'dismissed', settings);
        say('Dismissed: it no longer counts as waiting.');
      }),
    );
  }
  footer.append(button('Complaints log', () => context.openPage('complaints')));
  menu.append(footer, status);

  openPill = pill;
  pill.setMenuOpen(true);
  closeListeners = new AbortController();
  const { signal } = closeListeners;
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      closeMenu();
      pill.button.focus();
    }
  }, { signal });
  // A click anywhere else on the page closes the menu, as menus do.
  document.addEventListener('click', (event) => {
    if (!event.composedPath().includes(pill.host)) closeMenu();
  }, { signal, capture: true });
  menu.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
}
