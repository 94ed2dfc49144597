/**
 * Privacy and hostile text, in both real browsers, over one full session: a Facebook post with
 * hostile comments is tagged, the popup inserts a reply and moves a complaint, the options page
 * and the complaints log open, the log is exported as CSV. Every request of the session is
 * recorded (Chromium: the context, service worker included; Firefox: the pages plus a sink proxy
 * for the background's traffic) and none may come from CalmReply. The hostile text must show as
 * text everywhere: on the page, in the popup, in the log and in the CSV.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser, type UiPage } from './harness/index.ts';
import { NetworkLog } from './harness/network.ts';
import {
  catchDownloads, caughtDownload, commentIdContaining, HOSTILE_COMPLAINT, hostileComplaintFixture, LONG_COMPLAINT_START, statusAfter, useSettings,
  waitUntilRead,
} from './harness/session.ts';

const canary = (who: string) => `https://${who}.canary.calmreply.invalid/`;

/** Elements hostile text would create if anything rendered it as HTML. */
function injectedElements(page: UiPage): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('img[src="x"], script:not([src]), b, [onerror], [onload]')) {
        // CalmReply's own pills use <b> for their label; the hostile comment's <b> says "bold".
        if (el.localName !== 'b' || el.textContent === 'bold') found.push(el.outerHTML.slice(0, 80));
      }
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
    };
    visit(document);
    return found;
  });
}

describe.each(BROWSERS)('%s: privacy over a full session, hostile text shown inert', (name) => {
  const network = new NetworkLog();
  let browser: E2EBrowser;
  let post: UiPage;
  let popup: UiPage;
  let options: UiPage;
  let log: UiPage;
  let csv = '';
  let complaintId = '';
  let tabId = -1;

  beforeAll(async () => {
    browser = await launch(name, { network, watchContentScript: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs a full session: tag, insert a reply, move a complaint, options, log, CSV export', async () => {
    await useSettings(browser);
    post = await browser.openFacebook(hostileComplaintFixture());
    await waitUntilRead(post);
    complaintId = (await commentIdContaining(post, 'rude receptionist')) ?? '';
    expect(complaintId).toMatch(/^\d+$/);
    expect(await post.evaluate((id) => document.querySelector(`[data-calmreply-id="${id}"]`)?.getAttribute('data-calmreply-tags'), complaintId))
      .toContain('complaint');

    tabId = await browser.tabIdOf(post);
    popup = await browser.openExtensionPage(`src/popup/index.html?tabId=${tabId}&comment=${complaintId}`);
    await popup.waitFor('the complaint to open', (id) => document.querySelector('[data-testid="comment-detail"]')?.getAttribute('data-comment-id') === id, complaintId);
    await popup.click('[data-testid="reply-choice"][data-ready="true"] [data-testid="insert-reply"]');
    expect(await statusAfter(popup, 1)).toMatch(/reply box/);
    await popup.click('[data-testid="move-to-complaints"]');
    expect(await statusAfter(popup, 2)).toMatch(/Complaint logged/);
    // The 52 KB complaint goes to the log too.
    const longId = (await commentIdContaining(post, LONG_COMPLAINT_START)) ?? '';
    await popup.click('[data-testid="back"]');
    await popup.click(`[data-testid="comment-row"][data-comment-id="${longId}"]`);
    await popup.waitFor('the long complaint to open', (id) => document.querySelector('[data-testid="comment-detail"]')?.getAttribute('data-comment-id') === id, longId);
    await popup.click('[data-testid="move-to-complaints"]');
    expect(await statusAfter(popup, 3)).toMatch(/Complaint logged/);

    options = await browser.openExtensionPage('src/options/index.html');
    await options.waitFor('the options page', () => document.querySelector('[data-testid="options"]') !== null);

    log = await browser.openExtensionPage('src/complaints/index.html');
    await log.waitFor('both records', () => document.querySelectorAll('[data-testid="complaint-row"]').length === 2);
    await catchDownloads(log);
    await log.click('[data-testid="export-csv"]');
    csv = (await caughtDownload(log)).text;
    expect(csv.startsWith('\uFEFF')).toBe(true);

    for (const page of [post, popup, options, log]) expect(page.pageErrors).toEqual([]);
    expect(post.contentScript?.errors ?? []).toEqual([]); // Chromium: its own world too
  });

  it('made no network request of its own (only the fixture page\'s own files were fetched)', async () => {
    // Late requests (the background waking up, storage listeners) get a moment to show up.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(network.fixtureRequests().length).toBeGreaterThan(0);
    expect(network.unexpected()).toEqual([]);
  });

  it('would have seen a request from the background or an extension page (the recorder works)', async () => {
    await browser.backgroundFetch!(canary('background'));
    await browser.evalInExtension((u) => fetch(u).then(() => undefined, () => undefined), canary('page'));
    await new Promise((r) => setTimeout(r, 500));
    // Firefox's sink proxy sees the host of an HTTPS request (CONNECT), Chromium the whole URL.
    const seen = network.unexpected().map((r) => r.url);
    expect(seen).toContain(canary('background'));
    expect(seen).toContain(canary('page'));
  });

  it('shows the hostile text as text on the page, in the popup, in the log and in the CSV', async () => {
    for (const page of [post, popup, log]) expect(await injectedElements(page)).toEqual([]);
    // A fresh popup on the (now handled) hostile complaint.
    const again = await browser.openExtensionPage(`src/popup/index.html?tabId=${tabId}&comment=${complaintId}`);
    await again.waitFor('the complaint', (id) => document.querySelector('[data-testid="comment-detail"]')?.getAttribute('data-comment-id') === id, complaintId);
    expect(await again.evaluate(() => document.querySelector('[data-testid="comment-text"]')?.textContent)).toBe(HOSTILE_COMPLAINT);
    expect(await injectedElements(again)).toEqual([]);
    expect(again.pageErrors).toEqual([]);
    const logText = await log.evaluate(() => document.querySelector('[data-testid="complaints-table"]')?.textContent ?? '');
    expect(logText).toContain(HOSTILE_COMPLAINT);
    expect(logText).toContain(LONG_COMPLAINT_START);
    // The pill's reasons are text too: its accessible name quotes the comment's words.
    expect(await post.evaluate((id) => document.querySelector(`[data-calmreply-id="${id}"] calmreply-tag`)?.shadowRoot?.querySelector('button')?.getAttribute('aria-label'), complaintId))
      .toMatch(/^CalmReply: /);
    // In the CSV the cell keeps every character, behind an apostrophe so no spreadsheet runs it.
    expect(csv).toContain(`'${HOSTILE_COMPLAINT}`);
    // The 52 KB comment is in the CSV whole: one quoted-or-plain cell of at least 50,000 characters.
    expect(csv.split('\r\n').some((line) => line.includes(LONG_COMPLAINT_START) && line.length > 50_000)).toBe(true);
    expect(csv).not.toMatch(/(^|,)=1\+1/m);
  });
});
