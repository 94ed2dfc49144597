import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defaultSettings, SCHEMA_VERSION } from '../../../src/core/settings/defaults.ts';
import { isValidSettings, LIMITS, SettingsSchema } from '../../../src/core/settings/schema.ts';

describe('settings schema', () => {
  it('accepts the defaults', () => {
    const result = v.safeParse(SettingsSchema, defaultSettings());
    expect(result.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it('accepts filled-in practice details', () => {
    const s = defaultSettings();
    s.practice = {
      name: 'The Riverside Surgery',
      phone: '01234 567890',
      email: 'riverside.surgery@nhs.net',
      website: 'www.riversidesurgery.nhs.uk',
      bookingInfo: 'Call from 8am or use the NHS App.',
      complaintsLead: 'our Practice Manager, Mrs A Khan',
      complaintsContact: '01234 567890 or riverside.surgery@nhs.net',
      signature: 'The Riverside Surgery team',
      staffInitials: 'AK',
      region: 'scotland',
    };
    expect(isValidSettings(s)).toBe(true);
  });

  const breakers: [string, (s: ReturnType<typeof defaultSettings>) => void][] = [
    ['a wrong version', (s) => { s.schemaVersion = SCHEMA_VERSION + 1; }],
    ['a phone number too long', (s) => { s.practice.phone = '0'.repeat(LIMITS.phone + 1); }],
    ['an email without @', (s) => { s.practice.email = 'riverside.nhs.net'; }],
    ['six staff initials', (s) => { s.practice.staffInitials = 'ABCDEF'; }],
    ['initials with full stops', (s) => { s.practice.staffInitials = 'A.K.'; }],
    ['an unknown region', (s) => { (s.practice as { region: string }).region = 'wales'; }],
    ['21 templates in a category', (s) => {
      s.categories.praise.templates = Array.from({ length: 21 }, (_, i) => ({ id: `t${i}`, title: 'T', text: 'x' }));
    }],
    ['two templates with one id', (s) => {
      s.categories.praise.templates = [{ id: 'a', title: 'A', text: 'x' }, { id: 'a', title: 'B', text: 'y' }];
    }],
    ['template text over 2,000 characters', (s) => {
      s.categories.urgent.templates = [{ id: 'long', title: 'Long', text: 'x'.repeat(2001) }];
    }],
    ['201 phrases', (s) => { s.categories.urgent.extraPhrases = Array.from({ length: 201 }, (_, i) => `p${i}`); }],
    ['a phrase over 100 characters', (s) => { s.categories.urgent.extraPhrases = ['x'.repeat(101)]; }],
    ['a blank phrase', (s) => { s.categories.urgent.ignorePhrases = ['  ']; }],
    ['a missing category', (s) => { delete (s.categories as Partial<typeof s.categories>).praise; }],
    ['an extra key', (s) => { (s as unknown as Record<string, unknown>)['extra'] = true; }],
  ];

  it.each(breakers)('rejects %s', (_name, breakIt) => {
    const s = defaultSettings();
    breakIt(s);
    expect(isValidSettings(s)).toBe(false);
  });

  it('accepts the limits themselves', () => {
    const s = defaultSettings();
    s.practice.phone = '0'.repeat(LIMITS.phone);
    s.practice.staffInitials = 'ÅBCDÉ';
    s.categories.praise.templates = Array.from({ length: 20 }, (_, i) => ({ id: `t${i}`, title: 'T', text: 'x'.repeat(2000) }));
    s.categories.urgent.extraPhrases = Array.from({ length: 200 }, () => 'y'.repeat(100));
    expect(isValidSettings(s)).toBe(true);
  });
});
