/**
 * Steps shared by the privacy and reliability scenarios: practice settings, a hostile variant of
 * the hostile fixture, waiting for tags, and catching a download's Blob instead of saving it.
 */
import { defaultSettings } from '../../../src/core/settings/defaults.ts';
import type { Settings } from '../../../src/core/settings/types.ts';
import type { TabState } from '../../../src/platform/message-types.ts';
import { DEMO_PRACTICE } from '../../../scripts/lib/demo-practice.ts';
import { fixtureHtml } from './fixtures.ts';
import type { E2EBrowser, ExtGlobal, UiPage } from './types.ts';

export const PRACTICE_SETTINGS: Settings = { ...defaultSettings(), practice: DEMO_PRACTICE };

/** A complaint the public could write: markup, a formula start, script. Shown as text everywhere. */
export const HOSTILE_COMPLAINT = '=1+1 <img src=x onerror=alert(1)> I want to make a complaint about the rude receptionist <script>alert(2)</script>';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The start of hostile.html's 52 KB complaint ("Long Writer"). */
export const LONG_COMPLAINT_START = 'This is a complaint about the phone system.';

/**
 * hostile.html with the link-only comment ("Link Paster") turned into HOSTILE_COMPLAINT, so the
 * page has two complaints: markup and formulas, and 52 KB of text.
 */
export function hostileComplaintFixture(): string {
  const html = fixtureHtml('hostile.html');
  const replaced = html
    .replace(/(aria-label="Comment by Link Paster[^"]*"[^>]*data-expect-tags=")"/, '$1complaint"')
    .replace(/(<div dir="auto" style="text-align: start;">)see what they said here .*?<\/a>/, `$1${escapeHtml(HOSTILE_COMPLAINT)}`);
  if (!replaced.includes(escapeHtml(HOSTILE_COMPLAINT)) || !/Link Paster[^>]*data-expect-tags="complaint"/.test(replaced)) {
    throw new Error('hostile.html changed: the link-only comment was not found');
  }
  return replaced;
}

/**
 * Stores the demo practice's settings and removes everything else. Settings are written before
 * the rest is removed, never cleared first, and read back a moment later: an extension page that
 * found no settings (the options tab opened on install) stores the defaults, which can land after
 * ours; then ours are written again.
 */
export async function useSettings(browser: E2EBrowser, settings: Settings = PRACTICE_SETTINGS): Promise<void> {
  const write = () => browser.evalInExtension(async (s) => {
    const local = (globalThis as unknown as ExtGlobal).chrome.storage.local as ExtGlobal['chrome']['storage']['local'] & {
      remove(keys: string[]): Promise<void>;
    };
    await local.set({ settings: s });
    const others = Object.keys(await local.get(null)).filter((k) => k !== 'settings');
    if (others.length > 0) await local.remove(others);
    await new Promise((r) => setTimeout(r, 300));
    // Chrome hands objects back with their keys sorted: compare contents, not key order.
    const canonical = (v: unknown): string => (Array.isArray(v) ? `[${v.map(canonical).join(',')}]`
      : v !== null && typeof v === 'object'
        ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`
        : JSON.stringify(v));
    return canonical((await local.get('settings'))['settings']) === canonical(s);
  }, settings);
  for (let attempt = 1; ; attempt++) {
    // The first call can also race the options tab opened on install, and fail outright.
    if (await write().catch(() => false)) return;
    if (attempt === 5) throw new Error('the practice settings did not stay stored');
  }
}

export function waitUntilRead(page: UiPage): Promise<void> {
  return page.waitFor('every expected comment to be read', () => {
    const all = document.querySelectorAll('[data-expect-tags]');
    return all.length > 0 && [...all].every((el) => el.hasAttribute('data-calmreply-tags'));
  }, undefined, 30_000);
}

/** The CalmReply id of the comment whose text contains `needle`. */
export function commentIdContaining(page: UiPage, needle: string): Promise<string | null> {
  return page.evaluate((n) => [...document.querySelectorAll('[role="article"]')]
    .find((a) => a.textContent?.includes(n))?.getAttribute('data-calmreply-id') ?? null, needle);
}

/** Waits for the popup's status line to announce outcome number `seq` and returns its text. */
export async function statusAfter(popup: UiPage, seq: number): Promise<string> {
  await popup.waitFor(`status message ${seq}`, (n) => Number(document.querySelector('[data-testid="status-message"]')?.getAttribute('data-seq') ?? 0) >= n, seq, 15_000);
  return popup.evaluate(() => document.querySelector('[data-testid="status-message"]')?.textContent ?? '');
}

/** From now on, a download from this page is caught (Blob and file name) instead of saved. */
export function catchDownloads(page: UiPage): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __download: { blob: Blob | null; name: string } };
    w.__download = { blob: null, name: '' };
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) w.__download.blob = obj;
      return create(obj);
    };
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      w.__download.name = this.download;
    };
  });
}

/** The caught download's text, once there is one. */
export async function caughtDownload(page: UiPage): Promise<{ name: string; type: string; bytes: number[]; text: string }> {
  await page.waitFor('the download', () => (window as unknown as { __download: { name: string } }).__download.name !== '');
  return page.evaluate(async () => {
    const d = (window as unknown as { __download: { blob: Blob; name: string } }).__download;
    const buffer = await d.blob.arrayBuffer();
    return {
      name: d.name,
      type: d.blob.type,
      bytes: [...new Uint8Array(buffer)],
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer),
    };
  });
}

/** Asks the tab's content script for its state the way the popup does (null if none answers). */
export function tabState(browser: E2EBrowser, tabId: number, attempts = 30): Promise<TabState | null> {
  return browser.evalInExtension(async ([id, tries]) => {
    const api = (globalThis as unknown as ExtGlobal).chrome as unknown as { tabs: { sendMessage(t: number, m: unknown): Promise<TabState> } };
    for (let i = 0; i < tries; i++) {
      try {
        return await api.tabs.sendMessage(id, { calmreply: 1, type: 'tab:get-state', payload: {} });
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return null;
  }, [tabId, attempts] as const);
}

/** Everything CalmReply has put on a Facebook page: pill hosts and data-calmreply-* attributes. */
export function calmreplyTraces(page: UiPage): Promise<{ pills: number; attributes: number }> {
  return page.evaluate(() => ({
    pills: document.querySelectorAll('calmreply-tag').length,
    attributes: [...document.querySelectorAll('*')].reduce((n, el) => n + el.getAttributeNames().filter((a) => a.startsWith('data-calmreply')).length, 0),
  }));
}
