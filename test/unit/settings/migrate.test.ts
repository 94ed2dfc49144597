import { describe, expect, it } from 'vitest';
import { defaultSettings, SCHEMA_VERSION } from '../../../src/core/settings/defaults.ts';
import { migrateSettings, migrations, versionOf } from '../../../src/core/settings/migrate.ts';
import { isValidSettings } from '../../../src/core/settings/schema.ts';
import { validateSettings } from '../../../src/core/settings/validate.ts';

const V0 = {
  practiceName: 'The Riverside Surgery',
  practicePhone: '01234 567890',
  practiceEmail: 'riverside.surgery@nhs.net',
  signature: 'The Riverside team',
  templates: {
    complaints: ['Sorry to hear this, {name}. Please call {practice}.', 'Second reply'],
    urgent: ['Please call 999 now.'],
  },
};

describe('migrations', () => {
  it('has a migration for every version below the current one', () => {
    for (let version = 0; version < SCHEMA_VERSION; version++) expect(typeof migrations[version]).toBe('function');
  });

  it('reads the version of each shape', () => {
    expect(versionOf(V0)).toBe(0);
    expect(versionOf(defaultSettings())).toBe(SCHEMA_VERSION);
    expect(versionOf({ schemaVersion: 7 })).toBe(7);
    expect(versionOf({ practice: {} })).toBe(SCHEMA_VERSION);
    expect(versionOf({ schemaVersion: '1' })).toBeNaN();
    expect(versionOf({ schemaVersion: 1.5 })).toBeNaN();
    expect(versionOf('settings')).toBeNaN();
  });

  it('migrates the v0 flat shape to valid current settings with nothing to repair', () => {
    const input = structuredClone(V0);
    const { value, fromVersion } = migrateSettings(input);
    expect(fromVersion).toBe(0);
    const { settings, errors } = validateSettings(value);
    expect(errors).toEqual([]);
    expect(isValidSettings(settings)).toBe(true);
    expect(settings.practice.name).toBe('The Riverside Surgery');
    expect(settings.practice.phone).toBe('01234 567890');
    expect(settings.practice.email).toBe('riverside.surgery@nhs.net');
    expect(settings.practice.signature).toBe('The Riverside team');
    // Renamed categories and placeholders, and ids and titles made up.
    expect(settings.categories.complaint.templates).toEqual([
      { id: 'complaint-v0-1', title: 'Reply 1', text: 'Sorry to hear this, {firstName}. Please call {practiceName}.' },
      { id: 'complaint-v0-2', title: 'Reply 2', text: 'Second reply' },
    ]);
    expect(settings.categories.urgent.templates.map((t) => t.text)).toEqual(['Please call 999 now.']);
    // Categories the v0 file did not have keep today's defaults.
    expect(settings.categories.praise).toEqual(defaultSettings().categories.praise);
    expect(input).toEqual(V0);
  });

  it('passes unknown v0 fields and categories on, so validation lists them', () => {
    const { value } = migrateSettings({ ...V0, theme: 'dark', templates: { bookings: ['x'] } });
    const { errors } = validateSettings(value);
    expect(errors.map((e) => [e.path, e.kind])).toEqual([
      ['theme', 'unknown'],
      ['categories.bookings', 'unknown'],
    ]);
  });

  it('keeps an unusual "__proto__" key from a v0 value as data, not as a prototype', () => {
    const { value } = migrateSettings(JSON.parse('{"practiceName":"A","__proto__":{"x":1}}'));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(validateSettings(value).errors.map((e) => e.path)).toEqual(['__proto__']);
  });

  it('leaves current, newer and unversioned values alone', () => {
    const current = defaultSettings();
    expect(migrateSettings(current)).toEqual({ value: current, fromVersion: SCHEMA_VERSION });
    const newer = { schemaVersion: SCHEMA_VERSION + 1, practice: {} };
    expect(migrateSettings(newer)).toEqual({ value: newer, fromVersion: SCHEMA_VERSION + 1 });
    const odd = migrateSettings('text');
    expect(odd.value).toBe('text');
    expect(odd.fromVersion).toBeNaN();
  });

  it('copes with a v0 value whose templates are the wrong shape', () => {
    const { value } = migrateSettings({ practiceName: 'A', templates: { urgent: 'one reply' } });
    const { settings, errors } = validateSettings(value);
    expect(isValidSettings(settings)).toBe(true);
    expect(errors.map((e) => e.path)).toEqual(['categories.urgent.templates']);
  });
});
