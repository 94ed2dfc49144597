/** The bench's printed report: plain-text tables, the same figures as bench/results.json. */
import type { BenchResults } from './main.ts';

function table(title: string, head: string[], rows: Array<Array<string | number>>): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of cells.slice(1)) console.log(line(r));
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const f2 = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(2));

export function printTable(r: BenchResults): void {
  const m = r.machine;
  console.log(`CalmReply bench, ${r.date}`);
  console.log(`${m.cpu} × ${m.cores}, ${m.memoryGB} GB, ${m.platform}, Node ${m.node}${m.browser ? `, ${m.browser}` : ''}; load average ${m.loadAverage.join(' ')}`);
  if (r.tagger) {
    table(`1. Tagger: ${r.tagger.corpusSize.toLocaleString('en-GB')} comments, one core; accuracy on the held-out set (${r.tagger.heldoutSize})`,
      ['tagger', 'comments/s', 'complaint P/R/F1', 'appointment P/R/F1', 'macro-F1'],
      r.tagger.peers.map((p) => {
        const prf = (id: 'complaint' | 'appointment') => {
          const s = p.heldout[id];
          return s ? `${f2(s.precision)}/${f2(s.recall)}/${f2(s.f1)}` : '–';
        };
        return [p.name, p.commentsPerSecond.toLocaleString('en-GB'), prf('complaint'), prf('appointment'), `${f2(p.macroF1)}${p.name === 'VADER' ? ' (complaint only)' : ''}`];
      }));
  }
  if (r.size) {
    table('2. Size', ['what', 'raw', 'gzipped'], [
      [`content script at page start (${r.size.contentScript.files.length} files)`, kb(r.size.contentScript.bytes), kb(r.size.contentScript.gzip)],
      [`tag menu, on first click (${r.size.tagMenu.files.length} files)`, kb(r.size.tagMenu.bytes), kb(r.size.tagMenu.gzip)],
      [`whole extension (${r.size.extension.files} files)`, kb(r.size.extension.bytes), kb(r.size.extension.gzip)],
    ]);
  }
  if (r.load) {
    table('3. Chromium, production build: post loaded until every comment is tagged',
      ['comments', 'tagged', 'tagged at (ms)', 'after load (ms)', 'longest slice', 'longest attributed task', 'longest task, no ext.', 'ms/comment (wall)', 'ms/comment (slices)'],
      r.load.map((l, i) => [l.articles.toLocaleString('en-GB'), `${l.tagged}${l.complete ? '' : ' (timed out)'}`, Math.round(l.taggedAtMs), Math.round(l.afterLoadMs),
        `${l.longestSliceMs} ms`, `${l.longestAttributedTaskMs} ms`, `${r.control?.[i]?.longestTaskAfterDclMs ?? '–'} ms`, l.perCommentMs.toFixed(3), l.perCommentSliceMs.toFixed(3)]));
  }
  const rows: Array<Array<string | number>> = [];
  if (r.session) {
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] ?? 0;
    rows.push([`scroll-and-expand session, 2,000 comments (median of ${r.session.with.length})`, `${med(r.session.with.map((s) => s.ms))} ms with, ${med(r.session.without.map((s) => s.ms))} ms without: ratio ${r.session.ratio.toFixed(3)}`]);
  }
  if (r.append) {
    const a = r.append;
    rows.push([`appended comment → tag drawn (${a.comments} drawn)`, `p50 ${a.p50Ms} ms, p95 ${a.p95Ms} ms, max ${a.maxMs} ms${a.untagged ? `, ${a.untagged} never tagged` : ''}`]);
    if (a.outOfReach) rows.push(['… tagged, but scrolled out of the pills\' reach before drawn', String(a.outOfReach)]);
    rows.push([`… one at a time (${a.single.comments}) / twenty at once (${a.burst.comments})`, `p95 ${a.single.p95Ms} ms / p95 ${a.burst.p95Ms} ms`]);
  }
  if (r.heap) {
    const h = (x: { baselineMB: number; peakMB: number; afterMB: number }) => `${x.baselineMB} → ${x.peakMB} → ${x.afterMB} MB`;
    rows.push(['JS heap, 10,000 appended then removed: with', h(r.heap.withExtension)]);
    rows.push(['… without the extension', h(r.heap.withoutExtension)]);
  }
  if (r.scaling) rows.push(['4. per-comment cost, 5,000 vs 500', `${r.scaling.perComment5000Ms.toFixed(3)} vs ${r.scaling.perComment500Ms.toFixed(3)} ms: ${r.scaling.ratio.toFixed(2)}× (slices alone ${r.scaling.sliceRatio.toFixed(2)}×)`]);
  if (rows.length) table('3–4. Interaction, memory and growth', ['figure', 'measured'], rows);
  if (r.verdicts?.length) {
    table('Budgets', ['budget', 'measured', 'met'], r.verdicts.map((v) => [v.budget, v.measured, v.pass === null ? '–' : v.pass ? 'yes' : 'NO']));
  }
}
