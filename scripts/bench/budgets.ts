/** The performance issue's budgets, checked against one run's figures. */
import type { BenchResults } from './main.ts';

export interface Verdict {
  budget: string;
  measured: string;
  pass: boolean | null;
}

export function verdicts(r: BenchResults): Verdict[] {
  const out: Verdict[] = [];
  if (r.tagger) {
    const [ours, keyword] = r.tagger.peers;
    if (ours && keyword) {
      out.push({ budget: 'tagger ≥ 50,000 comments/s (one core)', measured: `${ours.commentsPerSecond.toLocaleString('en-GB')}/s`, pass: ours.commentsPerSecond >= 50_000 });
      const speed = ours.commentsPerSecond / keyword.commentsPerSecond;
      out.push({
        budget: 'far ahead of the keyword list in accuracy, at comparable speed',
        measured: `macro-F1 ${ours.macroF1.toFixed(2)} vs ${keyword.macroF1.toFixed(2)}; speed ${speed.toFixed(2)}× the keyword list's`,
        // "Comparable": within a factor of three of the keyword list's speed.
        pass: ours.macroF1 - keyword.macroF1 >= 0.15 && speed >= 1 / 3,
      });
    }
  }
  if (r.size) out.push({ budget: 'content script ≤ 30 KB gzipped', measured: `${(r.size.contentScript.gzip / 1024).toFixed(1)} KB`, pass: r.size.contentScript.gzip <= 30 * 1024 });
  if (r.session) out.push({ budget: 'with/without ratio, 2,000-comment session ≤ 1.05', measured: r.session.ratio.toFixed(3), pass: r.session.ratio <= 1.05 });
  if (r.load?.length) {
    const worst = Math.max(...r.load.map((l) => Math.max(l.longestAttributedTaskMs, l.longestSliceMs)));
    out.push({ budget: 'no main-thread task > 50 ms attributable to the extension', measured: `${worst} ms (worst of slices and attributed long tasks)`, pass: worst <= 50 && r.load.every((l) => l.complete) });
  }
  if (r.append) out.push({ budget: 'appended comment tagged: p95 < 100 ms', measured: `p95 ${r.append.p95Ms} ms`, pass: r.append.p95Ms < 100 && r.append.untagged === 0 });
  if (r.scaling) out.push({ budget: 'per-comment cost at 5,000 within 1.5× of at 500', measured: `${r.scaling.ratio.toFixed(2)}×`, pass: r.scaling.ratio <= 1.5 && r.scaling.complete });
  if (r.heap) {
    const excess = r.heap.withExtension.residualMB - r.heap.withoutExtension.residualMB;
    const grown = r.heap.withExtension.peakMB - r.heap.withExtension.baselineMB;
    out.push({
      budget: 'heap back near baseline after 10,000 comments appended and removed',
      measured: `+${r.heap.withExtension.residualMB} MB (page alone +${r.heap.withoutExtension.residualMB} MB; peak +${grown.toFixed(1)} MB)`,
      // "Near": what the extension keeps is under 2 MB and under a tenth of what it held at the peak.
      pass: r.heap.withExtension.complete && excess < 2 && excess < 0.1 * Math.max(grown, 1),
    });
  }
  return out;
}
