/** Real Chromium (Debian's) with the production build loaded, driven by playwright-core. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { firstInstallPage } from '../../../scripts/lib/firstInstall.ts';
import { screenshotPath } from './artifacts.ts';
import { answer, fixtureHtml, fixtureUrl, ROOT } from './fixtures.ts';
import type { NetworkLog } from './network.ts';
import { DEFAULT_URL, type E2EBrowser, type ExtGlobal, type LaunchOptions, type UiPage } from './types.ts';

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

export async function launchChromium(executablePath: string, dist = path.join(ROOT, 'dist/chrome'), launchOptions: LaunchOptions = {}): Promise<E2EBrowser> {
  const userDataDir = launchOptions.profileDir ?? mkdtempSync(path.join(os.tmpdir(), 'calmreply-chromium-'));
  if (launchOptions.developerMode && !existsSync(path.join(userDataDir, 'Default/Preferences'))) {
    mkdirSync(path.join(userDataDir, 'Default'), { recursive: true });
    writeFileSync(path.join(userDataDir, 'Default/Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
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
  if (launchOptions.network) await recordNetwork(context, launchOptions.network);
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;

  // The extension's own pages run in extension contexts: the whole extension API is there.
  let consolePage: Page | null = null;
  async function extensionConsole(): Promise<Page> {
    if (consolePage && !consolePage.isClosed()) return consolePage;
    // A first install opens the options page (see background); use that one, once it has loaded,
    // rather than racing it with a navigation of our own.
    const url = `chrome-extension://${extensionId}/src/options/index.html`;
    consolePage = await firstInstallPage(context, url);
    if (!consolePage) {
      consolePage = await context.newPage();
      await consolePage.goto(url);
    }
    return consolePage;
  }

  await extensionConsole();

  return {
    name: 'chromium',
    async openFacebook(fixture, url, options = {}) {
      const html = fixtureHtml(fixture);
      url ??= fixtureUrl(html) ?? DEFAULT_URL;
      const page = await context.newPage();
      const contentScript = launchOptions.watchContentScript ? await watchContentScript(context, page) : null;
      // Only fixture requests are answered; everything else (never expected) is refused.
      await page.route(/^(https?|wss?):/, async (route) => {
        const served = await answer(route.request().url(), html);
        try {
          if (served) await route.fulfill({ status: served.status, contentType: served.contentType, body: served.body });
          else await route.abort(); // options.network sees it through context.on('request')
        } catch {
          // The page closed before the answer went out: nothing is waiting for it.
        }
      });
      await page.goto(url);
      const ui = wrap(page);
      if (contentScript) Object.assign(ui, { contentScript });
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
    async reloadExtension() {
      if (!launchOptions.developerMode) throw new Error('chromium: reloadExtension needs launch(…, { developerMode: true })');
      const console = await extensionConsole();
      const before = context.serviceWorkers();
      await console.evaluate(() => (globalThis as unknown as ExtGlobal).chrome.runtime.reload()).catch(() => undefined);
      const ours = () => context.serviceWorkers().filter((w) => !before.includes(w) && w.url().startsWith(`chrome-extension://${extensionId}/`));
      for (let waited = 0; ours().length === 0; waited += 100) {
        if (waited > 20_000) throw new Error('chromium: the extension did not restart after a reload');
        await new Promise((r) => setTimeout(r, 100));
      }
      // The new version may refuse its pages (ERR_BLOCKED_BY_CLIENT) for a moment after it starts.
      for (let attempt = 1; ; attempt++) {
        if (consolePage && !consolePage.isClosed()) await consolePage.close();
        consolePage = await context.newPage();
        const ok = await consolePage.goto(`chrome-extension://${extensionId}/src/options/index.html`).then(
          () => consolePage!.evaluate(() => typeof (globalThis as unknown as ExtGlobal).chrome.tabs === 'object'), () => false);
        if (ok) return;
        if (attempt >= 30) throw new Error('chromium: the extension pages did not open after a reload');
        await new Promise((r) => setTimeout(r, 500));
      }
    },
    async backgroundFetch(url) {
      // The worker may have been restarted (or the extension reloaded) since launch.
      const current = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ??
        await context.waitForEvent('serviceworker');
      await current.evaluate((u) => fetch(u).then(() => undefined, () => undefined), url);
    },
    async close() {
      await context.close();
      if (!launchOptions.profileDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Records every request the context sees (pages, content scripts, extension pages, the service
 * worker) and refuses every http(s)/ws(s) request no page route answers: nothing leaves.
 */
async function recordNetwork(context: BrowserContext, log: NetworkLog): Promise<void> {
  // Page routes (the fixture server) are consulted before this context-wide catch-all.
  await context.route(/^(https?|wss?):/, (route) => route.abort());
  context.on('request', (request) => {
    let source = '';
    try {
      source = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      source = 'unknown';
    }
    log.add({ url: request.url(), method: request.method(), navigation: request.isNavigationRequest(), source });
  });
  const watchSockets = (page: Page) => page.on('websocket', (ws) => log.add({ url: ws.url(), method: 'WEBSOCKET', navigation: false, source: page.url() }));
  context.pages().forEach(watchSockets);
  context.on('page', watchSockets);
}

/**
 * Playwright reports only the page's main world; the content script runs in an isolated world of
 * its own (origin chrome-extension://…). Chrome DevTools Protocol sees every world.
 */
async function watchContentScript(context: BrowserContext, page: Page): Promise<NonNullable<UiPage['contentScript']>> {
  const errors: string[] = [];
  const worlds = new Set<number>();
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => {
    if (world.origin.startsWith('chrome-extension://')) worlds.add(world.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    if (worlds.has(exceptionDetails.executionContextId ?? -1)) errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if ((event.type === 'error' || event.type === 'warning') && worlds.has(event.executionContextId)) {
      errors.push(`console.${event.type}: ${event.args.map((a) => String(a.value ?? a.description ?? '')).join(' ')}`);
    }
  });
  await cdp.send('Runtime.enable');
  return {
    errors,
    seen: () => worlds.size > 0,
    async throwCanary(message) {
      const [contextId] = [...worlds];
      if (contextId === undefined) throw new Error('chromium: no content-script world to throw in');
      await cdp.send('Runtime.evaluate', { contextId, expression: `setTimeout(() => { throw new Error(${JSON.stringify(message)}); })` });
    },
  };
}
