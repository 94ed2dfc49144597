import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../../src/core/categories.ts';
import { NEUTRALISERS } from '../../../src/core/classifier/knowledge/negation.ts';
import { buildNeutralisers, neutralise } from '../../../src/core/classifier/neutralise.ts';
import { normalise } from '../../../src/core/classifier/normalise.ts';
import { NEUTRALISER_TABLE } from '../../../src/core/classifier/rules.ts';

// The reference: one global expression of every phrase, as the tagger used before the table.
const REFERENCE = new RegExp(` (?:${NEUTRALISERS.map((n) => `(${n.pattern})`).join('|')})(?= )`, 'g');

function reference(text: string): { out: string; credits: string[] } {
  const credits: string[] = [];
  const out = text.replace(REFERENCE, (match: string, ...groups: unknown[]) => {
    const g = NEUTRALISERS.findIndex((_, i) => groups[i] !== undefined);
    const credit = NEUTRALISERS[g]?.credit;
    if (credit) credits.push(`${CATEGORY_IDS.indexOf(credit)}:${match.trim()}`);
    return ' ~';
  });
  return { out, credits };
}

function tabled(text: string): { out: string; credits: string[] } {
  const credits: string[] = [];
  const out = neutralise(NEUTRALISER_TABLE, text, (c, words) => void credits.push(`${c}:${words}`));
  return { out, credits };
}

describe('cutting out negated phrases through the word filter', () => {
  const root = join(import.meta.dirname, '..', '..', '..');
  const texts = ['dev', 'dev2', 'dev3'].flatMap((f) =>
    readFileSync(join(root, 'test', 'corpus', `${f}.jsonl`), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );

  test('cuts and credits exactly what one expression of every phrase does', () => {
    let cut = 0;
    for (const text of texts) {
      const norm = normalise(text);
      const want = reference(norm);
      expect(tabled(norm), text).toEqual(want);
      if (want.out !== norm) cut++;
    }
    expect(cut).toBeGreaterThan(50);
  });

  test('the first listed phrase wins at a word, and cutting resumes after it', () => {
    const table = buildNeutralisers([
      { pattern: 'not bad', credit: 1 },
      { pattern: 'not bad at all', credit: 2 },
      { pattern: 'at all', credit: 3 },
    ]);
    const credits: string[] = [];
    const out = neutralise(table, ' it was not bad at all really ', (c, w) => void credits.push(`${c}:${w}`));
    expect(out).toBe(' it was ~ ~ really ');
    expect(credits).toEqual(['1:not bad', '3:at all']);
  });
});
