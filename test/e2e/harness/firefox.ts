/**
 * Real Firefox ESR (Debian's) with the production build installed as a temporary add-on, driven
 * by puppeteer-core over WebDriver BiDi. BiDi refuses page.goto('moz-extension://…'), so the
 * extension opens its own pages (tabs.create from an extension page) and we find them by URL.
 */
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../manifest.config.ts';
import { screenshotPath } from './artifacts.ts';
import { answer, fixtureHtml, fixtureUrl, ROOT } from './fixtures.ts';
import { sinkProxyPrefs, startSinkProxy, type SinkProxy } from './network.ts';
import { DEFAULT_URL, type E2EBrowser, type ExtGlobal, type LaunchOptions, type UiPage } from './types.ts';

export const FIREFOX_UUID = '6f1c3b1e-2d4a-4c8e-9a51-ca1e0e5e0001';
const ORIGIN = `moz-extension://${FIREFOX_UUID}`;

function wrap(page: Page): UiPage {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error instanceof Error ? error.message : String(error)));
  return {
    pageErrors,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(what, fn, arg, timeoutMs = 10_000) {
      try {
        await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg);
      } catch (error) {
        throw new Error(`firefox: timed out waiting for ${what}: ${(error as Error).message.split('\n')[0]}`);
      }
    },
    // Puppeteer reaches into open shadow roots with the >>> combinator.
    async click(selector, inside) {
      const handle = await page.waitForSelector(inside ? `${selector} >>> ${inside}` : selector, { timeout: 10_000 });
      await handle!.click();
    },
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    scrollBy: (pixels) => page.mouse.wheel({ deltaY: pixels }),
    reload: async () => void (await page.reload()),
    async screenshot(name) {
      const file = screenshotPath('firefox', name);
      await page.screenshot({ path: file as `${string}.png` });
      return file;
    },
    close: () => page.close(),
  };
}

async function findPage(browser: Browser, href: string, exclude: Page[] = [], timeoutMs = 20_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (exclude.includes(page)) continue;
      const current: string = await page.evaluate(() => location.href).catch(() => '');
      if (current === href) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`firefox: no tab opened at ${href}`);
}

export async function launchFirefox(executablePath: string, dist = path.join(ROOT, 'dist/firefox'), launchOptions: LaunchOptions = {}): Promise<E2EBrowser> {
  // BiDi does not report the add-on background's requests: all traffic goes to a recording sink.
  const sink: SinkProxy | null = launchOptions.network ? await startSinkProxy(launchOptions.network) : null;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    ...(launchOptions.profileDir ? { userDataDir: launchOptions.profileDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.accept_languages': 'en-GB',
      ...(sink ? sinkProxyPrefs(sink.port) : {}),
      // A temporary add-on is removed when Firefox closes; a kept profile keeps its storage and
      // UUID, as an installed add-on's would be kept across a restart.
      ...(launchOptions.profileDir ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true } : {}),
    },
  });
  await browser.installExtension(path.resolve(dist));
  // A first install opens the options page (see background): our door into the extension API.
  const consolePage = await findPage(browser, `${ORIGIN}/src/options/index.html`);

  async function evalInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return consolePage.evaluate(fn as never, arg) as never;
  }

  return {
    name: 'firefox',
    async openFacebook(fixture, url, options = {}) {
      const html = fixtureHtml(fixture);
      url ??= fixtureUrl(html) ?? DEFAULT_URL;
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      const log = launchOptions.network;
      if (log) page.on('request', (r) => log.add({ url: r.url(), method: r.method(), navigation: r.isNavigationRequest(), source: page.url() }));
      page.on('request', (request) => {
        void answer(request.url(), html).then((served) => {
          if (served) return request.respond({ status: served.status, contentType: served.contentType, body: served.body });
          if (/^(https?|wss?):/.test(request.url())) return request.abort();
          return request.continue();
          // A request can vanish before it is answered (the tab closed, the page moved on): BiDi
          // then says "no such request", which is not a test failure.
        }).catch(() => undefined);
      });
      await page.goto(url);
      const ui = wrap(page);
      if (options.waitForRuntime !== false) {
        await ui.waitFor('the fixture runtime', () => document.documentElement.dataset.fixtureReady === 'true');
      }
      return ui;
    },
    async openExtensionPage(pathAndQuery) {
      const href = `${ORIGIN}/${pathAndQuery}`;
      const open = async (timeoutMs: number) => {
        const before = await browser.pages();
        await evalInExtension((u) => (globalThis as unknown as ExtGlobal).chrome.tabs.create({ url: u }), href);
        return findPage(browser, href, before, timeoutMs);
      };
      // Now and then a tab the extension opens never shows up among puppeteer's pages over BiDi;
      // a second tab does (the first is left open, unused).
      return wrap(await open(10_000).catch(() => open(15_000)));
    },
    async tabIdOf(ui) {
      const href = await ui.evaluate(() => location.href);
      return evalInExtension(async (u) => {
        const tabs = await (globalThis as unknown as ExtGlobal).chrome.tabs.query({});
        // Facebook tabs are matched by the content script, so their URLs are visible to us.
        return tabs.find((t) => t.url === u)?.id ?? -1;
      }, href);
    },
    evalInExtension,
    async backgroundFetch(url) {
      await evalInExtension(async (u) => {
        const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<typeof globalThis> } } }).browser;
        const background = await api.runtime.getBackgroundPage();
        await background.fetch(u).then(() => undefined, () => undefined);
      }, url);
    },
    async close() {
      await browser.close();
      await sink?.close();
    },
  };
}
