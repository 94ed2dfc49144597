import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNameOf } from '../../../src/core/templates/firstName.ts';

describe('firstNameOf', () => {
  it.each([
    ['Jane Doe', 'Jane'],
    ['  Jane   Doe  ', 'Jane'],
    ['Jane', 'Jane'],
    ['Priya K.', 'Priya'],
    ['Dr. Sam Lee', 'Sam'],
    ['Dr Sam Lee', 'Sam'],
    ['Mrs Margaret Thompson', 'Margaret'],
    ['Prof Ade Okafor', 'Ade'],
    ['JANE DOE', 'Jane'],
    ['jane doe', 'Jane'],
    ['MARY-JANE SMITH', 'Mary-Jane'],
    ['McKenzie Brown', 'McKenzie'],
    ["Siobhán O'Neill", 'Siobhán'],
    ["D'Arcy Jones", "D'Arcy"],
    ['Zoë Ng', 'Zoë'],
    ['Zoe\u0308 Ng', 'Zoë'], // decomposed diaeresis, normalised
    ['Łukasz Nowak', 'Łukasz'],
    ['Jane🌸 Doe', 'Jane'],
    ['🌸 Jane Doe', 'Jane'],
    ['"Jane" Doe', 'Jane'],
    ['Jane (Janey) Doe', 'Jane'],
    ['محمد علي', 'محمد'],
  ])('%j → %j', (input, expected) => {
    expect(firstNameOf(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['🌸🌸🌸', 'emoji only'],
    ['...', 'punctuation only'],
    ['J. Smith', 'an initial'],
    ['J', 'a single letter'],
    ['user12345', 'a user name with digits'],
    ['Jane2 Doe', 'digits in the name'],
    ['Facebook User', "Facebook's name for a deleted account"],
    ['The Riverside Surgery', 'an organisation'],
    ['Abcdefghijklmnopqrstuvwxyzabcdefghij', 'too long to be a first name'],
  ])('%j → "" (%s)', (input) => {
    expect(firstNameOf(input)).toBe('');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (name) => {
        const first = firstNameOf(name);
        expect(typeof first).toBe('string');
        expect(first).not.toMatch(/[\s{}<>]/);
      }),
      { numRuns: 500 },
    );
    expect(firstNameOf(undefined as unknown as string)).toBe('');
    expect(firstNameOf(42 as unknown as string)).toBe('');
  });
});
