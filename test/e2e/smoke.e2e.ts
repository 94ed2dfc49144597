/**
 * Foundation smoke test, in both real browsers: the production build loads, its content script
 * runs on a facebook.com URL, and the popup, options and complaints pages render.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser } from './harness/index.ts';

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
    await page.waitFor('the content script', () => document.documentElement.dataset.calmreplyActive !== undefined);
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
