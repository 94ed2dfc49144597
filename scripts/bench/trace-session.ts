/**
 * A diagnostic, not part of `npm run bench`: records a Chromium trace of one scroll-and-expand
 * session with and without the extension and prints where main-thread time went (trace events
 * by name, self time). `npx tsx scripts/bench/trace-session.ts [--dist DIR] [--comments N]`.
 */
import type { Page } from 'playwright-core';
import { launch } from './browser.ts';
import { buildChrome } from './build.ts';
import { loadSources } from './corpus.ts';
import { benchPost, POST_URL } from './page.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const comments = Number(opt('--comments') ?? 2000);
const dist = opt('--dist') ?? (await buildChrome());
const sources = loadSources();
const texts = [...sources.dev, ...sources.heldout].map((c) => c.text).concat(sources.fft);
const post = benchPost(comments, texts);

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { frame?: string } } }

async function traced(page: Page, run: () => Promise<unknown>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink', transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return events;
}

/** Self time per event name on the renderer main thread (complete events, nesting subtracted). */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const main = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.name !== 'RunTask' || e.name === 'RunTask');
  const threadName = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, (e.args as { name?: string } | undefined)?.name ?? '');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of main) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    if (threadName.get(key) !== 'CrRendererMain') continue;
    (byThread.get(key) ?? byThread.set(key, []).get(key)!).push(e);
  }
  const out = new Map<string, number>();
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: Array<{ e: TraceEvent; child: number }> = [];
    const close = (upTo: number) => {
      while (stack.length && stack[stack.length - 1]!.e.ts + (stack[stack.length - 1]!.e.dur ?? 0) <= upTo) {
        const top = stack.pop()!;
        out.set(top.e.name, (out.get(top.e.name) ?? 0) + ((top.e.dur ?? 0) - top.child) / 1000);
        if (stack.length) stack[stack.length - 1]!.child += top.e.dur ?? 0;
      }
    };
    for (const e of list) {
      close(e.ts);
      stack.push({ e, child: 0 });
    }
    close(Infinity);
  }
  return out;
}

for (const withExt of [false, true]) {
  const browser = await launch(withExt ? dist : null);
  // Warm up (service worker, tagger), then the traced run.
  const warm = await browser.open(post.html, POST_URL);
  await warm.waitForTimeout(4000);
  await warm.close();
  const page = await browser.context.newPage();
  await page.route(/^(https?|wss?):/, (route) => route.abort());
  await page.close();
  const p = await browser.open(post.html, POST_URL);
  let ms = 0;
  const events = await traced(p, async () => {
    const r = await p.evaluate((n) => (window as unknown as { __bench: { session(n: number): Promise<{ ms: number }> } }).__bench.session(n), 40);
    ms = r.ms;
  });
  const self = [...selfTimes(events)].sort((a, b) => b[1] - a[1]).slice(0, 22);
  console.log(`\n${withExt ? 'WITH' : 'WITHOUT'} extension: session ${Math.round(ms)} ms`);
  for (const [name, t] of self) console.log(`  ${name.padEnd(40)} ${t.toFixed(0).padStart(7)} ms`);
  await p.close();
  await browser.close();
}
