/**
 * A diagnostic, not part of `npm run bench`: loads generated posts of 500 and 5,000 comments in
 * Chromium with a build of the extension and prints how its time slices were spread (count, work,
 * wall time from first to last, the gaps between them). `npx tsx scripts/bench/slices-probe.ts
 * [--dist DIR]` (default dist/chrome: run `npm run build` first).
 */
import { launch } from './browser.ts';
import { loadSources } from './corpus.ts';
import { waitTagged } from './load.ts';
import { benchPost, POST_URL } from './page.ts';
const sources = loadSources();
const texts = [...sources.dev, ...sources.heldout].map((c) => c.text).concat(sources.fft);
const at = process.argv.indexOf('--dist');
const browser = await launch(at >= 0 ? (process.argv[at + 1] ?? 'dist/chrome') : 'dist/chrome');
// A new install opens the options page first; let it, before the first post.
await new Promise((r) => setTimeout(r, 2000));
// The first 500 warms the service worker and the tagger up.
for (const n of [500, 500, 5000]) {
  const post = benchPost(n, texts);
  const page = await browser.open(post.html, POST_URL);
  await waitTagged(page, post.articles, 60_000);
  const s = await page.evaluate(`(() => {
    const m = performance.getEntriesByName('calmreply:slice');
    const load = performance.getEntriesByType('navigation')[0].loadEventEnd;
    const gaps = []; for (let i = 1; i < m.length; i++) gaps.push(m[i].startTime - (m[i-1].startTime + m[i-1].duration));
    gaps.sort((a,b)=>a-b);
    const sum = m.reduce((a,e)=>a+e.duration,0);
    const before = m.filter(e => e.startTime < load).length;
    return { slices: m.length, beforeLoad: before, load: Math.round(load), first: Math.round(m[0].startTime), last: Math.round(m[m.length-1].startTime + m[m.length-1].duration), work: Math.round(sum), gapP50: Math.round(gaps[gaps.length>>1]||0), gapP90: Math.round(gaps[Math.floor(gaps.length*0.9)]||0), gapMax: Math.round(gaps[gaps.length-1]||0), durP50: +(m.map(e=>e.duration).sort((a,b)=>a-b)[m.length>>1]).toFixed(1) };
  })()`);
  console.log(n, JSON.stringify(s));
  await page.close();
}
await browser.close();
