/** Dates as the log shows them: UK day first, UK time. */
import { toUkDateTime } from '../core/complaints/ukDate.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "14/03/2025 16:00" in UK time. */
export function ukDateTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const { date: day, time } = toUkDateTime(date);
  return `${dmy(day)} ${time}`;
}

/** "Wed 19/03/2025" for a `YYYY-MM-DD` date. */
export function ukDay(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return `${WEEKDAYS[date.getUTCDay()]} ${dmy(isoDate)}`;
}
