/**
 * The options page's "Done when", in both real browsers, on the production build:
 * - edit a template → the popup offers the new wording → Insert reply puts it in the composer;
 * - add an ignore phrase → the open Facebook page's tag disappears;
 * - import a malformed file → the message shows and the settings are unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser, type ExtGlobal, type UiPage } from './harness/index.ts';

const FIXTURE = 'demo-practice.html';

/** The fixture runtime's test hooks (test/fixtures/runtime/index.ts). */
interface FixtureApi {
  submitAttempts: number;
  composerText(el: Element): string;
}
const SIGNATURE = 'Riverside Surgery team';
const NEW_WORDING = 'Thank you so much, {firstName}, for taking the time to say this. We will pass it on to the whole team.';

/** The tags the content script gave the comment by `author` ('' when none). */
function tagsOf(page: UiPage, author: string): Promise<string | null> {
  return page.evaluate((a) => document.querySelector(`[role="article"][aria-label^="Comment by ${a} "]`)?.getAttribute('data-calmreply-tags') ?? null, author);
}

async function waitForTag(page: UiPage, author: string, tag: string, present: boolean): Promise<void> {
  await page.waitFor(`${author}'s comment ${present ? 'to have' : 'to lose'} the ${tag} tag`, ([a, t, want]) => {
    const tags = document.querySelector(`[role="article"][aria-label^="Comment by ${a} "]`)?.getAttribute('data-calmreply-tags');
    if (tags === null || tags === undefined) return false;
    return tags.split(/\s+/).includes(t) === want;
  }, [author, tag, present] as const, 15_000);
}

async function openOptions(browser: E2EBrowser): Promise<UiPage> {
  const ui = await browser.openExtensionPage('src/options/index.html');
  await ui.waitFor('the options page', () => document.querySelector('[data-testid="save-bar"]') !== null);
  return ui;
}

/** Replaces a text control's value as a person would: clear it, click into it, type. */
async function retype(ui: UiPage, selector: string, text: string): Promise<void> {
  await ui.evaluate((s) => {
    const el = document.querySelector<HTMLTextAreaElement | HTMLInputElement>(s)!;
    el.scrollIntoView({ block: 'center' });
    el.value = '';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, selector);
  await ui.click(selector);
  await ui.type(text);
}

async function save(ui: UiPage): Promise<void> {
  await ui.click('[data-action="save"]');
  await ui.waitFor('the saved confirmation', () =>
    document.querySelector('[data-testid="save-status"]')?.textContent === 'Saved. Open Facebook tabs now use these settings.');
}

function storedSettings(browser: E2EBrowser): Promise<unknown> {
  return browser.evalInExtension(async () => (await (globalThis as unknown as ExtGlobal).chrome.storage.local.get('settings'))['settings'] ?? null);
}

describe.each(BROWSERS)('%s: the options page', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a malformed import with a message, and changes nothing', async () => {
    const ui = await openOptions(browser);
    await retype(ui, '#opt-practice-name', 'Riverside Surgery');
    await save(ui);
    const before = await storedSettings(browser);
    expect(before).toMatchObject({ practice: { name: 'Riverside Surgery' } });

    await ui.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
      const files = new DataTransfer();
      files.items.add(new File(['{"format": "calmreply-settings", "settings": {'], 'broken.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await ui.waitFor('the import error', () => /not valid JSON/.test(document.querySelector('[role="alert"][data-testid="import-error"]')?.textContent ?? ''));
    const message = await ui.evaluate(() => document.querySelector('[data-testid="import-error"]')?.textContent ?? '');
    expect(message).toContain('“broken.json” was not imported.');
    expect(message).toContain('Nothing has been changed.');
    expect(await ui.evaluate(() => document.querySelector('[data-testid="import-pending"]'))).toBeNull();
    expect(await storedSettings(browser)).toEqual(before);
    expect(await ui.evaluate(() => document.querySelector<HTMLInputElement>('#opt-practice-name')!.value)).toBe('Riverside Surgery');
    expect(ui.pageErrors).toEqual([]);
    await ui.close();
  });

  it("adding an ignore phrase takes the tag off the open page's comment", async () => {
    const fb = await browser.openFacebook(FIXTURE);
    await waitForTag(fb, 'Shaz Ahmed', 'complaint', true);
    const ui = await openOptions(browser);
    await ui.click('[data-testid="section-matching"] .category-picker [data-category="complaint"]');
    await ui.waitFor('the complaint rules', () => document.querySelector('[data-testid="matching-rules"]')?.getAttribute('data-category') === 'complaint');
    await ui.click('#opt-categories-complaint-ignorePhrases');
    await ui.type('hung up on me');
    // The tester shows the effect before saving.
    await retype(ui, '#match-tester-input', 'The receptionist was so rude to me on the phone today. Practically hung up on me.');
    await ui.waitFor('the tester to leave it untagged', () =>
      !(document.querySelector('[data-testid="match-tester-result"]')?.getAttribute('data-tags') ?? 'x').split(' ').includes('complaint'));
    expect(await tagsOf(fb, 'Shaz Ahmed')).toContain('complaint');
    await save(ui);

    await waitForTag(fb, 'Shaz Ahmed', 'complaint', false);
    // Only that comment: other complaints keep their tag.
    expect(await tagsOf(fb, 'Sandra Pike')).toContain('complaint');
    expect(ui.pageErrors).toEqual([]);
    expect(fb.pageErrors).toEqual([]);
    await ui.close();
    await fb.close();
  });

  it('an edited template reaches the open popup live, and Insert reply puts it in the composer', async () => {
    const fb = await browser.openFacebook(FIXTURE);
    await waitForTag(fb, 'Pat Kennedy', 'praise', true);
    const commentId = await fb.evaluate(() =>
      document.querySelector('[role="article"][aria-label^="Comment by Pat Kennedy "]')?.getAttribute('data-calmreply-id') ?? '');
    expect(commentId).toMatch(/^\d+$/);

    // The popup is already open on Pat's comment, showing the old wording.
    const tabId = await browser.tabIdOf(fb);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    const row = `[data-testid="comment-row"][data-comment-id="${commentId}"]`;
    await popup.waitFor("Pat's comment in the popup", (s) => document.querySelector(s) !== null, row, 15_000);
    await popup.click(row);
    await popup.waitFor('the reply choices', () => document.querySelector('[data-testid="reply-choice"]') !== null);

    const ui = await openOptions(browser);
    await retype(ui, '#opt-practice-phone', '01632 960 123');
    await retype(ui, '#opt-practice-signature', SIGNATURE);
    await ui.evaluate(() => window.scrollTo(0, 0));
    await ui.screenshot('options-practice');
    await ui.click('[data-testid="section-templates"] .category-picker [data-category="praise"]');
    await ui.waitFor('the praise replies', () => document.querySelector('[data-testid="template-list"]')?.getAttribute('data-category') === 'praise');
    const textarea = '[data-testid="template-list"] .template-item:first-child textarea[data-field="text"]';
    const templateId = await ui.evaluate(() => document.querySelector<HTMLElement>('[data-testid="template-list"] .template-item')!.dataset.templateId!);
    const choice = `[data-testid="reply-choice"][data-template-id="${templateId}"]`;
    const preview = (s: string) => document.querySelector(`${s} [data-testid="reply-preview"]`)?.textContent ?? null;
    const oldWording = await popup.evaluate(preview, choice);
    expect(oldWording).toBeTruthy();

    await retype(ui, textarea, `${NEW_WORDING} `);
    await ui.click('[data-testid="template-list"] .template-item:first-child [data-placeholder="signature"]');
    await ui.waitFor('the live preview', () =>
      (document.querySelector('[data-testid="template-list"] .template-item [data-testid="preview-text"]')?.textContent ?? '').endsWith('whole team. Riverside Surgery team'));
    await ui.evaluate(() => document.querySelector('[data-testid="section-templates"]')?.scrollIntoView());
    await ui.screenshot('options-templates');
    // Not saved yet: the popup still offers the old wording.
    expect(await popup.evaluate(preview, choice)).toBe(oldWording);
    await save(ui);

    const expected = 'Thank you so much, Pat, for taking the time to say this. We will pass it on to the whole team. Riverside Surgery team';
    await popup.waitFor('the new wording in the open popup', ([s, text]) =>
      document.querySelector(`${s} [data-testid="reply-preview"]`)?.textContent === text, [choice, expected] as const);
    await popup.click(`${choice} [data-testid="insert-reply"]`);

    await fb.waitFor('the reply in the composer', (text) => {
      const fixture = (window as unknown as { __fixture: FixtureApi }).__fixture;
      return [...document.querySelectorAll('[contenteditable="true"][role="textbox"]')].some((box) => fixture.composerText(box).includes(text));
    }, 'Thank you so much, Pat, for taking the time to say this.', 15_000);
    // Put in the box, never posted.
    expect(await fb.evaluate(() => (window as unknown as { __fixture: FixtureApi }).__fixture.submitAttempts)).toBe(0);
    expect(popup.pageErrors).toEqual([]);
    expect(ui.pageErrors).toEqual([]);
    expect(fb.pageErrors).toEqual([]);
    await popup.close();
    await ui.close();
    await fb.close();
  });
});
