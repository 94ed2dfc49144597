import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { classify, readByRules } from '../../../src/core/classifier/index.ts';
import { featuresOf, loadModel, readText } from '../../../src/core/classifier/model.ts';
import { readCorpus } from '../../../scripts/lib/corpus.ts';
import { FFT_CSV, trainedFiles } from '../../../scripts/lib/train.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

describe('the trained models', () => {
  // Training reads the rules' own output, so a change to the rules or the tuning sets must be
  // followed by `npm run train`; this says so instead of leaving the models stale.
  test.skipIf(!existsSync(FFT_CSV))('are current for these rules and tuning sets (else run `npm run train`)', () => {
    for (const [path, contents] of trainedFiles()) expect(contents, path).toBe(readFileSync(path, 'utf8'));
  }, 60_000);

  test('read the same features as they were trained on, each once', () => {
    const model = loadModel({ bias: -1, threshold: 0.5, weights: { rude: 2, 'so rude': 1, 'R:none': 0.5 } });
    expect(featuresOf(' so rude . so rude ', [])).toEqual(['so', 'rude', 'so rude', 'so', 'rude', 'so rude', 'R:none']);
    expect(readText(model, ' so rude . so rude ', [])).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 2 + 1 + 0.5))));
    expect(readText(model, ' so rude ', ['praise'])).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 2 + 1))));
  });

  test('do not find words on Object.prototype', () => {
    const model = loadModel({ bias: 0, threshold: 0.5, weights: {} });
    expect(readText(model, ' constructor tostring __proto__ hasownproperty ', [])).toBe(0.5);
  });

  test('never turn praise into a complaint, nor an emergency into a routine request', () => {
    for (const text of ['Thank you all, the phones were busy but the doctor was lovely', 'Poor Dr Smith had a full waiting room and still smiled', 'Lost my voice for a week, should I worry?']) {
      expect(classify(text).tags.map((t) => t.id)).not.toContain('complaint');
    }
    const urgent = classify('my dad has crushing chest pain, do I ring for an appointment?').tags.map((t) => t.id);
    expect(urgent).toContain('urgent');
  });

  test('add tags to some comments the rules half read, and say that they did', () => {
    let added = 0;
    for (const name of ['dev4', 'dev5']) {
      for (const { text } of readCorpus(join(CORPUS, `${name}.jsonl`))) {
        const byRules = readByRules(text).tags;
        for (const tag of classify(text).tags.filter((t) => !byRules.includes(t.id))) {
          added++;
          expect(tag.reasons.some((r) => r.startsWith('worded like'))).toBe(true);
        }
      }
    }
    expect(added).toBeGreaterThan(0);
  });
});
