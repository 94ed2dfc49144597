import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryBrowser } from '../../../src/platform/memory.ts';

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/platform/browser.ts', () => fake);
fake.browser = createMemoryBrowser();

const { click, mount, stored, typeInto } = await import('./harness.tsx');
const { toPhrases } = await import('../../../src/options/PhraseList.tsx');

let view: Awaited<ReturnType<typeof mount>> | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const section = () => view!.$('[data-testid="section-matching"]');
const result = () => view!.$('[data-testid="match-tester-result"]');
const tags = () => result().getAttribute('data-tags');

async function showCategory(id: string) {
  await click(section().querySelector(`.category-picker [data-category="${id}"]`)!);
}

describe('options page: matching rules and the live tester', () => {
  it('says which tags a typed comment would get, with the reasons', async () => {
    view = await mount();
    expect(result().getAttribute('role')).toBe('status');
    await typeInto(view.$('#match-tester-input'), 'Waited 40 minutes on hold this morning, ridiculous');
    expect(tags()).toContain('complaint');
    const item = result().querySelector('[data-tag="complaint"]')!;
    expect(item.textContent).toContain('Complaint');
    expect(item.textContent).toContain("'40 minutes on hold'");

    await typeInto(view.$('#match-tester-input'), 'What time do you open on Saturday?');
    expect(tags()).toBe('');
    expect(result().textContent).toContain('Not tagged');
  });

  it('uses the draft: an extra phrase tags at once, before saving, and saves one phrase a line', async () => {
    view = await mount();
    await typeInto(view.$('#match-tester-input'), 'Is the car park barrier up on Saturdays?');
    expect(tags()).not.toContain('complaint');

    await showCategory('complaint');
    const extra = view.$<HTMLTextAreaElement>('#opt-categories-complaint-extraPhrases');
    expect(view.$(`label[for="${extra.id}"]`).textContent).toBe('Extra phrases to match');
    await typeInto(extra, 'car park barrier\n\n  Car Park Barrier \nparking');
    expect(tags()).toContain('complaint');
    expect(result().textContent).toContain('car park barrier');
    // What was typed stays as typed while it means the same list.
    expect(extra.value).toBe('car park barrier\n\n  Car Park Barrier \nparking');

    await click(view.$('[data-action="save"]'));
    expect((await stored())!.categories.complaint.extraPhrases).toEqual(['car park barrier', 'parking']);
  });

  it('uses the draft: an ignore phrase stops the tag', async () => {
    view = await mount();
    await typeInto(view.$('#match-tester-input'), 'Waited 40 minutes on hold this morning, ridiculous');
    expect(tags()).toContain('complaint');
    await showCategory('complaint');
    await typeInto(view.$('#opt-categories-complaint-ignorePhrases'), 'on hold');
    expect(tags()).not.toContain('complaint');
  });

  it('switches a category off with a labelled checkbox', async () => {
    view = await mount();
    await typeInto(view.$('#match-tester-input'), 'Waited 40 minutes on hold this morning, ridiculous');
    await showCategory('complaint');
    const toggle = view.$<HTMLInputElement>('#opt-categories-complaint-enabled');
    expect(toggle.type).toBe('checkbox');
    expect(view.$(`label[for="${toggle.id}"]`).textContent).toBe('Tag Complaint comments');
    expect(toggle.checked).toBe(true);
    await click(toggle);
    expect(tags()).not.toContain('complaint');
    expect(section().querySelector('.category-picker [data-category="complaint"]')!.textContent).toContain('(off)');
    await click(view.$('[data-action="save"]'));
    expect((await stored())!.categories.complaint.enabled).toBe(false);
  });

  it('follows undo: the phrase lists show the restored settings', async () => {
    view = await mount();
    await showCategory('praise');
    await typeInto(view.$('#opt-categories-praise-extraPhrases'), 'cheers');
    await click(view.$('[data-action="save"]'));
    await click(view.$('[data-action="undo"]'));
    expect(view.$<HTMLTextAreaElement>('#opt-categories-praise-extraPhrases').value).toBe('');
    expect((await stored())!.categories.praise.extraPhrases).toEqual([]);
  });
});

describe('toPhrases', () => {
  it.each([
    ['', []],
    ['a\nb', ['a', 'b']],
    ['  spaced   out  \r\n\n', ['spaced out']],
    ['Same\nsame\nSAME', ['Same']],
  ])('%j → %j', (text, phrases) => {
    expect(toPhrases(text)).toEqual(phrases);
  });
});
