const MAX_REASONS = 3;

/**
 * The strongest reasons first, each shown once: of two reasons where one's quoted words hold the
 * other's ("there any appts", "any appts"), only the longer is kept, whichever weighed more, so
 * staff read the fullest wording rather than pieces of it.
 */
export function pickReasons(found: Array<[number, string]>): string[] {
  const sorted = found.slice().sort((a, b) => b[0] - a[0] || b[1].length - a[1].length);
  const kept: Array<[label: string, quote: string]> = [];
  for (const [, reason] of sorted) {
    const open = reason.indexOf("'");
    if (open < 0) {
      if (kept.length < MAX_REASONS && !kept.some(([l, q]) => l === reason && q === '')) kept.push([reason, '']);
      continue;
    }
    const label = reason.slice(0, open);
    const quote = reason.slice(open + 1, -1);
    let merged = false;
    for (const k of kept) {
      if (k[1] === '') continue;
      if (k[1].includes(quote)) merged = true;
      else if (quote.includes(k[1])) {
        k[0] = label;
        k[1] = quote;
        merged = true;
      }
      if (merged) break;
    }
    if (!merged && kept.length < MAX_REASONS) kept.push([label, quote]);
  }
  return kept.map(([label, quote]) => (quote === '' ? label : `${label}'${quote}'`));
}
