/**
 * Part 1: tagger throughput on one core (this Node thread), CalmReply beside the two peers a
 * practice might use instead, with their accuracy on the held-out set only.
 */
import { CATEGORY_IDS, type CategoryId } from '../../src/core/categories.ts';
import { classify } from '../../src/core/classifier/index.ts';
import { keywordBaseline } from '../lib/baselines/keyword.ts';
import { vaderComplaint } from '../lib/baselines/vader.ts';
import { score, type Scores } from '../lib/corpus.ts';
import { measureThroughput } from '../lib/throughput.ts';
import { loadSources, throughputCorpus } from './corpus.ts';

export interface PeerResult {
  name: string;
  commentsPerSecond: number;
  /** Held-out scores for the categories the peer claims (VADER: complaint only). */
  heldout: Partial<Record<CategoryId, { precision: number; recall: number; f1: number }>>;
  /** Mean F1 over the categories it claims. */
  macroF1: number;
}

export interface TaggerResult {
  corpusSize: number;
  heldoutSize: number;
  peers: PeerResult[];
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

function summarise(scores: Record<CategoryId, Scores>, ids: readonly CategoryId[]): Pick<PeerResult, 'heldout' | 'macroF1'> {
  const heldout: PeerResult['heldout'] = {};
  for (const id of ids) heldout[id] = { precision: round(scores[id].precision), recall: round(scores[id].recall), f1: round(scores[id].f1) };
  const macroF1 = ids.reduce((sum, id) => sum + scores[id].f1, 0) / ids.length;
  return { heldout, macroF1: round(macroF1) };
}

/** Median of timed runs, each a warm-up pass then whole passes for at least a second. */
function medianThroughput(texts: readonly string[], fn: (text: string) => unknown, runs: number): number {
  const all = Array.from({ length: runs }, () => measureThroughput(texts, fn, 1000)).sort((a, b) => a - b);
  return all[Math.floor(runs / 2)] ?? 0;
}

export function benchTagger(): TaggerResult {
  const sources = loadSources();
  const texts = throughputCorpus(sources);
  const calmReply = (text: string): CategoryId[] => classify(text).tags.map((t) => t.id);
  const vaderOnly = (text: string): CategoryId[] => (vaderComplaint(text) ? ['complaint'] : []);
  // VADER takes seconds a pass over 20,000 comments: one run of it is already long and steady.
  const peers: Array<{ name: string; fn: (text: string) => CategoryId[]; ids: readonly CategoryId[]; runs: number }> = [
    { name: 'CalmReply', fn: calmReply, ids: CATEGORY_IDS, runs: 3 },
    { name: 'keyword list', fn: keywordBaseline, ids: CATEGORY_IDS, runs: 3 },
    { name: 'VADER', fn: vaderOnly, ids: ['complaint'], runs: 1 },
  ];
  return {
    corpusSize: texts.length,
    heldoutSize: sources.heldout.length,
    peers: peers.map(({ name, fn, ids, runs }) => ({
      name,
      commentsPerSecond: medianThroughput(texts, fn, runs),
      ...summarise(score(sources.heldout, fn), ids),
    })),
  };
}
