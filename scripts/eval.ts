/**
 * `npm run eval`: how well the tagger does, beside two baselines.
 *  - per-category precision / recall / F1 on each labelled corpus in test/corpus;
 *  - proxy rates on real NHS Friends and Family Test answers (../shared/data), which nobody here
 *    wrote, for the tuning half (ids ending in an even digit) and the checking half (odd) apart;
 *  - on the rated survey answers (survey4 … survey14), the share tagged complaint per rating;
 *  - throughput (comments a second, one core).
 * `--errors <set>` also lists what a tuning set gets wrong: dev, dev2 … dev11 or fft-even.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORY_IDS, type CategoryId } from '../src/core/categories.ts';
import { classify } from '../src/core/classifier/index.ts';
import { keywordBaseline } from './lib/baselines/keyword.ts';
import { vaderComplaint } from './lib/baselines/vader.ts';
import { isPraiseOnly, readCorpus, readSurvey, score, type LabelledComment } from './lib/corpus.ts';
import { parseCsvRecords } from './lib/csv.ts';
import { measureThroughput } from './lib/throughput.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = (name: string): string => join(root, 'test', 'corpus', `${name}.jsonl`);
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
  const praiseOnly = corpus.filter(isPraiseOnly);
  const wrong = praiseOnly.filter((c) => calmReply(c.text).includes('complaint')).length;
  console.log(`praise-only comments tagged complaint: ${wrong} of ${praiseOnly.length}`);
}

function listErrors(corpus: readonly LabelledComment[]): void {
  for (const { text, labels } of corpus) {
    const got = calmReply(text);
    const missing = labels.filter((l) => !got.includes(l));
    const extra = got.filter((l) => !labels.includes(l));
    if (missing.length || extra.length) console.log(`  ${missing.map((m) => `-${m}`).concat(extra.map((e) => `+${e}`)).join(' ').padEnd(30)} ${text}`);
  }
}

type Row = Record<string, string>;
const RATING = 'fft_score_1vgood_5vpoor';
const SENTIMENT = 'human_sentiment_1pos_5neg';
const FFT_GROUPS: Array<[string, (r: Row) => boolean]> = [
  ['FFT rating 5 (very poor)', (r) => r[RATING] === '5'],
  ['FFT rating 4 (poor)', (r) => r[RATING] === '4'],
  ['FFT rating 1 (very good)', (r) => r[RATING] === '1'],
  ['labeller sentiment 5 (very negative)', (r) => r[SENTIMENT] === '5'],
  ['labeller sentiment 4-5 (negative)', (r) => ['4', '5'].includes(r[SENTIMENT] ?? '')],
  ['labeller sentiment 1 (very positive)', (r) => r[SENTIMENT] === '1'],
];

function readFft(): Row[] {
  if (!existsSync(FFT_CSV)) return [];
  return parseCsvRecords(readFileSync(FFT_CSV, 'utf8')).filter((r) => (r.text ?? '').trim() !== '');
}

/** The tuning half: ids ending in an even digit. The odd half is only ever scored in aggregate. */
const isEven = (r: Row): boolean => /[02468]$/.test(r.id ?? '');

function proxies(name: string, rows: readonly Row[]): void {
  console.log(`\n${name} (${rows.length}): share tagged complaint`);
  console.log('group                                   n   CalmReply  keyword   VADER');
  for (const [label, pick] of FFT_GROUPS) {
    const sel = rows.filter(pick);
    const rate = (f: (t: string) => boolean): string => pct(sel.filter((r) => f(r.text ?? '')).length / Math.max(1, sel.length));
    console.log(`${label.padEnd(36)} ${String(sel.length).padStart(4)}    ${rate((t) => calmReply(t).includes('complaint'))}    ${rate((t) => keywordBaseline(t).includes('complaint'))}   ${rate(vaderComplaint)}`);
  }
  const appt = rows.filter((r) => /Appointment arrangements/.test(r.human_labels ?? ''));
  console.log(`"Appointment arrangements" rows tagged appointment: ${pct(appt.filter((r) => calmReply(r.text ?? '').includes('appointment')).length / Math.max(1, appt.length))} of ${appt.length}`);
}

function fftErrors(rows: readonly Row[]): void {
  console.log('\nFFT (even half), rated very poor or poor but not tagged complaint:');
  for (const r of rows.filter((x) => ['4', '5'].includes(x[RATING] ?? ''))) if (!calmReply(r.text ?? '').includes('complaint')) console.log(`  [${r[RATING]}] ${r.text}`);
  console.log('\nFFT (even half), rated very good but tagged complaint:');
  for (const r of rows.filter((x) => x[RATING] === '1')) {
    const hit = classify(r.text ?? '').tags.find((t) => t.id === 'complaint');
    if (hit) console.log(`  ${r.text}   <${hit.reasons.join('; ')}>`);
  }
}

function surveyReport(name: string, status: string): void {
  const survey = readSurvey(corpusPath(name));
  console.log(`\nSurvey answers (${name}; ${status}): ${survey.length}: share tagged complaint by the respondent's rating`);
  for (let rating = 1; rating <= 5; rating++) {
    const sel = survey.filter((s) => s.rating === rating);
    const tagged = sel.filter((s) => calmReply(s.text).includes('complaint')).length;
    console.log(`  rating ${rating}${rating === 1 ? ' (very good)' : rating === 5 ? ' (very poor)' : ''}: ${String(sel.length).padStart(4)} answers, ${pct(tagged / Math.max(1, sel.length))} tagged complaint`);
  }
  report(`${name} against its labels`, survey);
}

// Sets whose errors must never be listed: reading them would turn a check into tuning data.
const SEALED: Record<string, string> = {
  heldout: 'held-out is the never-tuned check; only its aggregate scores may be seen',
  dev12: 'dev12 was written blind as the last independent check; only its aggregate scores may be seen',
  dev13: 'dev13 was written blind as the last independent check; only its aggregate scores may be seen',
  survey9: 'survey9 was written blind as the last independent check; only its aggregate scores may be seen',
  dev14: 'dev14 was written blind in session 5 as an independent check; only its aggregate scores may be seen',
  survey10: 'survey10 was written blind in session 5 as an independent check; only its aggregate scores may be seen',
  dev15: 'dev15 was written blind at the end of session 5 as an independent check; only its aggregate scores may be seen',
  dev18: 'dev18 was written blind in session 8 as an independent check; only its aggregate scores may be seen',
  survey13: 'survey13 was written blind in session 8 as an independent check; only its aggregate scores may be seen',
  dev21: 'dev21 was written blind in session 10 as an independent check; only its aggregate scores may be seen',
  dev22: 'dev22 was written blind in session 10 in a plain everyday style as the last independent check; only its aggregate scores may be seen',
  'fft-odd': 'the odd half of the FFT answers is the checking half; only its rates may be seen',
};

const show = process.argv.indexOf('--errors');
const which = show >= 0 ? (process.argv[show + 1] ?? 'dev') : undefined;
if (which !== undefined && SEALED[which]) {
  console.error(`Refusing to list errors for ${which}: ${SEALED[which]}.`);
  process.exit(2);
}

const dev = readCorpus(corpusPath('dev'));
const heldout = readCorpus(corpusPath('heldout'));
const extra: Array<[string, string]> = [
  ['dev2', 'Second development corpus, written independently (dev2; the rules were checked against it late)'],
  ['dev3', 'Third independent corpus (dev3; tuned on from session 2)'],
  ['dev4', 'Fourth independent corpus (dev4; scored blind in session 2, tuned on from session 3)'],
  ['dev5', 'Fifth independent corpus (dev5; scored blind in session 3, then tuned on)'],
  ['dev6', 'Sixth independent corpus (dev6; scored blind in session 3, then tuned on)'],
  ['dev7', 'Seventh independent corpus (dev7; scored blind in session 3, then tuned on)'],
  ['dev8', 'Eighth independent corpus (dev8; scored blind in session 3, then tuned on)'],
  ['dev9', 'Ninth independent corpus (dev9; scored blind in session 3, then tuned on)'],
  ['dev10', 'Tenth independent corpus (dev10; scored blind in session 3, then tuned on)'],
  ['dev11', 'Eleventh independent corpus (dev11; scored blind at the end of session 3, the models trained on it in session 4)'],
  ['dev12', 'Twelfth independent corpus (dev12; written blind in session 4, never tuned on)'],
  ['dev13', 'Thirteenth independent corpus (dev13; written blind in session 4, never tuned on)'],
  ['dev14', 'Fourteenth independent corpus (dev14; written blind in session 5, never tuned on)'],
  ['dev15', 'Fifteenth independent corpus (dev15; written blind at the end of session 5, never tuned on)'],
  ['dev16', 'Sixteenth independent corpus (dev16; written blind in session 6, scored blind twice, read and tuned on in session 8)'],
  ['dev17', 'Seventeenth independent corpus (dev17; written blind in session 7, scored blind twice, read and tuned on in session 8)'],
  ['dev18', 'Eighteenth independent corpus (dev18; written blind in session 8, never tuned on)'],
  ['dev19', 'Nineteenth independent corpus (dev19; written blind in session 9, scored blind twice, read and tuned on in session 10)'],
  ['dev20', 'Twentieth independent corpus (dev20; the ordinary run of a month, written blind in session 9, scored blind twice, read and tuned on in session 10)'],
  ['dev21', 'Twenty-first independent corpus (dev21; written blind in session 10, never tuned on)'],
  ['dev22', 'Twenty-second independent corpus (dev22; the ordinary run of a month, written blind in session 10, never tuned on: the last check)'],
];
report('Development corpus (rules tuned on this)', dev);
report('Held-out corpus (never tuned on)', heldout);
const corpora: Record<string, LabelledComment[]> = { dev };
for (const [name, title] of extra) {
  if (!existsSync(corpusPath(name))) continue;
  corpora[name] = readCorpus(corpusPath(name));
  report(title, corpora[name]);
}
const SURVEYS: Array<[string, string]> = [
  ['survey4', 'scored blind, then the models trained on it'],
  ['survey5', 'scored blind, then the models trained on it'],
  ['survey6', 'scored blind, then the models trained on it'],
  ['survey7', 'scored blind in session 3, the models trained on it in session 4'],
  ['survey8', 'scored blind at the end of session 3, the models trained on it in session 4'],
  ['survey9', 'written blind in session 4, never tuned on'],
  ['survey10', 'written blind in session 5, never tuned on'],
  ['survey11', 'written blind in session 6, scored blind twice, read and tuned on in session 8'],
  ['survey12', 'written blind in session 7, scored blind twice, read and tuned on in session 8'],
  ['survey13', 'written blind in session 8, never tuned on'],
  ['survey14', 'written blind in session 9, scored blind twice, read and tuned on in session 10'],
];
for (const [name, status] of SURVEYS) if (existsSync(corpusPath(name))) surveyReport(name, status);

const fft = readFft();
if (fft.length === 0) console.log(`\n(real NHS comments not found at ${FFT_CSV}; proxy rates skipped)`);
else {
  proxies('Real NHS FFT answers, even ids (tuning half)', fft.filter(isEven));
  proxies('Real NHS FFT answers, odd ids (checking half, never tuned on)', fft.filter((r) => !isEven(r)));
  proxies('Real NHS FFT answers, all', fft);
}

if (which === 'fft-even') fftErrors(fft.filter(isEven));
else if (which !== undefined) {
  const corpus = corpora[which];
  if (!corpus) {
    console.error(`No tuning set called ${which} (try dev, dev2 … dev11 or fft-even).`);
    process.exit(2);
  }
  console.log(`\nErrors (${which}):`);
  listErrors(corpus);
}

const texts = [...dev, ...heldout].map((c) => c.text).concat(fft.map((r) => r.text ?? ''));
console.log(`\nThroughput: ${measureThroughput(texts, (t) => classify(t).tags.length).toLocaleString('en-GB')} comments/s on one core (${texts.length} distinct comments, repeated)`);
