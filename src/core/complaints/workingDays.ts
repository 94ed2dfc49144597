/**
 * Working-day arithmetic for the complaints log.
 *
 * The NHS Complaints Regulations 2009 (regulation 13(1)) ask for an acknowledgement "not later
 * than 3 working days after the day on which it receives the complaint", and define a working day
 * as any day except a Saturday, a Sunday, Christmas Day, Good Friday or a bank holiday. So the day
 * of receipt never counts, even when it is a working day:
 *   moved Monday → due Thursday; moved Friday → due Wednesday;
 *   moved Saturday or Sunday → Monday is day 1, due Wednesday;
 *   moved at 23:30 UK time on a Friday → a Friday complaint, due Wednesday.
 */
import type { Region } from '../settings/types.ts';
import { isBankHoliday } from './bankHolidays.ts';
import { addDays, isIsoDate, isWeekend, toIsoDate, ukDateOf, type IsoDate } from './ukDate.ts';

/** Working days allowed for an acknowledgement (regulation 13). */
export const ACKNOWLEDGEMENT_WORKING_DAYS = 3;

export function isWorkingDay(isoDate: IsoDate, region: Region): boolean {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not a calendar date: ${isoDate}`);
  return !isWeekend(isoDate) && !isBankHoliday(isoDate, region);
}

/**
 * The date `n` working days after the UK calendar day of `from` (that day itself never counts).
 * `from` is a Date, an ISO instant (converted to its Europe/London date) or a `YYYY-MM-DD` date.
 * `n = 0` returns the day of `from` itself.
 */
export function addWorkingDays(from: Date | string, n: number, region: Region): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
  let day = toIsoDate(from);
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, region)) counted += 1;
  }
  return day;
}

/** The day by which a complaint moved at `movedAt` must be acknowledged. */
export function acknowledgementDueDate(movedAt: Date | string, region: Region): IsoDate {
  return addWorkingDays(movedAt, ACKNOWLEDGEMENT_WORKING_DAYS, region);
}

export interface DueDateHolder {
  status: string;
  dueDate: string;
  movedAt: string;
}

/**
 * True when a complaint is still waiting for its acknowledgement and its due date has passed in
 * UK time (on the due date itself it is not yet overdue). The stored due date is what the log
 * shows, so it wins; `region` is only used when a record lacks a usable one.
 */
export function isOverdue(record: DueDateHolder, now: Date, region: Region): boolean {
  if (record.status !== 'new') return false;
  const due = isIsoDate(record.dueDate) ? record.dueDate : acknowledgementDueDate(record.movedAt, region);
  return ukDateOf(now) > due;
}
