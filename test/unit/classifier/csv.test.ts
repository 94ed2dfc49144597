import { describe, expect, test } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../../scripts/lib/csv.ts';
import { normalise } from '../../../src/core/classifier/normalise.ts';

describe('CSV reader (RFC 4180)', () => {
  test('quoted fields, doubled quotes, commas and newlines inside quotes, CRLF', () => {
    const text = 'id,text\r\n1,"Hello, ""world"""\r\n2,"two\nlines"\n3,plain\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'text'],
      ['1', 'Hello, "world"'],
      ['2', 'two\nlines'],
      ['3', 'plain'],
    ]);
  });

  test('records are keyed by the header; a missing last newline is fine', () => {
    expect(parseCsvRecords('a,b\nx,\n"y",z')).toEqual([
      { a: 'x', b: '' },
      { a: 'y', b: 'z' },
    ]);
  });
});

describe('normalise', () => {
  test.each([
    ["Can't get an APPT!!! sooooo annoyed 😡", ' cant get an appt . so annoyed '],
    ['cnt get a docs appt 2day', ' cant get a docs appt today '],
    ['f***ing disgrace *** here', ' f***ing disgrace here '],
    ['it took 8.10 mins! Really?', ' it took 8 10 mins . really '],
    ['Café – naïve', ' cafe naive '],
    ['', '  '],
  ])('%j → %j', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });
});
