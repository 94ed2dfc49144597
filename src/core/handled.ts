/**
 * What has been done about a comment, remembered per comment id so the next pass (by any member
 * of staff on this browser) shows what is done. One storage key per comment (`handled:<id>`), so
 * two tabs marking different comments never overwrite each other.
 *
 * A comment the Page itself has already replied to counts as handled for everyone; that is read
 * from the page, not stored, hence the extra 'page-replied' label.
 */
import * as v from 'valibot';

export const HANDLED_STATES = ['replied', 'complaint', 'dismissed'] as const;
export type HandledKind = (typeof HANDLED_STATES)[number];

export interface HandledState {
  commentId: string;
  state: HandledKind;
  /** ISO 8601 instant. */
  at: string;
  staffInitials: string;
}

export const HANDLED_KEY_PREFIX = 'handled:';

export function handledKey(commentId: string): string {
  return `${HANDLED_KEY_PREFIX}${commentId}`;
}

export function isHandledKey(key: string): boolean {
  return key.startsWith(HANDLED_KEY_PREFIX) && key.length > HANDLED_KEY_PREFIX.length;
}

export function createHandledState(
  commentId: string,
  state: HandledKind,
  at: Date,
  staffInitials: string,
): HandledState {
  return { commentId, state, at: at.toISOString(), staffInitials: staffInitials.trim() };
}

const HandledStateSchema = v.object({
  commentId: v.pipe(v.string(), v.minLength(1)),
  state: v.picklist(HANDLED_STATES),
  at: v.pipe(
    v.string(),
    v.check((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s))),
  ),
  staffInitials: v.optional(v.string(), ''),
});

/** Reads a stored value defensively: a valid state (unknown fields dropped) or null. */
export function validateHandledState(value: unknown): HandledState | null {
  const result = v.safeParse(HandledStateSchema, value);
  return result.success ? result.output : null;
}

const LABELS: Record<HandledKind | 'page-replied', string> = {
  replied: 'Replied',
  complaint: 'Moved to complaints',
  dismissed: 'Dismissed',
  'page-replied': 'Page replied',
};

export function handledLabel(state: HandledKind | 'page-replied'): string {
  return LABELS[state];
}
