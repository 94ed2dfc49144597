import { firstChars } from './firstChars.ts';
import { PairTable } from './pairTable.ts';
import { ANY_WORD, firstWords, lastWords, PREFIX, requiredText, requiredWords } from './firstWords.ts';
import { Vocabulary } from './vocabulary.ts';

/**
 * The rules filed by the words they can start with, as the word filter reads them (see
 * wordFilter.ts for what is filed where, and why). Built once; only read afterwards, except for
 * the last-word records' note of the current text.
 */
export interface Filed {
  /** Its number in the pair table of second words. */
  id: number;
  /** Rules filed here that match whatever follows. */
  any: number[];
  /** By the second word's number: what goes on with it (read through RuleIndex.second()). */
  seconds: Map<number, Second>;
  /** By the start of the second word ("in 2…" for "in \\d+ days"), by its first character: the rules, and those of `any`, in order. */
  secondStarts: Map<number, Array<[string, number[]]>>;
  /** Rules that go on with any second word but end with one of a few words (one rule a list): the lists' numbers. */
  lasts: number[];
  lastRules: number[][];
}

/** The rules filed under a first and a second word. */
export interface Second {
  /** Those that go on with any third word, and those of the first word's `any`, in order. */
  rules: number[];
  /** By the third word's number: those that go on with it (null: none do; read through RuleIndex.third()). */
  thirds: Map<number, number[]> | null;
}

/** A rule's possible last words (their numbers), numbered: rules ending alike share one. */
export interface Last {
  id: number;
  words: readonly number[];
}

/** What a filed word holds, as bits of RuleIndex.kinds: read before its record is. */
export const FILED_ANY = 1;
export const FILED_SECONDS = 2;
export const FILED_SECOND_STARTS = 4;
export const FILED_LASTS = 8;

export class RuleIndex {
  /** Every word the rules name (first, second, third and last words), numbered. */
  readonly vocabulary = new Vocabulary();
  /** By word number: the rules filed under it. */
  readonly filed: Array<Filed | undefined> = [];
  /** Last-word lists by their words, so that rules ending alike share one. */
  readonly lastsByWords = new Map<string, Last>();
  /**
   * The words of last-word list n, in one array from lastStarts[n] to lastStarts[n + 1]: the
   * filter reads a list once a text, and a few small arrays are kinder to the cache than a
   * record and an array each.
   */
  lastWords = new Int32Array(0);
  lastStarts = new Int32Array(1);
  /** By rule number: its last-word list's number, -1 if its last words cannot be listed. */
  readonly lastOf: Int32Array;
  /**
   * Other lists of words of which every match holds one at or after its start (requiredWords()):
   * "(?:the|my) (?:\\w+ )?reports? (?:back|in)" needs "report" or "reports" as well as "back" or
   * "in". Rule r's are needLists[needStarts[r]] to needLists[needStarts[r + 1]], rarest first
   * (all of them: checking one more list costs less than the tries it saves).
   */
  needStarts: Int32Array;
  needLists = new Int32Array(0);
  /** First words known only by their start: the starts, numbered; their rules; their lengths by first character. */
  readonly starts = new Vocabulary();
  readonly startFiled: Filed[] = [];
  readonly startLengths: Array<number[] | undefined> = [];
  /**
   * Filed records by number: a word's is its number, a start's the vocabulary's size plus the
   * start's number. `kinds` says per number what the record holds (FILED_ANY…; 0: nothing filed),
   * so that the filter reads a small array, and the record itself only where it holds something
   * for the word: most words are filed for a few second words and do not meet them.
   */
  readonly byNumber: Array<Filed | undefined> = [];
  kinds = new Uint8Array(0);
  /** The number of the filed record of start s is startOffset + s. */
  startOffset = 0;
  /** Rules whose first word is open-ended, by character key (see charKey). */
  readonly openKeys: Array<number[] | undefined> = [];
  /** For each rule that can start at any word, the text its matches all contain. */
  readonly gates: Array<[string, number]> = [];
  /**
   * By gate: the number of a word the text holds whole (" for " holds "for"), -1 if none. The
   * filter reads whether a text has that word, which it knows from reading its words, before
   * searching the text for the gate: most texts lack it.
   */
  readonly gateWords: number[] = [];
  /** The Maps of seconds as a pair table: (filed, second word) to a row of secondList. */
  private readonly secondRows: PairTable;
  private readonly secondList: Second[] = [];
  private readonly secondRules: number[][] = [];
  /**
   * The Maps of thirds: row r's third words in order from thirdStarts[r] to thirdStarts[r + 1] of
   * thirdWords, each one's rules at the same place in thirdLists. Searched within the row (a few
   * words, a hundred at most): a quarter of the memory of a pair table of them, which was the
   * filter's largest and read at most words that have a second word filed.
   */
  private thirdStarts = new Int32Array(1);
  private thirdWords = new Int32Array(0);
  private readonly thirdLists: number[][] = [];

  constructor(patterns: readonly string[]) {
    this.lastOf = new Int32Array(patterns.length).fill(-1);
    this.needStarts = new Int32Array(patterns.length + 1);
    const needs: number[] = [];
    const list = (found: Set<string>): Last => {
      const words = [...new Set([...found].map((w) => this.vocabulary.add(w)))].sort(ascending);
      const known = this.lastsByWords.get(words.join()) ?? { id: this.lastsByWords.size, words };
      this.lastsByWords.set(words.join(), known);
      return known;
    };
    patterns.forEach((pattern, rule) => {
      const ends = lastWords(pattern);
      let last: Last | null = null;
      if (ends !== null) {
        last = list(ends);
        this.lastOf[rule] = last.id;
      }
      // Also for a rule that can start at any word: it is tried only where the words follow.
      this.needStarts[rule] = needs.length;
      // Rarest first: the first list with no word ahead ends the check.
      for (const need of requiredWords(pattern).sort((a, b) => commonness(a) - commonness(b))) {
        const id = list(need).id;
        if (id !== last?.id && !needs.includes(id, this.needStarts[rule])) needs.push(id);
      }
      const one = firstWords(pattern, 1);
      if (one === null) {
        const chars = firstChars(pattern);
        if (chars === null) {
          const gate = requiredText(pattern);
          this.gates.push([gate, rule]);
          // Between two spaces of the gate: a whole word of the text.
          const whole = gate.startsWith(' ') ? gate.slice(1).split(' ').slice(0, -1).find((w) => w !== '') : undefined;
          this.gateWords.push(whole === undefined ? -1 : this.vocabulary.add(whole));
        }
        else for (const c of new Set([...chars].map(charKey))) (this.openKeys[c] ??= []).push(rule);
        return;
      }
      const two = firstWords(pattern, 3) ?? firstWords(pattern, 2) ?? new Set([...one].map((w) => (w.endsWith(PREFIX) ? w : `${w} ${ANY_WORD}`)));
      for (const pair of two) this.file(pair, rule, last);
    });
    this.needStarts[patterns.length] = needs.length;
    this.needLists = Int32Array.from(needs);
    // Each second word's rules with those for any second word, in order: one list per word pair.
    // Equal lists are kept once (most are one or two rules, and there are tens of thousands).
    const lists = new Map<string, number[]>();
    const once = (rules: number[]): number[] => {
      const key = rules.join();
      const known = lists.get(key);
      if (known !== undefined) return known;
      lists.set(key, rules);
      return rules;
    };
    for (const filed of [...this.filed, ...this.startFiled]) {
      if (filed === undefined) continue;
      filed.any = once(filed.any.sort(ascending));
      for (const second of filed.seconds.values()) {
        second.rules = once([...new Set([...second.rules, ...filed.any])].sort(ascending));
        if (second.thirds !== null) for (const [third, rules] of second.thirds) second.thirds.set(third, once(rules));
      }
      for (const byChar of filed.secondStarts.values()) for (const entry of byChar) entry[1] = once([...new Set([...entry[1], ...filed.any])].sort(ascending));
    }
    const secondPairs: Array<[number, number, number]> = [];
    this.startOffset = this.vocabulary.words.length;
    this.filed.forEach((filed, w) => (this.byNumber[w] = filed));
    this.startFiled.forEach((filed, s) => (this.byNumber[this.startOffset + s] = filed));
    this.kinds = new Uint8Array(this.startOffset + this.startFiled.length);
    this.byNumber.forEach((filed, id) => {
      if (filed === undefined) return;
      filed.id = id;
      this.kinds[id] =
        (filed.any.length > 0 ? FILED_ANY : 0) |
        (filed.seconds.size > 0 ? FILED_SECONDS : 0) |
        (filed.secondStarts.size > 0 ? FILED_SECOND_STARTS : 0) |
        (filed.lasts.length > 0 ? FILED_LASTS : 0);
      for (const [word, second] of filed.seconds) {
        const row = this.secondList.push(second) - 1;
        secondPairs.push([id, word, row]);
      }
    });
    this.thirdStarts = new Int32Array(this.secondList.length + 1);
    const thirdWords: number[] = [];
    this.secondList.forEach((second, row) => {
      this.thirdStarts[row] = thirdWords.length;
      for (const [third, rules] of [...(second.thirds ?? [])].sort(([a], [b]) => a - b)) {
        thirdWords.push(third);
        this.thirdLists.push(rules);
      }
    });
    this.thirdStarts[this.secondList.length] = thirdWords.length;
    for (const second of this.secondList) this.secondRules.push(second.rules);
    this.thirdWords = Int32Array.from(thirdWords);
    const lasts = [...this.lastsByWords.values()];
    this.lastStarts = new Int32Array(lasts.length + 1);
    this.lastWords = new Int32Array(lasts.reduce((n, l) => n + l.words.length, 0));
    let at = 0;
    for (const last of lasts) {
      this.lastStarts[last.id] = at;
      for (const w of last.words) this.lastWords[at++] = w;
    }
    this.lastStarts[lasts.length] = at;
    this.secondRows = new PairTable(secondPairs);
    this.vocabulary.freeze();
    this.starts.freeze();
  }

  /** What goes on with the second word numbered `word` after filed record `filed`'s first word; -1 if nothing is filed for it. */
  second(filed: number, word: number): number {
    return this.secondRows.row(filed, word);
  }

  /**
   * The rules filed under second `row` that go on with any third word. Read from a plain array of
   * the lists, not the row's record: one memory access fewer on every word with a second filed
   * (the filter's cost is mostly memory access).
   */
  rowRules(row: number): readonly number[] {
    return this.secondRules[row] as number[];
  }

  /** The rules filed under second `row` and the third word numbered `word`, if any. */
  third(row: number, word: number): number[] | undefined {
    const words = this.thirdWords;
    let lo = this.thirdStarts[row] as number;
    let hi = (this.thirdStarts[row + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = words[mid] as number;
      if (w === word) return this.thirdLists[mid];
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Files a rule under its first words: "w1 w2 w3", "w1 w2" and so on (see firstWords()). */
  private file(words: string, rule: number, last: Last | null): void {
    const [first = '', second = ANY_WORD, third = ANY_WORD] = words.split(' ');
    const prefix = first.endsWith(PREFIX);
    const word = prefix ? first.slice(0, -1) : first;
    let filed: Filed;
    const fresh = (): Filed => ({ id: -1, any: [], seconds: new Map(), secondStarts: new Map(), lasts: [], lastRules: [] });
    if (prefix) {
      const lengths = this.startLengths[word.charCodeAt(0)] ?? [];
      if (!lengths.includes(word.length)) this.startLengths[word.charCodeAt(0)] = [...lengths, word.length].sort(ascending);
      filed = this.startFiled[this.starts.add(word)] ??= fresh();
    } else filed = this.filed[this.vocabulary.add(word)] ??= fresh();
    if (second.endsWith(PREFIX)) {
      const start = second.slice(0, -1);
      const byChar = filed.secondStarts.get(start.charCodeAt(0)) ?? [];
      filed.secondStarts.set(start.charCodeAt(0), byChar);
      const known = byChar.find(([s]) => s === start);
      if (known === undefined) byChar.push([start, [rule]]);
      else if (!known[1].includes(rule)) known[1].push(rule);
    } else if (second !== ANY_WORD) {
      const id = this.vocabulary.add(second);
      let next = filed.seconds.get(id);
      if (next === undefined) filed.seconds.set(id, (next = { rules: [], thirds: null }));
      let rules = next.rules;
      if (third !== ANY_WORD && !third.endsWith(PREFIX)) {
        const byThird = (next.thirds ??= new Map());
        const thirdId = this.vocabulary.add(third);
        rules = byThird.get(thirdId) ?? [];
        byThird.set(thirdId, rules);
      }
      if (!rules.includes(rule)) rules.push(rule);
    } else if (last === null) {
      if (!filed.any.includes(rule)) filed.any.push(rule);
    } else if (!filed.lastRules.some((r) => r[0] === rule)) {
      filed.lasts.push(last.id);
      filed.lastRules.push([rule]);
    }
  }
}

/**
 * Words found in most comments: a list holding one says little about where a rule can match. Any
 * list is correct to check; this only orders them, the one most likely to rule a try out first.
 */
const COMMON = new Set(
  'a an the i im ive me my we us our you your u he she his her they them their it its is was are were be been being am do does did done have has had having get got getting go going went to in on at of for with from by up out back about as into over off and or but so if not no nothing never just still only again this that there then than now when what how all any some one two can cant could would will should wont dont didnt need want know told said say ask asked day days week weeks time today call phone doctor doctors gp surgery appointment appointments'.split(' '),
);

/** How many of a list's words are common (each counting far more than a rare one); a missing list counts most. */
function commonness(words: Set<string> | null): number {
  if (words === null) return Infinity;
  let n = 0;
  for (const w of words) n += COMMON.has(w) ? 1000 : 1;
  return n;
}

export const ascending = (a: number, b: number): number => a - b;

/** Key of a first character: its code below 128, all digits together (129), 128 for the rest. */
export function charKey(c: number): number {
  return c >= 48 && c <= 57 ? 129 : c < 128 ? c : 128;
}
