/**
 * Calendar dates in UK local time. A complaint moved at 00:30 on a Saturday in June (BST) is still
 * Friday in UTC, but the practice received it on Saturday; so every "which day was it" question
 * goes through Europe/London, never UTC and never the machine's own zone.
 */

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// One formatter, built on first use: constructing Intl formatters is the slow part.
let londonFormatter: Intl.DateTimeFormat | undefined;

function formatter(): Intl.DateTimeFormat {
  londonFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return londonFormatter;
}

export interface UkDateTime {
  date: IsoDate;
  /** `HH:mm`, 24-hour clock. */
  time: string;
}

/** The UK wall-clock date and time of an instant. Throws a RangeError for an invalid Date. */
export function toUkDateTime(instant: Date): UkDateTime {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  const parts: Record<string, string> = {};
  for (const part of formatter().formatToParts(instant)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** The UK calendar date of an instant. */
export function ukDateOf(instant: Date): IsoDate {
  return toUkDateTime(instant).date;
}

/** `YYYY-MM-DD HH:mm` in UK local time: how dates are written in the log and its CSV. */
export function formatUkDateTime(instant: Date): string {
  const { date, time } = toUkDateTime(instant);
  return `${date} ${time}`;
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A date-only string is taken as that UK calendar date; anything else is parsed as an instant
 * (ISO 8601 with a time and zone) and converted to its UK date.
 */
export function toIsoDate(from: Date | string): IsoDate {
  if (typeof from === 'string') {
    if (ISO_DATE.test(from)) {
      if (!isIsoDate(from)) throw new RangeError(`Not a calendar date: ${from}`);
      return from;
    }
    return ukDateOf(new Date(from));
  }
  return ukDateOf(from);
}

// Day arithmetic on calendar dates runs in UTC, where every day is 24 hours long.
function toUtc(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return fromUtc(new Date(Date.UTC(year, month - 1, day)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtc(utc);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}
