/** The few other browser calls CalmReply makes, kept behind platform/ like storage and messages. */
import { browser } from './browser.ts';

export type ExtensionPage = 'options' | 'complaints' | 'popup';

const PAGE_PATHS: Record<ExtensionPage, string> = {
  options: 'src/options/index.html',
  complaints: 'src/complaints/index.html',
  popup: 'src/popup/index.html',
};

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

export function pageUrl(page: ExtensionPage, query = ''): string {
  return browser.runtime.getURL(PAGE_PATHS[page]) + (query ? `?${query.replace(/^\?/, '')}` : '');
}

/** Opens an extension page in a new tab, or focuses it when already open (no duplicates). */
export async function openExtensionPage(page: ExtensionPage, query = ''): Promise<void> {
  const url = pageUrl(page, query);
  await browser.tabs.create({ url });
}

export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** The id of the tab the popup belongs to; a `tabId` query parameter names it when opened as a page. */
export async function activeTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(globalThis.location?.search ?? '').get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
}

export function onFirstInstall(callback: () => void): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') callback();
  });
}

/**
 * True while this content script still belongs to a live extension. After an update or reload,
 * an orphaned content script loses its runtime id and every API call throws.
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
