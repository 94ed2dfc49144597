/** Real Chromium (Debian's) with the production build loaded, driven by playwright-core. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { screenshotPath } from './artifacts.ts';
import { answer, fixtureHtml, fixtureUrl, ROOT } from './fixtures.ts';
import { DEFAULT_URL, type E2EBrowser, type ExtGlobal, type UiPage } from './types.ts';

function wrap(page: Page, onClose?: () => void): UiPage {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    pageErrors,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(what, fn, arg, timeoutMs = 10_000) {
      try {
        await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 });
      } catch (error) {
        throw new Error(`chromium: timed out waiting for ${what}: ${(error as Error).message.split('\n')[0]}`);
      }
    },
    // Playwright's CSS engine pierces open shadow roots by itself.
    click: (selector, inside) => page.locator(inside ? `${selector} ${inside}` : selector).first().click(),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    scrollBy: (pixels) => page.mouse.wheel(0, pixels),
    reload: async () => void (await page.reload()),
    async screenshot(name) {
      const file = screenshotPath('chromium', name);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    close: async () => {
      onClose?.();
      await page.close();
    },
  };
}

export async function launchChromium(executablePath: string, dist = path.join(ROOT, 'dist/chrome')): Promise<E2EBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'calmreply-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;

  // The extension's own pages run in extension contexts: the whole extension API is there.
  let consolePage: Page | null = null;
  async function extensionConsole(): Promise<Page> {
    if (consolePage && !consolePage.isClosed()) return consolePage;
    consolePage = await context.newPage();
    await consolePage.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    return consolePage;
  }

  return {
    name: 'chromium',
    async openFacebook(fixture, url, options = {}) {
      const html = fixtureHtml(fixture);
      url ??= fixtureUrl(html) ?? DEFAULT_URL;
      const page = await context.newPage();
      // Only fixture requests are answered; everything else (never expected) is refused.
      await page.route(/^(https?|wss?):/, async (route) => {
        const served = await answer(route.request().url(), html);
        if (served) await route.fulfill({ status: served.status, contentType: served.contentType, body: served.body });
        else await route.abort();
      });
      await page.goto(url);
      const ui = wrap(page);
      if (options.waitForRuntime !== false) {
        await ui.waitFor('the fixture runtime', () => document.documentElement.dataset.fixtureReady === 'true');
      }
      return ui;
    },
    async openExtensionPage(pathAndQuery) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathAndQuery}`);
      return wrap(page);
    },
    async tabIdOf(ui) {
      // The popup reads the active tab; so do we: bring the page to the front, then ask.
      const console = await extensionConsole();
      const url = await ui.evaluate(() => location.href);
      const page = context.pages().find((p) => p.url() === url);
      if (!page) throw new Error(`chromium: no tab shows ${url}`);
      await page.bringToFront();
      return console.evaluate(async () => {
        const api = (globalThis as unknown as ExtGlobal).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
    },
    async evalInExtension(fn, arg) {
      const console = await extensionConsole();
      return console.evaluate(fn as never, arg) as never;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
