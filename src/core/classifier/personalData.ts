import { byFirstCharacter } from './alternation.ts';
import { splitAlternatives } from './firstChars.ts';
import { CONDITIONS, HEALTH_DETAIL, MEDICINES } from './knowledge/personalData.ts';
import { isValidNhsNumber } from './nhsNumber.ts';

/**
 * Detectors for identifying details, run on the raw text (digits and capitals matter here).
 * Each returns a short reason or nothing; the reasons deliberately do not repeat the number.
 */
// Grouped 3-3-4 as printed on NHS letters, or as people regroup it ("9960 308 243"); the match
// is then held to exactly ten digits.
const TEN_DIGITS = /(?<![\d+])\d{3,4}[ -]?\d{3}[ -]?\d{3,4}(?!\d)/g;
const NHS_CUE = /\bnhs (?:no|num|number|#)/i;
const TEN_DIGITS_ANY = /(?<!\d)(?:\d{3}[ -]?\d{3}[ -]?\d{4}|\d{4}[ -]?\d{3}[ -]?\d{3})(?!\d)/;
const UK_PHONE = /(?<![\d])(?:\+44[ -]?(?:\(0\)[ -]?)?|0)(?:[1-37-9]\d{1,4})(?:[ -]?\d){6,8}(?!\d)/;
const DATE = /(?<!\d)(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19\d\d|20[01]\d|\d\d)(?!\d)/;
const FULL_OLD_DATE = /(?<!\d)(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19\d\d|200\d)(?!\d)/;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/** A date written with the month's name ("1st May 1950", "May 1st 1950"); a birth year when old. */
const WORDED_DATE = new RegExp(`(?<![\\d\\w])(?:${DAY} (?:of )?${MONTH}|${MONTH} ${DAY}),? (?:19\\d\\d|20[0-2]\\d)(?!\\d)`, 'i');
const WORDED_OLD_DATE = new RegExp(`(?<![\\d\\w])(?:${DAY} (?:of )?${MONTH}|${MONTH} ${DAY}),? (?:19\\d\\d|200\\d)(?!\\d)`, 'i');
/** Every old date (FULL_OLD_DATE, WORDED_OLD_DATE) holds one of these years. */
const OLD_YEAR = /19\d\d|200\d/;
const DOB_CUE = /\b(?:dob|d\.o\.b|date of birth|born(?: on)?|birthday)\b/i;
const POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b/i;
const ADDRESS = /\b\d{1,4}[a-z]? [A-Za-z]+(?: [A-Za-z]+)? (?:road|rd|street|st|lane|ln|avenue|ave|close|drive|way|crescent|court|grove|terrace|place|gardens|walk|mews|view|hill|park|row|square)\b/i;
const ADDRESS_CUE = / (?:i live at|my address is|address is|we live at|lives at) /;

/**
 * A cheap first check: most comments name no condition or medicine at all. Grouped by first
 * letter (alternation.ts): it runs on every comment.
 */
const HEALTH_WORD = new RegExp(` (?:${byFirstCharacter(splitAlternatives(`${CONDITIONS}|${MEDICINES}`))})(?= )`);

export function personalDataReasons(raw: string, normalised: string): string[] {
  const reasons: string[] = [];
  if (/\d/.test(raw)) {
    const phone = UK_PHONE.test(raw);
    TEN_DIGITS.lastIndex = 0;
    for (let m = TEN_DIGITS.exec(raw); m; m = TEN_DIGITS.exec(raw)) {
      if (isValidNhsNumber(m[0])) {
        reasons.push('contains an NHS number');
        break;
      }
    }
    if (!reasons.length && NHS_CUE.test(raw) && TEN_DIGITS_ANY.test(raw)) reasons.push('gives an NHS number');
    if (phone) reasons.push('contains a phone number');
    // A date counts beside a birth cue, an old one alone. The cue is read first and the old dates
    // only where an old year is written: the worded dates' expression is slow, and few comments
    // give a date at all.
    if ((DOB_CUE.test(raw) && (DATE.test(raw) || WORDED_DATE.test(raw))) || (OLD_YEAR.test(raw) && (FULL_OLD_DATE.test(raw) || WORDED_OLD_DATE.test(raw)))) reasons.push('contains a date of birth');
    if (POSTCODE.test(raw)) reasons.push('contains a postcode');
    else if (ADDRESS.test(raw)) reasons.push('contains an address');
  }
  if (ADDRESS_CUE.test(normalised) && !reasons.some((r) => r.includes('address') || r.includes('postcode'))) reasons.push('gives an address');
  const health = HEALTH_WORD.test(normalised) ? HEALTH_DETAIL.exec(normalised) : null;
  if (health) reasons.push(`mentions '${health[0]}'`);
  return reasons;
}
