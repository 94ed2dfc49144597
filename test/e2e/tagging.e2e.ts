/**
 * Issue "On the page", in both real browsers: every comment and reply of every fixture gets the
 * tags its fixture expects (data-expect-tags, labelled by DESIGN.md's definitions), pills are
 * drawn in shadow roots, and no error reaches the page.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from './harness/fixtures.ts';
import { BROWSERS, launch, type E2EBrowser, type UiPage } from './harness/index.ts';

const FIXTURES = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.html'));

interface Seen {
  expected: string;
  actual: string | null;
  id: string | null;
  label: string;
}

/** Expected and actual tags of every article that declares an expectation. */
export function readTags(page: UiPage): Promise<Seen[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-expect-tags]')].map((el) => ({
      expected: (el.dataset.expectTags ?? '').split(/\s+/).filter(Boolean).sort().join(' '),
      actual: el.hasAttribute('data-calmreply-tags')
        ? (el.getAttribute('data-calmreply-tags') ?? '').split(/\s+/).filter(Boolean).sort().join(' ')
        : null,
      id: el.getAttribute('data-calmreply-id'),
      label: el.getAttribute('aria-label') ?? el.dataset.fixtureId ?? '',
    })));
}

export async function waitUntilRead(page: UiPage): Promise<void> {
  await page.waitFor('every expected comment to be read', () => {
    const all = document.querySelectorAll('[data-expect-tags]');
    return all.length > 0 && [...all].every((el) => el.hasAttribute('data-calmreply-tags'));
  }, undefined, 15_000);
}

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
    const seen = await readTags(page);
    const wrong = seen.filter((s) => s.actual !== s.expected);
    expect(wrong, `${fixture}: ${JSON.stringify(wrong, null, 1)}`).toEqual([]);
    expect(seen.every((s) => s.id && /^\d+$/.test(s.id))).toBe(true);
    // A pill for each tagged comment, inside an open shadow root, with an accessible name.
    const pills = await page.evaluate(() => [...document.querySelectorAll('calmreply-tag')].map((host) => ({
      article: host.closest('[data-calmreply-tags]')?.getAttribute('data-calmreply-tags') ?? null,
      label: host.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? null,
    })));
    expect(pills.length).toBe(seen.filter((s) => s.expected !== '').length);
    for (const pill of pills) {
      expect(pill.article).not.toBe('');
      expect(pill.label).toMatch(/^CalmReply: /);
    }
    await page.screenshot(`tags-${fixture.replace('.html', '')}`);
    expect(page.pageErrors).toEqual([]);
    await page.close();
  });
});
