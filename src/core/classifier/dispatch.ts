import type { HitSink } from './compile.ts';
import { splitAlternatives } from './firstChars.ts';
import type { PhraseRule } from './knowledge/types.ts';
import { literalEnd, literalWordings } from './literalPhrase.ts';
import { WordFilter } from './wordFilter.ts';

/**
 * All phrase rules of several categories (rule sets) in one pass over the words. At each word a
 * filter reads the word, the one or two after it and the text's words, and names the few rules
 * that could match there (wordFilter.ts); at most words of a comment it names none and nothing
 * runs. Each named rule is then tried at the word with its own small sticky expression, set by
 * set, heaviest first: a set's first rule that matches is its phrase at that word, exactly what
 * one expression of all the set's rules would find there.
 *
 * This replaced one expression per first letter holding every rule that could start with it
 * (each category in an optional lookahead): those ran at almost every word and always matched,
 * so every word paid for trying dozens of alternatives and for a result with many captures.
 */
export interface RuleSet {
  category: number;
  /** Put before the quoted words in the reason, e.g. "mentions ". */
  label: string;
  rules: readonly PhraseRule[];
  /** Quote the words trimmed of white space, as scanInto() does. */
  trim?: boolean;
}

interface Rule {
  set: number;
  pattern: string;
  weight: number;
  /** Compiled on first use. */
  re: RegExp | null;
}

export interface Dispatcher {
  sets: readonly RuleSet[];
  /** Every set's rules, set by set, heaviest first within a set. */
  rules: readonly Rule[];
  /** Numbers rule r as offset + r (a shared filter numbers the neutralisers' phrases first). */
  filter: WordFilter;
  offset: number;
  /**
   * By rule number: its set's bit, and its expression once compiled. A try reads these two and
   * not the rule (most tries are skipped or fail; the rule is read for a match's weight).
   */
  bits: Int32Array;
  expressions: Array<RegExp | null>;
  /** By rule number: its wordings where it is written as plain words (literalPhrase.ts), else null. */
  wordings: Array<readonly string[] | null>;
}

/** Every set's rules split into their alternatives, in order: the patterns the filter numbers. */
export function dispatcherRules(sets: readonly RuleSet[]): Rule[] {
  if (sets.length > 31) throw new Error('A dispatcher holds at most 31 rule sets');
  // Each rule is split into its alternatives, so that each part starts with few words.
  return sets.flatMap((set, s) =>
    set.rules
      .slice()
      .sort((a, b) => b[1] - a[1])
      .flatMap(([p, w]) => splitAlternatives(p).map((pattern): Rule => ({ set: s, pattern, weight: w, re: null }))),
  );
}

/** `shared`: a filter numbering other patterns first, then these rules (from `offset` on). */
export function buildDispatcher(sets: readonly RuleSet[], shared?: { filter: WordFilter; offset: number }): Dispatcher {
  const rules = dispatcherRules(sets);
  return {
    sets,
    rules,
    filter: shared?.filter ?? new WordFilter(rules.map((r) => r.pattern)),
    offset: shared?.offset ?? 0,
    bits: Int32Array.from(rules, (r) => 1 << r.set),
    expressions: rules.map(() => null),
    wordings: rules.map((r) => literalWordings(r.pattern)),
  };
}

/** The expression of rule `r`: the rule as a whole phrase, at a space. */
export function ruleExpression(d: Dispatcher, r: number): RegExp {
  const rule = d.rules[r] as Rule;
  return (d.expressions[r] = rule.re ??= new RegExp(` (?:${rule.pattern})(?= |$)`, 'y'));
}

/** Where rule `r`'s phrase at the space text[at] ends, or -1. */
function phraseEnd(d: Dispatcher, r: number, text: string, at: number): number {
  const wordings = d.wordings[r];
  if (wordings !== null && wordings !== undefined) return literalEnd(wordings, text, at);
  const re = d.expressions[r] ?? ruleExpression(d, r);
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/**
 * Scans normalised text (words separated by single spaces, padded) and records every phrase
 * found, except those of the sets whose bits are in `skip` (bit s for set s). Returns how many
 * phrases the first rule set matched (the caller's "sarcasm" signal).
 */
export function dispatchScan(d: Dispatcher, text: string, sink: HitSink, skip = 0): number {
  let firstSetHits = 0;
  const n = text.length - 1;
  const { filter, bits } = d;
  const always = filter.begin(text);
  // i: the space before word k.
  for (let k = 1, i = filter.wordStart(1) - 1; k < filter.words && i < n; i = filter.wordStart(++k) - 1) {
    const candidates = filter.candidates(k, always);
    let matched = skip; // sets that have their phrase at this word (or are not read)
    for (let j = 0; j < candidates.length; j++) {
      const r = (candidates[j] as number) - d.offset;
      if (r < 0 || r >= bits.length || (matched & (bits[r] as number)) !== 0 || candidates[j] === candidates[j - 1]) continue;
      if (!filter.canEndAfter(candidates[j] as number, k)) continue;
      const end = phraseEnd(d, r, text, i);
      if (end < 0) continue;
      const rule = d.rules[r] as Rule;
      matched |= bits[r] as number;
      const set = d.sets[rule.set] as RuleSet;
      const quote = text.slice(i + 1, end);
      sink.hit(set.category, rule.weight, set.label, set.trim === true ? quote.trim() : quote);
      if (rule.set === 0) firstSetHits++;
    }
  }
  return firstSetHits;
}
