/**
 * Issue "On the page", the moving parts, in both real browsers: comments appended lazily,
 * React-style node replacement, single-page navigation, "See more", settings changed live,
 * keyboard use of a tag, and hostile text staying inert.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/platform/message-types.ts';
import { BROWSERS, launch, type E2EBrowser, type ExtGlobal, type UiPage } from './harness/index.ts';
import { tabState } from './harness/session.ts';
import { readTags, waitUntilRead } from './harness/tags.ts';

/** What the popup would see for this page (the content script must answer). */
async function stateOf(browser: E2EBrowser, page: UiPage): Promise<TabState> {
  const state = await tabState(browser, await browser.tabIdOf(page));
  if (!state) throw new Error('the content script did not answer');
  return state;
}

function pillsOn(page: UiPage, id: string) {
  return page.evaluate((commentId) => {
    const article = document.querySelector(`[data-calmreply-id="${commentId}"]`);
    const hosts = article ? [...article.querySelectorAll('calmreply-tag')].filter((h) => h.closest('[role="article"]') === article) : [];
    return { count: hosts.length, live: hosts.filter((h) => h.shadowRoot?.querySelector('button')).length };
  }, id);
}

describe.each(BROWSERS)('%s: comments that move', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('tags comments appended later, on scroll and by script', async () => {
    const page = await browser.openFacebook('lazy.html');
    await waitUntilRead(page);
    const before = (await readTags(page)).length;
    await page.evaluate(() => window.__fixture.appendComments(8));
    await page.waitFor('appended comments to be read', (n) =>
      document.querySelectorAll('[data-expect-tags][data-calmreply-tags]').length >= n, before + 8);
    // Scrolling the dialog to its end makes the fixture load more, as Facebook does.
    await page.evaluate(() => {
      const scroller = document.querySelector('[role="dialog"] [data-fixture-scroll]') ?? document.querySelector('[role="dialog"]');
      scroller?.scrollTo({ top: 1e6 });
      scroller?.dispatchEvent(new Event('scroll'));
    });
    let seen = await readTags(page);
    await expect.poll(async () => {
      seen = await readTags(page);
      return seen.filter((s) => s.actual !== s.expected);
    }).toEqual([]);
    expect(seen.length).toBeGreaterThanOrEqual(before + 8);
    expect(page.pageErrors).toEqual([]);
    await page.close();
  });

  it('re-attaches the tag when React replaces a comment node', async () => {
    const page = await browser.openFacebook('lazy.html');
    await waitUntilRead(page);
    const tagged = (await readTags(page)).find((s) => s.expected !== '')!;
    expect(await pillsOn(page, tagged.id!)).toEqual({ count: 1, live: 1 });
    expect(await page.evaluate((id) => window.__fixture.replaceComment(id), tagged.id!)).toBe(true);
    // The fresh copy carries a dead copy of our pill (no shadow root): it must be replaced.
    await page.waitFor('the replacement to get a live pill', (id) => {
      const article = document.querySelector(`[data-calmreply-id="${id}"]`);
      const hosts = article ? [...article.querySelectorAll('calmreply-tag')] : [];
      return hosts.length === 1 && hosts[0]!.shadowRoot !== null;
    }, tagged.id!);
    expect(await pillsOn(page, tagged.id!)).toEqual({ count: 1, live: 1 });
    expect(page.pageErrors).toEqual([]);
    await page.close();
  });

  it('follows navigation to another post without a page load', async () => {
    const page = await browser.openFacebook('lazy.html');
    await waitUntilRead(page);
    const first = await stateOf(browser, page);
    expect(first.comments.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__fixture.navigate('pfbid02RsLazy2'))).toBe(true);
    await waitUntilRead(page);
    const seen = await readTags(page);
    expect(seen.filter((s) => s.actual !== s.expected)).toEqual([]);
    await expect.poll(async () => {
      const state = await stateOf(browser, page);
      return state.diagnostics.path;
    }).toBe('/RiversideSurgery/posts/pfbid02RsLazy2');
    const after = await stateOf(browser, page);
    const firstIds = new Set(first.comments.map((c) => c.id));
    expect(after.comments.length).toBe(seen.length);
    expect(after.comments.some((c) => firstIds.has(c.id))).toBe(false);
    await page.screenshot('navigated');
    expect(page.pageErrors).toEqual([]);
    await page.close();
  });

  it('reads the rest of a comment when "See more" is clicked', async () => {
    const page = await browser.openFacebook('see-more-en.html');
    await waitUntilRead(page);
    const before = await stateOf(browser, page);
    const truncated = before.comments.find((c) => c.truncated)!;
    expect(truncated).toBeDefined();
    await page.evaluate((id) => {
      const article = document.querySelector(`[data-calmreply-id="${id}"]`)!;
      [...article.querySelectorAll<HTMLElement>('[role="button"]')].find((b) => /see more/i.test(b.textContent ?? ''))!.click();
    }, truncated.id);
    await expect.poll(async () => (await stateOf(browser, page)).comments.find((c) => c.id === truncated.id)?.truncated).toBe(false);
    const after = (await stateOf(browser, page)).comments.find((c) => c.id === truncated.id)!;
    expect(after.text.length).toBeGreaterThan(truncated.text.length);
    expect(after.text.startsWith(truncated.text.replace(/…$/, '').trim())).toBe(true);
    // Its tags, on the page, are now those of the whole comment (attributes follow in the next
    // drawing batch). Other comments may still be folded, so only this one is compared.
    await expect.poll(async () => (await readTags(page)).filter((s) => s.id === truncated.id && s.actual !== s.expected)).toEqual([]);
    await page.close();
  });

  it('re-tags the open page when a category is switched off, and back on', async () => {
    const page = await browser.openFacebook('dialog-en.html');
    await waitUntilRead(page);
    expect((await readTags(page)).some((s) => s.actual?.includes('praise'))).toBe(true);
    const setPraise = (enabled: boolean) => browser.evalInExtension(async (on) => {
      const api = (globalThis as unknown as ExtGlobal).chrome;
      const stored = (await api.storage.local.get('settings')).settings as { categories: Record<string, { enabled: boolean }> } | undefined;
      if (!stored) throw new Error('no stored settings');
      stored.categories.praise!.enabled = on;
      await api.storage.local.set({ settings: stored });
    }, enabled);
    await setPraise(false);
    await page.waitFor('praise tags to go', () =>
      ![...document.querySelectorAll('[data-calmreply-tags]')].some((el) => el.getAttribute('data-calmreply-tags')!.includes('praise')));
    await setPraise(true);
    await page.waitFor('praise tags to come back', () =>
      [...document.querySelectorAll('[data-calmreply-tags]')].some((el) => el.getAttribute('data-calmreply-tags')!.includes('praise')));
    await page.close();
  });

  it('opens a tag from the keyboard, shows its reasons, and closes with Escape', async () => {
    const page = await browser.openFacebook('dialog-en.html');
    await waitUntilRead(page);
    await page.waitFor('a pill', () => document.querySelector('calmreply-tag')?.shadowRoot?.querySelector('button') != null);
    const info = await page.evaluate(() => {
      const host = document.querySelector('calmreply-tag')!;
      const button = host.shadowRoot!.querySelector('button')!;
      button.focus();
      return { label: button.getAttribute('aria-label'), tip: host.shadowRoot!.querySelector('[role="tooltip"]')!.textContent };
    });
    expect(info.label).toMatch(/^CalmReply: .+\. Show reasons and replies$/);
    expect(info.tip!.length).toBeGreaterThan(5);
    await page.press('Enter');
    await page.waitFor('the tag menu', () => document.querySelector('calmreply-tag')!.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded') === 'true');
    const menu = await page.evaluate(() => {
      const root = document.querySelector('calmreply-tag')!.shadowRoot!;
      return { dialog: root.querySelector('[role="dialog"]')?.getAttribute('aria-label'), focused: root.activeElement?.textContent ?? null };
    });
    expect(menu.dialog).toMatch(/^CalmReply: /);
    expect(menu.focused).not.toBeNull();
    // Loading the menu's code leaves nothing in Facebook's page that names the extension.
    expect(await page.evaluate(() => document.querySelectorAll('link[href^="chrome-extension:"], link[href^="moz-extension:"], script[src*="-extension:"]').length)).toBe(0);
    await page.screenshot('tag-menu');
    await page.press('Escape');
    await page.waitFor('the menu to close', () => document.querySelector('calmreply-tag')!.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded') === 'false');
    expect(await page.evaluate(() => document.querySelector('calmreply-tag')!.shadowRoot!.activeElement?.classList.contains('pill'))).toBe(true);
    expect(page.pageErrors).toEqual([]);
    await page.close();
  });

  it('works the same on web.facebook.com', async () => {
    const page = await browser.openFacebook('permalink-en.html', 'https://web.facebook.com/RiversideSurgery/posts/pfbid02RsPerm1?comment_id=1');
    await waitUntilRead(page);
    const seen = await readTags(page);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => s.actual !== s.expected)).toEqual([]);
    await page.close();
  });

  it('keeps hostile comment text inert', async () => {
    const page = await browser.openFacebook('hostile.html');
    await waitUntilRead(page);
    const state = await stateOf(browser, page);
    // The text reaches the popup as text, markup and all…
    expect(state.comments.some((c) => c.text.includes('<script'))).toBe(true);
    // …and nothing in it ran or was parsed into the page by CalmReply.
    const inert = await page.evaluate(() => ({
      dialogs: (window as unknown as { __alerts?: number }).__alerts ?? 0,
      scriptsInPills: [...document.querySelectorAll('calmreply-tag')].reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('script, img, a').length ?? 0), 0),
    }));
    expect(inert).toEqual({ dialogs: 0, scriptsInPills: 0 });
    expect(page.pageErrors).toEqual([]);
    await page.screenshot('hostile');
    await page.close();
  });
});

declare global {
  interface Window {
    __fixture: {
      submitAttempts: number;
      appendComments(n: number): number;
      replaceComment(id: string): boolean;
      navigate(postId: string): boolean;
      composerText(el: Element): string;
    };
  }
}
