import type { HitSink } from './compile.ts';
import { canStartWith, DIGITS_KEY, firstChars, specialiseFor, splitAlternatives } from './firstChars.ts';
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
  /** Per set: its first and last capture group (0 when the set has no rule here). */
  from: number[];
  to: number[];
  /** Weight by capture group: each group holds one weight tier of one set. */
  weights: number[];
}

export interface Dispatcher {
  sets: readonly RuleSet[];
  /** First characters each rule can start with (null: any), by set and rule. */
  starts: ReadonlyArray<ReadonlyArray<Set<number> | null>>;
  /** Built on first use, by first character code (128 for any other): null when no rule fits. */
  table: Array<Entry | null | undefined>;
}

function buildEntry(sets: readonly RuleSet[], key: number, pick: (set: number, rule: number) => boolean): Entry | undefined {
  let source = ' ';
  let groups = 0;
  const from: number[] = [];
  const to: number[] = [];
  const weights: number[] = [0];
  sets.forEach((set, s) => {
    const chosen = set.rules.filter((_, i) => pick(s, i)).map(([p, w]): PhraseRule => [specialiseFor(p, key), w]);
    if (chosen.length === 0) {
      from.push(0);
      to.push(0);
      return;
    }
    // Rules come heaviest first; one capture per weight tier says which weight matched while
    // keeping the expression small (V8 compiles it to native code).
    const tiers: string[] = [];
    from.push(groups + 1);
    for (let i = 0; i < chosen.length; ) {
      const w = (chosen[i] as PhraseRule)[1];
      const parts: string[] = [];
      while (i < chosen.length && (chosen[i] as PhraseRule)[1] === w) parts.push((chosen[i++] as PhraseRule)[0]);
      tiers.push(`(${parts.join('|')})`);
      weights[++groups] = w;
    }
    to.push(groups);
    source += `(?:(?=(?:${tiers.join('|')})(?= |$))|)`;
  });
  if (groups === 0) return undefined;
  return { re: new RegExp(source, 'y'), from, to, weights };
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
  return { sets: sorted, starts: sorted.map((set) => set.rules.map(([p]) => firstChars(p))), table: [] };
}


/**
 * The expression for words starting with character `c`, built the first time it is needed.
 * Words starting with a digit share one expression: the rules that can start with a number
 * ("3 weeks for…", "(?:\\d+|two|three) days") are long, and ten copies of them, one per digit,
 * would push the compiled size over V8's budget for native code (see specialise()).
 */
function entryFor(d: Dispatcher, c: number): Entry | null {
  const key = c >= 48 && c <= 57 ? DIGITS_KEY : c < 128 ? c : 128;
  let entry = d.table[key];
  if (entry === undefined) {
    entry = buildEntry(d.sets, key, (s, r) => canStartWith(d.starts[s]?.[r], key)) ?? null;
    d.table[key] = entry;
  }
  return entry;
}

/** The capture groups every possible entry would have, for checking that rules do not capture. */
export function countGroups(d: Dispatcher, c: number): { expected: number; actual: number } {
  const entry = entryFor(d, c);
  if (!entry) return { expected: 0, actual: 0 };
  const actual = (new RegExp(`${entry.re.source}|`).exec('')?.length ?? 1) - 1;
  return { expected: entry.weights.length - 1, actual };
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
    const entry = entryFor(d, c);
    if (entry === null) continue;
    entry.re.lastIndex = i;
    const m = entry.re.exec(text);
    if (m === null) continue;
    for (let s = 0; s < entry.from.length; s++) {
      const to = entry.to[s] as number;
      for (let g = entry.from[s] as number; g > 0 && g <= to; g++) {
        const words = m[g];
        if (words === undefined) continue;
        const set = d.sets[s] as RuleSet;
        sink.hit(set.category, entry.weights[g] ?? 0, set.label, words);
        if (s === 0) firstSetHits++;
        break;
      }
    }
  }
  return firstSetHits;
}
