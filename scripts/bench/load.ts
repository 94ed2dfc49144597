/**
 * Part 3a/4: a generated post loaded in Chromium with the extension — time until every comment is
 * tagged, the longest main-thread task while tagging, per-comment cost — and the same post
 * without the extension as the control for long tasks.
 */
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser.ts';
import { POST_URL } from './page.ts';

interface Span {
  start: number;
  duration: number;
}

interface Raw {
  dcl: number;
  load: number;
  slices: Span[];
  longtasks: Span[];
  tagged: number;
}

export interface LoadResult {
  articles: number;
  /** Every article carries data-calmreply-tags (false: gave up at the time limit). */
  complete: boolean;
  tagged: number;
  /** ms after navigation start when the last comment was tagged (end of the last slice). */
  taggedAtMs: number;
  /** … and after the page's load event. */
  afterLoadMs: number;
  slices: number;
  longestSliceMs: number;
  /** Sum of the extension's slices: its own main-thread time. */
  sliceTotalMs: number;
  /** Longest Long Tasks API entry from the first slice to 200 ms after the last (slices + their frames). */
  longestAttributedTaskMs: number;
  /** Wall-clock ms per comment from the first slice to the last. */
  perCommentMs: number;
  /** The extension's own slice time per comment. */
  perCommentSliceMs: number;
}

export interface ControlResult {
  articles: number;
  loadMs: number;
  /** Longest long task after DOMContentLoaded with no extension: the page's own. */
  longestTaskAfterDclMs: number;
  longTasksAfterLoad: number;
}

const read = (page: Page): Promise<Raw> => page.evaluate(() => {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const perf = (window as unknown as { __perf?: { longtasks: Array<{ start: number; duration: number }> } }).__perf;
  return {
    dcl: nav?.domContentLoadedEventEnd ?? 0,
    load: nav?.loadEventEnd ?? 0,
    slices: performance.getEntriesByName('calmreply:slice').map((e) => ({ start: e.startTime, duration: e.duration })),
    longtasks: perf?.longtasks ?? [],
    tagged: document.querySelectorAll('[data-calmreply-tags]').length,
  };
});

const r1 = (x: number): number => Math.round(x * 10) / 10;
const end = (s: Span): number => s.start + s.duration;

export async function waitTagged(page: Page, count: number, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction((n) => document.querySelectorAll('[data-calmreply-tags]').length >= n, count, { polling: 100, timeout: timeoutMs });
    return true;
  } catch {
    return false;
  }
}

export async function benchLoad(browser: BenchBrowser, html: string, articles: number, timeoutMs: number): Promise<LoadResult> {
  const page = await browser.open(html, POST_URL);
  const complete = await waitTagged(page, articles, timeoutMs);
  // Let the last slice's frame render so its long task, if any, is reported.
  await page.waitForTimeout(300);
  const raw = await read(page);
  await page.close();
  const slices = raw.slices;
  const first = slices[0]?.start ?? 0;
  const last = slices.length ? Math.max(...slices.map(end)) : 0;
  // Tagging, and the frames that draw its pills, run from the first slice to shortly after the
  // last. The control (same page, no extension) has no long task after DOMContentLoaded, so a
  // long task in this window is the extension's doing.
  const attributed = raw.longtasks.filter((t) => t.start < last + 200 && end(t) > first);
  const total = slices.reduce((sum, s) => sum + s.duration, 0);
  return {
    articles,
    complete,
    tagged: raw.tagged,
    taggedAtMs: r1(last),
    afterLoadMs: r1(last - raw.load),
    slices: slices.length,
    longestSliceMs: r1(Math.max(0, ...slices.map((s) => s.duration))),
    sliceTotalMs: r1(total),
    longestAttributedTaskMs: r1(Math.max(0, ...attributed.map((t) => t.duration))),
    perCommentMs: Number(((last - first) / articles).toFixed(4)),
    perCommentSliceMs: Number((total / articles).toFixed(4)),
  };
}

export async function benchControl(browser: BenchBrowser, html: string, articles: number): Promise<ControlResult> {
  const page = await browser.open(html, POST_URL);
  await page.waitForTimeout(1500);
  const raw = await read(page);
  await page.close();
  return {
    articles,
    loadMs: r1(raw.load),
    longestTaskAfterDclMs: r1(Math.max(0, ...raw.longtasks.filter((t) => end(t) > raw.dcl).map((t) => t.duration))),
    longTasksAfterLoad: raw.longtasks.filter((t) => t.start > raw.load).length,
  };
}
