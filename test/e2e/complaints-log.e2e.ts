/**
 * Issue "Replies" (complaints), in both real browsers on the demo fixture: Move to complaints
 * inserts the note, creates the log record with the right due date, marks the comment handled
 * (still shown after a reload), and the log page lists it and exports it as CSV.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintsCsvFileName, complaintsToCsv } from '../../src/core/complaints/csv.ts';
import { validateComplaintRecord, type ComplaintRecord } from '../../src/core/complaints/record.ts';
import { acknowledgementDueDate } from '../../src/core/complaints/workingDays.ts';
import { renderTemplate } from '../../src/core/templates/index.ts';
import { BROWSERS, launch, type E2EBrowser, type ExtGlobal, type UiPage } from './harness/index.ts';
import { catchDownloads, caughtDownload, PRACTICE_SETTINGS, useSettings } from './harness/session.ts';

const FIXTURE = 'demo-practice.html';
const COMMENTER = 'Sandra Pike';
const settings = PRACTICE_SETTINGS;


function waitUntilRead(page: UiPage): Promise<void> {
  return page.waitFor('every expected comment to be read', () => {
    const all = document.querySelectorAll('[data-expect-tags]');
    return all.length > 0 && [...all].every((el) => el.hasAttribute('data-calmreply-tags'));
  }, undefined, 30_000);
}

function articleAttr(page: UiPage, name: string): Promise<string | null> {
  return page.evaluate(([who, attr]) => {
    const article = [...document.querySelectorAll('[role="article"]')].find((a) => a.getAttribute('aria-label')?.startsWith(`Comment by ${who}`));
    return article?.getAttribute(attr!) ?? null;
  }, [COMMENTER, name]);
}

describe.each(BROWSERS)('%s: move to complaints and the log', (name) => {
  let browser: E2EBrowser;
  let post: UiPage;
  let popup: UiPage;
  let id: string;
  let record: ComplaintRecord;

  beforeAll(async () => {
    browser = await launch(name);
    await useSettings(browser);
    post = await browser.openFacebook(FIXTURE);
    await waitUntilRead(post);
    id = (await articleAttr(post, 'data-calmreply-id')) ?? '';
    popup = await browser.openExtensionPage(`src/popup/index.html?tabId=${await browser.tabIdOf(post)}&comment=${id}`);
    await popup.waitFor('the comment to open', (cid) => document.querySelector('[data-testid="comment-detail"]')?.getAttribute('data-comment-id') === cid, id);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('inserts the complaints note, records the complaint with its due date and marks it handled, in one click', async () => {
    expect(id).toMatch(/^\d+$/);
    await popup.click('[data-testid="move-to-complaints"]');
    await popup.waitFor('the outcome', () => Number(document.querySelector('[data-testid="status-message"]')?.getAttribute('data-seq') ?? 0) > 0, undefined, 15_000);
    const message = await popup.evaluate(() => document.querySelector('[data-testid="status-message"]')!.textContent ?? '');
    expect(message).toMatch(/^The note is in Sandra's reply box\. Check it, then press Enter on Facebook to post\. Complaint logged: acknowledge by \d\d\/\d\d\/\d{4}\.$/);

    const note = renderTemplate(settings.complaintsNote.text, { firstName: 'Sandra', practice: settings.practice }).text;
    const inThread = await post.evaluate((who) => {
      const article = [...document.querySelectorAll('[role="article"]')].find((a) => a.getAttribute('aria-label')?.startsWith(`Comment by ${who}`));
      const f = (window as unknown as { __fixture: { composerText(e: Element): string; submitAttempts: number } }).__fixture;
      return { texts: [...(article?.closest('li')?.querySelectorAll('[contenteditable="true"][role="textbox"]') ?? [])].map((b) => f.composerText(b)), submits: f.submitAttempts };
    }, COMMENTER);
    expect(inThread.texts.filter((t) => t.trim() !== '').map((t) => t.split(/\n+/))).toEqual([note.split(/\n+/)]);
    expect(inThread.submits).toBe(0);

    const stored = await browser.evalInExtension(async (key) => {
      const api = (globalThis as unknown as ExtGlobal).chrome;
      return api.storage.local.get(null).then((all) => ({ record: all[`complaint:${key}`], handled: all[`handled:${key}`], count: Object.keys(all).filter((k) => k.startsWith('complaint:')).length }));
    }, id);
    expect(stored.count).toBe(1);
    record = validateComplaintRecord(stored.record)!;
    expect(record).toMatchObject({ commentId: id, commenter: COMMENTER, staffInitials: 'AK', status: 'new', notes: '' });
    expect(record.text.length).toBeGreaterThan(10);
    expect(record.permalink).toContain(`comment_id=${id}`);
    expect(record.dueDate).toBe(acknowledgementDueDate(new Date(record.movedAt), 'england-and-wales'));
    expect(stored.handled).toMatchObject({ commentId: id, state: 'complaint', staffInitials: 'AK' });
    expect(await popup.evaluate(() => (document.querySelector('[data-testid="move-to-complaints"]') as HTMLButtonElement).disabled)).toBe(true);
  });

  it('shows the comment handled on the page, also after a reload', async () => {
    await post.waitFor('the handled mark', (who) => [...document.querySelectorAll('[role="article"]')]
      .find((a) => a.getAttribute('aria-label')?.startsWith(`Comment by ${who}`))?.getAttribute('data-calmreply-handled') === 'complaint', COMMENTER);
    await post.reload();
    await waitUntilRead(post);
    await post.waitFor('the handled mark after a reload', (who) => [...document.querySelectorAll('[role="article"]')]
      .find((a) => a.getAttribute('aria-label')?.startsWith(`Comment by ${who}`))?.getAttribute('data-calmreply-handled') === 'complaint', COMMENTER);
    expect(await articleAttr(post, 'data-calmreply-id')).toBe(id);
    expect(post.pageErrors).toEqual([]);
  });

  it('lists it in the complaints log and exports it as CSV with a byte-order mark', async () => {
    const log = await browser.openExtensionPage('src/complaints/index.html');
    await log.waitFor('the record', (rid) => document.querySelector(`[data-record-id="${rid}"]`) !== null, id);
    const row = await log.evaluate((rid) => {
      const tr = document.querySelector(`[data-record-id="${rid}"]`)!;
      return {
        commenter: tr.querySelector('[data-testid="commenter"]')?.textContent,
        due: tr.querySelector('[data-testid="due"]')?.textContent,
        rel: tr.querySelector('a[data-testid="permalink"]')?.getAttribute('rel'),
        status: (tr.querySelector('[data-testid="status"]') as HTMLSelectElement).value,
      };
    }, id);
    const [y, m, d] = record.dueDate.split('-');
    expect(row).toEqual({ commenter: COMMENTER, due: expect.stringContaining(`${d}/${m}/${y}`), rel: 'noreferrer noopener', status: 'new' });
    await log.screenshot('complaints-log');

    // Catch the Blob and the file name instead of letting the browser save a file.
    await catchDownloads(log);
    await log.click('[data-testid="export-csv"]');
    const exported = await caughtDownload(log);
    const bytes = Buffer.from(exported.bytes);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toBe(complaintsToCsv([record], { region: 'england-and-wales' }));
    expect(text.split('\r\n')[1]).toContain(`${COMMENTER},`);
    expect(exported.name).toBe(complaintsCsvFileName(new Date()));
    expect(exported.type).toBe('text/csv;charset=utf-8');
    expect(log.pageErrors).toEqual([]);
    expect(popup.pageErrors).toEqual([]);
  });
});
