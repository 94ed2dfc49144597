import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { REGIONS } from '../../../src/core/complaints/bankHolidays.ts';
import { addDays } from '../../../src/core/complaints/ukDate.ts';
import {
  acknowledgementDueDate,
  addWorkingDays,
  isOverdue,
  isWorkingDay,
} from '../../../src/core/complaints/workingDays.ts';
import type { Region } from '../../../src/core/settings/types.ts';

const EW: Region = 'england-and-wales';
const SCT: Region = 'scotland';
const NI: Region = 'northern-ireland';

describe('acknowledgement due date: 3 working days after the day it was moved', () => {
  // [moved (UK date or instant), region, due, why]
  const cases: Array<[string, Region, string, string]> = [
    // Weekends (March 2025 has no holidays in any region before the 17th).
    ['2025-03-03', EW, '2025-03-06', 'Monday → Thursday'],
    ['2025-03-05', EW, '2025-03-10', 'Wednesday → Monday, over the weekend'],
    ['2025-03-07', EW, '2025-03-12', 'Friday → Wednesday'],
    ['2025-03-08', SCT, '2025-03-12', 'Saturday → Monday is day 1 → Wednesday'],
    ['2025-03-09', NI, '2025-03-12', 'Sunday → Wednesday'],

    // Christmas and New Year 2025–26: 25 and 26 Dec are Thursday and Friday.
    ['2025-12-23', EW, '2025-12-30', 'over Christmas and a weekend'],
    ['2025-12-23', SCT, '2025-12-30', 'over Christmas and a weekend'],
    ['2025-12-23', NI, '2025-12-30', 'over Christmas and a weekend'],
    ['2025-12-29', EW, '2026-01-02', 'over New Year’s Day'],
    ['2025-12-29', SCT, '2026-01-05', 'over New Year’s Day and 2 January'],
    ['2025-12-29', NI, '2026-01-02', 'over New Year’s Day'],

    // Christmas 2026: Boxing Day is a Saturday, substitute Monday 28 December.
    ['2026-12-23', EW, '2026-12-30', 'Christmas Day and the Boxing Day substitute'],
    ['2026-12-23', SCT, '2026-12-30', 'Christmas Day and the Boxing Day substitute'],
    ['2026-12-23', NI, '2026-12-30', 'Christmas Day and the Boxing Day substitute'],
    ['2026-12-30', EW, '2027-01-05', 'New Year’s Day is a Friday'],
    ['2026-12-30', SCT, '2027-01-06', '2 January 2027 is a Saturday, substitute Monday 4th'],
    ['2026-12-30', NI, '2027-01-05', 'New Year’s Day is a Friday'],

    // Christmas 2027: both days at the weekend, substitutes Monday 27 and Tuesday 28.
    ['2027-12-24', EW, '2027-12-31', 'two substitute days'],
    ['2027-12-24', SCT, '2027-12-31', 'two substitute days'],
    ['2027-12-24', NI, '2027-12-31', 'two substitute days'],
    ['2027-12-30', EW, '2028-01-05', 'New Year’s Day 2028 is a Saturday, substitute Monday 3rd'],
    ['2027-12-30', SCT, '2028-01-06', 'and 2 January’s substitute on Tuesday 4th'],
    ['2027-12-30', NI, '2028-01-05', 'New Year’s Day substitute'],

    // Easter: Good Friday everywhere; Easter Monday everywhere except Scotland.
    ['2025-04-17', EW, '2025-04-24', 'Easter 2025'],
    ['2025-04-17', SCT, '2025-04-23', 'Easter 2025, Easter Monday worked'],
    ['2025-04-17', NI, '2025-04-24', 'Easter 2025'],
    ['2026-04-02', EW, '2026-04-09', 'Easter 2026'],
    ['2026-04-02', SCT, '2026-04-08', 'Easter 2026, Easter Monday worked'],
    ['2026-04-02', NI, '2026-04-09', 'Easter 2026'],
    ['2027-03-24', EW, '2027-03-31', 'Easter 2027'],
    ['2027-03-24', SCT, '2027-03-30', 'Easter 2027, Easter Monday worked'],
    ['2027-03-24', NI, '2027-03-31', 'Easter 2027'],

    // Regional holidays.
    ['2026-03-16', NI, '2026-03-20', "St Patrick's Day"],
    ['2026-03-16', EW, '2026-03-19', "St Patrick's Day is worked in England and Wales"],
    ['2025-11-28', SCT, '2025-12-04', "St Andrew's Day substitute, Monday 1 December"],
    ['2025-11-28', EW, '2025-12-03', "St Andrew's Day is worked in England and Wales"],
    ['2026-07-10', NI, '2026-07-16', 'Battle of the Boyne substitute, Monday 13 July'],
    ['2026-07-10', EW, '2026-07-15', 'the Twelfth is worked in England and Wales'],
    ['2026-07-31', SCT, '2026-08-06', "Scotland's summer holiday, first Monday of August"],
    ['2026-07-31', EW, '2026-08-05', 'first Monday of August worked in England and Wales'],
    ['2026-08-28', EW, '2026-09-03', 'summer holiday, last Monday of August'],
    ['2026-08-28', SCT, '2026-09-02', 'last Monday of August worked in Scotland'],

    // Instants are taken in UK local time.
    ['2025-06-13T22:30:00Z', EW, '2025-06-18', 'Friday 23:30 BST counts from Friday'],
    ['2025-06-15T23:30:00Z', EW, '2025-06-19', 'Monday 00:30 BST is Monday, though UTC says Sunday'],
    ['2025-01-10T23:30:00Z', EW, '2025-01-15', 'Friday 23:30 GMT counts from Friday'],
    ['2025-06-16T00:30:00+01:00', EW, '2025-06-19', 'an ISO instant with an offset'],
  ];

  it.each(cases)('moved %s (%s) → due %s: %s', (moved, region, due) => {
    expect(acknowledgementDueDate(moved, region)).toBe(due);
  });

  it('takes a Date in UK time too', () => {
    expect(acknowledgementDueDate(new Date('2025-06-13T22:30:00Z'), EW)).toBe('2025-06-18');
    expect(acknowledgementDueDate(new Date('2025-06-15T23:30:00Z'), EW)).toBe('2025-06-19');
  });
});

describe('the machine’s own time zone makes no difference', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['America/Los_Angeles', 'Asia/Tokyo', 'UTC', 'Europe/London'])('%s', (tz) => {
    process.env.TZ = tz;
    expect(acknowledgementDueDate(new Date('2025-06-15T23:30:00Z'), EW)).toBe('2025-06-19');
    expect(acknowledgementDueDate(new Date('2025-06-13T22:30:00Z'), EW)).toBe('2025-06-18');
  });
});

describe('addWorkingDays', () => {
  it.each<[string, number, Region, string]>([
    ['2025-03-07', 0, EW, '2025-03-07'],
    ['2025-03-08', 0, EW, '2025-03-08'],
    ['2025-03-07', 1, EW, '2025-03-10'],
    ['2025-03-03', 5, EW, '2025-03-10'],
    ['2025-12-19', 5, EW, '2025-12-30'], // 22, 23, 24, 29, 30 December
    ['2025-12-19', 10, SCT, '2026-01-08'], // then 31 Dec, 5–8 Jan (1 and 2 Jan are holidays)
    ['2024-02-28', 1, EW, '2024-02-29'], // leap day
  ])('%s + %i working days (%s) → %s', (from, n, region, expected) => {
    expect(addWorkingDays(from, n, region)).toBe(expected);
  });

  it('refuses what it cannot count', () => {
    expect(() => addWorkingDays('2025-03-03', -1, EW)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-03-03', 1.5, EW)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-02-30', 1, EW)).toThrow(RangeError);
    expect(() => addWorkingDays('not a date', 1, EW)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(Number.NaN), 1, EW)).toThrow(RangeError);
  });

  it('always lands on a working day after the start, with exactly n working days in between', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 15 }),
        fc.constantFrom(...REGIONS),
        (from, n, region) => {
          const start = addWorkingDays(from, 0, region);
          const end = addWorkingDays(from, n, region);
          expect(end > start).toBe(true);
          expect(isWorkingDay(end, region)).toBe(true);
          let counted = 0;
          for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
            if (isWorkingDay(day, region)) counted += 1;
          }
          expect(counted).toBe(n);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('isWorkingDay', () => {
  it.each<[string, Region, boolean]>([
    ['2025-03-10', EW, true], // Monday
    ['2025-03-08', EW, false], // Saturday
    ['2025-03-09', EW, false], // Sunday
    ['2025-12-25', SCT, false],
    ['2026-01-02', SCT, false],
    ['2026-01-02', EW, true],
    ['2026-04-06', SCT, true], // Easter Monday
    ['2026-04-06', NI, false],
    ['2026-04-03', SCT, false], // Good Friday
  ])('%s in %s → %s', (date, region, expected) => {
    expect(isWorkingDay(date, region)).toBe(expected);
  });
});

describe('isOverdue', () => {
  const record = { status: 'new', dueDate: '2025-06-18', movedAt: '2025-06-13T22:30:00.000Z' };

  it('is not overdue on the due date itself, in UK time', () => {
    expect(isOverdue(record, new Date('2025-06-18T22:59:00Z'), EW)).toBe(false); // 23:59 BST
  });

  it('is overdue from the next UK day', () => {
    expect(isOverdue(record, new Date('2025-06-18T23:30:00Z'), EW)).toBe(true); // 00:30 BST on the 19th
  });

  it('is never overdue once acknowledged or closed', () => {
    const later = new Date('2025-07-01T12:00:00Z');
    expect(isOverdue({ ...record, status: 'acknowledged' }, later, EW)).toBe(false);
    expect(isOverdue({ ...record, status: 'closed' }, later, EW)).toBe(false);
  });

  it('works the due date out from the region when a record lacks one', () => {
    const undated = { ...record, dueDate: '' };
    expect(isOverdue(undated, new Date('2025-06-18T12:00:00Z'), EW)).toBe(false);
    expect(isOverdue(undated, new Date('2025-06-19T12:00:00Z'), EW)).toBe(true);
  });
});
