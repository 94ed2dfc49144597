import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryBrowser } from '../../../src/platform/memory.ts';

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/platform/browser.ts', () => fake);
fake.browser = createMemoryBrowser();

const { click, mount, settle, stored, typeInto } = await import('./harness.tsx');
const { defaultSettings } = await import('../../../src/core/settings/defaults.ts');
const { DEFAULT_TEMPLATES } = await import('../../../src/core/templates/index.ts');
const { act } = await import('preact/test-utils');

let view: Awaited<ReturnType<typeof mount>> | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const section = () => view!.$('[data-testid="section-templates"]');
const items = () => [...section().querySelectorAll<HTMLElement>('.template-item')];
const ids = () => items().map((el) => el.dataset.templateId);
const inItem = <T extends Element = HTMLElement>(item: Element, selector: string) => item.querySelector<T>(selector)!;

async function showCategory(id: string) {
  await click(section().querySelector(`.category-picker [data-category="${id}"]`)!);
}

describe('options page: templates per category', () => {
  it("lists a category's templates in order, chosen with a pressed category button", async () => {
    view = await mount();
    expect(ids()).toEqual(DEFAULT_TEMPLATES.urgent.map((t) => t.id));
    expect(section().querySelector('[data-action="add-template"]')!.textContent).toBe('+ Add an urgent reply');
    await showCategory('complaint');
    expect(section().querySelector('[data-category="complaint"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(section().querySelector('[data-category="urgent"]')!.getAttribute('aria-pressed')).toBe('false');
    expect(ids()).toEqual(DEFAULT_TEMPLATES.complaint.map((t) => t.id));
  });

  it('adds a template, edits its title and text, and saves it', async () => {
    view = await mount();
    await showCategory('appointment');
    const before = ids().length;
    await click(section().querySelector('[data-action="add-template"]')!);
    expect(ids().length).toBe(before + 1);
    const added = items().at(-1)!;
    // Focus goes to the new template's title, ready to type.
    expect(document.activeElement).toBe(inItem(added, '[data-field="title"]'));
    await typeInto(inItem(added, '[data-field="title"]'), 'Flu clinic');
    await typeInto(inItem(added, '[data-field="text"]'), 'Flu clinics run on Saturdays. {bookingInfo}');
    await click(view.$('[data-action="save"]'));
    const saved = (await stored())!.categories.appointment.templates.at(-1)!;
    expect(saved).toMatchObject({ title: 'Flu clinic', text: 'Flu clinics run on Saturdays. {bookingInfo}' });
    expect(saved.id).toMatch(/^appointment-custom-\d+$/);
  });

  it('moves a template up and down with buttons, keeping focus on the moved one', async () => {
    view = await mount();
    const [a, b, c] = DEFAULT_TEMPLATES.urgent.map((t) => t.id);
    expect(inItem<HTMLButtonElement>(items()[0]!, '[data-action="move-up"]').disabled).toBe(true);
    expect(inItem<HTMLButtonElement>(items()[2]!, '[data-action="move-down"]').disabled).toBe(true);

    await click(inItem(items()[0]!, '[data-action="move-down"]'));
    expect(ids()).toEqual([b, a, c]);
    expect((document.activeElement as HTMLElement).closest('.template-item')?.getAttribute('data-template-id')).toBe(a);

    await click(inItem(items()[2]!, '[data-action="move-up"]'));
    expect(ids()).toEqual([b, c, a]);
    await click(view.$('[data-action="save"]'));
    expect((await stored())!.categories.urgent.templates.map((t) => t.id)).toEqual([b, c, a]);
  });

  it('removes a template only after confirming, and keeps it on cancel', async () => {
    view = await mount();
    const first = ids()[0]!;
    await click(inItem(items()[0]!, '[data-action="remove"]'));
    const dialog = view.$('[data-testid="confirm-remove-template"]');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(document.activeElement).toBe(inItem(dialog, '[data-action="cancel"]'));
    await click(inItem(dialog, '[data-action="cancel"]'));
    expect(ids()[0]).toBe(first);

    await click(inItem(items()[0]!, '[data-action="remove"]'));
    await click(view.$('[data-testid="confirm-remove-template"] [data-action="confirm"]'));
    expect(ids()).not.toContain(first);
    expect(ids().length).toBe(DEFAULT_TEMPLATES.urgent.length - 1);
    expect(view.store.dirty.value).toBe(true);
  });

  it('inserts a placeholder at the caret', async () => {
    view = await mount();
    const area = inItem<HTMLTextAreaElement>(items()[0]!, '[data-field="text"]');
    await typeInto(area, 'Call us on  today.');
    area.setSelectionRange(11, 11);
    await click(inItem(items()[0]!, '.placeholder-picker [data-placeholder="phone"]'));
    await settle();
    expect(area.value).toBe('Call us on {phone} today.');
    expect(area.selectionStart).toBe(18);
    expect(document.activeElement).toBe(area);
  });
});

describe('options page: template preview', () => {
  it("renders the template on a sample comment with the practice's details and the commenter's name", async () => {
    const settings = defaultSettings();
    settings.practice.phone = '01234 567890';
    settings.practice.signature = 'The Riverside Surgery team';
    view = await mount({ local: settings });
    const area = inItem<HTMLTextAreaElement>(items()[0]!, '[data-field="text"]');
    await typeInto(area, 'Hello {firstName}, please call {phone}.\n{signature}');
    const preview = inItem(items()[0]!, '[data-testid="preview-text"]');
    expect(preview.textContent).toBe('Hello Sarah, please call 01234 567890.\nThe Riverside Surgery team');
    expect(preview.querySelector('mark')).toBeNull();
    expect(inItem(items()[0]!, '[data-testid="template-preview"] figcaption').textContent).toContain('chest pain');
  });

  it('shows a missing practice detail as a highlighted prompt, not a blank, and updates when it is filled in', async () => {
    view = await mount();
    const area = inItem<HTMLTextAreaElement>(items()[0]!, '[data-field="text"]');
    await typeInto(area, 'Please call {phone}.');
    const mark = () => inItem(items()[0]!, '[data-testid="preview-text"]').querySelector('mark.missing-detail');
    expect(mark()?.textContent).toBe('[Add your practice phone number in Options]');
    expect(mark()?.getAttribute('data-placeholder')).toBe('phone');

    // The draft's details are used at once, before saving.
    await typeInto(view.$('#opt-practice-phone'), '01234 567890');
    expect(mark()).toBeNull();
    expect(inItem(items()[0]!, '[data-testid="preview-text"]').textContent).toBe('Please call 01234 567890.');
  });
});

describe('options page: wording check beside each template', () => {
  it('passes every default template with no warnings', async () => {
    view = await mount();
    for (const check of section().querySelectorAll('[data-testid="wording-check"]')) {
      expect(check.getAttribute('role')).toBe('status');
      expect(check.querySelectorAll('li')).toHaveLength(0);
      expect(check.textContent).toContain('no problems found');
    }
  });

  it('warns live about a risky template, each warning with its rule and message', async () => {
    view = await mount();
    const item = items()[0]!;
    await typeInto(inItem(item, '[data-field="text"]'), 'As your GP we reviewed your notes and you should take paracetamol. THIS IS UNACCEPTABLE. {phoneNumber}');
    const warnings = [...inItem(item, '[data-testid="wording-check"]').querySelectorAll('li')];
    const rules = new Set(warnings.map((li) => li.getAttribute('data-rule')));
    for (const rule of ['confidentiality', 'clinical', 'shouting', 'placeholder']) expect(rules, rule).toContain(rule);
    for (const li of warnings) expect(li.textContent!.length).toBeGreaterThan(20);
    expect(inItem(item, '[data-field="text"]').getAttribute('aria-describedby')).toContain(inItem(item, '[data-testid="wording-check"]').id);

    await typeInto(inItem(item, '[data-field="text"]'), 'Thank you for getting in touch. Please call us on {phone}.');
    expect(inItem(item, '[data-testid="wording-check"]').querySelectorAll('li')).toHaveLength(0);
  });

  it('warns when a template is too long for a comment', async () => {
    view = await mount();
    await typeInto(inItem(items()[0]!, '[data-field="text"]'), 'Thank you for your message. '.repeat(60));
    const rules = [...inItem(items()[0]!, '[data-testid="wording-check"]').querySelectorAll('li')].map((li) => li.dataset.rule);
    expect(rules).toContain('length');
  });
});

describe('options page: complaints note', () => {
  it('edits and saves the complaints note with its own preview and wording check', async () => {
    view = await mount();
    const note = view.$('[data-testid="section-complaints-note"]');
    const area = note.querySelector<HTMLTextAreaElement>('[data-field="text"]')!;
    expect(area.value).toBe(defaultSettings().complaintsNote.text);
    await typeInto(area, 'We are sorry to hear this. Please contact {complaintsContact}. {signature}');
    expect(note.querySelector('[data-testid="preview-text"] mark[data-placeholder="complaintsContact"]')).not.toBeNull();
    await click(view.$('[data-action="save"]'));
    expect((await stored())!.complaintsNote.text).toBe('We are sorry to hear this. Please contact {complaintsContact}. {signature}');
  });
});

describe('options page: keyboard focus', () => {
  it('moves focus to the reply that takes the place of a removed one', async () => {
    view = await mount();
    const second = ids()[1]!;
    await click(inItem(items()[0]!, '[data-action="remove"]'));
    await click(view.$('[data-testid="confirm-remove-template"] [data-action="confirm"]'));
    expect((document.activeElement as HTMLElement).closest('.template-item')?.getAttribute('data-template-id')).toBe(second);
    expect((document.activeElement as HTMLElement).dataset.field).toBe('title');
  });

  it('cancels a removal with Escape and returns focus to the Remove button', async () => {
    view = await mount();
    await click(inItem(items()[0]!, '[data-action="remove"]'));
    const dialog = view.$('[data-testid="confirm-remove-template"]');
    await act(() => {
      dialog.querySelector('[data-action="cancel"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await settle();
    expect(view.root.querySelector('[data-testid="confirm-remove-template"]')).toBeNull();
    expect(document.activeElement).toBe(inItem(items()[0]!, '[data-action="remove"]'));
    expect(ids()).toEqual(DEFAULT_TEMPLATES.urgent.map((t) => t.id));
  });
});
