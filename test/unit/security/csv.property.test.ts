/**
 * The complaints CSV carries the public's words into the practice's spreadsheet: whatever a
 * record holds, the file parses back (RFC 4180) to exactly those cells, with a byte-order mark,
 * and no cell can start a formula.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_STATUSES, COMPLAINTS_CSV_HEADER, complaintsToCsv, CSV_BOM, type ComplaintRecord } from '../../../src/core/complaints/index.ts';
import { HOSTILE_SAMPLES, hostileText } from './hostile.ts';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. Throws on anything else. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quoted field');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          cell += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') throw new Error(`bare quote in an unquoted field at ${i}`);
          cell += text[i++];
        }
      }
      row.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      }
      throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
    }
    rows.push(row);
  }
  return rows;
}

const FORMULA = /^[=+\-@\t\r]/;
const unneutralise = (cell: string, original: string) => (FORMULA.test(original) ? cell.replace(/^'/, '') : cell);

const isoInstant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const recordArb: fc.Arbitrary<ComplaintRecord> = fc.record({
  id: hostileText.filter((s) => s.length > 0),
  commentId: hostileText,
  commenter: hostileText,
  text: hostileText,
  permalink: hostileText,
  movedAt: isoInstant,
  staffInitials: hostileText,
  dueDate: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  status: fc.constantFrom(...COMPLAINT_STATUSES),
  notes: hostileText,
  updatedAt: isoInstant,
});

// Columns copied straight from the record (the others are dates and labels CalmReply writes).
const COPIED: ReadonlyArray<[number, keyof ComplaintRecord]> = [
  [0, 'commenter'], [1, 'text'], [2, 'permalink'], [4, 'staffInitials'], [5, 'dueDate'], [7, 'notes'], [10, 'id'],
];

function checkFile(records: ComplaintRecord[]): void {
  const csv = complaintsToCsv(records, { now: new Date('2026-01-01T12:00:00Z') });
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const rows = parseCsv(csv.slice(CSV_BOM.length));
  expect(rows[0]).toEqual([...COMPLAINTS_CSV_HEADER]);
  expect(rows.length).toBe(records.length + 1);
  // The export lists the oldest complaint first (a stable sort on movedAt).
  const sorted = [...records].sort((a, b) => Date.parse(a.movedAt) - Date.parse(b.movedAt));
  sorted.forEach((record, r) => {
    const row = rows[r + 1]!;
    expect(row.length).toBe(COMPLAINTS_CSV_HEADER.length);
    for (const [column, field] of COPIED) {
      const original = String(record[field]);
      expect(unneutralise(row[column]!, original)).toBe(original);
      if (FORMULA.test(original)) expect(row[column]).toBe(`'${original}`);
    }
  });
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA);
}

describe('complaints CSV with hostile records', { timeout: 60_000 }, () => {
  it('parses back to the same cells, with a BOM, and no cell starts a formula', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 8 }), (records) => checkFile(records)), { numRuns: 300 });
  });

  it('keeps every hostile sample intact in every copied column', () => {
    const records = HOSTILE_SAMPLES.map((sample, i): ComplaintRecord => ({
      id: `id-${i}${sample}`, commentId: String(i), commenter: sample, text: sample, permalink: sample,
      movedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(), staffInitials: sample, dueDate: '2025-02-03',
      status: 'new', notes: sample, updatedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
    }));
    checkFile(records);
  });

  it('the reader used here rejects malformed CSV (so the round trip above means something)', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/unterminated/);
    expect(() => parseCsv('a,b"c\r\n')).toThrow(/bare quote/);
    expect(() => parseCsv('a,b\n')).toThrow(/CRLF/);
    expect(parseCsv('a,"b,""c""\r\nd"\r\n')).toEqual([['a', 'b,"c"\r\nd']]);
  });
});
