/**
 * "Move to complaints": one click that puts the complaints note in the reply box, records the
 * complaint in the log and marks the comment handled.
 *
 * What a careful practice expects when a step fails:
 * - the note needs a detail that is not set (e.g. how to reach the complaints lead): nothing is
 *   inserted or recorded; the person is told what to add in Options;
 * - the note could not be put in the reply box NOR copied to the clipboard: nothing is recorded
 *   and the comment stays unhandled, so it is still on the list to deal with;
 * - the note is in the box (or on the clipboard) but the log could not be saved: the person is
 *   told plainly, and the comment stays unhandled so it is not forgotten.
 * A second click (or the in-page menu, or another tab) never makes a second record: the record id
 * is the comment id, checked before anything happens, and concurrent calls share one run.
 */
import { createComplaintRecord, type ComplaintRecord } from '../core/complaints/record.ts';
import { ukDateOf } from '../core/complaints/ukDate.ts';
import type { HandledState } from '../core/handled.ts';
import type { Settings } from '../core/settings/types.ts';
import type { InsertOutcome, TabComment } from '../platform/message-types.ts';
import { complaints, handledStates } from '../platform/records.ts';
import { markHandled } from './handled.ts';
import { runInsert, textReachedStaff, type InsertFn } from './insert.ts';
import { complaintsNoteChoice } from './replies.ts';

export type MoveComment = Pick<TabComment, 'id' | 'author' | 'firstName' | 'text' | 'permalink' | 'tags'>;

export interface MoveInput {
  comment: MoveComment;
  settings: Settings;
  now?: Date;
  insert: InsertFn;
}

export type MoveResult =
  | { status: 'moved'; record: ComplaintRecord; handled: HandledState; outcome: InsertOutcome }
  | { status: 'already'; record: ComplaintRecord }
  | { status: 'not-ready'; reason: string }
  | { status: 'insert-failed'; outcome: InsertOutcome }
  | { status: 'save-failed'; outcome: InsertOutcome; error: string };

/** The log's record id for a comment: one record per comment, whoever moves it and from where. */
export function complaintIdFor(commentId: string): string {
  return commentId;
}

const inFlight = new Map<string, Promise<MoveResult>>();

export function moveToComplaints(input: MoveInput): Promise<MoveResult> {
  const running = inFlight.get(input.comment.id);
  if (running) return running;
  const run = move(input).finally(() => inFlight.delete(input.comment.id));
  inFlight.set(input.comment.id, run);
  return run;
}

async function move({ comment, settings, now = new Date(), insert }: MoveInput): Promise<MoveResult> {
  const id = complaintIdFor(comment.id);
  const existing = await complaints.get(id);
  if (existing) {
    // Already in the log (perhaps from another tab): make sure the comment shows it, nothing more.
    if (!(await handledStates.get(comment.id))) await markHandled(comment, 'complaint', settings, new Date(existing.movedAt));
    return { status: 'already', record: existing };
  }

  const note = complaintsNoteChoice(comment, settings);
  if (!note.ready) return { status: 'not-ready', reason: note.blockedBecause ?? 'The complaints note is not ready.' };

  const outcome = await runInsert(insert, note.rendered.text);
  if (!textReachedStaff(outcome)) return { status: 'insert-failed', outcome };

  const record = createComplaintRecord({
    id,
    comment: { id: comment.id, author: comment.author, text: comment.text, permalink: comment.permalink },
    movedAt: now,
    staffInitials: settings.practice.staffInitials,
    region: settings.practice.region,
  });
  try {
    await complaints.set(id, record);
    const handled = await markHandled(comment, 'complaint', settings, now);
    return { status: 'moved', record, handled, outcome };
  } catch (error) {
    return { status: 'save-failed', outcome, error: error instanceof Error ? error.message : String(error) };
  }
}

function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** What to tell the person after "Move to complaints", in British English. */
export function moveMessage(result: MoveResult, firstName: string): string {
  const who = firstName.trim() || 'the commenter';
  switch (result.status) {
    case 'moved': {
      const where = result.outcome.method === 'clipboard'
        ? `The note is copied: paste it into ${who}'s reply box (Ctrl+V)`
        : `The note is in ${who}'s reply box`;
      return `${where}. Check it, then press Enter on Facebook to post. Complaint logged: acknowledge by ${ukDate(result.record.dueDate)}.`;
    }
    case 'already':
      return `Already in the complaints log (moved ${ukDate(ukDateOf(new Date(result.record.movedAt)))}). Nothing new was added.`;
    case 'not-ready':
      return `The complaints note is not ready: ${result.reason}. Nothing was logged.`;
    case 'insert-failed':
      return `${result.outcome.message || 'The note could not be put in the reply box or copied.'} Nothing was logged.`;
    case 'save-failed':
      return `The note is ready to post, but the complaint could not be saved in the log (${result.error}). Please try again before posting.`;
  }
}
