import type { BrowserContext, Page } from 'playwright-core';

/**
 * The options page a first install opens (see src/background), once it has loaded; null if none
 * opened within `ms`. Chrome opens it in whatever blank tab it finds, so whoever drives the
 * browser waits for it before opening tabs of their own (the e2e harness, the bench).
 */
export async function firstInstallPage(context: BrowserContext, url: string, ms = 5_000): Promise<Page | null> {
  const deadline = Date.now() + ms;
  let opened = context.pages().find((p) => p.url() === url);
  while (!opened && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    opened = context.pages().find((p) => p.url() === url);
  }
  if (!opened) return null;
  await opened.waitForLoadState('load');
  return opened;
}
