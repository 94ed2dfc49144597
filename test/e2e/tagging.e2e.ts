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
  // A comment that grows when its pill goes in moves everything below it: the text jumps as tags
  // appear, and on a long post the browser re-walks every later comment (BENCHMARKS.md).
  it.each(['demo-practice.html', 'dialog-en.html', 'permalink-nb.html'])('pills leave every comment of %s the height it was', async (fixture) => {
    const page = await browser.openFacebook(fixture);
    // Facebook's comment lines are tight (13 px type on 16 px lines); the fixture look's 20 px
    // lines would hide a pill that is taller than its line.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '[role="article"] { line-height: 16px; }';
      document.head.append(style);
    });
    await waitUntilRead(page);
    const tagged = (await readTags(page)).filter((s) => s.expected !== '').length;
    expect(tagged).toBeGreaterThan(0);
    await page.evaluate(async () => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += 700) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
      }
    });
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('calmreply-tag').length)).toBe(tagged);
    // Heights with the pills in, then (in the same task, so nothing is drawn between) without.
    const heights = await page.evaluate(() => {
      const articles = [...document.querySelectorAll('[data-calmreply-tags]')];
      const measure = () => articles.map((a) => a.getBoundingClientRect().height);
      const withPills = measure();
      const pills = [...document.querySelectorAll('calmreply-tag')].map((host) => ({ host, parent: host.parentNode, next: host.nextSibling }));
      for (const { host } of pills) host.remove();
      const without = measure();
      for (const { host, parent, next } of pills) parent?.insertBefore(host, next);
      return { withPills, without, pills: pills.length };
    });
    expect(heights.pills).toBe(tagged);
    const grown = heights.withPills.map((h, i) => h - (heights.without[i] ?? 0)).filter((d) => Math.abs(d) > 0.5);
    expect(grown).toEqual([]);
    expect(page.pageErrors).toEqual([]);
    await page.close();
  });
});
