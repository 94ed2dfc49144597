// `npm run demo`: builds CalmReply, then opens Debian's Chromium with it on the bundled demo
// practice page, served at a facebook.com address (nothing is fetched from the internet).
// Headed when a display is available; otherwise headless, saving a screenshot and printing its path.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { answer, fixtureHtml, ROOT } from '../test/e2e/harness/fixtures.ts';
import { ensureBrowsers } from './lib/browsers.mjs';
import { defaultSettings } from '../src/core/settings/defaults.ts';
import { DEMO_PRACTICE } from './lib/demo-practice.ts';

const DEMO_URL = 'https://www.facebook.com/RiversideSurgeryDemo/posts/pfbid02RsDemo1';
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');

const build = spawnSync('node', ['scripts/build.mjs', 'chrome'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const { chromium: executablePath } = ensureBrowsers(['chromium']);

const dist = path.join(ROOT, 'dist/chrome');
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'calmreply-demo-')), {
  executablePath,
  headless: !headed,
  viewport: headed ? null : { width: 1280, height: 900 },
  args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu',
    '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let [worker] = context.serviceWorkers();
worker ??= await context.waitForEvent('serviceworker');

// The demo practice's details, so the suggested replies read as they would for a real practice.
await worker.evaluate(async (settings) => {
  const api = (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }).chrome;
  await api.storage.local.set({ settings });
}, { ...defaultSettings(), practice: DEMO_PRACTICE });

const html = fixtureHtml('demo-practice.html');
await context.route(/^(https?|wss?):/, async (route) => {
  const served = await answer(route.request().url(), html);
  if (served) await route.fulfill({ status: served.status, contentType: served.contentType, body: served.body });
  else await route.abort();
});
const page = await context.newPage();
await page.goto(DEMO_URL);
await page.waitForFunction(() => document.querySelectorAll('[data-calmreply-tags]').length > 0, undefined, { timeout: 15_000 })
  .catch(() => console.error('CalmReply did not tag the demo page within 15 s.'));

if (headed) {
  console.log('CalmReply is open on the demo practice page. Close the browser window to finish.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
  const file = path.join(ROOT, 'artifacts/demo.png');
  await page.screenshot({ path: file, fullPage: false });
  console.log(`No display found, so the demo ran headless. Screenshot: ${file}`);
  await context.close();
}
