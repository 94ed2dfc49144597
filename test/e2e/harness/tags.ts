/** Reading CalmReply's test contract off a page: data-calmreply-tags against data-expect-tags. */
import type { UiPage } from './types.ts';

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

