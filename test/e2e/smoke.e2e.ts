/**
 * Foundation smoke test, in both real browsers: the production build loads, its content script
 * runs on a facebook.com URL, and the popup, options and complaints pages render.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/platform/message-types.ts';
import { BROWSERS, launch, type E2EBrowser, type ExtGlobal } from './harness/index.ts';

const PAGE = `<!doctype html><html lang="en-GB"><head><title>Riverside Surgery</title></head>
<body><div role="main"><p>Riverside Surgery</p></div></body></html>`;

describe.each(BROWSERS)('%s: the built extension', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs its content script on a facebook.com page', async () => {
    const page = await browser.openFacebook(PAGE, undefined, { waitForRuntime: false });
    const tabId = await browser.tabIdOf(page);
    // Asked the way the popup asks: the content script answers with its diagnostics.
    const state = await browser.evalInExtension(async (id) => {
      const api = (globalThis as unknown as ExtGlobal).chrome;
      for (let i = 0; i < 50; i++) {
        try {
          return await (api.tabs as unknown as { sendMessage(t: number, m: unknown): Promise<TabState> })
            .sendMessage(id, { calmreply: 1, type: 'tab:get-state', payload: {} });
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      return null;
    }, tabId);
    expect(state?.diagnostics.surface).toBe('none');
    expect(state?.comments).toEqual([]);
    await page.screenshot('smoke-facebook');
    expect(page.pageErrors).toEqual([]);
    await page.close();
  });

  it('does not run on other sites', async () => {
    const page = await browser.openFacebook(PAGE, 'https://www.facebook.com.evil.example/posts/1', { waitForRuntime: false })
      .catch(() => null);
    // The harness only answers facebook.com hosts, so a look-alike host never even loads:
    // the manifest's matches are the guard, and it is checked by the manifest test too.
    expect(page).toBeNull();
  });

  for (const [page, testId, heading] of [
    ['src/popup/index.html', 'popup', 'CalmReply'],
    ['src/options/index.html', 'options', 'CalmReply options'],
    ['src/complaints/index.html', 'complaints', 'Complaints log'],
  ] as const) {
    it(`renders the ${testId} page`, async () => {
      const ui = await browser.openExtensionPage(page);
      await ui.waitFor(`the ${testId} page`, (id) => document.querySelector(`[data-testid="${id}"]`) !== null, testId);
      expect(await ui.evaluate(() => document.querySelector('h1')?.textContent)).toBe(heading);
      await ui.screenshot(`smoke-${testId}`);
      expect(ui.pageErrors).toEqual([]);
      await ui.close();
    });
  }
});
