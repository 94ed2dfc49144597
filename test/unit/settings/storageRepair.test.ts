import { describe, expect, it } from 'vitest';
import { defaultSettings, SCHEMA_VERSION } from '../../../src/core/settings/defaults.ts';
import { readStoredSettings, SETTINGS_BACKUP_KEY, SETTINGS_KEY } from '../../../src/core/settings/storageRepair.ts';

describe('readStoredSettings', () => {
  it('names its storage keys', () => {
    expect(SETTINGS_KEY).toBe('settings');
    expect(SETTINGS_BACKUP_KEY).toBe('settings:backup');
  });

  it('gives the defaults on first run, with no backup', () => {
    const result = readStoredSettings(undefined);
    expect(result.settings).toEqual(defaultSettings());
    expect(result.errors).toEqual([]);
    expect(result.backup).toBeNull();
  });

  it('returns a valid stored value as it is, with no backup', () => {
    const stored = defaultSettings();
    stored.practice.name = 'The Riverside Surgery';
    const result = readStoredSettings(stored);
    expect(result.settings).toEqual(stored);
    expect(result.errors).toEqual([]);
    expect(result.backup).toBeNull();
    expect(result.changed).toBe(false);
  });

  it('repairs a corrupt value and hands back the untouched original as the backup', () => {
    const stored = defaultSettings() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    stored['practice'].name = 'The Riverside Surgery';
    stored['practice'].phone = { nested: true };
    stored['categories'].urgent.templates = 'gone';
    const original = structuredClone(stored);
    const result = readStoredSettings(stored);
    expect(result.settings.practice.name).toBe('The Riverside Surgery');
    expect(result.settings.practice.phone).toBe('');
    expect(result.settings.categories.urgent.templates).toEqual(defaultSettings().categories.urgent.templates);
    expect(result.errors.map((e) => e.path)).toEqual(['practice.phone', 'categories.urgent.templates']);
    expect(result.backup).toBe(stored);
    expect(result.backup).toEqual(original);
    expect(result.changed).toBe(true);
  });

  it('repairs a value that is not settings at all, keeping it as the backup', () => {
    const result = readStoredSettings('{"practice":');
    expect(result.settings).toEqual(defaultSettings());
    expect(result.errors).toHaveLength(1);
    expect(result.backup).toBe('{"practice":');
  });

  it('reads settings stored as JSON text, reporting it and keeping the text as the backup', () => {
    const stored = defaultSettings();
    stored.practice.name = 'Text Surgery';
    const text = JSON.stringify(stored);
    const result = readStoredSettings(text);
    expect(result.settings).toEqual(stored);
    expect(result.errors.map((e) => e.path)).toEqual(['']);
    expect(result.backup).toBe(text);
  });

  it('migrates an older value and keeps the original as the backup', () => {
    const v0 = { practiceName: 'Old Surgery', templates: { praise: ['Thanks, {name}!'] } };
    const result = readStoredSettings(v0);
    expect(result.fromVersion).toBe(0);
    expect(result.errors).toEqual([]);
    expect(result.settings.practice.name).toBe('Old Surgery');
    expect(result.settings.categories.praise.templates[0]?.text).toBe('Thanks, {firstName}!');
    expect(result.backup).toBe(v0);
  });

  it('treats a value from a newer version as a repair: keeps what it understands, reports it, backs it up', () => {
    const newer = { ...defaultSettings(), schemaVersion: SCHEMA_VERSION + 1, futureThing: { a: 1 } };
    newer.practice.name = 'Future Surgery';
    const result = readStoredSettings(newer);
    expect(result.settings.practice.name).toBe('Future Surgery');
    expect(result.settings.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.errors.map((e) => e.path)).toEqual(['schemaVersion', 'futureThing']);
    expect(result.errors[0]?.message).toMatch(/newer version of CalmReply/u);
    expect(result.backup).toBe(newer);
  });
});
