/**
 * CSV for the practice's complaints register: RFC 4180 (CRLF line ends, fields with a comma,
 * quote, CR or LF quoted, quotes doubled), UTF-8 with a byte-order mark so Excel reads accents
 * and emoji correctly.
 *
 * Comment text is written by the public, so a cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) gets a leading apostrophe (OWASP "CSV injection").
 */
import type { Region } from '../settings/types.ts';
import { COMPLAINT_STATUS_LABELS, type ComplaintRecord } from './record.ts';
import { formatUkDateTime } from './ukDate.ts';
import { isOverdue } from './workingDays.ts';

export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefixes a cell a spreadsheet would treat as a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function escapeCsvField(cell: string): string {
  const safe = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to RFC 4180 text, every line ending CRLF, formulas neutralised. No byte-order mark. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(escapeCsvField).join(',')}\r\n`).join('');
}

export const COMPLAINTS_CSV_HEADER = [
  'Commenter',
  'Comment',
  'Link',
  'Moved on',
  'Staff',
  'Acknowledge by',
  'Status',
  'Notes',
  'Overdue',
  'Last updated',
  'Reference',
] as const;

function dateTimeCell(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatUkDateTime(date);
}

export interface ComplaintsCsvOptions {
  /** For records without a usable due date; defaults to England and Wales. */
  region?: Region;
  /** "Now" for the Overdue column; defaults to the current time. */
  now?: Date;
}

/** The complaints log as a CSV file's text (byte-order mark first), oldest complaint first. */
export function complaintsToCsv(records: readonly ComplaintRecord[], opts: ComplaintsCsvOptions = {}): string {
  const region = opts.region ?? 'england-and-wales';
  const now = opts.now ?? new Date();
  const sorted = [...records].sort((a, b) => Date.parse(a.movedAt) - Date.parse(b.movedAt));
  const rows = sorted.map((r) => [
    r.commenter,
    r.text,
    r.permalink,
    dateTimeCell(r.movedAt),
    r.staffInitials,
    r.dueDate,
    COMPLAINT_STATUS_LABELS[r.status],
    r.notes,
    isOverdue(r, now, region) ? 'Yes' : 'No',
    dateTimeCell(r.updatedAt),
    r.id,
  ]);
  return CSV_BOM + toCsv([[...COMPLAINTS_CSV_HEADER], ...rows]);
}

/** A file name for the export, e.g. `calmreply-complaints-2025-03-14.csv`. */
export function complaintsCsvFileName(now: Date): string {
  return `calmreply-complaints-${formatUkDateTime(now).slice(0, 10)}.csv`;
}
