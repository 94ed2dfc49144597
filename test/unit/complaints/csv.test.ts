import { describe, expect, it } from 'vitest';
import {
  complaintsCsvFileName,
  complaintsToCsv,
  COMPLAINTS_CSV_HEADER,
  CSV_BOM,
  escapeCsvField,
  toCsv,
} from '../../../src/core/complaints/csv.ts';
import { createComplaintRecord, withStatus, type ComplaintRecord } from '../../../src/core/complaints/record.ts';

/** A minimal RFC 4180 reader, to check that what we write reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('escapeCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a, b', '"a, b"'],
    ['say "hello"', '"say ""hello"""'],
    ['line one\nline two', '"line one\nline two"'],
    ['line one\r\nline two', '"line one\r\nline two"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+44 1234 567890', "'+44 1234 567890"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a=b', 'a=b'], // only a leading character starts a formula
    ['Zoë 👍', 'Zoë 👍'],
  ])('%j → %j', (input, expected) => {
    expect(escapeCsvField(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('ends every line with CRLF and adds no byte-order mark', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
    expect(toCsv([])).toBe('');
  });

  it('reads back to the same cells (formulas apart)', () => {
    const rows = [
      ['Commenter', 'Comment'],
      ['O\'Brien, Sean', 'He said "no", then\nhung up.\r\nTwice.'],
      ['', ',,,'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('complaintsToCsv', () => {
  const base = (id: string, movedAt: string, text: string, author = 'Jane Doe'): ComplaintRecord =>
    createComplaintRecord({
      comment: { id: `comment-${id}`, author, text, permalink: `https://www.facebook.com/p/1?comment_id=${id}` },
      movedAt: new Date(movedAt),
      staffInitials: 'AK',
      region: 'england-and-wales',
      id,
    });

  const records = [
    // Listed newest first to check the export sorts oldest first.
    { ...withStatus(base('b', '2025-06-13T22:30:00Z', '=SUM(A1:A9)', '@admin'), 'acknowledged', new Date('2025-06-16T08:00:00Z')), notes: 'Rang back, "all sorted"' },
    base('a', '2025-01-06T09:15:00Z', 'Rude receptionist, again.\nNobody answers the phone.'),
  ];
  const csv = complaintsToCsv(records, { now: new Date('2025-07-01T12:00:00Z') });

  it('starts with a UTF-8 byte-order mark and uses CRLF line ends', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
  });

  it('writes a British-English header and one row per record, oldest first, in UK time', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...COMPLAINTS_CSV_HEADER]);
    expect(rows[0]?.slice(0, 9)).toEqual([
      'Commenter', 'Comment', 'Link', 'Moved on', 'Staff', 'Acknowledge by', 'Status', 'Notes', 'Overdue',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'Jane Doe',
      'Rude receptionist, again.\nNobody answers the phone.',
      'https://www.facebook.com/p/1?comment_id=a',
      '2025-01-06 09:15', // GMT
      'AK',
      '2025-01-09',
      'New',
      '',
      'Yes',
      '2025-01-06 09:15',
      'a',
    ]);
    expect(rows[2]).toEqual([
      "'@admin",
      "'=SUM(A1:A9)",
      'https://www.facebook.com/p/1?comment_id=b',
      '2025-06-13 23:30', // BST
      'AK',
      '2025-06-18',
      'Acknowledged',
      'Rang back, "all sorted"',
      'No',
      '2025-06-16 09:00',
      'b',
    ]);
  });

  it('marks a new complaint overdue only after its due date', () => {
    const record = base('c', '2025-03-07T10:00:00Z', 'Complaint');
    const overdueCell = (now: string) => parseCsv(complaintsToCsv([record], { now: new Date(now) }).slice(1))[1]?.[8];
    expect(overdueCell('2025-03-12T20:00:00Z')).toBe('No');
    expect(overdueCell('2025-03-13T08:00:00Z')).toBe('Yes');
  });

  it('exports just the header when the log is empty', () => {
    expect(complaintsToCsv([])).toBe(`${CSV_BOM}${COMPLAINTS_CSV_HEADER.join(',')}\r\n`);
  });

  it('names the file by the UK date', () => {
    expect(complaintsCsvFileName(new Date('2025-06-13T23:30:00Z'))).toBe('calmreply-complaints-2025-06-14.csv');
  });
});
