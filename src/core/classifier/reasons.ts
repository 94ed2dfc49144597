const MAX_REASONS = 3;

/** One reason in parts: its weight, the label and the quoted words (none for a plain reason). */
export type Found = [weight: number, label: string, quote: string | undefined];

/**
 * The strongest reasons first, each shown once: of two reasons where one's quoted words hold the
 * other's ("there any appts", "any appts"), only the longer is kept, whichever weighed more, so
 * staff read the fullest wording rather than pieces of it.
 */
export function pickReasons(all: readonly Found[]): string[] {
  // A phrase weighed against the tag ("hospital lost", "not the surgery's fault") is no reason for
  // it: staff would read the counter-evidence as the cause. Kept only if nothing else is left.
  const weighedFor = all.filter(([weight]) => weight > 0);
  const found = weighedFor.length > 0 ? weighedFor : all;
  // A tag resting on one reason needs no sorting or merging.
  if (found.length === 1) {
    const [, label, quote] = found[0] as Found;
    return [quote === undefined ? label : `${label}'${quote}'`];
  }
  const sorted = found.slice().sort((a, b) => b[0] - a[0] || shownLength(b) - shownLength(a));
  const kept: Array<[label: string, quote: string]> = [];
  for (const [, given, quoted] of sorted) {
    // A reason written out in full may still quote ("says 'no complaints'"): read it as label and quote.
    const open = quoted === undefined ? given.indexOf("'") : -1;
    if (quoted === undefined && open < 0) {
      if (kept.length < MAX_REASONS && !kept.some(([l, q]) => l === given && q === '')) kept.push([given, '']);
      continue;
    }
    const label = quoted === undefined ? given.slice(0, open) : given;
    const quote = quoted ?? given.slice(open + 1, -1);
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

/** The length of the reason as shown: label, then the quote in quotation marks. */
function shownLength([, label, quote]: Found): number {
  return quote === undefined ? label.length : label.length + quote.length + 2;
}
