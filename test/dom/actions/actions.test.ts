import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryBrowser } from '../../../src/platform/memory.ts';
import { acknowledgementDueDate } from '../../../src/core/complaints/workingDays.ts';
import type { InsertOutcome } from '../../../src/platform/message-types.ts';
import { comment, practiceSettings } from './fixtures.ts';

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/platform/browser.ts', () => fake);
fake.browser = createMemoryBrowser();
const memory = fake.browser as ReturnType<typeof createMemoryBrowser>;

const { moveToComplaints, markHandled, clearHandled, replyChoices, rankComments, badgeCount, insertMessage, moveMessage, tabInserter } =
  await import('../../../src/actions/index.ts');
const { complaints, handledStates } = await import('../../../src/platform/records.ts');

const PASTED: InsertOutcome = { ok: true, method: 'paste', message: 'Inserted.' };
const FAILED: InsertOutcome = { ok: false, method: 'none', message: 'The reply box could not be found.' };

function recorder(outcome: InsertOutcome) {
  const texts: string[] = [];
  return { texts, insert: async (text: string) => (texts.push(text), outcome) };
}

async function allKeys(): Promise<string[]> {
  return Object.keys(await memory.storage.local.get(null)).sort();
}

beforeEach(async () => {
  await memory.storage.local.clear();
  memory.storage.local.failWrites(null);
});

describe('moveToComplaints', () => {
  // Friday 14 March 2025, 16:00 UK: due Wednesday 19 March (the day moved never counts).
  const now = new Date('2025-03-14T16:00:00Z');

  it('inserts the rendered note, creates one record with the due date and marks the comment handled', async () => {
    const { texts, insert } = recorder(PASTED);
    const c = comment('c1', ['complaint'], { author: 'Jane Smith', text: 'On hold 40 minutes again.' });
    const result = await moveToComplaints({ comment: c, settings: practiceSettings(), now, insert });

    expect(result.status).toBe('moved');
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('Jane');
    expect(texts[0]).toContain('our Practice Manager, Mrs A Khan, on 01234 567899');
    expect(texts[0]).not.toMatch(/\{\w+\}/);

    const { records } = await complaints.getAll();
    expect([...records.keys()]).toEqual(['c1']);
    const record = records.get('c1')!;
    expect(record).toMatchObject({ commentId: 'c1', commenter: 'Jane Smith', text: 'On hold 40 minutes again.', staffInitials: 'JB', status: 'new' });
    expect(record.dueDate).toBe('2025-03-19');
    expect(record.dueDate).toBe(acknowledgementDueDate(now, 'england-and-wales'));
    expect(await handledStates.get('c1')).toMatchObject({ state: 'complaint', staffInitials: 'JB', at: now.toISOString() });
    expect(moveMessage(result, 'Jane')).toBe(
      "The note is in Jane's reply box. Check it, then press Enter on Facebook to post. Complaint logged: acknowledge by 19/03/2025.");
  });

  it('uses the region of the practice for bank holidays', async () => {
    // Scotland: 2 January is a bank holiday there, not in England.
    const moved = new Date('2025-12-31T10:00:00Z');
    const scot = await moveToComplaints({ comment: comment('s1', ['complaint']), settings: practiceSettings({ region: 'scotland' }), now: moved, insert: recorder(PASTED).insert });
    const eng = await moveToComplaints({ comment: comment('e1', ['complaint']), settings: practiceSettings(), now: moved, insert: recorder(PASTED).insert });
    expect(scot.status === 'moved' && scot.record.dueDate).toBe(acknowledgementDueDate(moved, 'scotland'));
    expect(eng.status === 'moved' && eng.record.dueDate).toBe(acknowledgementDueDate(moved, 'england-and-wales'));
    expect(acknowledgementDueDate(moved, 'scotland')).not.toBe(acknowledgementDueDate(moved, 'england-and-wales'));
  });

  it('is idempotent: a second click (even while the first runs) makes no second record or insert', async () => {
    const { texts, insert } = recorder(PASTED);
    const c = comment('c2', ['complaint']);
    const [a, b] = await Promise.all([
      moveToComplaints({ comment: c, settings: practiceSettings(), now, insert }),
      moveToComplaints({ comment: c, settings: practiceSettings(), now, insert }),
    ]);
    expect(a).toBe(b);
    const again = await moveToComplaints({ comment: c, settings: practiceSettings(), now: new Date('2025-03-20T09:00:00Z'), insert });
    expect(again.status).toBe('already');
    expect(texts).toHaveLength(1);
    expect((await complaints.getAll()).records.size).toBe(1);
    expect(moveMessage(again, 'Jane')).toMatch(/^Already in the complaints log \(moved 14\/03\/2025\)/);
  });

  it('changes nothing when the note could not be inserted nor copied', async () => {
    const result = await moveToComplaints({ comment: comment('c3', ['complaint']), settings: practiceSettings(), now, insert: recorder(FAILED).insert });
    expect(result.status).toBe('insert-failed');
    expect(await allKeys()).toEqual([]);
    expect(moveMessage(result, 'Jane')).toBe('The reply box could not be found. Nothing was logged.');
  });

  it('treats a thrown insert as a failure and changes nothing', async () => {
    const result = await moveToComplaints({
      comment: comment('c4', ['complaint']), settings: practiceSettings(), now,
      insert: () => Promise.reject(new Error('tab closed')),
    });
    expect(result.status).toBe('insert-failed');
    expect(await allKeys()).toEqual([]);
  });

  it('records when the note went to the clipboard instead, and says to paste it', async () => {
    const result = await moveToComplaints({
      comment: comment('c5', ['complaint']), settings: practiceSettings(), now,
      insert: recorder({ ok: true, method: 'clipboard', message: 'Copied.' }).insert,
    });
    expect(result.status).toBe('moved');
    expect(await allKeys()).toEqual(['complaint:c5', 'handled:c5']);
    expect(moveMessage(result, 'Jane')).toMatch(/^The note is copied: paste it into Jane's reply box/);
  });

  it('inserts nothing while the complaints contact is not set', async () => {
    const { texts, insert } = recorder(PASTED);
    const result = await moveToComplaints({ comment: comment('c6', ['complaint']), settings: practiceSettings({ complaintsContact: '' }), now, insert });
    expect(result).toEqual({ status: 'not-ready', reason: 'Add how to contact your complaints lead in Options' });
    expect(texts).toEqual([]);
    expect(await allKeys()).toEqual([]);
  });

  it('reports a refused write and leaves the comment unhandled', async () => {
    memory.storage.local.failWrites(new Error('QUOTA_BYTES quota exceeded'));
    const result = await moveToComplaints({ comment: comment('c7', ['complaint']), settings: practiceSettings(), now, insert: recorder(PASTED).insert });
    memory.storage.local.failWrites(null);
    expect(result.status).toBe('save-failed');
    expect(await allKeys()).toEqual([]);
    expect(moveMessage(result, 'Jane')).toMatch(/could not be saved.*QUOTA_BYTES/);
  });
});

describe('markHandled / clearHandled', () => {
  it('stores kind, time and initials under the comment id, and clears it', async () => {
    const at = new Date('2025-03-14T10:00:00Z');
    await markHandled(comment('h1', ['praise']), 'dismissed', practiceSettings({ staffInitials: ' AK ' }), at);
    expect(await handledStates.get('h1')).toEqual({ commentId: 'h1', state: 'dismissed', at: at.toISOString(), staffInitials: 'AK' });
    await clearHandled(comment('h1', ['praise']));
    expect(await handledStates.get('h1')).toBeNull();
  });
});

describe('replyChoices', () => {
  it('lists templates of the tags in rank order, rendered, without duplicates', () => {
    const settings = practiceSettings();
    settings.categories.appointment.templates.push({ ...settings.categories.urgent.templates[0]!, id: 'copy' });
    const choices = replyChoices(comment('r1', ['appointment', 'urgent']), settings);
    const urgentCount = settings.categories.urgent.templates.length;
    expect(choices.slice(0, urgentCount).map((c) => c.category)).toEqual(Array(urgentCount).fill('urgent'));
    expect(choices.filter((c) => c.template.text === settings.categories.urgent.templates[0]!.text)).toHaveLength(1);
    expect(choices.length).toBe(urgentCount + settings.categories.appointment.templates.length - 1);
    expect(choices.every((c) => c.ready && c.blockedBecause === null)).toBe(true);
    expect(choices[0]!.rendered.text).toContain('01234 567890');
  });

  it('says which detail is missing instead of leaving a blank', () => {
    const [first] = replyChoices(comment('r2', ['urgent']), practiceSettings({ phone: '' }));
    expect(first!.ready).toBe(false);
    expect(first!.blockedBecause).toBe('Add your practice phone number in Options');
  });
});

describe('rankComments and badgeCount', () => {
  it('puts urgent, then complaints, then appointments, then the rest, page order within, and drops untagged', () => {
    const list = [
      comment('praise', ['praise']), comment('appt', ['appointment']), comment('none', []),
      comment('compl', ['complaint', 'appointment']), comment('rx', ['prescription']),
      comment('urg', ['praise', 'urgent']), comment('compl2', ['complaint']),
    ];
    expect(rankComments(list).map((c) => c.id)).toEqual(['urg', 'compl', 'compl2', 'appt', 'rx', 'praise']);
  });

  it('counts unhandled urgent and complaint comments', () => {
    const handled = { kind: 'replied' as const, at: '2025-03-14T10:00:00Z', staffInitials: 'JB' };
    expect(badgeCount([comment('a', ['urgent']), comment('b', ['complaint'], { handled }), comment('c', ['praise']), comment('d', ['complaint'])])).toBe(2);
  });
});

describe('insert messages', () => {
  it('tells the person what happened in British English', () => {
    expect(insertMessage(PASTED, 'Jane')).toBe("Reply put in Jane's reply box. Check it, then press Enter on Facebook to post.");
    expect(insertMessage({ ok: true, method: 'execCommand', message: '' }, 'James')).toBe("Reply put in James' reply box. Check it, then press Enter on Facebook to post.");
    expect(insertMessage({ ok: true, method: 'clipboard', message: '' }, '')).toMatch(/copied instead\. Click in the commenter's reply box and paste it/);
    expect(insertMessage(FAILED, 'Jane')).toBe('The reply box could not be found.');
  });

  it('turns a tab without a content script into a failed outcome', async () => {
    const outcome = await tabInserter(99, 'c1')('Hello');
    expect(outcome).toMatchObject({ ok: false, method: 'none' });
    expect(outcome.message).toMatch(/Reload the tab/);
  });
});
