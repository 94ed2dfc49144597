/**
 * Putting a reply into Facebook's Lexical composer — never submitting it. Lexical reverts DOM
 * edits made behind its back, so text goes in the way a person's paste does (facebook-dom.md):
 * focus, caret to the end, one tick, a synthetic paste; then verify, fall back to execCommand.
 * Never dispatch Enter and never click the submit button: posting stays the person's act.
 */
import { findReplyButton, findReplyComposer } from './composer.ts';
import { SELECTORS } from './selectors.ts';

export type ComposerMethod = 'paste' | 'execCommand';

const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The comment article that owns a node (for re-reading a comment when its text changes). */
export function owningCommentArticle(node: Element): HTMLElement | null {
  return node.closest<HTMLElement>(SELECTORS.article);
}

/** The comment's reply box, clicking its Reply button first when the box does not exist yet. */
export async function openReplyComposer(article: HTMLElement, timeoutMs = 3_000): Promise<HTMLElement | null> {
  const existing = findReplyComposer(article);
  if (existing) return existing;
  const button = findReplyButton(article);
  if (!button) return null;
  button.click();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await tick(50);
    const composer = findReplyComposer(article);
    if (composer) return composer;
  }
  return null;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, '');
}

/** True once the composer's text contains the whole of `text` (line breaks aside). */
export function composerHas(composer: HTMLElement, text: string): boolean {
  return normalise(composer.textContent ?? '').includes(normalise(text));
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await tick(40);
  }
  return check();
}

function caretToEnd(composer: HTMLElement): void {
  const selection = composer.ownerDocument.getSelection();
  if (!selection) return;
  const range = composer.ownerDocument.createRange();
  range.selectNodeContents(composer);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function paste(composer: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  // dataType/data are Firefox's extra init fields; without them its paste arrives empty.
  const init = { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true };
  composer.dispatchEvent(new ClipboardEvent('paste', init as ClipboardEventInit));
}

function execInsert(composer: HTMLElement, text: string): void {
  const doc = composer.ownerDocument;
  text.split('\n').forEach((line, index) => {
    if (index > 0) doc.execCommand('insertParagraph');
    if (line) doc.execCommand('insertText', false, line);
  });
}

/**
 * Inserts text at the end of the composer. Resolves with the method that worked, or null when
 * the text did not arrive (the caller then offers the clipboard).
 */
export async function insertIntoComposer(composer: HTMLElement, text: string): Promise<ComposerMethod | null> {
  composer.focus();
  caretToEnd(composer);
  // Chromium drops an insert made in the same tick as the first focus.
  await tick();
  paste(composer, text);
  if (await waitFor(() => composerHas(composer, text), 400)) return 'paste';
  composer.focus();
  caretToEnd(composer);
  execInsert(composer, text);
  if (await waitFor(() => composerHas(composer, text), 400)) return 'execCommand';
  return null;
}
