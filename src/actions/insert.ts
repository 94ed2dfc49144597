/**
 * Putting a reply into a comment's reply box. The content script does the Lexical insertion and
 * its own fallbacks; here the step is a parameter (`InsertFn`) so the popup (over messages) and
 * the in-page menu (a direct call) share every action built on it.
 */
import type { InsertOutcome } from '../platform/message-types.ts';
import { sendToTab } from '../platform/messages.ts';

export type InsertFn = (text: string) => Promise<InsertOutcome>;

const NO_CONTENT_SCRIPT: InsertOutcome = {
  ok: false,
  method: 'none',
  message: 'CalmReply could not reach the Facebook tab. Reload the tab, then try again.',
};

/** Inserts through the content script of a tab; never rejects (a lost tab is an outcome too). */
export function tabInserter(tabId: number, commentId: string): InsertFn {
  return async (text) => {
    try {
      return await sendToTab(tabId, 'tab:insert-reply', { commentId, text });
    } catch {
      return NO_CONTENT_SCRIPT;
    }
  };
}

/** Calls insert, turning a thrown error into a failed outcome so callers have one path. */
export async function runInsert(insert: InsertFn, text: string): Promise<InsertOutcome> {
  try {
    return await insert(text);
  } catch (error) {
    return { ok: false, method: 'none', message: `The reply could not be put in the box: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** True when the text is either in the reply box or on the clipboard, ready to paste. */
export function textReachedStaff(outcome: InsertOutcome): boolean {
  return outcome.ok && outcome.method !== 'none';
}

function possessive(firstName: string): string {
  const name = firstName.trim();
  if (!name) return "the commenter's";
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** What to tell the person after an insert, in British English. */
export function insertMessage(outcome: InsertOutcome, firstName: string): string {
  if (outcome.ok && (outcome.method === 'paste' || outcome.method === 'execCommand')) {
    return `Reply put in ${possessive(firstName)} reply box. Check it, then press Enter on Facebook to post.`;
  }
  if (outcome.ok && outcome.method === 'clipboard') {
    return `The reply box would not take the text, so it is copied instead. Click in ${possessive(firstName)} reply box and paste it (Ctrl+V), then check it before posting.`;
  }
  return outcome.message || 'The reply could not be put in the box or copied. Use Copy, then paste it yourself.';
}

/** Inserts a reply (never submits). */
export function insertReply(insert: InsertFn, text: string): Promise<InsertOutcome> {
  return runInsert(insert, text);
}
