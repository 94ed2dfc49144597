/**
 * Issue "On the page", in both real browsers: every comment and reply of every fixture gets the
 * tags its fixture expects (data-expect-tags, labelled by DESIGN.md's definitions), pills are
 * drawn in shadow roots, and no error reaches the page.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from './harness/fixtures.ts';
import { BROWSERS, launch, type E2EBrowser } from './harness/index.ts';
import { readTags, waitUntilRead } from './harness/tags.ts';

const FIXTURES = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.html'));

describe.each(BROWSERS)('%s: tags on the page', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(FIXTURES)('tags every comment of %s as expected', async (fixture) => {
    const page = await browser.openFacebook(fixture);
    await waitUntilRead(page);
    // Expectations are for the whole comment: open every "See more" (CalmReply re-reads it).
    await page.evaluate(() => {
      for (const button of document.querySelectorAll<HTMLElement>('[role="button"][data-fixture-rest]')) button.click();
    });
    let seen = await readTags(page);
    await expect.poll(async () => {
      seen = await readTags(page);
      return seen.filter((s) => s.actual !== s.expected);
    }, { timeout: 5_000, message: fixture }).toEqual([]);
    expect(seen.every((s) => s.id && /^\d+$/.test(s.id))).toBe(true);
    // A pill for each tagged comment once it has come near the screen (pills are drawn lazily on
    // long posts): scroll through the page the way a person reads it.
    await page.evaluate(async () => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += 700) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
      }
    });
    const taggedCount = seen.filter((s) => s.expected !== '').length;
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('calmreply-tag').length)).toBe(taggedCount);
    await page.evaluate(() => window.scrollTo(0, 0));
    // Each inside an open shadow root, with an accessible name.
    const pills = await page.evaluate(() => [...document.querySelectorAll('calmreply-tag')].map((host) => ({
      article: host.closest('[data-calmreply-tags]')?.getAttribute('data-calmreply-tags') ?? null,
      label: host.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? null,
    })));
    expect(pills.length).toBe(taggedCount);
    for (const pill of pills) {
      expect(pill.article).not.toBe('');
      expect(pill.label).toMatch(/^CalmReply: /);
    }
    await page.screenshot(`tags-${fixture.replace('.html', '')}`);
    expect(page.pageErrors).toEqual([]);
    await page.close();
  });
});
