import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../../src/core/categories.ts';
import { dispatchScan, ruleExpression } from '../../../src/core/classifier/dispatch.ts';
import { firstChars, splitAlternatives } from '../../../src/core/classifier/firstChars.ts';
import { normalise } from '../../../src/core/classifier/normalise.ts';
import { compileRules, scanInto } from '../../../src/core/classifier/compile.ts';
import { ABUSE_RULES } from '../../../src/core/classifier/knowledge/abuse.ts';
import { APPOINTMENT_RULES } from '../../../src/core/classifier/knowledge/appointment.ts';
import { COMPLAINT_RULES, SARCASM_RULES } from '../../../src/core/classifier/knowledge/complaint.ts';
import { ACCESS_APPOINTMENT_RULES, DISSATISFACTION_RULES } from '../../../src/core/classifier/knowledge/dissatisfaction.ts';
import { APPOINTMENT_GRAMMAR, COMPLAINT_GRAMMAR } from '../../../src/core/classifier/knowledge/grammar.ts';
import { PRAISE_RULES } from '../../../src/core/classifier/knowledge/praise.ts';
import { PRESCRIPTION_RULES } from '../../../src/core/classifier/knowledge/prescription.ts';
import { RESULTS_RULES } from '../../../src/core/classifier/knowledge/results.ts';
import { URGENT_RULES } from '../../../src/core/classifier/knowledge/urgent.ts';
import { DISPATCHER } from '../../../src/core/classifier/rules.ts';

// The reference: one plain matcher per category, scanning every word against every rule.
const SARCASM_MATCHER = compileRules(SARCASM_RULES);
const PHRASE_MATCHERS = [
  ['urgent', compileRules(URGENT_RULES)],
  ['complaint', compileRules([...COMPLAINT_RULES, ...COMPLAINT_GRAMMAR, ...DISSATISFACTION_RULES])],
  ['appointment', compileRules([...APPOINTMENT_RULES, ...APPOINTMENT_GRAMMAR, ...ACCESS_APPOINTMENT_RULES])],
  ['prescription', compileRules(PRESCRIPTION_RULES)],
  ['results', compileRules(RESULTS_RULES)],
  ['praise', compileRules(PRAISE_RULES)],
] as const;
const ABUSE_MATCHER = compileRules(ABUSE_RULES);

const chars = (s: Set<number> | null) => (s === null ? null : [...s].map((c) => String.fromCharCode(c)).sort().join(''));

describe('first characters of a pattern', () => {
  test.each([
    ['abc|def', 'ad'],
    ['(?:very |so )?poor(?!ly)', 'psv'],
    ['(?<!i )missed', 'm'],
    ['[a-c]x|\\d', '0123456789abc'],
    ['(?:the )?8 ?am', '8t'],
    ['\\*+ing', '*'],
  ])('%s starts with one of %s', (pattern, expected) => {
    expect(chars(firstChars(pattern))).toBe(expected);
  });

  test.each(['\\w+ z', 'a*', 'x?', '.'])('%s could start with anything', (pattern) => {
    expect(firstChars(pattern)).toBeNull();
  });

  test('splits only at the top level', () => {
    expect(splitAlternatives('a|(?:b|c)|[|]|\\||d')).toEqual(['a', '(?:b|c)', '[|]', '\\|', 'd']);
  });
});

describe('dispatching words through the word filter', () => {
  const root = join(import.meta.dirname, '..', '..', '..');
  const texts = ['dev', 'dev2', 'heldout'].flatMap((f) =>
    readFileSync(join(root, 'test', 'corpus', `${f}.jsonl`), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );

  test('finds exactly what scanning every category in full finds', () => {
    const collect = () => {
      const hits: string[] = [];
      return { hits, hit: (c: number, w: number, l: string, q: string) => void hits.push(`${c}:${w}:${l}'${q}'`) };
    };
    for (const text of texts) {
      const norm = normalise(text);
      const fast = collect();
      dispatchScan(DISPATCHER, norm, fast);
      const full = collect();
      scanInto(SARCASM_MATCHER, norm, full, CATEGORY_IDS.indexOf('complaint'), 'sounds sarcastic: ');
      for (const [id, matcher] of PHRASE_MATCHERS) scanInto(matcher, norm, full, CATEGORY_IDS.indexOf(id), 'mentions ');
      scanInto(ABUSE_MATCHER, norm, full, CATEGORY_IDS.indexOf('abuse'), 'says ');
      expect(fast.hits.sort(), text).toEqual(full.hits.sort());
    }
    // Every rule of every category run over ~2,000 comments: about 2 s alone, but up to 5 s and
    // more on a loaded 2-core machine, and a timeout there would say nothing about the filter.
  }, 30_000);
});

test('every rule compiles on its own as a whole phrase', () => {
  DISPATCHER.rules.forEach((_, r) => expect(() => ruleExpression(DISPATCHER, r)).not.toThrow());
});
