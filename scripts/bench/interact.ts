/**
 * Part 3b: what a member of staff feels — a scripted scroll-and-expand session with and without
 * the extension, how soon a newly loaded comment shows its tag, and whether the heap comes back
 * after 10,000 comments have come and gone.
 */
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser.ts';
import { waitTagged } from './load.ts';
import { POST_URL } from './page.ts';

type BenchWindow = Window & {
  __bench: {
    append(n: number): number;
    removeAppended(): number;
    session(steps: number): Promise<{ ms: number; expanded: number; worstFrame: number }>;
  };
};

export interface SessionRun {
  ms: number;
  expanded: number;
  worstFrameMs: number;
}

/** The session starts at the load event, while the extension is still tagging the post. */
export async function runSession(browser: BenchBrowser, html: string, steps: number): Promise<SessionRun> {
  const page = await browser.open(html, POST_URL);
  const run = await page.evaluate((n) => (window as unknown as BenchWindow).__bench.session(n), steps);
  await page.close();
  return { ms: Math.round(run.ms), expanded: run.expanded, worstFrameMs: Math.round(run.worstFrame) };
}

export interface AppendResult {
  comments: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Never given tags at all. */
  untagged: number;
  /** Tagged, but pushed out of the pills' reach by later appends before the pill was drawn. */
  outOfReach: number;
  /** The same for comments appended one at a time, and for those appended twenty at once. */
  single: { comments: number; p50Ms: number; p95Ms: number };
  burst: { comments: number; p50Ms: number; p95Ms: number };
}

function summary(latencies: number[]): { comments: number; p50Ms: number; p95Ms: number } {
  const done = [...latencies].sort((a, b) => a - b);
  return { comments: latencies.length, p50Ms: Math.round(quantile(done, 0.5)), p95Ms: Math.round(quantile(done, 0.95)) };
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * Appends comments one at a time (and now and then twenty at once, as "View more comments"
 * does) at the end of a tagged post, scrolled to show them; for each, the time from its append to
 * the first frame after its tags were set and (when it has any) its pill was put in.
 */
export async function benchAppend(browser: BenchBrowser, html: string, articles: number): Promise<AppendResult> {
  const page = await browser.open(html, POST_URL);
  await waitTagged(page, articles, 60_000);
  await page.waitForTimeout(500);
  // No named function expressions in here: tsx would wrap them in a helper the page lacks.
  const latencies = await page.evaluate(async () => {
    const bench = (window as unknown as BenchWindow).__bench;
    const appendedAt = new Map<Element, number>();
    const inBurst = new Set<Element>();
    const drawn = new Map<Element, number>();
    const pending = new Set<Element>();
    // Drawn = tags known and, when there are any, the pill in the comment; then the next frame.
    const observer = new MutationObserver(() => {
      const now = performance.now();
      const fresh: Element[] = [];
      for (const el of pending) {
        const tags = el.getAttribute('data-calmreply-tags');
        if (tags === null || (tags !== '' && !el.querySelector('calmreply-tag'))) continue;
        pending.delete(el);
        drawn.set(el, now);
        fresh.push(el);
      }
      if (fresh.length) requestAnimationFrame((t) => { for (const el of fresh) drawn.set(el, Math.max(t, drawn.get(el) ?? 0)); });
    });
    observer.observe(document.body, { attributes: true, childList: true, subtree: true, attributeFilter: ['data-calmreply-tags'] });
    const list = document.querySelector('[data-fixture-list="comments"]');
    for (let i = 0; i < 200; i++) {
      const burst = i % 25 === 24 ? 20 : 1;
      const before = list?.children.length ?? 0;
      const t = bench.append(burst);
      // Staff watching the newest comments arrive: the end of the post, with them, is on screen.
      scrollTo(0, document.documentElement.scrollHeight);
      const items = [...(list?.children ?? [])].slice(before);
      for (const li of items) {
        for (const a of li.querySelectorAll('[role="article"]')) {
          appendedAt.set(a, t);
          pending.add(a);
          if (burst > 1) inBurst.add(a);
        }
      }
      await new Promise((r) => setTimeout(r, 40));
    }
    await new Promise((r) => setTimeout(r, 1500));
    observer.disconnect();
    // Tagged but never drawn: pushed out of reach by later appends before its pill was due (pills
    // are only drawn within a couple of screens). Not a latency; counted apart.
    return [...appendedAt].map(([el, t]) => ({
      ms: drawn.has(el) ? (drawn.get(el) as number) - t : -1,
      burst: inBurst.has(el),
      tagged: el.hasAttribute('data-calmreply-tags'),
    }));
  });
  await page.close();
  const drawnOnly = latencies.filter((l) => l.ms >= 0);
  const done = drawnOnly.map((l) => l.ms).sort((a, b) => a - b);
  return {
    ...summary(drawnOnly.map((l) => l.ms)),
    maxMs: Math.round(done[done.length - 1] ?? 0),
    untagged: latencies.filter((l) => !l.tagged).length,
    outOfReach: latencies.filter((l) => l.tagged && l.ms < 0).length,
    single: summary(drawnOnly.filter((l) => !l.burst).map((l) => l.ms)),
    burst: summary(drawnOnly.filter((l) => l.burst).map((l) => l.ms)),
  };
}

export interface HeapResult {
  baselineMB: number;
  peakMB: number;
  afterMB: number;
  /** After minus baseline. */
  residualMB: number;
  /** Every appended comment was tagged before the 90 s limit. */
  complete: boolean;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return Math.round((usedSize / 1048576) * 100) / 100;
}

/** 10,000 comments appended in batches of 1,000 (each tagged before the next), then all removed. */
export async function benchHeap(browser: BenchBrowser, html: string, articles: number): Promise<HeapResult> {
  const page = await browser.open(html, POST_URL);
  if (browser.withExtension) await waitTagged(page, articles, 60_000);
  await page.waitForTimeout(500);
  const baselineMB = await heapMB(page);
  let complete = true;
  const deadline = Date.now() + 90_000;
  for (let b = 1; b <= 10; b++) {
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.append(1000));
    if (browser.withExtension && complete) complete = await waitTagged(page, articles + 1000 * b, Math.max(1, deadline - Date.now()));
  }
  await page.waitForTimeout(500);
  const peakMB = await heapMB(page);
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.removeAppended());
  // Past the content script's 150 ms debounce and any clean-up it schedules.
  await page.waitForTimeout(1500);
  const afterMB = await heapMB(page);
  await page.close();
  return { baselineMB, peakMB, afterMB, residualMB: Math.round((afterMB - baselineMB) * 100) / 100, complete };
}
