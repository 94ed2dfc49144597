/**
 * Storage reliability, in both real browsers, through the extension's own pages and code:
 * corrupt settings are repaired with the original kept; a bad settings import changes nothing
 * and says why; 1,000 complaints written from two tabs at once are all kept; a refused write is
 * reported on the page; the complaints log survives a browser restart.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaintRecord, type ComplaintRecord } from '../../src/core/complaints/record.ts';
import { SCHEMA_VERSION } from '../../src/core/settings/defaults.ts';
import { exportSettings, MAX_IMPORT_BYTES } from '../../src/core/settings/importExport.ts';
import { ROOT } from './harness/fixtures.ts';
import { BROWSERS, launch, type E2EBrowser, type ExtGlobal, type UiPage } from './harness/index.ts';
import {
  commentIdContaining, HOSTILE_COMPLAINT, hostileComplaintFixture, PRACTICE_SETTINGS, statusAfter, useSettings, waitUntilRead,
} from './harness/session.ts';

type Stored = Record<string, unknown>;

function storedAll(browser: E2EBrowser): Promise<Stored> {
  return browser.evalInExtension(() => (globalThis as unknown as ExtGlobal).chrome.storage.local.get(null));
}

function setStored(browser: E2EBrowser, items: Stored): Promise<void> {
  return browser.evalInExtension((i) => (globalThis as unknown as ExtGlobal).chrome.storage.local.set(i), items);
}

async function openOptions(browser: E2EBrowser): Promise<UiPage> {
  const ui = await browser.openExtensionPage('src/options/index.html');
  await ui.waitFor('the options page', () => document.querySelector('[data-testid="options"]') !== null);
  return ui;
}

/** Hands the options page's import control a file, as choosing one in the file dialog does. */
async function importFile(ui: UiPage, name: string, text: string | { repeat: string; times: number }): Promise<string> {
  await ui.evaluate(([fileName, body]) => {
    const content = typeof body === 'string' ? body : body.repeat.repeat(body.times);
    const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], fileName, { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, [name, text] as const);
  await ui.waitFor('the import outcome', () =>
    (document.querySelector('[data-testid="import-error"]')?.textContent ?? '') !== '' || document.querySelector('[data-testid="import-pending"]') !== null);
  return ui.evaluate(() => document.querySelector('[data-testid="import-error"]')?.textContent ?? '');
}

/** In an extension page: the production StorageCollection behind the complaints log, found in the built chunks. */
function chunksMentioning(target: 'chrome' | 'firefox', text: string): string[] {
  const dir = path.join(ROOT, 'dist', target, 'assets');
  return readdirSync(dir).filter((f) => f.endsWith('.js') && !f.startsWith('index') && readFileSync(path.join(dir, f), 'utf8').includes(text))
    .map((f) => `/assets/${f}`);
}

async function writeRecordsFrom(page: UiPage, chunks: string[], records: ComplaintRecord[]): Promise<number> {
  // Sent as source text: vitest rewrites any import() written in this file, even inside evaluate.
  const source = `(async () => {
    let collection;
    for (const m of ${JSON.stringify(chunks)}) {
      collection ??= Object.values(await import(m)).find((e) => typeof e === 'object' && e !== null && e.prefix === 'complaint:' && typeof e.set === 'function');
    }
    if (!collection) throw new Error('the complaints collection was not found in the build');
    const list = ${JSON.stringify(records)};
    await Promise.all(list.map((r) => collection.set(r.id, r)));
    return list.length;
  })()`;
  return page.evaluate(source as never);
}

function recordsFor(tab: string, count: number): ComplaintRecord[] {
  return Array.from({ length: count }, (_, i) => createComplaintRecord({
    id: `${tab}-${String(i).padStart(4, '0')}`,
    comment: { id: `${tab}${i}`, author: `Commenter ${tab} ${i}`, text: `Complaint ${i} from ${tab}`, permalink: `https://www.facebook.com/p?comment_id=${i}` },
    movedAt: new Date(Date.UTC(2026, 0, 5, 9, 0, i % 60)),
    staffInitials: 'AK',
    region: 'england-and-wales',
  }));
}

describe.each(BROWSERS)('%s: storage reliability', (name) => {
  let browser: E2EBrowser;
  const target = name === 'chromium' ? 'chrome' : 'firefox';
  beforeAll(async () => {
    browser = await launch(name);
    await useSettings(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['not an object', 'settings were here'],
    ['wrong types', { schemaVersion: SCHEMA_VERSION, practice: 'oops', categories: 42, complaintsNote: null }],
    ['a newer version', { ...PRACTICE_SETTINGS, schemaVersion: SCHEMA_VERSION + 5 }],
  ])('repairs corrupt stored settings (%s) and keeps the original as a backup', async (_what, corrupt) => {
    await setStored(browser, { settings: corrupt });
    // The first reader repairs it: this options page, or one already open that saw the change.
    const ui = await openOptions(browser);
    await ui.waitFor('the repaired settings', () => (globalThis as unknown as ExtGlobal).chrome.storage.local.get('settings:backup')
      .then((all) => all['settings:backup'] !== undefined));
    const stored = await storedAll(browser);
    expect(stored['settings:backup']).toEqual(corrupt);
    expect(stored['settings']).toMatchObject({ schemaVersion: SCHEMA_VERSION, practice: expect.any(Object), categories: expect.any(Object) });
    expect(ui.pageErrors).toEqual([]);
    await ui.close();
    await useSettings(browser);
  });

  it('refuses a malformed, schema-invalid, newer or oversized settings file, says why and changes nothing', async () => {
    const ui = await openOptions(browser);
    const before = await storedAll(browser);
    const invalid = JSON.parse(exportSettings(PRACTICE_SETTINGS)) as { settings: { practice: Record<string, unknown> } };
    invalid.settings.practice['phone'] = 42;
    const newer = { format: 'calmreply-settings', schemaVersion: SCHEMA_VERSION + 1, settings: PRACTICE_SETTINGS };
    const cases: Array<[string, string | { repeat: string; times: number }, RegExp]> = [
      ['malformed.json', '{"format": "calmreply-settings", "settings": {', /not valid JSON/],
      ['invalid.json', JSON.stringify(invalid), /not valid/],
      ['newer.json', JSON.stringify(newer), /newer version of CalmReply/],
      ['huge.json', { repeat: ' ', times: MAX_IMPORT_BYTES + 1 }, /too large/],
    ];
    for (const [file, text, why] of cases) {
      const error = await importFile(ui, file, text);
      expect(error, file).toMatch(why);
      expect(error, file).toMatch(/Nothing has been changed\.$/);
      expect(await ui.evaluate(() => document.querySelector('[data-testid="import-pending"]'))).toBeNull();
    }
    expect(await storedAll(browser)).toEqual(before);
    // The control: a good file is offered for import (so the refusals above mean something).
    expect(await importFile(ui, 'good.json', exportSettings(PRACTICE_SETTINGS))).toBe('');
    expect(ui.pageErrors).toEqual([]);
    await ui.close();
  });

  it('keeps all 1,000 complaints written from two tabs at once', async () => {
    const chunks = chunksMentioning(target, 'complaint:');
    const [a, b] = [await browser.openExtensionPage('src/popup/index.html'), await browser.openExtensionPage('src/popup/index.html')];
    const written = await Promise.all([writeRecordsFrom(a!, chunks, recordsFor('a', 500)), writeRecordsFrom(b!, chunks, recordsFor('b', 500))]);
    expect(written).toEqual([500, 500]);
    const stored = await storedAll(browser);
    const keys = Object.keys(stored).filter((k) => k.startsWith('complaint:'));
    expect(keys.length).toBe(1_000);
    const log = await browser.openExtensionPage('src/complaints/index.html');
    await log.waitFor('all 1,000 records in the log', () => /^1000 records/.test(document.querySelector('[data-testid="summary"]')?.textContent ?? ''), undefined, 30_000);
    expect(log.pageErrors).toEqual([]);
    for (const page of [a!, b!, log]) await page.close();
  });

  it('reports a refused write on the page instead of swallowing it', async () => {
    const ui = await openOptions(browser);
    const before = (await storedAll(browser))['settings'];
    if (name === 'chromium') {
      // Chrome's storage.local quota is 10 MB without unlimitedStorage: fill it to 3 bytes short.
      await ui.evaluate(async () => {
        const local = (globalThis as unknown as { chrome: { storage: { local: {
          getBytesInUse(keys: null): Promise<number>; set(i: Record<string, unknown>): Promise<void>; QUOTA_BYTES: number;
        } } } }).chrome.storage.local;
        const free = local.QUOTA_BYTES - await local.getBytesInUse(null);
        // An item costs its key plus its JSON: 'filler' + the string's quotes.
        await local.set({ filler: 'x'.repeat(free - 'filler'.length - 2 - 3) });
      });
    } else {
      // Firefox sets no quota on storage.local: make this page's writes fail the way a full disk does.
      await ui.evaluate(() => {
        const local = (globalThis as unknown as { browser: { storage: { local: { set: unknown } } } }).browser.storage.local;
        local.set = () => Promise.reject(new Error('QuotaExceededError: the disk is full'));
      });
    }
    await ui.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#opt-practice-name')!;
      input.value = 'Riverside Surgery (renamed)';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await ui.click('[data-action="save"]');
    await ui.waitFor('the save error', () => (document.querySelector('[data-testid="save-error"]')?.textContent ?? '') !== '');
    const error = await ui.evaluate(() => document.querySelector('[data-testid="save-error"]')?.textContent ?? '');
    expect(error).toMatch(/^Not saved\. /);
    expect(error).toMatch(/quota|disk is full/i);
    expect((await storedAll(browser))['settings']).toEqual(before);
    await browser.evalInExtension(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> } } } })
      .chrome.storage.local.remove(['filler']));
    await ui.close();
  });
});

describe.each(BROWSERS)('%s: the complaints log after a browser restart', (name) => {
  const profileDir = mkdtempSync(path.join(os.tmpdir(), `calmreply-restart-${name}-`));
  afterAll(() => rmSync(profileDir, { recursive: true, force: true }));

  it('still lists the complaint moved before the browser was closed', async () => {
    let id = '';
    const first = await launch(name, { profileDir });
    try {
      await useSettings(first);
      const post = await first.openFacebook(hostileComplaintFixture());
      await waitUntilRead(post);
      id = (await commentIdContaining(post, 'rude receptionist')) ?? '';
      const popup = await first.openExtensionPage(`src/popup/index.html?tabId=${await first.tabIdOf(post)}&comment=${id}`);
      await popup.waitFor('the complaint to open', (cid) => document.querySelector('[data-testid="comment-detail"]')?.getAttribute('data-comment-id') === cid, id);
      await popup.click('[data-testid="move-to-complaints"]');
      expect(await statusAfter(popup, 1)).toMatch(/Complaint logged/);
    } finally {
      await first.close();
    }
    const second = await launch(name, { profileDir });
    try {
      const log = await second.openExtensionPage('src/complaints/index.html');
      await log.waitFor('the record from before the restart', () => document.querySelectorAll('[data-testid="complaint-row"]').length > 0);
      const rows = await log.evaluate(() => [...document.querySelectorAll('[data-testid="complaint-row"]')].map((r) => r.getAttribute('data-record-id')));
      expect(rows).toEqual([id]);
      expect(await log.evaluate(() => document.querySelector('[data-testid="complaint-row"]')?.textContent ?? '')).toContain(HOSTILE_COMPLAINT);
      expect(log.pageErrors).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
