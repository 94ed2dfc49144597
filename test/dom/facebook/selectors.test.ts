import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SELECTORS, SELECTOR_COUNTS, type SelectorName } from '../../../src/facebook/index.ts';
import { FIXTURE_DIR, FIXTURES, loadFixture } from './load.ts';

const names = Object.keys(SELECTORS) as SelectorName[];

test('every fixture page on disk is checked, and every selector has a count for each', () => {
  const onDisk = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html')).sort();
  expect([...FIXTURES].sort()).toEqual(onDisk);
  for (const name of names) expect(Object.keys(SELECTOR_COUNTS[name]).sort(), name).toEqual(onDisk);
});

describe.each(FIXTURES)('%s', (file) => {
  test.each(names)('%s matches its pinned count', (name) => {
    loadFixture(file);
    expect(document.querySelectorAll(SELECTORS[name]).length).toBe(SELECTOR_COUNTS[name][file]);
  });
});

test('no selector keys on generated class names', () => {
  for (const selector of Object.values(SELECTORS)) expect(selector).not.toMatch(/\.x[0-9a-z]{5,}|\[class/);
});

test('src/facebook never reads fixture-only attributes', () => {
  const dir = path.resolve(FIXTURE_DIR, '../../../src/facebook');
  for (const file of readdirSync(dir)) {
    const source = readFileSync(path.join(dir, file), 'utf8');
    expect(source, file).not.toMatch(/data-fixture|data-expect|fixtureRest|expectTags/);
  }
});
