import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryBrowser } from '../../../src/platform/memory.ts';

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/platform/browser.ts', () => fake);
fake.browser = createMemoryBrowser();

const { click, mount, settle, stored, typeInto } = await import('./harness.tsx');
const { defaultSettings, SCHEMA_VERSION } = await import('../../../src/core/settings/defaults.ts');
const { exportSettings, MAX_IMPORT_BYTES } = await import('../../../src/core/settings/importExport.ts');
const { exportFileName } = await import('../../../src/options/ImportExportSection.tsx');

let view: Awaited<ReturnType<typeof mount>> | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
  vi.restoreAllMocks();
});

function saved() {
  const s = defaultSettings();
  s.practice.name = 'Riverside Surgery';
  s.practice.phone = '01632 960123';
  return s;
}

async function chooseFile(file: File) {
  const input = view!.$<HTMLInputElement>('[data-testid="import-file"]');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

const errorText = () => view!.$('[data-testid="import-error"]').textContent ?? '';

describe('options page: import', () => {
  it.each([
    ['not JSON', '{"format": "calmreply-settings", oops', /not valid JSON/],
    ['not settings', '[1, 2, 3]', /not a CalmReply settings file/],
    ['failing the schema', JSON.stringify({ format: 'calmreply-settings', schemaVersion: 1, settings: { ...defaultSettings(), practice: { ...defaultSettings().practice, staffInitials: 'Dr. Smith' } } }), /not valid.*initials/i],
    ['from a newer version', JSON.stringify({ format: 'calmreply-settings', schemaVersion: SCHEMA_VERSION + 1, settings: {} }), /newer version of CalmReply/],
  ])('refuses a file %s with a clear message, and changes nothing', async (_what, text, message) => {
    view = await mount({ local: saved() });
    const before = await stored();
    await chooseFile(new File([text], 'shared.json', { type: 'application/json' }));
    const alert = view.$('[data-testid="import-error"]');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(errorText()).toMatch(message);
    expect(errorText()).toContain('shared.json');
    expect(errorText()).toContain('Nothing has been changed');
    expect(view.root.querySelector('[data-testid="import-pending"]')).toBeNull();
    expect(await stored()).toEqual(before);
    expect(view.$<HTMLInputElement>('#opt-practice-name').value).toBe('Riverside Surgery');
  });

  it('refuses a huge file without reading it', async () => {
    view = await mount({ local: saved() });
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(file, 'text');
    await chooseFile(file);
    expect(errorText()).toMatch(/too large/);
    expect(read).not.toHaveBeenCalled();
    expect((await stored())!.practice.name).toBe('Riverside Surgery');
  });

  it('summarises a good file and replaces the settings only when confirmed; undo brings them back', async () => {
    view = await mount({ local: saved() });
    const shared = defaultSettings();
    shared.practice.name = 'Hillside Health Centre';
    shared.categories.praise.enabled = false;
    await chooseFile(new File([exportSettings(shared)], 'hillside.json'));
    expect(errorText()).toBe('');
    const summary = view.$('[data-testid="import-summary"]').textContent!;
    expect(summary).toContain('Hillside Health Centre');
    expect(summary).toContain('Switched off: Praise');
    expect((await stored())!.practice.name).toBe('Riverside Surgery');

    // Cancel first: nothing changes.
    await click(view.$('[data-testid="confirm-import"] [data-action="cancel"]'));
    expect(view.root.querySelector('[data-testid="import-pending"]')).toBeNull();
    expect((await stored())!.practice.name).toBe('Riverside Surgery');

    await chooseFile(new File([exportSettings(shared)], 'hillside.json'));
    await click(view.$('[data-testid="confirm-import"] [data-action="confirm"]'));
    expect(await stored()).toEqual(shared);
    expect(view.$<HTMLInputElement>('#opt-practice-name').value).toBe('Hillside Health Centre');
    expect(view.$('[data-testid="save-status"]').textContent).toMatch(/Imported the settings from “hillside.json”/);

    await click(view.$('[data-action="undo"]'));
    expect((await stored())!.practice.name).toBe('Riverside Surgery');
  });

  it('migrates a file from an older version, saying so', async () => {
    view = await mount();
    const v0 = { practiceName: 'Old Format Surgery', practicePhone: '01632 000000' };
    await chooseFile(new File([JSON.stringify(v0)], 'old.json'));
    expect(errorText()).toBe('');
    expect(view.$('[data-testid="import-summary"]').textContent).toContain('Old Format Surgery');
    expect(view.$('[data-testid="import-pending"] details').textContent).toMatch(/older version of CalmReply/);
    await click(view.$('[data-testid="confirm-import"] [data-action="confirm"]'));
    expect((await stored())!.practice).toMatchObject({ name: 'Old Format Surgery', phone: '01632 000000' });
  });
});

describe('options page: export', () => {
  it('names the file by the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 30))).toBe('calmreply-settings-2026-01-05.json');
  });

  it('downloads the saved settings as a versioned JSON file via a Blob link, with no network', async () => {
    view = await mount({ local: saved() });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:calmreply-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await typeInto(view.$('#opt-practice-name'), 'Unsaved Name');
    await click(view.$('[data-action="export"]'));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toMatch(/^calmreply-settings-\d{4}-\d{2}-\d{2}\.json$/);
    expect(clicked[0]!.href).toBe('blob:calmreply-test');
    const file = JSON.parse(await blobs[0]!.text());
    expect(file).toMatchObject({ format: 'calmreply-settings', schemaVersion: SCHEMA_VERSION });
    expect(file.settings.practice.name).toBe('Riverside Surgery');
    expect(view.$('[data-testid="export-status"]').textContent).toMatch(/unsaved changes on this page are not in it/);
  });
});

describe('options page: reset to defaults', () => {
  it('asks first, then resets and saves; cancel changes nothing', async () => {
    const custom = saved();
    custom.categories.urgent.templates = [{ id: 'mine', title: 'Mine', text: 'Call 999. {signature}' }];
    view = await mount({ local: custom });
    await click(view.$('[data-action="reset"]'));
    expect(view.$('[data-testid="confirm-reset"]').getAttribute('role')).toBe('alertdialog');
    await click(view.$('[data-testid="confirm-reset"] [data-action="cancel"]'));
    expect(await stored()).toEqual(custom);

    await click(view.$('[data-action="reset"]'));
    await click(view.$('[data-testid="confirm-reset"] [data-action="confirm"]'));
    expect(await stored()).toEqual(defaultSettings());
    await click(view.$('[data-action="undo"]'));
    expect(await stored()).toEqual(custom);
  });

  it('can keep the practice details', async () => {
    view = await mount({ local: saved() });
    await click(view.$('#reset-keep-practice'));
    await click(view.$('[data-action="reset"]'));
    await click(view.$('[data-testid="confirm-reset"] [data-action="confirm"]'));
    const after = await stored();
    expect(after!.practice.name).toBe('Riverside Surgery');
    expect(after!.categories).toEqual(defaultSettings().categories);
  });
});
