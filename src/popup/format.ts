/** Small text helpers for the popup's rows (plain text only: comment text is never HTML). */
import { formatUkDateTime, ukDateOf } from '../core/complaints/ukDate.ts';
import { handledLabel } from '../core/handled.ts';
import type { PracticeDetails } from '../core/settings/types.ts';
import type { TabComment } from '../platform/message-types.ts';

export const SNIPPET_LENGTH = 90;

export function snippet(text: string, max = SNIPPET_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > max * 0.6 ? atWord : cut}…`;
}

/** "Moved to complaints · JB · 14:05" (today) or "… · 12/03 14:05". */
export function handledText(handled: NonNullable<TabComment['handled']>, now: Date = new Date()): string {
  const parts = [handledLabel(handled.kind)];
  if (handled.staffInitials) parts.push(handled.staffInitials);
  const at = handled.at ? new Date(handled.at) : null;
  if (at && !Number.isNaN(at.getTime())) {
    const [date = '', time = ''] = formatUkDateTime(at).split(' ');
    parts.push(ukDateOf(at) === ukDateOf(now) ? time : `${date.slice(8, 10)}/${date.slice(5, 7)} ${time}`);
  }
  return parts.join(' · ');
}

const NEEDED: ReadonlyArray<[keyof PracticeDetails, string]> = [
  ['name', 'practice name'],
  ['phone', 'phone number'],
  ['complaintsContact', 'complaints contact'],
  ['signature', 'signature'],
  ['staffInitials', 'your initials'],
];

/** The practice details the replies and the log rely on that are still empty. */
export function missingPracticeDetails(practice: PracticeDetails): string[] {
  return NEEDED.filter(([key]) => String(practice[key] ?? '').trim() === '').map(([, label]) => label);
}

export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
