import { describe, expect, it } from 'vitest';
import {
  canMoveTo,
  complaintKey,
  COMPLAINT_KEY_PREFIX,
  createComplaintRecord,
  isComplaintKey,
  nextStatuses,
  validateComplaintRecord,
  withNotes,
  withStatus,
  type ComplaintRecord,
} from '../../../src/core/complaints/record.ts';

const comment = {
  id: '1234567890_987654321',
  author: 'Jane Doe',
  text: 'Waited 40 minutes on hold, then no appointments left.\nNot good enough.',
  permalink: 'https://www.facebook.com/RiversideSurgery/posts/123?comment_id=987654321',
};

function make(overrides: Partial<Parameters<typeof createComplaintRecord>[0]> = {}): ComplaintRecord {
  return createComplaintRecord({
    comment,
    movedAt: new Date('2025-03-07T16:05:00Z'),
    staffInitials: ' AK ',
    region: 'england-and-wales',
    id: 'c-1',
    ...overrides,
  });
}

describe('createComplaintRecord', () => {
  it('snapshots the comment and works out the due date', () => {
    expect(make()).toEqual({
      id: 'c-1',
      commentId: comment.id,
      commenter: 'Jane Doe',
      text: comment.text,
      permalink: comment.permalink,
      movedAt: '2025-03-07T16:05:00.000Z',
      staffInitials: 'AK',
      dueDate: '2025-03-12', // moved Friday → due Wednesday
      status: 'new',
      notes: '',
      updatedAt: '2025-03-07T16:05:00.000Z',
    });
  });

  it('uses the region for the due date', () => {
    const moved = new Date('2025-12-29T10:00:00Z');
    expect(make({ movedAt: moved, region: 'england-and-wales' }).dueDate).toBe('2026-01-02');
    expect(make({ movedAt: moved, region: 'scotland' }).dueDate).toBe('2026-01-05');
  });

  it('gives every record its own id when none is passed', () => {
    const input = { comment, movedAt: new Date('2025-03-07T16:05:00Z'), staffInitials: 'AK', region: 'scotland' as const };
    const a = createComplaintRecord(input);
    const b = createComplaintRecord(input);
    expect(a.id).toMatch(/\S{8,}/);
    expect(a.id).not.toBe(b.id);
  });

  it('refuses an invalid date', () => {
    expect(() => make({ movedAt: new Date('nonsense') })).toThrow(RangeError);
  });
});

describe('storage keys', () => {
  it('puts each record under its own key', () => {
    expect(COMPLAINT_KEY_PREFIX).toBe('complaint:');
    expect(complaintKey('c-1')).toBe('complaint:c-1');
    expect(isComplaintKey('complaint:c-1')).toBe(true);
    expect(isComplaintKey('complaint:')).toBe(false);
    expect(isComplaintKey('handled:c-1')).toBe(false);
  });
});

describe('status', () => {
  it.each([
    ['new', ['acknowledged', 'closed']],
    ['acknowledged', ['closed', 'new']],
    ['closed', ['acknowledged']],
  ] as const)('%s → %j', (from, to) => {
    expect(nextStatuses(from)).toEqual(to);
  });

  it('moves forward and records when', () => {
    const now = new Date('2025-03-10T09:00:00Z');
    const acknowledged = withStatus(make(), 'acknowledged', now);
    expect(acknowledged.status).toBe('acknowledged');
    expect(acknowledged.updatedAt).toBe('2025-03-10T09:00:00.000Z');
    expect(withStatus(acknowledged, 'closed', now).status).toBe('closed');
  });

  it('refuses a transition the log does not allow', () => {
    expect(canMoveTo('closed', 'new')).toBe(false);
    const closed = withStatus(make(), 'closed', new Date());
    expect(() => withStatus(closed, 'new', new Date())).toThrow(RangeError);
    expect(() => withStatus(make(), 'new', new Date())).toThrow(RangeError);
  });

  it('keeps notes', () => {
    const noted = withNotes(make(), 'Phoned back, letter sent.', new Date('2025-03-11T10:00:00Z'));
    expect(noted.notes).toBe('Phoned back, letter sent.');
    expect(noted.updatedAt).toBe('2025-03-11T10:00:00.000Z');
  });
});

describe('validateComplaintRecord', () => {
  it('accepts a record as stored', () => {
    const record = make();
    expect(validateComplaintRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it('drops unknown fields and fills optional ones', () => {
    const { notes: _n, updatedAt: _u, ...old } = make();
    expect(validateComplaintRecord({ ...old, extra: 1 })).toEqual({ ...make(), notes: '', updatedAt: make().movedAt });
  });

  it.each([
    ['null', null],
    ['a string', 'complaint'],
    ['an array', []],
    ['no id', { ...make(), id: '' }],
    ['a bad status', { ...make(), status: 'open' }],
    ['a bad due date', { ...make(), dueDate: '2025-02-30' }],
    ['a bad moved date', { ...make(), movedAt: 'yesterday' }],
    ['a number for text', { ...make(), text: 42 }],
    ['a missing permalink', (({ permalink: _p, ...rest }) => rest)(make())],
  ])('rejects %s', (_what, value) => {
    expect(validateComplaintRecord(value)).toBeNull();
  });
});
