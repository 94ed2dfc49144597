import type { HitSink } from './compile.ts';
import { canStartWith, DIGITS_KEY, firstChars, specialiseFor, splitAlternatives } from './firstChars.ts';
import type { PhraseRule } from './knowledge/types.ts';
import { WordFilter } from './wordFilter.ts';

/**
 * All phrase rules of several categories (rule sets) in one pass over the words. Two steps per
 * word. First a filter reads the word itself, and the word after it, and answers which sets have
 * a rule that could match there (wordFilter.ts); for most words none has, and no expression runs.
 * Then, for each set it names, one sticky regular expression holding that set's rules that can
 * start with the word's first character is tried there: its first (heaviest) rule that fits is
 * the set's phrase at that word, as a scan with all the set's rules would find it. The expressions
 * are one per set and first character, so each stays small, and together they hold each rule once
 * (V8 compiles regular expressions to native code only while their total size stays small).
 */
export interface RuleSet {
  category: number;
  /** Put before the quoted words in the reason, e.g. "mentions ". */
  label: string;
  rules: readonly PhraseRule[];
}

interface Entry {
  re: RegExp;
  /** Weight by capture group: each group holds one weight tier of the set. */
  weights: number[];
}

export interface Dispatcher {
  sets: readonly RuleSet[];
  /** Which sets have a rule that could match at a word: the others run no expression there. */
  filter: WordFilter;
  /** First characters each rule can start with (null: any), by set and rule. */
  starts: ReadonlyArray<ReadonlyArray<Set<number> | null>>;
  /** Built on first use, by set and first character code (128 for any other): null when no rule fits. */
  table: Array<Array<Entry | null | undefined>>;
}

function buildEntry(set: RuleSet, key: number, pick: (rule: number) => boolean): Entry | null {
  const chosen = set.rules.filter((_, i) => pick(i)).map(([p, w]): PhraseRule => [specialiseFor(p, key), w]);
  if (chosen.length === 0) return null;
  // Rules come heaviest first; one capture per weight tier says which weight matched while
  // keeping the expression small.
  const tiers: string[] = [];
  const weights: number[] = [0];
  for (let i = 0; i < chosen.length; ) {
    const w = (chosen[i] as PhraseRule)[1];
    const parts: string[] = [];
    while (i < chosen.length && (chosen[i] as PhraseRule)[1] === w) parts.push((chosen[i++] as PhraseRule)[0]);
    tiers.push(`(${parts.join('|')})`);
    weights.push(w);
  }
  return { re: new RegExp(` (?:${tiers.join('|')})(?= |$)`, 'y'), weights };
}

export function buildDispatcher(sets: readonly RuleSet[]): Dispatcher {
  if (sets.length > 31) throw new Error('A dispatcher holds at most 31 rule sets');
  // Each rule is split into its alternatives, so that each part starts with few letters and words.
  const sorted = sets.map((set) => ({
    ...set,
    rules: set.rules
      .slice()
      .sort((a, b) => b[1] - a[1])
      .flatMap(([p, w]) => splitAlternatives(p).map((part): PhraseRule => [part, w])),
  }));
  const patterns = sorted.flatMap((set) => set.rules.map(([p]) => p));
  const groups = sorted.flatMap((set, s) => set.rules.map(() => s));
  return {
    sets: sorted,
    filter: new WordFilter(patterns, groups),
    starts: sorted.map((set) => set.rules.map(([p]) => firstChars(p))),
    table: sorted.map(() => []),
  };
}

/**
 * The expression for set `s` at words starting with character `c`, built the first time it is
 * needed. Words starting with a digit share one expression: the rules that can start with a number
 * ("3 weeks for…", "(?:\\d+|two|three) days") are long, and ten copies of them, one per digit,
 * would only add compiled code (see specialise()).
 */
function entryFor(d: Dispatcher, s: number, c: number): Entry | null {
  const key = c >= 48 && c <= 57 ? DIGITS_KEY : c < 128 ? c : 128;
  const table = d.table[s] as Array<Entry | null | undefined>;
  let entry = table[key];
  if (entry === undefined) {
    entry = buildEntry(d.sets[s] as RuleSet, key, (r) => canStartWith(d.starts[s]?.[r], key));
    table[key] = entry;
  }
  return entry;
}

/** The capture groups an entry has and should have, for checking that rules do not capture. */
export function countGroups(d: Dispatcher, s: number, c: number): { expected: number; actual: number } {
  const entry = entryFor(d, s, c);
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
  // Each word once, so that the filter hashes it once however often it looks it up.
  const words = text.split(' ');
  const always = d.filter.begin(text, words);
  // i: the space before word k.
  for (let k = 1, i = (words[0] as string).length; k < words.length && i < n; i += 1 + (words[k++] as string).length) {
    const c = text.charCodeAt(i + 1);
    const sets = always | d.filter.passes(k);
    if (sets === 0) continue;
    for (let s = 0; s < d.sets.length; s++) {
      if ((sets & (1 << s)) === 0) continue;
      const entry = entryFor(d, s, c);
      if (entry === null) continue;
      entry.re.lastIndex = i;
      const m = entry.re.exec(text);
      if (m === null) continue;
      for (let g = 1; g < m.length; g++) {
        const quote = m[g];
        if (quote === undefined) continue;
        const set = d.sets[s] as RuleSet;
        sink.hit(set.category, entry.weights[g] ?? 0, set.label, quote);
        if (s === 0) firstSetHits++;
        break;
      }
    }
  }
  return firstSetHits;
}
