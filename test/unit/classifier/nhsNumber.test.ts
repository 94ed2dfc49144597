import { describe, expect, test } from 'vitest';
import { isValidNhsNumber } from '../../../src/core/classifier/nhsNumber.ts';
import { classify } from '../../../src/core/classifier/index.ts';

describe('NHS number check digit (modulus 11)', () => {
  test.each(['943 476 5919', '9434765919', '943-476-5919', '401 023 2137', '485 777 3457'])('%s is valid', (n) => {
    expect(isValidNhsNumber(n)).toBe(true);
  });

  test.each([
    ['943 476 5918', 'check digit changed'],
    ['943 476 5929', 'a middle digit changed'],
    ['843 476 5919', 'first digit changed'],
    ['943 476 591', 'nine digits'],
    ['94347659190', 'eleven digits'],
    ['abc def ghij', 'not digits'],
    ['', 'empty'],
  ])('%s is not valid (%s)', (n) => {
    expect(isValidNhsNumber(n)).toBe(false);
  });

  test('a number whose check digit would be 10 is never valid', () => {
    // 1234567890: weights give 10 as the check value, so no tenth digit can make it valid.
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`123456789${d}`)).toBe(false);
  });

  test('only a valid NHS number (or one introduced as such) tags personal data', () => {
    const tags = (t: string) => classify(t).tags.map((x) => x.id);
    expect(tags('here it is 943 476 5919')).toContain('personal_data');
    expect(tags('here it is 943 476 5918')).not.toContain('personal_data');
    expect(tags('my nhs number is 943 476 5918')).toContain('personal_data');
  });
});
