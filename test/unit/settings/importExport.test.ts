import { describe, expect, it } from 'vitest';
import { defaultSettings, SCHEMA_VERSION } from '../../../src/core/settings/defaults.ts';
import { exportSettings, MAX_IMPORT_BYTES, parseSettingsFile } from '../../../src/core/settings/importExport.ts';

function custom() {
  const s = defaultSettings();
  s.practice.name = 'The Riverside Surgery';
  s.practice.phone = '01234 567890';
  s.practice.region = 'northern-ireland';
  s.categories.praise.templates.push({ id: 'praise-extra', title: 'Extra', text: 'Thank you, {firstName}! {signature}' });
  s.categories.complaint.ignorePhrases = ['complaints procedure'];
  s.categories.results.enabled = false;
  return s;
}

function error(text: string): string {
  const result = parseSettingsFile(text);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
}

describe('exportSettings', () => {
  it('writes a versioned, pretty-printed file', () => {
    const text = exportSettings(custom(), new Date('2026-03-01T09:30:00Z'));
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file['format']).toBe('calmreply-settings');
    expect(file['schemaVersion']).toBe(SCHEMA_VERSION);
    expect(file['exportedAt']).toBe('2026-03-01T09:30:00.000Z');
    expect(file['settings']).toEqual(custom());
    expect(text).toContain('\n  "settings": {\n');
  });
});

describe('parseSettingsFile', () => {
  it('round-trips an export exactly, with no warnings', () => {
    const result = parseSettingsFile(exportSettings(custom()));
    expect(result).toEqual({ ok: true, settings: custom(), warnings: [] });
  });

  it('accepts a bare settings object', () => {
    expect(parseSettingsFile(JSON.stringify(custom()))).toEqual({ ok: true, settings: custom(), warnings: [] });
  });

  it('accepts a byte-order mark', () => {
    expect(parseSettingsFile(`\uFEFF${exportSettings(custom())}`).ok).toBe(true);
  });

  it('fills missing fields from the defaults and says so', () => {
    const result = parseSettingsFile(JSON.stringify({ schemaVersion: SCHEMA_VERSION, practice: { ...custom().practice, signature: undefined } }));
    if (!result.ok) throw new Error(result.error);
    expect(result.settings.practice.name).toBe('The Riverside Surgery');
    expect(result.settings.categories).toEqual(defaultSettings().categories);
    expect(result.warnings.some((w) => w.startsWith('Signature was missing'))).toBe(true);
  });

  it('migrates an older (v0) file and says so', () => {
    const result = parseSettingsFile(JSON.stringify({ practiceName: 'Old Surgery', templates: { appointments: ['Call {practice}.'] } }));
    if (!result.ok) throw new Error(result.error);
    expect(result.settings.practice.name).toBe('Old Surgery');
    expect(result.settings.categories.appointment.templates[0]?.text).toBe('Call {practiceName}.');
    expect(result.warnings[0]).toMatch(/older version of CalmReply/u);
  });

  it('refuses text that is not JSON, saying where', () => {
    const message = error('{\n  "format": "calmreply-settings",\n  "settings": {,}\n}');
    expect(message).toMatch(/not valid JSON/u);
    expect(message).toMatch(/line 3, column \d+/u);
    expect(message).toMatch(/Nothing has been changed\.$/u);
  });

  it('refuses an empty file', () => {
    expect(error('   \n')).toMatch(/empty/u);
  });

  it.each([
    ['an array', '[1, 2, 3]'],
    ['a string', '"settings"'],
    ['another tool’s file', '{"format": "other-extension", "settings": {}}'],
    ['an unrelated object', '{"name": "Riverside", "colour": "blue"}'],
    ['a wrapper without settings', '{"format": "calmreply-settings", "schemaVersion": 1}'],
  ])('refuses %s as not a CalmReply file', (_name, text) => {
    expect(error(text)).toMatch(/not a CalmReply settings file|no settings in it/u);
  });

  it('refuses invalid fields, naming them, rather than repairing them', () => {
    const s = custom() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    s['practice'].staffInitials = 'A.B.C.';
    s['categories'].urgent.templates[0].text = 'x'.repeat(2500);
    s['categories'].praise.enabled = 'yes';
    const message = error(exportSettings(s as never));
    expect(message).toMatch(/cannot be imported because some of them are not valid/u);
    expect(message).toContain('Staff initials must be up to 5 letters');
    expect(message).toContain("The Urgent category's template 1, text, must be 2,000 characters or fewer.");
    expect(message).toContain("The Praise category's on/off switch must be on or off");
  });

  it('refuses unknown fields', () => {
    const s = { ...custom(), theme: 'dark' };
    expect(error(JSON.stringify(s))).toContain('"theme" in the settings is not a CalmReply setting.');
  });

  it('lists at most five problems, then counts the rest', () => {
    const s = custom() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    s['categories'].urgent.extraPhrases = Array.from({ length: 8 }, () => '');
    expect(error(JSON.stringify(s))).toMatch(/And 3 more problems\./u);
  });

  it('refuses a file from a newer version, asking for an update', () => {
    const newer = JSON.stringify({ format: 'calmreply-settings', schemaVersion: SCHEMA_VERSION + 1, settings: { ...custom(), schemaVersion: SCHEMA_VERSION + 1 } });
    expect(error(newer)).toMatch(/made by a newer version of CalmReply.*please update/isu);
    const bare = JSON.stringify({ ...custom(), schemaVersion: SCHEMA_VERSION + 3 });
    expect(error(bare)).toMatch(/newer version/u);
  });

  it('refuses a version that is not a whole number', () => {
    expect(error(JSON.stringify({ ...custom(), schemaVersion: 'one' }))).toMatch(/not a whole number/u);
  });

  it('refuses a huge file before parsing it', () => {
    const huge = `{"practice": {"name": "${'x'.repeat(MAX_IMPORT_BYTES)}"}}`;
    expect(error(huge)).toMatch(/too large/u);
    // Counted in UTF-8 bytes, not characters.
    const wide = `"${'é'.repeat(MAX_IMPORT_BYTES / 2 + 10)}"`;
    expect(wide.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(error(wide)).toMatch(/too large/u);
  });

  it('does not throw on prototype-pollution keys', () => {
    const text = '{"format":"calmreply-settings","schemaVersion":1,"settings":{"__proto__":{"polluted":1},"schemaVersion":1}}';
    expect(error(text)).toContain('"__proto__"');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('parseSettingsFile and the wrapper version', () => {
  it('takes the version from the wrapper when the settings have none', () => {
    const { schemaVersion: _drop, ...rest } = custom();
    const text = JSON.stringify({ format: 'calmreply-settings', schemaVersion: SCHEMA_VERSION, settings: rest });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: custom(), warnings: [] });
  });

  it('migrates a wrapped v0 file', () => {
    const text = JSON.stringify({ format: 'calmreply-settings', schemaVersion: 0, settings: { practiceName: 'Old Surgery' } });
    const result = parseSettingsFile(text);
    expect(result.ok && result.settings.practice.name).toBe('Old Surgery');
  });
});
