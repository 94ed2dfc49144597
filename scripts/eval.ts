/**
 * `npm run eval`: how well the tagger does, beside two baselines.
 *  - per-category precision / recall / F1 on the development and held-out corpora (test/corpus),
 *    and on the independent dev2 (tuned on late) and dev3 (fresh, never tuned on);
 *  - proxy rates on real NHS Friends and Family Test answers (../shared/data), which nobody here
 *    wrote: the share of negative answers tagged complaint, and of positive ones;
 *  - throughput (comments a second, one core).
 * `--errors dev` (or `heldout`) also lists the comments a corpus gets wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORY_IDS, type CategoryId } from '../src/core/categories.ts';
import { classify } from '../src/core/classifier/index.ts';
import { keywordBaseline } from './lib/baselines/keyword.ts';
import { vaderComplaint } from './lib/baselines/vader.ts';
import { readCorpus, score, type LabelledComment } from './lib/corpus.ts';
import { parseCsvRecords } from './lib/csv.ts';
import { measureThroughput } from './lib/throughput.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FFT_CSV = join(root, '..', 'shared', 'data', 'nhs-fft-comments.csv');

const calmReply = (text: string): CategoryId[] => classify(text).tags.map((t) => t.id);
const vaderOnly = (text: string): CategoryId[] => (vaderComplaint(text) ? ['complaint'] : []);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);
const f2 = (x: number): string => x.toFixed(2);

function report(name: string, corpus: readonly LabelledComment[]): void {
  const ours = score(corpus, calmReply);
  const keyword = score(corpus, keywordBaseline);
  const vader = score(corpus, vaderOnly);
  console.log(`\n${name}: ${corpus.length} comments`);
  console.log('category        n   precision recall  F1    | keyword F1 | VADER F1');
  for (const id of CATEGORY_IDS) {
    const s = ours[id];
    const n = s.tp + s.fn;
    const v = id === 'complaint' ? f2(vader[id].f1) : '  - ';
    console.log(`${id.padEnd(14)} ${String(n).padStart(3)}   ${f2(s.precision)}      ${f2(s.recall)}    ${f2(s.f1)}  |    ${f2(keyword[id].f1)}    |   ${v}`);
  }
  const praiseOnly = corpus.filter((c) => c.labels.length === 1 && c.labels[0] === 'praise');
  const wrong = praiseOnly.filter((c) => calmReply(c.text).includes('complaint')).length;
  console.log(`praise-only comments tagged complaint: ${wrong} of ${praiseOnly.length}`);
}

function errors(corpus: readonly LabelledComment[]): void {
  for (const { text, labels } of corpus) {
    const got = calmReply(text);
    const missing = labels.filter((l) => !got.includes(l));
    const extra = got.filter((l) => !labels.includes(l));
    if (missing.length || extra.length) console.log(`  ${missing.map((m) => `-${m}`).concat(extra.map((e) => `+${e}`)).join(' ').padEnd(30)} ${text}`);
  }
}

function proxies(): string[] {
  if (!existsSync(FFT_CSV)) {
    console.log(`\n(real NHS comments not found at ${FFT_CSV}; proxy rates skipped)`);
    return [];
  }
  const rows = parseCsvRecords(readFileSync(FFT_CSV, 'utf8')).filter((r) => (r.text ?? '').trim() !== '');
  const groups: Array<[string, (r: Record<string, string>) => boolean]> = [
    ['FFT rating 5 (very poor)', (r) => r.fft_score_1vgood_5vpoor === '5'],
    ['FFT rating 4 (poor)', (r) => r.fft_score_1vgood_5vpoor === '4'],
    ['FFT rating 1 (very good)', (r) => r.fft_score_1vgood_5vpoor === '1'],
    ['labeller sentiment 5 (very negative)', (r) => r.human_sentiment_1pos_5neg === '5'],
    ['labeller sentiment 4-5 (negative)', (r) => ['4', '5'].includes(r.human_sentiment_1pos_5neg ?? '')],
    ['labeller sentiment 1 (very positive)', (r) => r.human_sentiment_1pos_5neg === '1'],
  ];
  console.log(`\nReal NHS FFT answers (${rows.length}): share tagged complaint`);
  console.log('group                                   n   CalmReply  keyword   VADER');
  for (const [label, pick] of groups) {
    const sel = rows.filter(pick);
    const rate = (f: (t: string) => boolean): string => pct(sel.filter((r) => f(r.text ?? '')).length / Math.max(1, sel.length));
    console.log(`${label.padEnd(36)} ${String(sel.length).padStart(4)}    ${rate((t) => calmReply(t).includes('complaint'))}    ${rate((t) => keywordBaseline(t).includes('complaint'))}   ${rate(vaderComplaint)}`);
  }
  const appt = rows.filter((r) => /Appointment arrangements/.test(r.human_labels ?? ''));
  console.log(`"Appointment arrangements" rows tagged appointment: ${pct(appt.filter((r) => calmReply(r.text ?? '').includes('appointment')).length / Math.max(1, appt.length))} of ${appt.length}`);
  return rows.map((r) => r.text ?? '');
}

const dev = readCorpus(join(root, 'test', 'corpus', 'dev.jsonl'));
const heldout = readCorpus(join(root, 'test', 'corpus', 'heldout.jsonl'));
const show = process.argv.indexOf('--errors');
report('Development corpus (rules tuned on this)', dev);
report('Held-out corpus (never tuned on)', heldout);
const DEV2 = join(root, 'test', 'corpus', 'dev2.jsonl');
if (existsSync(DEV2)) report('Second development corpus, written independently (dev2; the rules were checked against it late)', readCorpus(DEV2));
const DEV3 = join(root, 'test', 'corpus', 'dev3.jsonl');
// Written by another engineer while the rules were being generalised; nobody tunes on it.
if (existsSync(DEV3)) report('Fresh independent corpus (dev3; fresh, never tuned on)', readCorpus(DEV3));
if (show >= 0) {
  const which = process.argv[show + 1] === 'heldout' ? heldout : dev;
  console.log(`\nErrors (${process.argv[show + 1] === 'heldout' ? 'held-out' : 'development'}):`);
  errors(which);
}
const real = proxies();
const texts = [...dev, ...heldout].map((c) => c.text).concat(real);
console.log(`\nThroughput: ${measureThroughput(texts, (t) => classify(t).tags.length).toLocaleString('en-GB')} comments/s on one core (${texts.length} distinct comments, repeated)`);
