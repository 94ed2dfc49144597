/**
 * One complaint in the local log. Each record lives under its own storage key
 * (`complaint:<id>`), so two tabs moving complaints at once never overwrite each other's list.
 */
import * as v from 'valibot';
import type { Region } from '../settings/types.ts';
import { acknowledgementDueDate } from './workingDays.ts';
import { isIsoDate } from './ukDate.ts';

export const COMPLAINT_STATUSES = ['new', 'acknowledged', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  closed: 'Closed',
};

export interface ComplaintRecord {
  id: string;
  commentId: string;
  commenter: string;
  /** The comment as it was when moved (it may be edited or deleted on Facebook later). */
  text: string;
  permalink: string;
  /** ISO 8601 instant. */
  movedAt: string;
  staffInitials: string;
  /** `YYYY-MM-DD`: acknowledge by this UK date. */
  dueDate: string;
  status: ComplaintStatus;
  notes: string;
  /** ISO 8601 instant of the last change. */
  updatedAt: string;
}

export const COMPLAINT_KEY_PREFIX = 'complaint:';

export function complaintKey(id: string): string {
  return `${COMPLAINT_KEY_PREFIX}${id}`;
}

export function isComplaintKey(key: string): boolean {
  return key.startsWith(COMPLAINT_KEY_PREFIX) && key.length > COMPLAINT_KEY_PREFIX.length;
}

export interface NewComplaintInput {
  comment: { id: string; author: string; text: string; permalink: string };
  movedAt: Date;
  staffInitials: string;
  region: Region;
  /** Defaults to a random UUID. */
  id?: string;
}

function newId(): string {
  // crypto.randomUUID exists in every target (extension pages, content scripts, Node ≥ 19).
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function createComplaintRecord(input: NewComplaintInput): ComplaintRecord {
  const movedAt = input.movedAt.toISOString(); // throws a RangeError for an invalid Date
  return {
    id: input.id ?? newId(),
    commentId: input.comment.id,
    commenter: input.comment.author,
    text: input.comment.text,
    permalink: input.comment.permalink,
    movedAt,
    staffInitials: input.staffInitials.trim(),
    dueDate: acknowledgementDueDate(input.movedAt, input.region),
    status: 'new',
    notes: '',
    updatedAt: movedAt,
  };
}

// Staff may step back one status to undo a slip; "new → closed" covers a complaint withdrawn or
// resolved before it needed acknowledging.
const TRANSITIONS: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  new: ['acknowledged', 'closed'],
  acknowledged: ['closed', 'new'],
  closed: ['acknowledged'],
};

export function nextStatuses(status: ComplaintStatus): readonly ComplaintStatus[] {
  return TRANSITIONS[status];
}

export function canMoveTo(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** A copy with the new status; throws a RangeError for a transition the log does not allow. */
export function withStatus(record: ComplaintRecord, status: ComplaintStatus, now: Date): ComplaintRecord {
  if (!canMoveTo(record.status, status)) {
    throw new RangeError(`A complaint cannot go from ${record.status} to ${status}`);
  }
  return { ...record, status, updatedAt: now.toISOString() };
}

export function withNotes(record: ComplaintRecord, notes: string, now: Date): ComplaintRecord {
  return { ...record, notes, updatedAt: now.toISOString() };
}

const isoInstant = v.pipe(
  v.string(),
  v.check((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s))),
);

const ComplaintRecordSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  commentId: v.string(),
  commenter: v.string(),
  text: v.string(),
  permalink: v.string(),
  movedAt: isoInstant,
  staffInitials: v.string(),
  dueDate: v.pipe(v.string(), v.check(isIsoDate)),
  status: v.picklist(COMPLAINT_STATUSES),
  notes: v.optional(v.string(), ''),
  updatedAt: v.optional(isoInstant),
});

/**
 * Reads a stored value defensively: a valid record (unknown fields dropped, a missing `notes` or
 * `updatedAt` filled in) or null.
 */
export function validateComplaintRecord(value: unknown): ComplaintRecord | null {
  const result = v.safeParse(ComplaintRecordSchema, value);
  if (!result.success) return null;
  const { updatedAt, ...rest } = result.output;
  return { ...rest, updatedAt: updatedAt ?? rest.movedAt };
}
