/**
 * The content script when Facebook or CalmReply changes under it, in both real browsers: markup
 * it cannot read leaves the page untouched and the popup says so with a diagnostic to copy; no
 * exception reaches the page on any fixture; an extension reload orphans the old content script,
 * which takes its tags off and stops without an error storm.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from './harness/fixtures.ts';
import { BROWSERS, launch, type E2EBrowser, type ExtGlobal, type UiPage } from './harness/index.ts';
import { calmreplyTraces, tabState, useSettings, waitUntilRead } from './harness/session.ts';

const FIXTURES = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.html'));

/** A post with comments, as Facebook might one day draw it: no roles, no aria, no comment links. */
const UNREADABLE = `<!doctype html><html lang="en-GB"><head><title>Riverside Surgery | Facebook</title></head>
<body><div id="root"><div class="post"><h2>Riverside Surgery</h2><p>Flu clinics start on Monday.</p>
<div class="comments">
  <div class="c"><a href="/jo.bloggs">Jo Bloggs</a><div class="t">On hold 40 minutes again, this is a disgrace, I want to complain</div></div>
  <div class="c"><a href="/sam.smith">Sam Smith</a><div class="t">Can I book a flu jab for my dad?</div></div>
  <div class="c"><a href="/ann.lee">Ann Lee</a><div class="t">Chest pain and my arm is numb, what do I do</div></div>
</div></div></div></body></html>`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Chromium: nothing went wrong in the content script's own world (Firefox: not observable). */
function expectQuietContentScript(page: UiPage): void {
  if (!page.contentScript) return;
  expect(page.contentScript.seen(), 'the content script world was watched').toBe(true);
  expect(page.contentScript.errors).toEqual([]);
}

describe.each(BROWSERS)('%s: when Facebook changes its markup', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name, { watchContentScript: true });
    await useSettings(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('stays quiet on markup where nothing matches; the popup says so and offers the diagnostic', async () => {
    const page = await browser.openFacebook(UNREADABLE, undefined, { waitForRuntime: false });
    const tabId = await browser.tabIdOf(page);
    const state = await tabState(browser, tabId);
    expect(state, 'the content script answered').not.toBeNull();
    expect(state!.comments).toEqual([]);
    await sleep(1_000); // a time-sliced pass would have drawn by now
    expect(await calmreplyTraces(page)).toEqual({ pills: 0, attributes: 0 });
    // The diagnostic report is safe to e-mail: no names, no comment text.
    const report = JSON.stringify(state!.diagnostics);
    for (const words of ['Jo Bloggs', 'disgrace', 'Chest pain', 'flu jab']) expect(report).not.toContain(words);

    const popup = await browser.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitFor('the no-comments state', () => document.querySelector('[data-testid="no-comments"]') !== null);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="no-comments"]')?.textContent ?? '')).toMatch(/No comments found on this page/);
    await popup.click('[data-testid="copy-diagnostics"]');
    await popup.waitFor('the copy outcome', () => (document.querySelector('[data-testid="status-message"]')?.textContent ?? '') !== '');
    // Headless browsers may refuse the clipboard; either way the person is told what happened.
    expect(await popup.evaluate(() => document.querySelector('[data-testid="status-message"]')?.textContent ?? ''))
      .toMatch(/^(Diagnostic report copied|The browser did not allow copying the report)/);
    expect(page.pageErrors).toEqual([]);
    expectQuietContentScript(page);
    expect(popup.pageErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  // Firefox does not let the tests see the content script's world; there pageErrors and the
  // content script's own error list (diagnostics.errors) are what is checked.
  if (name === 'chromium') {
    it('would notice an exception in the content script (a control for the checks here)', async () => {
      const page = await browser.openFacebook('permalink-en.html');
      await waitUntilRead(page);
      await page.contentScript!.throwCanary('canary from the test');
      await sleep(300);
      expect(page.contentScript!.errors.join('\n')).toMatch(/canary from the test/);
      await page.close();
    });
  }

  it.each(FIXTURES)('lets no exception escape into %s and records none of its own', async (fixture) => {
    const page = await browser.openFacebook(fixture);
    await waitUntilRead(page);
    const state = await tabState(browser, await browser.tabIdOf(page));
    expect(state?.diagnostics.errors).toEqual([]);
    expect(page.pageErrors).toEqual([]);
    expectQuietContentScript(page);
    await page.close();
  });
});

/** Articles that carry more than one CalmReply pill (a second content script drawing over the first). */
function doubledPills(page: UiPage): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('[role="article"]')]
    .filter((a) => [...a.querySelectorAll('calmreply-tag')].filter((t) => t.closest('[role="article"]') === a).length > 1).length);
}

describe.each(BROWSERS)('%s: when CalmReply is reloaded or updated while a Facebook tab is open', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name, { developerMode: true, watchContentScript: true });
    await useSettings(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the orphaned content script removes its tags and stops without errors', async () => {
    const page = await browser.openFacebook('permalink-en.html');
    await waitUntilRead(page);
    const tagged = (await calmreplyTraces(page)).pills;
    expect(tagged).toBeGreaterThan(0);

    if (browser.reloadExtension) {
      await browser.reloadExtension();
    } else {
      // The extension page running this closes as the extension reloads: its promise may reject.
      await browser.evalInExtension(() => (globalThis as unknown as ExtGlobal).chrome.runtime.reload()).catch(() => undefined);
    }

    if (name === 'chromium') {
      // Chrome does not inject the new version into open tabs: the page must end up clean.
      await page.waitFor('the tags to be removed', () => document.querySelectorAll('calmreply-tag').length === 0 &&
        ![...document.querySelectorAll('*')].some((el) => el.getAttributeNames().some((a) => a.startsWith('data-calmreply'))), undefined, 15_000);
      await sleep(2_500); // another orphan check: still clean, still quiet
      expect(await calmreplyTraces(page)).toEqual({ pills: 0, attributes: 0 });
      // The new version does not answer for this tab: the popup asks for a reload.
      const popup = await browser.openExtensionPage(`src/popup/index.html?tabId=${await browser.tabIdOf(page)}`);
      await popup.waitFor('the reload advice', () => /reload the tab/i.test(document.querySelector('[data-testid="popup"]')?.textContent ?? ''));
      expect(popup.pageErrors).toEqual([]);
    } else {
      // Firefox injects the new version into open tabs: the old one must have taken its pills off.
      await sleep(4_500);
      await page.waitFor('the new version to tag the page', (n) => document.querySelectorAll('calmreply-tag').length === n, tagged, 15_000);
      expect(await doubledPills(page)).toBe(0);
    }
    expect(page.pageErrors).toEqual([]);
    // No error storm: the orphaned script stopped without a single error or warning.
    expectQuietContentScript(page);
  });
});
