import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { classify, classifyWithModels, readByRules } from '../../../src/core/classifier/index.ts';
import { APPOINTMENT_MODEL } from '../../../src/core/classifier/knowledge/trained/appointment.ts';
import { COMPLAINT_MODEL } from '../../../src/core/classifier/knowledge/trained/complaint.ts';
import { URGENT_MODEL } from '../../../src/core/classifier/knowledge/trained/urgent.ts';
import { featuresOf, loadModels, readText, ruleFeatures } from '../../../src/core/classifier/model.ts';
import { BUILT_IN_MODELS, compileModels } from '../../../src/core/classifier/models.ts';
import { readCorpus } from '../../../scripts/lib/corpus.ts';
import { FFT_CSV, trainedFiles } from '../../../scripts/lib/train.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

describe('the trained models', () => {
  // Training reads the rules' own output, so a change to the rules or the tuning sets must be
  // followed by `npm run train`; this says so instead of leaving the models stale.
  test.skipIf(!existsSync(FFT_CSV))('are current for these rules and tuning sets (else run `npm run train`)', () => {
    for (const [path, contents] of trainedFiles()) expect(contents, path).toBe(readFileSync(path, 'utf8'));
  }, 60_000);

  // scripts/crosscheck.ts scores each writer with models trained without them: the models it
  // passes must be the ones read.
  test('can be swapped for others, as the cross-check does', () => {
    const texts = readCorpus(join(CORPUS, 'dev4.jsonl')).map((c) => c.text);
    const ids = (tags: ReadonlyArray<{ id: string }>): string[] => tags.map((t) => t.id);
    for (const text of texts) expect(classifyWithModels(text, BUILT_IN_MODELS)).toEqual(classify(text));
    // Models that are never confident either way leave the rules' reading as it is.
    const silent = { bias: -30, threshold: 0.6, floor: 0, weights: {} };
    const none = compileModels(silent, silent, silent);
    for (const text of texts) expect(ids(classifyWithModels(text, none).tags), text).toEqual(readByRules(text).tags);
    expect(texts.some((t) => ids(classify(t).tags).join() !== readByRules(t).tags.join())).toBe(true);
  });

  test('read the same features as they were trained on, each once', () => {
    const one = { bias: -1, threshold: 0.5, floor: 0.3, weights: { rude: 2, 'so rude': 1, 'R:none': 0.5 } };
    const two = { bias: 0, threshold: 0.5, floor: 0.3, weights: { rude: -1, 'S:complaint:half': 3 } };
    const models = loadModels([one, two]);
    const out = [0, 0];
    expect(featuresOf(' so rude . so rude ', ['R:none'])).toEqual(['so', 'rude', 'so rude', 'so', 'rude', 'so rude', 'R:none']);
    readText(models, ' so rude . so rude ', ['R:none'], out);
    expect(out[0]).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 2 + 1 + 0.5))));
    expect(out[1]).toBeCloseTo(1 / (1 + Math.exp(1)));
    readText(models, ' so rude ', ['R:praise', 'S:complaint:half'], out);
    expect(out[0]).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 2 + 1))));
    expect(out[1]).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 3))));
  });

  test('read each comment as the sum of its listed features, each once, as training saw them', () => {
    // readText finds words by their characters and pairs by numbers; featuresOf builds the strings
    // training learns from. The two must agree on every comment, or the models read something else.
    const models = [COMPLAINT_MODEL, APPOINTMENT_MODEL, URGENT_MODEL];
    const set = loadModels(models);
    const out = [0, 0, 0];
    const texts = readCorpus(join(CORPUS, 'dev4.jsonl')).map((c) => c.text).concat(['', '.', 'rude . rude', 'so  so   rude', 'constructor __proto__ toString']);
    for (const text of texts) {
      const { norm, tags, scores } = readByRules(text);
      const rules = ruleFeatures(tags, scores);
      readText(set, norm, rules, out);
      const listed = [...new Set(featuresOf(norm, rules))];
      models.forEach((m, k) => {
        const z = listed.reduce((sum, f) => sum + (Object.hasOwn(m.weights, f) ? (m.weights[f] as number) : 0), m.bias);
        expect(out[k], `${text} (model ${k})`).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
      });
    }
  });

  test('read how far the rules went as steps', () => {
    // Scores in CATEGORY_IDS order: urgent, complaint, appointment, prescription, results, abuse, personal_data, praise.
    expect(ruleFeatures([], [0, 0.7, 0, 0, 0, 0, 0, 0.3])).toEqual(['R:none', 'S:complaint:half', 'S:appointment:none', 'S:praise:hint']);
    expect(ruleFeatures(['complaint', 'appointment'], [0, 2.4, 1, 0, 0, 0, 0, 0])).toEqual(['R:complaint', 'R:appointment', 'S:complaint:strong', 'S:appointment:one', 'S:praise:none']);
  });

  test('do not find words on Object.prototype', () => {
    const out = [0];
    readText(loadModels([{ bias: 0, threshold: 0.5, floor: 0.3, weights: {} }]), ' constructor tostring __proto__ hasownproperty ', [], out);
    expect(out[0]).toBe(0.5);
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
