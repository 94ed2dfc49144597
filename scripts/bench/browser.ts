/**
 * Chromium for the bench: the production build loaded exactly as the e2e harness loads it, or
 * the same browser with no extension at all, serving generated posts at facebook.com URLs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { firstInstallPage } from '../lib/firstInstall.ts';
import { pageRuntime } from './page.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Long tasks and long animation frames from before the first byte is parsed. */
const OBSERVE = `
window.__perf = { longtasks: [], loaf: [] };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__perf.longtasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__perf.loaf.push({
      start: e.startTime, duration: e.duration,
      scripts: e.scripts.map((s) => ({ url: s.sourceURL, invoker: s.invoker, duration: s.duration })),
    });
  }).observe({ type: 'long-animation-frame', buffered: true });
} catch {}
`;

export interface BenchBrowser {
  context: BrowserContext;
  withExtension: boolean;
  version: string;
  open(html: string, url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(dist: string | null): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'calmreply-bench-'));
  const extensionArgs = dist ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    args: [...extensionArgs, '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  if (dist) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    // A first install opens the options page (see background) in whatever blank tab it finds: wait
    // for it and close it, or it takes over the tab of the first post the bench opens.
    await (await firstInstallPage(context, `chrome-extension://${new URL(worker.url()).host}/src/options/index.html`))?.close();
  }
  await context.addInitScript(OBSERVE);
  const page0 = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page0);
  const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
  await cdp.detach();
  const runtime = await pageRuntime();
  return {
    context,
    withExtension: dist !== null,
    version: product,
    async open(html, url) {
      const page = await context.newPage();
      await page.route(/^(https?|wss?):/, async (route) => {
        const u = new URL(route.request().url());
        if (u.hostname.endsWith('fbcdn.net')) return route.fulfill({ status: 200, contentType: 'image/gif', body: PIXEL });
        if (u.hostname !== 'www.facebook.com') return route.abort();
        if (u.pathname === '/__fixture__/runtime.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: runtime });
        if (u.pathname === '/favicon.ico') return route.fulfill({ status: 204, body: '' });
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
