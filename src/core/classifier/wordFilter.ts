import { DIGITS_KEY, firstChars } from './firstChars.ts';
import { ANY_WORD, firstWords, lastWords, PREFIX, requiredText } from './firstWords.ts';

/**
 * Which words of a text a list of rules could match at, told from the words themselves, so that
 * the expressions run only there (most words of a comment start no phrase that is present).
 *
 * Each rule is filed under the words it can start with (firstWords.ts), with the second words it
 * can go on with: "(?:very |so )?poor" under "very" (then "poor"), "so" (then "poor") and "poor"
 * (then anything). Where the second word cannot be listed ("my (?:\\w+ ){0,2}(?:meds|pills)"),
 * the rule's possible last words stand in for it: it can only match in a text holding one of them.
 * A first word known only by its start ("frustrat\\w*") is filed under that start; a rule whose
 * first word is not even that ("\\d+ times") under its first characters; one that can start at any
 * word ("(?:\\w+ )?clinic on") under the text all its matches hold ("clinic "), which lets every
 * word through when the text holds it. Conservative: a word may pass where nothing matches, but
 * none is held back where a rule would match.
 */
interface Filed {
  /** Second words that some rule filed here goes on with, each with the groups of those rules. */
  seconds: Map<string, number>;
  /** Groups with a rule filed here that matches whatever follows. */
  any: number;
  /** Rules filed here that go on with any second word but end with one of these words. */
  lasts: Last[];
}

/** A rule's possible last words and group, and whether the current text holds one of the words. */
interface Last {
  group: number;
  text: number;
}

/** First words known only by their start, by their first character. */
interface Starts {
  lengths: number[];
  byStart: Map<string, Filed>;
}

/** What the filter knows of one word, worked out the first time the word is met. */
interface WordInfo {
  /** Groups with an open-ended rule that can start with the word's first character. */
  open: number;
  /** Rules filed under the word and under starts of it. */
  filed: Filed[];
  /** Rules that can end with the word. */
  lasts: Last[] | undefined;
}

const NOTHING: WordInfo = { open: 0, filed: [], lasts: undefined };
/** At most this many words are remembered (a comment's words mostly recur); others are worked out each time. */
const REMEMBERED = 30_000;

/**
 * Rules come in groups (at most 31, one bit each); passes() answers with the groups that have a
 * rule which could match at the word, so that only their expressions run.
 */
export class WordFilter {
  private readonly exact = new Map<string, Filed>();
  private readonly starts = new Map<number, Starts>();
  /** Groups by character key (see charKey), of rules whose first word is open-ended. */
  private readonly openKeys = new Map<number, number>();
  /** For each rule that can start at any word, the text its matches all contain, and its group. */
  private readonly gates: Array<[string, number]> = [];
  /** The rules' last words: which rules can end with each word. */
  private readonly endingWith = new Map<string, Last[]>();
  /** The current text and its number, for the last-word checks (done once a text, when needed). */
  private text = 0;
  private words: readonly string[] = [];
  private infos: WordInfo[] = [];
  private readonly known = new Map<string, WordInfo>();

  constructor(patterns: readonly string[], groups: readonly number[]) {
    patterns.forEach((pattern, i) => {
      const bit = 1 << (groups[i] as number);
      const one = firstWords(pattern, 1);
      if (one === null) {
        const chars = firstChars(pattern);
        if (chars === null) this.gates.push([requiredText(pattern), bit]);
        else for (const c of chars) this.openKeys.set(charKey(c), (this.openKeys.get(charKey(c)) ?? 0) | bit);
        return;
      }
      const two = firstWords(pattern, 2) ?? new Set([...one].map((w) => (w.endsWith(PREFIX) ? w : `${w} ${ANY_WORD}`)));
      const ends = lastWords(pattern);
      let last: Last | null = null;
      if (ends !== null) {
        last = { group: bit, text: -1 };
        for (const w of ends) this.endingWith.set(w, [...(this.endingWith.get(w) ?? []), last]);
      }
      for (const pair of two) this.file(pair, bit, last);
    });
  }

  private file(pair: string, bit: number, last: Last | null): void {
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
    if (filed === undefined) table.set(word, (filed = { seconds: new Map(), any: 0, lasts: [] }));
    const second = prefix ? ANY_WORD : pair.slice(space + 1);
    if (second !== ANY_WORD) filed.seconds.set(second, (filed.seconds.get(second) ?? 0) | bit);
    else if (last === null) filed.any |= bit;
    else if (!filed.lasts.includes(last)) filed.lasts.push(last);
  }

  /**
   * Starts a text, given as its words (the text split at each space). Returns the groups to try at
   * every word of it (those with a rule that can start at any word, when the text holds what that
   * rule needs); passes() adds the rest word by word.
   */
  begin(text: string, words: readonly string[]): number {
    const id = ++this.text;
    this.words = words;
    const infos: WordInfo[] = [];
    for (const word of words) {
      const info = this.known.get(word) ?? this.learn(word);
      infos.push(info);
      if (info.lasts !== undefined) for (const last of info.lasts) last.text = id;
    }
    this.infos = infos;
    let all = 0;
    for (const [gate, bit] of this.gates) if (text.includes(gate)) all |= bit;
    return all;
  }

  /** The groups with a rule that could match at word `k` of the text. */
  passes(k: number): number {
    const info = this.infos[k] as WordInfo;
    let groups = info.open;
    for (const filed of info.filed) groups |= this.fits(filed, k);
    return groups;
  }

  private fits(filed: Filed, k: number): number {
    let groups = filed.any;
    const second = this.words[k + 1];
    if (second !== undefined && filed.seconds.size !== 0) groups |= filed.seconds.get(second) ?? 0;
    for (const last of filed.lasts) if (last.text === this.text) groups |= last.group;
    return groups;
  }

  private learn(word: string): WordInfo {
    // An empty word (two spaces) starts where the next space is.
    const c = word === '' ? 32 : word.charCodeAt(0);
    const open = this.openKeys.get(charKey(c)) ?? 0;
    const filed: Filed[] = [];
    const exact = this.exact.get(word);
    if (exact !== undefined) filed.push(exact);
    const starts = this.starts.get(c);
    for (const length of starts?.lengths ?? []) {
      const byStart = length <= word.length ? starts?.byStart.get(word.slice(0, length)) : undefined;
      if (byStart !== undefined) filed.push(byStart);
    }
    const lasts = this.endingWith.get(word);
    const info = open === 0 && filed.length === 0 && lasts === undefined ? NOTHING : { open, filed, lasts };
    if (this.known.size < REMEMBERED) this.known.set(word, info);
    return info;
  }
}

/** Table key of a first character: its code below 128, all digits together, 128 for the rest. */
export function charKey(c: number): number {
  return c >= 48 && c <= 57 ? DIGITS_KEY : c < 128 ? c : 128;
}
