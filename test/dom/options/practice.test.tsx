import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryBrowser } from '../../../src/platform/memory.ts';

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/platform/browser.ts', () => fake);
fake.browser = createMemoryBrowser();

const { click, memory, mount, settle, stored, typeInto } = await import('./harness.tsx');
const { SAVED_MESSAGE } = await import('../../../src/options/store.ts');
const { defaultSettings } = await import('../../../src/core/settings/defaults.ts');
const { act } = await import('preact/test-utils');

let view: Awaited<ReturnType<typeof mount>> | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
  memory.storage.local.failWrites(null);
});

describe('options page: structure', () => {
  it('has a skip link, a section nav and a labelled control for every practice detail', async () => {
    view = await mount();
    expect(view.$('a.skip-link').getAttribute('href')).toBe('#options-main');
    const nav = view.$$('nav a').map((a) => a.textContent);
    expect(nav).toEqual(['Practice details', 'Replies by category', 'Matching rules', 'Complaints note', 'Import and export', 'Reset']);
    for (const a of view.$$<HTMLAnchorElement>('nav a')) expect(view.root.querySelector(a.getAttribute('href')!)).not.toBeNull();
    for (const control of view.$$('#practice input, #practice textarea, #practice select')) {
      const label = view.root.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent, control.id).toBeTruthy();
      expect(control.getAttribute('aria-describedby'), control.id).toBeTruthy();
    }
    expect(view.$$('#practice fieldset legend').length).toBeGreaterThanOrEqual(3);
  });
});

describe('options page: keyboard and labels', () => {
  it('gives every control a name and keeps it in the tab order', async () => {
    view = await mount();
    const controls = view.$$<HTMLElement>('button, input, select, textarea, a[href]');
    expect(controls.length).toBeGreaterThan(50);
    for (const el of controls) {
      const labelled = el.id !== '' && view.root.querySelector(`label[for="${el.id}"]`) !== null;
      const name = labelled || !!el.getAttribute('aria-label') || (el.textContent ?? '').trim() !== '';
      expect(name, el.outerHTML.slice(0, 120)).toBe(true);
      expect(el.tabIndex, el.outerHTML.slice(0, 120)).toBeGreaterThanOrEqual(0);
    }
    // Clickable things are real buttons or links, never divs with handlers.
    expect(view.$$('[onclick], div[tabindex], span[tabindex]')).toEqual([]);
  });
});

describe('options page: practice details', () => {
  it('saves an edited detail with a clear confirmation, and marks unsaved changes until then', async () => {
    view = await mount();
    expect(view.$('[data-testid="dirty-indicator"]').textContent).toContain('All changes saved');
    expect(view.$<HTMLButtonElement>('[data-action="save"]').disabled).toBe(true);

    await typeInto(view.$('#opt-practice-phone'), '01234 567890');
    await typeInto(view.$('#opt-practice-name'), 'The Riverside Surgery');
    expect(view.$('[data-testid="dirty-indicator"]').textContent).toContain('unsaved changes');
    expect((await stored())?.practice.phone ?? '').toBe('');

    await click(view.$('[data-action="save"]'));
    expect((await stored())?.practice).toMatchObject({ phone: '01234 567890', name: 'The Riverside Surgery' });
    expect(view.$('[data-testid="save-status"]').textContent).toBe(SAVED_MESSAGE);
    expect(view.$('[data-testid="dirty-indicator"]').textContent).toContain('All changes saved');
  });

  it("says the practice's nation sets the urgent advice, and the previews follow it", async () => {
    view = await mount();
    const select = view.$<HTMLSelectElement>('#opt-practice-region');
    expect(view.$('label[for="opt-practice-region"]').textContent).toBe('Where the practice is');
    const hint = view.$(`#${select.getAttribute('aria-describedby')?.split(' ')[0] ?? ''}`).textContent ?? '';
    expect(hint).toContain('{urgentHelp}');
    expect(hint).toMatch(/urgent advice/);
    expect(hint).toMatch(/bank holidays/);
    const urgentPreview = () => view!.$('[data-testid="section-templates"] .template-item [data-testid="preview-text"]').textContent ?? '';
    expect(urgentPreview()).toContain('call NHS 111 or go to 111.nhs.uk');

    await act(() => {
      select.value = 'northern-ireland';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(urgentPreview()).toContain('call us or, when we are closed, the GP out-of-hours service');
    expect(urgentPreview()).not.toContain('111');
    await click(view.$('[data-action="save"]'));
    expect((await stored())?.practice.region).toBe('northern-ireland');
  });

  it('shows a field error instead of saving bad data', async () => {
    view = await mount();
    const before = await stored();
    await typeInto(view.$('#opt-practice-email'), 'not an email');
    await typeInto(view.$('#opt-practice-staffInitials'), 'A. B.');
    await click(view.$('[data-action="save"]'));
    expect(await stored()).toEqual(before);
    expect(view.$('[data-testid="save-error"]').textContent).toMatch(/Not saved: 2 things need fixing/);
    const email = view.$('#opt-practice-email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(view.$('#opt-practice-email-error').textContent).toMatch(/email address/);
    expect(email.getAttribute('aria-describedby')).toContain('opt-practice-email-error');
    expect(view.$('#opt-practice-staffInitials-error').textContent).toMatch(/letters/);

    await typeInto(email, 'reception@riverside.nhs.uk');
    await typeInto(view.$('#opt-practice-staffInitials'), 'AB');
    await click(view.$('[data-action="save"]'));
    expect((await stored())?.practice.email).toBe('reception@riverside.nhs.uk');
    expect(view.root.querySelector('#opt-practice-email-error')).toBeNull();
  });

  it('shows a refused write and keeps the edits', async () => {
    view = await mount();
    await typeInto(view.$('#opt-practice-name'), 'Riverside');
    memory.storage.local.failWrites(new Error('QUOTA_BYTES quota exceeded'));
    await click(view.$('[data-action="save"]'));
    expect(view.$('[data-testid="save-error"]').textContent).toMatch(/Not saved\. CalmReply could not save .*QUOTA_BYTES/);
    expect(view.$<HTMLInputElement>('#opt-practice-name').value).toBe('Riverside');
    expect(view.store.dirty.value).toBe(true);
  });

  it('undoes the last save: the settings before it come back and are saved', async () => {
    const before = defaultSettings();
    before.practice.name = 'Old Name Surgery';
    view = await mount({ local: before });
    expect(view.$<HTMLButtonElement>('[data-action="undo"]').disabled).toBe(true);
    await typeInto(view.$('#opt-practice-name'), 'New Name Surgery');
    await click(view.$('[data-action="save"]'));
    expect((await stored())?.practice.name).toBe('New Name Surgery');

    await click(view.$('[data-action="undo"]'));
    expect((await stored())?.practice.name).toBe('Old Name Surgery');
    expect(view.$<HTMLInputElement>('#opt-practice-name').value).toBe('Old Name Surgery');
    expect(view.$('[data-testid="save-status"]').textContent).toMatch(/^Undone\./);
    expect(view.$<HTMLButtonElement>('[data-action="undo"]').disabled).toBe(true);
  });

  it('discards unsaved edits on request', async () => {
    view = await mount();
    await typeInto(view.$('#opt-practice-website'), 'www.example.nhs.uk');
    await click(view.$('[data-action="discard"]'));
    expect(view.$<HTMLInputElement>('#opt-practice-website').value).toBe('');
    expect(view.store.dirty.value).toBe(false);
  });

  it('asks before the tab closes with unsaved changes, and not otherwise', async () => {
    view = await mount();
    const ask = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(ask()).toBe(false);
    await typeInto(view.$('#opt-practice-name'), 'Riverside');
    expect(ask()).toBe(true);
  });
});

describe('options page: managed settings', () => {
  it("shows fields set by the practice's IT locked, with their value and a note, and saves around them", async () => {
    const local = defaultSettings();
    local.practice.phone = '000';
    view = await mount({ local, managed: { practice: { phone: '01234 999999' } } });
    const phone = view.$<HTMLInputElement>('#opt-practice-phone');
    expect(phone.value).toBe('01234 999999');
    expect(phone.readOnly).toBe(true);
    expect(phone.getAttribute('aria-disabled')).toBe('true');
    const note = view.$('#opt-practice-phone-locked');
    expect(note.textContent).toContain("Set by your practice's IT");
    expect(phone.getAttribute('aria-describedby')).toContain('opt-practice-phone-locked');
    expect(view.$('[data-testid="managed-notice"]')).toBeTruthy();

    // Typing into it changes nothing; other fields still save, the local phone is kept as it was.
    await typeInto(phone, '07777');
    expect(view.store.dirty.value).toBe(false);
    const name = view.$<HTMLInputElement>('#opt-practice-name');
    expect(name.readOnly).toBe(false);
    await typeInto(name, 'Riverside');
    await click(view.$('[data-action="save"]'));
    expect((await stored())?.practice).toMatchObject({ phone: '000', name: 'Riverside' });
  });

  it('locks a category whose templates are managed: no add, move or remove, read-only text', async () => {
    view = await mount({ managed: { templates: { urgent: [{ text: 'Please call 999 now. {signature}' }] } } });
    const list = view.$('[data-testid="section-templates"]');
    expect(list.querySelector('[data-action="add-template"]')).toBeNull();
    expect(list.querySelector('[data-action="remove"]')).toBeNull();
    const text = list.querySelector<HTMLTextAreaElement>('textarea[data-field="text"]')!;
    expect(text.value).toBe('Please call 999 now. {signature}');
    expect(text.readOnly).toBe(true);
    expect(list.querySelector('[data-testid="locked-note"]')?.textContent).toContain("Set by your practice's IT");
  });
});

describe('options page: changes made elsewhere', () => {
  it('shows settings saved by another tab, and a lock added by policy, without a reload', async () => {
    view = await mount();
    const other = defaultSettings();
    other.practice.name = 'Saved In Another Tab';
    await memory.storage.local.set({ settings: other });
    await settle();
    expect(view.$<HTMLInputElement>('#opt-practice-name').value).toBe('Saved In Another Tab');
    expect(view.store.dirty.value).toBe(false);

    await memory.storage.managed.set({ practice: { website: 'www.policy.example' } });
    await settle();
    const website = view.$<HTMLInputElement>('#opt-practice-website');
    expect(website.value).toBe('www.policy.example');
    expect(website.readOnly).toBe(true);
    expect(view.$('#opt-practice-website-locked').textContent).toContain("Set by your practice's IT");
  });

  it('keeps unsaved edits when another tab saves, and says so', async () => {
    view = await mount();
    await typeInto(view.$('#opt-practice-phone'), '01632 111111');
    const other = defaultSettings();
    other.practice.name = 'Elsewhere';
    await memory.storage.local.set({ settings: other });
    await settle();
    expect(view.$<HTMLInputElement>('#opt-practice-phone').value).toBe('01632 111111');
    expect(view.$('[data-testid="save-status"]').textContent).toMatch(/changed in another window/);
  });

  it('clears "Saved." once the next edit is made', async () => {
    view = await mount();
    await typeInto(view.$('#opt-practice-name'), 'Riverside');
    await click(view.$('[data-action="save"]'));
    expect(view.$('[data-testid="save-status"]').textContent).toBe(SAVED_MESSAGE);
    await typeInto(view.$('#opt-practice-name'), 'Riverside Surgery');
    expect(view.$('[data-testid="save-status"]').textContent).toBe('');
  });
});
