/** Launches either browser by name; paths come from scripts/e2e.mjs (CHROMIUM_PATH / FIREFOX_PATH). */
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { BrowserName, E2EBrowser, LaunchOptions } from './types.ts';

export * from './types.ts';

export const BROWSERS: BrowserName[] = (process.env.CALMREPLY_E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((b) => b.trim())
  .filter((b): b is BrowserName => b === 'chromium' || b === 'firefox');

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<E2EBrowser> {
  if (name === 'chromium') return launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', undefined, options);
  return launchFirefox(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', undefined, options);
}
