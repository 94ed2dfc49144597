/**
 * `npm run crosscheck [-- SET,SET…]`: leave one writer out. For each named corpus (by default the
 * six training writers of session 4, train9–train14), trains the models on every other training
 * set, exactly as `npm run train` would, and scores that corpus three ways: the rules alone, the
 * rules with the models that never saw it, and the rules with the built-in models (which did).
 *
 * What it measures: how well the models carry over to a writer they were not trained on. It
 * does not measure the rules: they were tuned on these sets too (see test/corpus/README.md), so
 * only a blind set written after the last rule change says how the whole tagger carries over.
 * Deterministic; about a minute.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CategoryId } from '../src/core/categories.ts';
import { classify, classifyWithModels, readByRules } from '../src/core/classifier/index.ts';
import { compileModels } from '../src/core/classifier/models.ts';
import { isPraiseOnly, readCorpus, score, type LabelledComment } from './lib/corpus.ts';
import { TRAINING_SETS, trainModels } from './lib/train.ts';

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'corpus');
const FOLDS = ['train9', 'train10', 'train11', 'train12', 'train13', 'train14'];
const CATEGORIES: CategoryId[] = ['complaint', 'appointment'];
type Tagger = (text: string) => readonly CategoryId[];

const asked = process.argv[2]?.split(',').filter((s) => s !== '') ?? FOLDS;
const unknown = asked.filter((s) => !TRAINING_SETS.includes(s));
if (unknown.length > 0) {
  console.error(`Not a training set: ${unknown.join(', ')} (the cross-check leaves out one of: ${TRAINING_SETS.join(', ')})`);
  process.exit(2);
}

/** Comments labelled praise alone that a tagger calls a complaint: the product promises none. */
function praiseAsComplaint(corpus: readonly LabelledComment[], tags: ReadonlyArray<readonly CategoryId[]>): number {
  return corpus.filter((c, k) => isPraiseOnly(c) && (tags[k] as readonly CategoryId[]).includes('complaint')).length;
}

const columns = ['rules alone', 'models without it', 'built-in models'];
const sums = columns.map(() => CATEGORIES.map(() => 0));
console.log('Leave one writer out: the models are trained without the scored set; the rules were tuned on it.');
console.log('Each cell: complaint F1 / appointment F1; comments labelled praise alone that were tagged complaint.\n');
console.log(`${'set'.padEnd(9)} ${'n'.padStart(4)}  ${columns.map((c) => c.padEnd(22)).join('  |  ')}`);
for (const name of asked) {
  const corpus = readCorpus(join(CORPUS_DIR, `${name}.jsonl`));
  const { models } = trainModels(TRAINING_SETS.filter((s) => s !== name));
  const without = compileModels(models[0] as (typeof models)[number], models[1] as (typeof models)[number], models[2] as (typeof models)[number]);
  const taggers: Tagger[] = [
    (t) => readByRules(t).tags,
    (t) => classifyWithModels(t, without).tags.map((h) => h.id),
    (t) => classify(t).tags.map((h) => h.id),
  ];
  const cells = taggers.map((tagger, j) => {
    const tags = corpus.map((c) => tagger(c.text));
    // Each text read once: score() asks again by text, and the same text always gets the same tags.
    const byText = new Map(corpus.map((c, k) => [c.text, tags[k] as readonly CategoryId[]]));
    const scored = score(corpus, (text) => byText.get(text) ?? []);
    const scores = CATEGORIES.map((id, i) => {
      // From the counts, as 2tp / (2tp + fp + fn): the same F1 as score()'s, without its rounding.
      const { tp, fp, fn } = scored[id];
      const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
      (sums[j] as number[])[i] = ((sums[j] as number[])[i] as number) + f1;
      return f1.toFixed(3);
    });
    return `${scores.join(' / ')}; ${praiseAsComplaint(corpus, tags)}`;
  });
  console.log(`${name.padEnd(9)} ${String(corpus.length).padStart(4)}  ${cells.map((c) => c.padEnd(22)).join('  |  ')}`);
}
const means = sums.map((per) => per.map((s) => (s / asked.length).toFixed(3)).join(' / '));
console.log(`${'mean F1'.padEnd(14)}  ${means.map((m) => m.padEnd(22)).join('  |  ')}`);
