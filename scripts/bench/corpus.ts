/**
 * The throughput corpus: at least 20,000 comments built deterministically from the project's own
 * labelled comments and the real NHS Friends and Family Test answers, varied the way Facebook
 * comments vary (case, typos, two comments run together, emoji), so no text repeats often enough
 * for a cache to flatter anyone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus, type LabelledComment } from '../lib/corpus.ts';
import { parseCsvRecords } from '../lib/csv.ts';
import { pick, prng } from './prng.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FFT_CSV = join(ROOT, '..', 'shared', 'data', 'nhs-fft-comments.csv');

const EMOJI = ['😡', '🙏', '😢', '👍', '❤️', '🤬', '😤', '🙄', '💊', '📞'];

export interface Sources {
  dev: LabelledComment[];
  heldout: LabelledComment[];
  fft: string[];
}

export function loadSources(): Sources {
  const dev = readCorpus(join(ROOT, 'test', 'corpus', 'dev.jsonl'));
  const heldout = readCorpus(join(ROOT, 'test', 'corpus', 'heldout.jsonl'));
  const fft = existsSync(FFT_CSV)
    ? parseCsvRecords(readFileSync(FFT_CSV, 'utf8')).map((r) => (r.text ?? '').trim()).filter((t) => t !== '')
    : [];
  return { dev, heldout, fft };
}

function typo(rand: () => number, text: string): string {
  if (text.length < 4) return text;
  const i = 1 + Math.floor(rand() * (text.length - 2));
  const kind = rand();
  if (kind < 0.33) return text.slice(0, i) + text.slice(i + 1); // dropped letter
  if (kind < 0.66) return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2); // swapped
  return text.slice(0, i) + text[i] + text.slice(i); // doubled
}

function vary(rand: () => number, base: string, other: string): string {
  let text = base;
  const r = rand();
  if (r < 0.15) text = text.toUpperCase();
  else if (r < 0.3) text = text.toLowerCase();
  if (rand() < 0.3) text = typo(rand, text);
  if (rand() < 0.2) text = `${text} ${other}`;
  if (rand() < 0.25) text = `${text} ${pick(rand, EMOJI)}`;
  return text;
}

/**
 * `size` comments: the project's own comments and every real NHS answer once as written, then
 * seeded variations of the project's own comments (written in the voice of Facebook comments;
 * the NHS answers are survey answers, about twice as long).
 */
export function throughputCorpus(sources: Sources, size = 20_000, seed = 20261124): string[] {
  const own = [...sources.dev, ...sources.heldout].map((c) => c.text);
  const rand = prng(seed);
  const out = [...own, ...sources.fft];
  while (out.length < size) out.push(vary(rand, pick(rand, own), pick(rand, own)));
  return out;
}
