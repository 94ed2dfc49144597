import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { bankHolidays, easterSunday, isBankHoliday, REGIONS } from '../../../src/core/complaints/bankHolidays.ts';
import { isWeekend } from '../../../src/core/complaints/ukDate.ts';
import type { Region } from '../../../src/core/settings/types.ts';

// date-holidays is the oracle here only: it is far too large to ship (see bankHolidays.ts).
const ORACLE_STATE: Record<Region, string[]> = {
  'england-and-wales': ['ENG', 'WLS'],
  scotland: ['SCT'],
  'northern-ireland': ['NIR'],
};

function oracleDaysOff(year: number, state: string): string[] {
  const days = new Holidays('GB', state)
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => h.date.slice(0, 10))
    .filter((d) => !isWeekend(d)); // the oracle also lists the weekend date a substitute replaces
  return [...new Set(days)].sort();
}

describe('bank holidays agree with date-holidays, 2020–2035', () => {
  for (const region of REGIONS) {
    for (const state of ORACLE_STATE[region]) {
      it(`${region} (${state})`, () => {
        for (let year = 2020; year <= 2035; year++) {
          const ours = bankHolidays(year, region).map((h) => h.date);
          expect(ours, `${region} ${year}`).toEqual(oracleDaysOff(year, state));
        }
      });
    }
  }
});

describe('Easter Sunday (anonymous Gregorian algorithm)', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('named holidays and substitute days', () => {
  it.each<[string, Region, string]>([
    ['2025-12-01', 'scotland', "St Andrew's Day (substitute day)"], // 30 Nov 2025 is a Sunday
    ['2026-11-30', 'scotland', "St Andrew's Day"],
    ['2024-03-18', 'northern-ireland', "St Patrick's Day (substitute day)"], // 17 Mar 2024 is a Sunday
    ['2026-03-17', 'northern-ireland', "St Patrick's Day"],
    ['2025-07-14', 'northern-ireland', 'Battle of the Boyne (Orangemen’s Day) (substitute day)'],
    ['2026-07-13', 'northern-ireland', 'Battle of the Boyne (Orangemen’s Day) (substitute day)'],
    ['2026-12-28', 'england-and-wales', 'Boxing Day (substitute day)'], // 26 Dec 2026 is a Saturday
    ['2027-12-27', 'england-and-wales', 'Christmas Day (substitute day)'], // 25 Dec 2027 is a Saturday
    ['2027-12-28', 'england-and-wales', 'Boxing Day (substitute day)'],
    ['2022-12-27', 'scotland', 'Christmas Day (substitute day)'], // Sunday; Boxing Day keeps Monday
    ['2027-01-04', 'scotland', '2nd January (substitute day)'], // 2 Jan 2027 is a Saturday
    ['2023-05-08', 'northern-ireland', 'Coronation of King Charles III'],
    ['2020-05-08', 'england-and-wales', 'Early May bank holiday (VE Day)'],
    ['2026-08-03', 'scotland', 'Summer bank holiday'],
    ['2026-08-31', 'england-and-wales', 'Summer bank holiday'],
  ])('%s is a bank holiday in %s: %s', (date, region, name) => {
    expect(bankHolidays(Number(date.slice(0, 4)), region).find((h) => h.date === date)?.name).toBe(name);
  });

  it.each<[string, Region]>([
    ['2026-04-06', 'scotland'], // Easter Monday is not a Scottish bank holiday
    ['2026-08-31', 'scotland'], // Scotland's summer holiday is the first Monday
    ['2026-08-03', 'england-and-wales'],
    ['2026-11-30', 'england-and-wales'], // St Andrew's Day: Scotland only
    ['2026-03-17', 'england-and-wales'], // St Patrick's Day: Northern Ireland only
    ['2026-01-02', 'northern-ireland'], // 2 January: Scotland only
    ['2020-05-04', 'england-and-wales'], // moved to 8 May for VE Day in 2020
    ['2022-05-30', 'england-and-wales'], // moved to 2 June for the Platinum Jubilee in 2022
  ])('%s is not a bank holiday in %s', (date, region) => {
    expect(isBankHoliday(date, region)).toBe(false);
  });

  it('lists only weekdays, in date order, with no repeats', () => {
    for (const region of REGIONS) {
      for (let year = 2020; year <= 2040; year++) {
        const dates = bankHolidays(year, region).map((h) => h.date);
        expect(dates.some(isWeekend)).toBe(false);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
      }
    }
  });
});
