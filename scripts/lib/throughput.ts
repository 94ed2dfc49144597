/**
 * Comments per second for `fn` over `texts`, on one core: a warm-up pass, then whole passes
 * until at least `minMs` have elapsed. A benchmark figure, never a test assertion.
 */
export function measureThroughput(texts: readonly string[], fn: (text: string) => unknown, minMs = 1000): number {
  if (texts.length === 0) return 0;
  let sink = 0;
  for (const t of texts) if (fn(t)) sink++;
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) if (fn(t)) sink++;
    count += texts.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  if (sink < 0) console.error(sink); // keeps the calls from being optimised away
  return Math.round((count / elapsed) * 1000);
}
