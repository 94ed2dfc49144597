import { readFileSync } from 'node:fs';
import { CATEGORY_IDS, isCategoryId, type CategoryId } from '../../src/core/categories.ts';

export interface LabelledComment {
  text: string;
  labels: CategoryId[];
}

export function readCorpus(path: string): LabelledComment[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const row = JSON.parse(line) as { text?: unknown; labels?: unknown };
      if (typeof row.text !== 'string' || !Array.isArray(row.labels) || !row.labels.every(isCategoryId)) {
        throw new Error(`${path}:${i + 1}: expected {"text": string, "labels": CategoryId[]}`);
      }
      return { text: row.text, labels: row.labels };
    });
}

/** Labelled praise and nothing else: the product promises never to call one a complaint. */
export function isPraiseOnly(c: LabelledComment): boolean {
  return c.labels.length === 1 && c.labels[0] === 'praise';
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Per-category precision, recall and F1 of `predict` against the labels. */
export function score(corpus: readonly LabelledComment[], predict: (text: string) => readonly CategoryId[]): Record<CategoryId, Scores> {
  const counts = Object.fromEntries(CATEGORY_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }])) as Record<CategoryId, { tp: number; fp: number; fn: number }>;
  for (const { text, labels } of corpus) {
    const got = new Set(predict(text));
    for (const id of CATEGORY_IDS) {
      const want = labels.includes(id);
      const has = got.has(id);
      if (want && has) counts[id].tp++;
      else if (has) counts[id].fp++;
      else if (want) counts[id].fn++;
    }
  }
  return Object.fromEntries(
    CATEGORY_IDS.map((id) => {
      const { tp, fp, fn } = counts[id];
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [id, { tp, fp, fn, precision, recall, f1 }];
    }),
  ) as Record<CategoryId, Scores>;
}

/** A survey answer: the respondent's own rating (1 very good … 5 very poor) and our labels. */
export interface RatedComment extends LabelledComment {
  rating: number;
}

export function readSurvey(path: string): RatedComment[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const row = JSON.parse(line) as { text?: unknown; rating?: unknown; labels?: unknown };
      const rating = Number(row.rating);
      if (typeof row.text !== 'string' || !Number.isInteger(rating) || !Array.isArray(row.labels) || !row.labels.every(isCategoryId)) {
        throw new Error(`${path}:${i + 1}: expected {"text": string, "rating": 1-5, "labels": CategoryId[]}`);
      }
      return { text: row.text, rating, labels: row.labels };
    });
}
