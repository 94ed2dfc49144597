import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/core/categories.ts';
import { defaultSettings } from '../../../src/core/settings/defaults.ts';
import { checkWording } from '../../../src/core/wording/index.ts';

describe('default templates', () => {
  const settings = defaultSettings();
  const templates = [
    ...CATEGORY_IDS.flatMap((c) => settings.categories[c].templates.map((t) => [`${c}/${t.id}`, t.text] as const)),
    ['complaintsNote', settings.complaintsNote.text] as const,
  ];

  it('exist for every category', () => {
    for (const c of CATEGORY_IDS) expect(settings.categories[c].templates.length).toBeGreaterThan(0);
  });

  it.each(templates)('%s passes the wording check with no warnings', (_id, text) => {
    expect(checkWording(text)).toEqual([]);
  });
});
