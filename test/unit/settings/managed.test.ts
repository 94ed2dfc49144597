import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/core/categories.ts';
import { defaultSettings } from '../../../src/core/settings/defaults.ts';
import { applyManaged, isLocked, MANAGED_PRACTICE_FIELDS } from '../../../src/core/settings/managed.ts';
import { isValidSettings } from '../../../src/core/settings/schema.ts';

function local() {
  const s = defaultSettings();
  s.practice.name = 'Local name';
  s.practice.phone = '00000 000000';
  s.practice.staffInitials = 'AK';
  return s;
}

describe('applyManaged', () => {
  it.each([undefined, null, {}])('changes nothing when there is no policy (%s)', (managed) => {
    const result = applyManaged(local(), managed);
    expect(result.settings).toEqual(local());
    expect([...result.locked]).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('overrides local values and locks exactly those paths', () => {
    const before = local();
    const result = applyManaged(before, {
      practice: { name: 'The Riverside Surgery', phone: '01234 567890', region: 'scotland' },
      templates: { appointment: [{ title: 'Book', text: 'Please call {phone}. {signature}' }] },
      complaintsNote: 'Please contact {complaintsContact}. {signature}',
    });
    expect(result.errors).toEqual([]);
    expect(result.settings.practice.name).toBe('The Riverside Surgery');
    expect(result.settings.practice.phone).toBe('01234 567890');
    expect(result.settings.practice.region).toBe('scotland');
    expect(result.settings.practice.staffInitials).toBe('AK');
    expect(result.settings.categories.appointment.templates).toEqual([
      { id: 'managed-appointment-1', title: 'Book', text: 'Please call {phone}. {signature}' },
    ]);
    expect(result.settings.categories.praise).toEqual(before.categories.praise);
    expect(result.settings.complaintsNote.text).toBe('Please contact {complaintsContact}. {signature}');
    expect([...result.locked].sort()).toEqual(
      ['categories.appointment.templates', 'complaintsNote', 'practice.name', 'practice.phone', 'practice.region'],
    );
    expect(isValidSettings(result.settings)).toBe(true);
    expect(before).toEqual(local());
  });

  it('ignores and reports invalid managed values, keeping the local ones', () => {
    const result = applyManaged(local(), {
      practice: { name: 42, phone: '01234 567890', region: 'wales', staffInitials: 'IT', fax: '1' },
      templates: { praise: [{ text: 'x'.repeat(3000) }], spam: [], urgent: 'call 999' },
      complaintsNote: '',
      theme: 'dark',
    });
    expect(result.settings.practice.name).toBe('Local name');
    expect(result.settings.practice.phone).toBe('01234 567890');
    expect(result.settings.practice.region).toBe('england-and-wales');
    expect(result.settings.practice.staffInitials).toBe('AK');
    expect(result.settings.categories.praise).toEqual(local().categories.praise);
    expect(result.settings.complaintsNote).toEqual(local().complaintsNote);
    expect([...result.locked]).toEqual(['practice.phone']);
    expect(result.errors.map((e) => e.path).sort()).toEqual(
      ['categories.praise.templates', 'categories.spam', 'categories.urgent.templates', 'complaintsNote', 'practice.fax', 'practice.name', 'practice.region', 'practice.staffInitials', 'theme'],
    );
    const praise = result.errors.find((e) => e.path === 'categories.praise.templates');
    expect(praise?.message).toMatch(/template 1 longer than 2000 characters.*local one kept/u);
  });

  it.each([['a string', 'policy'], ['an array', [1]], ['a practice that is a string', { practice: 'x' }]])(
    'ignores a managed value that is %s',
    (_name, managed) => {
      const result = applyManaged(local(), managed);
      expect(result.settings).toEqual(local());
      expect(result.locked.size).toBe(0);
      expect(result.errors).toHaveLength(1);
    },
  );

  it('says whether a path is locked, including the parts of a locked list', () => {
    const locked = new Set(['practice.phone', 'categories.urgent.templates']);
    expect(isLocked(locked, 'practice.phone')).toBe(true);
    expect(isLocked(locked, 'practice.phoneExtension')).toBe(false);
    expect(isLocked(locked, 'categories.urgent.templates[2].text')).toBe(true);
    expect(isLocked(locked, 'categories.urgent.extraPhrases')).toBe(false);
  });
});

describe('managed_schema.json', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../../managed_schema.json'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('is a Chrome policy schema: a top-level object without additionalProperties', () => {
    expect(schema['type']).toBe('object');
    expect(schema['additionalProperties']).toBeUndefined();
    expect(Object.keys(schema['properties'])).toEqual(['practice', 'templates', 'complaintsNote']);
  });

  it('covers every managed practice field and every category', () => {
    expect(Object.keys(schema['properties'].practice.properties).sort()).toEqual([...MANAGED_PRACTICE_FIELDS].sort());
    expect(Object.keys(schema['properties'].templates.properties)).toEqual([...CATEGORY_IDS]);
    for (const id of CATEGORY_IDS) {
      const list = schema['properties'].templates.properties[id];
      expect(list.type).toBe('array');
      expect(Object.keys(list.items.properties)).toEqual(['id', 'title', 'text']);
    }
  });

  it('gives every schema node exactly one type', () => {
    const walk = (node: Record<string, any>): void => { // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(typeof node['type']).toBe('string');
      for (const child of Object.values(node['properties'] ?? {})) walk(child as Record<string, unknown>);
      if (node['items']) walk(node['items']);
    };
    walk(schema);
  });
});
