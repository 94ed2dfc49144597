/**
 * Linear models over words and word pairs, read beside the rules. The rules name the phrases
 * people use; every blind set written for the project showed complaints worded in ways no rule
 * had a phrase for ("does anyone there talk to each other", "so I'm expected to…"), and rule
 * phrases that mislead in someone else's sentence. Models trained on all the labelled tuning text
 * (scripts/train-model.ts) carry that wording over, and learn how far to trust each rule reading.
 *
 * Features are the words and adjacent word pairs of the normalised, neutralised text (negated
 * phrases are already cut out, so "no complaints" cannot count), plus what the rules made of it:
 * the tags they gave ("R:praise", or "R:none") and how far the rules went towards a complaint,
 * an appointment and praise ("S:complaint:half").
 */
import { CATEGORY_IDS, type CategoryId } from '../categories.ts';
import { PairTable } from './pairTable.ts';
import { hashStep, Vocabulary } from './vocabulary.ts';

export interface LinearModelData {
  /** Logistic bias. */
  bias: number;
  /** Probability at or above which the model gives the tag the rules did not. */
  threshold: number;
  /** Probability below which the model takes back the tag the rules gave. */
  floor: number;
  weights: Readonly<Record<string, number>>;
}

/**
 * Several models, compiled to be read in one walk: every word any feature uses gets a number in a
 * Vocabulary (found by its characters, as the rules' word filter finds words, without cutting it
 * out of the text), so a word pair is looked up by two numbers instead of by building its text.
 * Each known feature has a row of weights, one per model.
 */
export interface ModelSet {
  count: number;
  biases: readonly number[];
  vocabulary: Vocabulary;
  /** By word number: its row, or -1 when only pairs use the word. */
  wordRow: Int32Array;
  /** Word pairs: an open-addressing table of (first, second) word numbers and their rows. */
  pairs: PairTable;
  /** The rules' features ("R:praise", "S:complaint:half") by name: their row. */
  ruleRow: ReadonlyMap<string, number>;
  /** Row r's weight for model k at r * count + k. */
  weights: Float64Array;
  /** Per row, the number of the last reading that counted it: each feature counts once. */
  counted: Int32Array;
  reading: number;
}

/** "R:praise", "S:complaint:half": never a word, which are lower case. */
export const RULE_FEATURE = /^[RS]:/;

export function loadModels(models: readonly LinearModelData[]): ModelSet {
  const vocabulary = new Vocabulary();
  const features = [...new Set(models.flatMap((m) => Object.keys(m.weights)))];
  const pairs: Array<[number, number, number]> = [];
  const ruleRow = new Map<string, number>();
  const words: Array<[number, number]> = [];
  features.forEach((feature, row) => {
    if (RULE_FEATURE.test(feature)) ruleRow.set(feature, row);
    else {
      const [first, second] = feature.split(' ') as [string, string | undefined];
      if (second === undefined) words.push([vocabulary.add(first), row]);
      else pairs.push([vocabulary.add(first), vocabulary.add(second), row]);
    }
  });
  vocabulary.freeze();
  const wordRow = new Int32Array(vocabulary.words.length).fill(-1);
  for (const [id, row] of words) wordRow[id] = row;
  const count = models.length;
  const weights = new Float64Array(features.length * count);
  // Own properties only: a comment saying "constructor" must not find Object.prototype's.
  models.forEach((m, k) => features.forEach((f, row) => (weights[row * count + k] = Object.hasOwn(m.weights, f) ? (m.weights[f] as number) : 0)));
  return { count, biases: models.map((m) => m.bias), vocabulary, wordRow, pairs: new PairTable(pairs), ruleRow, weights, counted: new Int32Array(features.length), reading: 0 };
}

/** How far the rules went towards these categories, in steps the models learn a weight for. */
const STEPPED: readonly CategoryId[] = ['complaint', 'appointment', 'praise'];
const STEPS = ['none', 'hint', 'half', 'one', 'strong'] as const;
const step = (score: number): number => (score <= 0 ? 0 : score < 0.5 ? 1 : score < 1 ? 2 : score < 2 ? 3 : 4);
// Made once: each comment is read with these, and a string made once keeps its hash.
const TAG_FEATURE = new Map(CATEGORY_IDS.map((id) => [id, `R:${id}`]));
const STEP_FEATURE = STEPPED.map((id) => ({ at: CATEGORY_IDS.indexOf(id), names: STEPS.map((s) => `S:${id}:${s}`) }));

/** What the rules made of a comment, as features: the tags they gave and how far they went. */
export function ruleFeatures(tags: readonly CategoryId[], scores: readonly number[]): string[] {
  const out = tags.length === 0 ? ['R:none'] : tags.map((t) => TAG_FEATURE.get(t) as string);
  for (const { at, names } of STEP_FEATURE) out.push(names[step(scores[at] ?? 0)] as string);
  return out;
}

/**
 * Walks the features of a comment, in order: its words and adjacent word pairs, then the rules'
 * features. `norm` is normalised text padded with spaces. Training and reading share it, so the
 * models always see the features they were trained on.
 */
function eachFeature(norm: string, rules: readonly string[], take: (feature: string) => void): void {
  let prev = '';
  for (let i = 1, j = norm.indexOf(' ', 1); j > 0; i = j + 1, j = norm.indexOf(' ', i)) {
    if (j === i) continue;
    const word = norm.slice(i, j);
    // A sentence mark ends a pair: "rude . lovely" is not the pair "rude lovely".
    if (word === '.') {
      prev = '';
      continue;
    }
    take(word);
    if (prev !== '') take(`${prev} ${word}`);
    prev = word;
  }
  for (const f of rules) take(f);
}

/** The features of a comment as a list, for training. */
export function featuresOf(norm: string, rules: readonly string[]): string[] {
  const out: string[] = [];
  eachFeature(norm, rules, (f) => out.push(f));
  return out;
}

/**
 * Each model's probability, written into `out`: the same sum as over featuresOf's list, each
 * feature counted once, without building the list or cutting any word out of the text.
 */
export function readText(set: ModelSet, norm: string, rules: readonly string[], out: number[]): void {
  const { count, weights, vocabulary, wordRow, pairs, counted } = set;
  const z = set.biases.slice();
  if (set.reading === 0x7fffffff) {
    set.reading = 0;
    counted.fill(0);
  }
  const reading = ++set.reading;
  const take = (row: number | undefined): void => {
    if (row === undefined || row < 0 || counted[row] === reading) return;
    counted[row] = reading;
    for (let k = 0; k < count; k++) z[k] = (z[k] as number) + (weights[row * count + k] as number);
  };
  let prev = -1;
  let h = 0;
  for (let p = 1, start = 1; p < norm.length; p++) {
    const c = norm.charCodeAt(p);
    if (c !== 32) {
      h = hashStep(h, c);
      continue;
    }
    if (p > start) {
      // A sentence mark ends a pair; a word no feature uses has no weight and is in no weighed pair.
      const id = p === start + 1 && norm.charCodeAt(start) === 46 ? -1 : vocabulary.find(norm, start, p, h);
      if (id >= 0) {
        take(wordRow[id]);
        if (prev >= 0) take(pairs.row(prev, id));
      }
      prev = id;
    }
    start = p + 1;
    h = 0;
  }
  for (const f of rules) take(set.ruleRow.get(f));
  for (let k = 0; k < count; k++) out[k] = 1 / (1 + Math.exp(-(z[k] as number)));
}
