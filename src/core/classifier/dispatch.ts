import type { HitSink } from './compile.ts';
import { firstChars, splitAlternatives } from './firstChars.ts';
import type { PhraseRule } from './knowledge/types.ts';

/**
 * All phrase rules of several categories in one pass over the words. For each possible first
 * character there is one regular expression holding only the rules that can start with it; each
 * category's rules sit in their own optional lookahead, so a single match at a word reports the
 * first (heaviest) rule of every category that fits there. This is what makes classify() cheap:
 * a word is tried against a few dozen alternatives instead of every rule of every category.
 */
export interface RuleSet {
  category: number;
  /** Put before the quoted words in the reason, e.g. "mentions ". */
  label: string;
  rules: readonly PhraseRule[];
}

interface Entry {
  re: RegExp;
  /** Per set: the capture group holding its matched words (0 when the set has no rule here). */
  group: number[];
  /** Per set: its rules that can start here, each anchored, heaviest first, with their weights. */
  rules: Array<Array<[RegExp, number]>>;
}

export interface Dispatcher {
  sets: readonly RuleSet[];
  table: Array<Entry | undefined>; // by first character code (ASCII)
  other: Entry | undefined; // for any other first character
}

function buildEntry(sets: readonly RuleSet[], anchored: RegExp[][], pick: (set: number, rule: number) => boolean): Entry | undefined {
  let source = ' ';
  let groups = 0;
  const group: number[] = [];
  const rules: Array<Array<[RegExp, number]>> = [];
  sets.forEach((set, s) => {
    const chosen = set.rules.map((r, i) => [r, i] as const).filter(([, i]) => pick(s, i));
    if (chosen.length === 0) {
      group.push(0);
      rules.push([]);
      return;
    }
    // One capture per set keeps the expression small enough for V8 to compile it to native code.
    source += `(?:(?=((?:${chosen.map(([[p]]) => p).join('|')}))(?= |$))|)`;
    group.push(++groups);
    rules.push(chosen.map(([[, w], i]) => [anchored[s]?.[i] as RegExp, w]));
  });
  if (groups === 0) return undefined;
  return { re: new RegExp(source, 'y'), group, rules };
}

export function buildDispatcher(sets: readonly RuleSet[]): Dispatcher {
  // Each rule is split into its alternatives, so that each part starts with few letters.
  const sorted = sets.map((set) => ({
    ...set,
    rules: set.rules
      .slice()
      .sort((a, b) => b[1] - a[1])
      .flatMap(([p, w]) => splitAlternatives(p).map((part): PhraseRule => [part, w])),
  }));
  const starts = sorted.map((set) => set.rules.map(([p]) => firstChars(p)));
  // Tested against the matched words plus one space, so rules that look past their end still work.
  const anchored = sorted.map((set) => set.rules.map(([p]) => new RegExp(`^(?:${p})(?= $)`)));
  const table: Array<Entry | undefined> = [];
  for (let c = 0; c < 128; c++) {
    table.push(
      buildEntry(sorted, anchored, (s, r) => {
        const first = starts[s]?.[r];
        return first === null || first === undefined || first.has(c);
      }),
    );
  }
  const other = buildEntry(sorted, anchored, (s, r) => (starts[s]?.[r] ?? null) === null);
  return { sets: sorted, table, other };
}

/**
 * Scans normalised text (words separated by single spaces, padded) and records every phrase
 * found. Returns how many phrases the first rule set matched (the caller's "sarcasm" signal).
 */
export function dispatchScan(d: Dispatcher, text: string, sink: HitSink): number {
  let firstSetHits = 0;
  const n = text.length - 1;
  for (let i = text.indexOf(' '); i >= 0 && i < n; i = text.indexOf(' ', i + 1)) {
    const c = text.charCodeAt(i + 1);
    const entry = c < 128 ? d.table[c] : d.other;
    if (entry === undefined) continue;
    entry.re.lastIndex = i;
    const m = entry.re.exec(text);
    if (m === null) continue;
    for (let s = 0; s < entry.group.length; s++) {
      const g = entry.group[s] as number;
      if (g === 0) continue;
      const words = m[g];
      if (words === undefined) continue;
      // Which rule matched decides the weight: the first (heaviest) that matches these words.
      let weight = 0;
      for (const [re, w] of entry.rules[s] as Array<[RegExp, number]>) {
        if (re.test(`${words} `)) {
          weight = w;
          break;
        }
      }
      const set = d.sets[s] as RuleSet;
      sink.add(set.category, weight, `${set.label}'${words}'`);
      if (s === 0) firstSetHits++;
    }
  }
  return firstSetHits;
}
