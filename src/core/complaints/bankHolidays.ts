/**
 * UK bank holidays by rule, per region, for any year.
 *
 * Why a rule table and not the `date-holidays` package: that package carries every country's data
 * and costs about 241 KB gzipped (1.49 MB minified) in an extension page, for some twenty dates a
 * year. The table below is checked against date-holidays for 2020–2035 in
 * test/unit/complaints/bankHolidays.test.ts, where the package is a dev-only oracle.
 *
 * One-off holidays are proclaimed a few months ahead, so future ones are unknown here. Missing one
 * makes an acknowledgement due date a day early, never late, which is the safe side.
 */
import type { Region } from '../settings/types.ts';
import { addDays, isoFromParts, isWeekend, weekdayOf, type IsoDate } from './ukDate.ts';

export interface BankHoliday {
  /** The day off (a substitute weekday when the holiday itself falls at a weekend). */
  date: IsoDate;
  name: string;
}

export const REGIONS: readonly Region[] = ['england-and-wales', 'scotland', 'northern-ireland'];

export const REGION_LABELS: Record<Region, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoFromParts(year, month, day);
}

function firstMonday(year: number, month: number): IsoDate {
  const first = isoFromParts(year, month, 1);
  return addDays(first, (8 - weekdayOf(first)) % 7);
}

function lastMonday(year: number, month: number): IsoDate {
  const last = isoFromParts(year, month + 1, 0);
  return addDays(last, -((weekdayOf(last) + 6) % 7));
}

// Proclaimed one-offs and moved holidays, UK-wide. `replaces` names the usual holiday that moved.
const ONE_OFFS: Record<number, Array<BankHoliday & { replaces?: string }>> = {
  2020: [{ date: '2020-05-08', name: 'Early May bank holiday (VE Day)', replaces: 'Early May bank holiday' }],
  2022: [
    { date: '2022-06-02', name: 'Spring bank holiday', replaces: 'Spring bank holiday' },
    { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
    { date: '2022-09-19', name: 'State Funeral of Queen Elizabeth II' },
  ],
  2023: [{ date: '2023-05-08', name: 'Coronation of King Charles III' }],
};

/** Holidays on a fixed date; at a weekend they are replaced by the next free weekday. */
function fixedDates(year: number, region: Region): BankHoliday[] {
  const list: BankHoliday[] = [{ date: isoFromParts(year, 1, 1), name: "New Year's Day" }];
  if (region === 'scotland') list.push({ date: isoFromParts(year, 1, 2), name: '2nd January' });
  if (region === 'northern-ireland') {
    list.push({ date: isoFromParts(year, 3, 17), name: "St Patrick's Day" });
    list.push({ date: isoFromParts(year, 7, 12), name: 'Battle of the Boyne (Orangemen’s Day)' });
  }
  if (region === 'scotland') list.push({ date: isoFromParts(year, 11, 30), name: "St Andrew's Day" });
  list.push({ date: isoFromParts(year, 12, 25), name: 'Christmas Day' });
  list.push({ date: isoFromParts(year, 12, 26), name: 'Boxing Day' });
  return list;
}

function movableDates(year: number, region: Region): BankHoliday[] {
  const easter = easterSunday(year);
  const list: BankHoliday[] = [{ date: addDays(easter, -2), name: 'Good Friday' }];
  if (region !== 'scotland') list.push({ date: addDays(easter, 1), name: 'Easter Monday' });
  list.push({ date: firstMonday(year, 5), name: 'Early May bank holiday' });
  list.push({ date: lastMonday(year, 5), name: 'Spring bank holiday' });
  list.push({
    date: region === 'scotland' ? firstMonday(year, 8) : lastMonday(year, 8),
    name: 'Summer bank holiday',
  });
  const oneOffs = ONE_OFFS[year] ?? [];
  const moved = new Set(oneOffs.flatMap((o) => (o.replaces ? [o.replaces] : [])));
  return [
    ...list.filter((h) => !moved.has(h.name)),
    ...oneOffs.map(({ date, name }) => ({ date, name })),
  ];
}

function computeBankHolidays(year: number, region: Region): BankHoliday[] {
  const result = movableDates(year, region);
  const fixed = fixedDates(year, region);
  // Weekday holidays first, so a substitute never lands on a day that is already a holiday
  // (Christmas on a Sunday: Boxing Day stays on Monday, Christmas moves to Tuesday).
  for (const holiday of fixed) if (!isWeekend(holiday.date)) result.push(holiday);
  const taken = new Set(result.map((h) => h.date));
  for (const holiday of fixed) {
    if (!isWeekend(holiday.date)) continue;
    let day = addDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    result.push({ date: day, name: `${holiday.name} (substitute day)` });
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const cache = new Map<string, BankHoliday[]>();

/** The bank holidays (days off, all weekdays) of one year in one region, in date order. */
export function bankHolidays(year: number, region: Region): readonly BankHoliday[] {
  if (!Number.isInteger(year)) throw new RangeError(`Not a year: ${year}`);
  const key = `${region}:${year}`;
  let list = cache.get(key);
  if (!list) {
    list = computeBankHolidays(year, region);
    cache.set(key, list);
  }
  return list;
}

export function bankHolidayOn(date: IsoDate, region: Region): BankHoliday | undefined {
  return bankHolidays(Number(date.slice(0, 4)), region).find((h) => h.date === date);
}

export function isBankHoliday(date: IsoDate, region: Region): boolean {
  return bankHolidayOn(date, region) !== undefined;
}
