/**
 * `npm run bench`: the performance figures of the performance issue in one run — tagger
 * throughput and accuracy beside two peers, content-script size, the production build in real
 * Chromium on generated 500/2,000/5,000-comment posts — printed as a table and written to
 * bench/results.json. Timings are figures, never assertions.
 *
 * Options: --dist DIR (use that build instead of making one), --out FILE (instead of bench/results.json),
 *   --skip tagger,size,browser,load,session,append,heap (leave parts out while working on one)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { launch } from './browser.ts';
import { buildChrome } from './build.ts';
import { verdicts } from './budgets.ts';
import { loadSources, ROOT } from './corpus.ts';
import { benchAppend, benchHeap, runSession, type AppendResult, type HeapResult, type SessionRun } from './interact.ts';
import { benchControl, benchLoad, type ControlResult, type LoadResult } from './load.ts';
import { benchPost } from './page.ts';
import { benchSize, type SizeResult } from './size.ts';
import { printTable } from './table.ts';
import { benchTagger, type TaggerResult } from './tagger.ts';

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; memoryGB: number; loadAverage: number[]; platform: string; node: string; browser?: string };
  tagger?: TaggerResult;
  size?: SizeResult;
  load?: LoadResult[];
  control?: ControlResult[];
  session?: { comments: number; steps: number; with: SessionRun[]; without: SessionRun[]; ratio: number };
  append?: AppendResult;
  heap?: { withExtension: HeapResult; withoutExtension: HeapResult };
  /** Wall-clock ms a comment at 5,000 over at 500 (ratio), and the same for the slices alone. */
  scaling?: { perComment500Ms: number; perComment5000Ms: number; ratio: number; sliceRatio: number; complete: boolean };
  verdicts?: ReturnType<typeof verdicts>;
}

const args = process.argv.slice(2);
const skip = new Set((args[args.indexOf('--skip') + 1] ?? '').split(',').filter(() => args.includes('--skip')));
const distArg = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : undefined;
const out = args.includes('--out') ? (args[args.indexOf('--out') + 1] ?? '') : join(ROOT, 'bench', 'results.json');
/** Session runs each way, interleaved; the ratio is of the medians (one run is ~3 s, and noisy). */
const SESSION_RUNS = 5;
const SIZES = [500, 2000, 5000];
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const step = (what: string) => console.error(`bench: ${what}…`);

const results: BenchResults = {
  date: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
  },
};

if (!skip.has('tagger')) {
  step('tagger throughput (20,000 comments) and held-out accuracy');
  results.tagger = benchTagger();
}

let dist = distArg;
if (!skip.has('size') || !skip.has('browser')) {
  if (!dist) {
    step('production build (chrome)');
    dist = await buildChrome();
  }
}
if (!skip.has('size') && dist) results.size = benchSize(dist);

if (!skip.has('browser') && dist) {
  const sources = loadSources();
  const texts = [...sources.dev, ...sources.heldout].map((c) => c.text).concat(sources.fft);
  const pages = new Map(SIZES.map((n) => [n, benchPost(n, texts)]));
  const withExt = await launch(dist);
  const without = await launch(null);
  results.machine.browser = withExt.version;
  try {
    results.load = [];
    results.control = [];
    // A first page in a fresh browser also pays for starting the extension's service worker and
    // the tagger in it; warm both browsers up so the 500-comment figure is not inflated by that.
    step('warming up both browsers');
    const warm = pages.get(500)!;
    await benchLoad(withExt, warm.html, warm.articles, 45_000);
    await benchControl(without, warm.html, warm.articles);
    for (const n of skip.has('load') ? [] : SIZES) {
      const page = pages.get(n)!;
      step(`${n.toLocaleString('en-GB')}-comment post, with and without the extension`);
      results.load.push(await benchLoad(withExt, page.html, page.articles, 45_000));
      results.control.push(await benchControl(without, page.html, page.articles));
    }
    const session = pages.get(2000)!;
    const runs: { with: SessionRun[]; without: SessionRun[] } = { with: [], without: [] };
    if (!skip.has('session')) step(`scroll-and-expand session, 2,000 comments, ${SESSION_RUNS} runs each way`);
    for (let i = 0; i < (skip.has('session') ? 0 : SESSION_RUNS); i++) {
      runs.without.push(await runSession(without, session.html, 40));
      runs.with.push(await runSession(withExt, session.html, 40));
    }
    if (runs.with.length) results.session = { comments: 2000, steps: 40, ...runs, ratio: Number((median(runs.with.map((r) => r.ms)) / median(runs.without.map((r) => r.ms))).toFixed(3)) };
    if (!skip.has('append')) {
      step('appended comments, time to tag');
      results.append = await benchAppend(withExt, session.html, session.articles);
    }
    const small = pages.get(500)!;
    if (!skip.has('heap')) step('heap after 10,000 comments appended and removed');
    if (!skip.has('heap')) results.heap = { withExtension: await benchHeap(withExt, small.html, small.articles), withoutExtension: await benchHeap(without, small.html, small.articles) };
    const [l500, l5000] = [results.load[0], results.load[2]];
    if (l500 && l5000) {
      results.scaling = {
        perComment500Ms: l500.perCommentMs,
        perComment5000Ms: l5000.perCommentMs,
        ratio: Number((l5000.perCommentMs / l500.perCommentMs).toFixed(3)),
        sliceRatio: Number((l5000.perCommentSliceMs / l500.perCommentSliceMs).toFixed(3)),
        complete: l500.complete && l5000.complete,
      };
    }
  } finally {
    await withExt.close();
    await without.close();
    if (!distArg) rmSync(dist, { recursive: true, force: true });
  }
}

results.verdicts = verdicts(results);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
printTable(results);
console.log(`\nwrote ${relative(process.cwd(), out)}`);
