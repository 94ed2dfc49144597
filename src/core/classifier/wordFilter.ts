import { DIGITS_KEY, firstChars } from './firstChars.ts';
import { ANY_WORD, firstWords, lastWords, PREFIX, requiredText } from './firstWords.ts';

/**
 * Which rules of a list could match at each word of a text, told from the words themselves, so
 * that only their expressions run there (at most words of a comment, none).
 *
 * Each rule is filed under the words it can start with (firstWords.ts), with the second words it
 * can go on with: "(?:very |so )?poor" under "very" (then "poor"), "so" (then "poor") and "poor"
 * (then anything). Where the second word cannot be listed ("my (?:\\w+ ){0,2}(?:meds|pills)"),
 * the rule's possible last words stand in for it: it can only match in a text holding one of them.
 * A first word known only by its start ("frustrat\\w*") is filed under that start; a rule whose
 * first word is not even that ("\\d+ times") under its first characters; one that can start at any
 * word ("(?:\\w+ )?clinic on") under the text all its matches hold ("clinic "): it is a candidate
 * at every word of a text holding that. Conservative: a rule may be a candidate where it does not
 * match, but never left out where it would.
 */
interface Filed {
  /** Rules filed here that match whatever follows. */
  any: number[];
  /** By the second word: the rules that go on with it, and those of `any`, in order. */
  seconds: Map<string, number[]>;
  /** Rules that go on with any second word but end with one of a few words (one rule a list). */
  lasts: Array<[Last, number[]]>;
}

/** Whether the current text holds one of a rule's possible last words (it does if `text` is its number). */
interface Last {
  text: number;
}

/** First words known only by their start, by their first character. */
interface Starts {
  lengths: number[];
  byStart: Map<string, Filed>;
}

/** What the filter knows of one word, worked out the first time the word is met. */
interface WordInfo {
  /** Rules with an open-ended first word that can start with the word's first character. */
  open: readonly number[];
  /** Rules filed under the word and under starts of it. */
  filed: Filed[];
  /** Rules that can end with the word. */
  lasts: Last[] | undefined;
}

const NOTHING: WordInfo = { open: [], filed: [], lasts: undefined };
/** At most this many words are remembered (a comment's words mostly recur); others are worked out each time. */
const REMEMBERED = 30_000;

export class WordFilter {
  private readonly exact = new Map<string, Filed>();
  private readonly starts = new Map<number, Starts>();
  /** Rules whose first word is open-ended, by character key (see charKey). */
  private readonly openKeys = new Map<number, number[]>();
  /** For each rule that can start at any word, the text its matches all contain. */
  private readonly gates: Array<[string, number]> = [];
  /** The rules' last words: which rules can end with each word. */
  private readonly endingWith = new Map<string, Last[]>();
  private readonly known = new Map<string, WordInfo>();
  /** The current text: its number, words and what is known of each. */
  private text = 0;
  private words: readonly string[] = [];
  private infos: WordInfo[] = [];

  constructor(patterns: readonly string[]) {
    patterns.forEach((pattern, rule) => {
      const one = firstWords(pattern, 1);
      if (one === null) {
        const chars = firstChars(pattern);
        if (chars === null) this.gates.push([requiredText(pattern), rule]);
        else for (const c of new Set([...chars].map(charKey))) this.openKeys.set(c, [...(this.openKeys.get(c) ?? []), rule]);
        return;
      }
      const two = firstWords(pattern, 2) ?? new Set([...one].map((w) => (w.endsWith(PREFIX) ? w : `${w} ${ANY_WORD}`)));
      const ends = lastWords(pattern);
      let last: Last | null = null;
      if (ends !== null) {
        last = { text: -1 };
        for (const w of ends) this.endingWith.set(w, [...(this.endingWith.get(w) ?? []), last]);
      }
      for (const pair of two) this.file(pair, rule, last);
    });
    // Each second word's rules with those for any second word, in order: one list per word pair.
    const tables = [this.exact, ...[...this.starts.values()].map((s) => s.byStart)];
    for (const table of tables) {
      for (const filed of table.values()) {
        filed.any.sort(ascending);
        for (const [second, rules] of filed.seconds) filed.seconds.set(second, [...new Set([...rules, ...filed.any])].sort(ascending));
      }
    }
  }

  private file(pair: string, rule: number, last: Last | null): void {
    const prefix = pair.endsWith(PREFIX);
    const space = prefix ? -1 : pair.indexOf(' ');
    const word = prefix ? pair.slice(0, -1) : pair.slice(0, space);
    let table = this.exact;
    if (prefix) {
      const c = word.charCodeAt(0);
      let starts = this.starts.get(c);
      if (starts === undefined) this.starts.set(c, (starts = { lengths: [], byStart: new Map() }));
      if (!starts.lengths.includes(word.length)) starts.lengths.push(word.length);
      starts.lengths.sort((a, b) => a - b);
      table = starts.byStart;
    }
    let filed = table.get(word);
    if (filed === undefined) table.set(word, (filed = { any: [], seconds: new Map(), lasts: [] }));
    const second = prefix ? ANY_WORD : pair.slice(space + 1);
    if (second !== ANY_WORD) {
      const rules = filed.seconds.get(second);
      if (rules === undefined) filed.seconds.set(second, [rule]);
      else if (!rules.includes(rule)) rules.push(rule);
    } else if (last === null) {
      if (!filed.any.includes(rule)) filed.any.push(rule);
    } else if (!filed.lasts.some(([, r]) => r[0] === rule)) filed.lasts.push([last, [rule]]);
  }

  /**
   * Starts a text, given as its words (the text split at each space). Returns the rules that are
   * candidates at every word of it (those that can start at any word, when the text holds what
   * they need); candidates() gives the rest word by word.
   */
  begin(text: string, words: readonly string[]): number[] {
    const id = ++this.text;
    this.words = words;
    const infos: WordInfo[] = [];
    for (const word of words) {
      const info = this.known.get(word) ?? this.learn(word);
      infos.push(info);
      if (info.lasts !== undefined) for (const last of info.lasts) last.text = id;
    }
    this.infos = infos;
    const always: number[] = [];
    for (const [gate, rule] of this.gates) if (text.includes(gate)) always.push(rule);
    return always;
  }

  /**
   * The rules that could match at word `k` of the text, in order (a rule may appear twice in a
   * row). Valid until the next call.
   */
  candidates(k: number, always: readonly number[]): readonly number[] {
    const info = this.infos[k] as WordInfo;
    const second = this.words[k + 1];
    this.only = always;
    this.many = false;
    this.add(info.open);
    for (const filed of info.filed) {
      const rules = second === undefined || filed.seconds.size === 0 ? undefined : filed.seconds.get(second);
      this.add(rules ?? filed.any);
      for (const [last, rule] of filed.lasts) if (last.text === this.text) this.add(rule);
    }
    if (!this.many) return this.only;
    const out = this.scratch;
    // Insertion sort: the lists are short and mostly in order already.
    for (let i = 1; i < out.length; i++) {
      const x = out[i] as number;
      let j = i - 1;
      for (; j >= 0 && (out[j] as number) > x; j--) out[j + 1] = out[j] as number;
      out[j + 1] = x;
    }
    return out;
  }

  /** The candidates so far: one list as it is (`only`), or several copied into `scratch`. */
  private only: readonly number[] = [];
  private many = false;
  private readonly scratch: number[] = [];

  private add(rules: readonly number[]): void {
    if (rules.length === 0) return;
    if (!this.many) {
      if (this.only.length === 0) {
        this.only = rules;
        return;
      }
      this.many = true;
      this.scratch.length = 0;
      for (const r of this.only) this.scratch.push(r);
    }
    for (const r of rules) this.scratch.push(r);
  }

  private learn(word: string): WordInfo {
    // An empty word (two spaces) starts where the next space is.
    const c = word === '' ? 32 : word.charCodeAt(0);
    const open = this.openKeys.get(charKey(c)) ?? [];
    const filed: Filed[] = [];
    const exact = this.exact.get(word);
    if (exact !== undefined) filed.push(exact);
    const starts = this.starts.get(c);
    for (const length of starts?.lengths ?? []) {
      const byStart = length <= word.length ? starts?.byStart.get(word.slice(0, length)) : undefined;
      if (byStart !== undefined) filed.push(byStart);
    }
    const lasts = this.endingWith.get(word);
    const info = open.length === 0 && filed.length === 0 && lasts === undefined ? NOTHING : { open, filed, lasts };
    if (this.known.size < REMEMBERED) this.known.set(word, info);
    return info;
  }
}

const ascending = (a: number, b: number): number => a - b;

/** Table key of a first character: its code below 128, all digits together, 128 for the rest. */
export function charKey(c: number): number {
  return c >= 48 && c <= 57 ? DIGITS_KEY : c < 128 ? c : 128;
}
