import { CandidateList } from './candidateList.ts';
import { charKey, FILED_ANY, FILED_LASTS, FILED_SECOND_STARTS, FILED_SECONDS, RuleIndex, type Filed } from './ruleIndex.ts';
import { hashStep } from './vocabulary.ts';

/**
 * Which rules of a list could match at each word of a text, told from the words themselves, so
 * that only their expressions run there (at most words of a comment, none).
 *
 * Each rule is filed under the words it can start with (firstWords.ts), with the second and third
 * words it can go on with where they can be listed: "(?:very |so )?poor" under "very" (then
 * "poor"), "so" (then "poor") and "poor" (then anything); "can i (?:just )?turn up" under "can",
 * "i", then "just" or "turn". A second word known by its start ("in \\d+ days": "in 2…") is checked
 * by that start. Where the second word cannot be listed ("my (?:\\w+ ){0,2}(?:meds|pills)"), the
 * rule's possible last words stand in for it: it can only match where one of them follows (the
 * match ends with it, at that word or a later one).
 * A first word known only by its start ("frustrat\\w*") is filed under that start; a rule whose
 * first word is not even that under its first characters; one that can start at any word
 * ("(?:\\w+ )?clinic on") under the text all its matches hold ("clinic "): it is a candidate at
 * every word of a text holding that. Conservative: a rule may be a candidate where it does not
 * match, but is never left out where it would.
 *
 * The words of a text are read once, by their characters, into numbers (vocabulary.ts); a rule's
 * number is its place in the list given to the constructor.
 */
const NONE: readonly number[] = [];

export class WordFilter {
  private readonly index: RuleIndex;
  /** By word number: the number of the last text that held the word, and where it last stood in it (its word number there). */
  private readonly seen: Int32Array;
  private readonly seenAt: Int32Array;
  /**
   * By last-word list number: the number of the text it was last read for, and where in that
   * text one of its words last stood (-1: none).
   */
  private readonly lastText: Int32Array;
  private readonly lastAt: Int32Array;
  /** The current text: its number, and per word its start, its number (-1: none) and its starts' rules. */
  private text = 0;
  private source = '';
  private always: readonly number[] = [];
  private readonly list = new CandidateList();
  private count = 0;
  private readonly wordStarts: number[] = [];
  private readonly ids: number[] = [];
  /** Per word, the filed records of starts of it (by number), valid where byStartText holds the text's number. */
  private readonly byStart: number[][] = [];
  private readonly byStartText: number[] = [];
  /** Per word, its candidates, valid where knownText holds the text's number. */
  private readonly known: Array<readonly number[]> = [];
  private readonly knownText: number[] = [];

  constructor(patterns: readonly string[]) {
    this.index = new RuleIndex(patterns);
    this.seen = new Int32Array(this.index.vocabulary.words.length);
    this.lastText = new Int32Array(this.index.lastsByWords.size).fill(-1);
    this.lastAt = new Int32Array(this.index.lastsByWords.size);
    this.seenAt = new Int32Array(this.index.vocabulary.words.length);
  }

  /**
   * Starts a text: reads its words (split at each space, as text.split(' ') would) once. Returns
   * the rules that are candidates at every word of it (those that can start at any word, when the
   * text holds what they need); candidates() gives the rest word by word.
   */
  begin(text: string): readonly number[] {
    // The same text again (the dispatcher after the neutralisers cut nothing): already read.
    if (text === this.source && this.count !== 0) return this.always;
    if (this.text === 0x3fffffff) this.restartNumbering();
    const id = ++this.text;
    this.source = text;
    const { wordStarts, ids, byStart, byStartText } = this;
    let n = 0;
    let start = 0;
    let h = 0;
    let lengths: number[] | undefined;
    let next = 0;
    for (let p = 0; p <= text.length; p++) {
      const c = p < text.length ? text.charCodeAt(p) : 32;
      if (p === start) {
        lengths = c === 32 ? undefined : this.index.startLengths[c];
        next = 0;
      }
      if (c !== 32) {
        h = hashStep(h, c);
        // A start of a first word reached: is it one of the rules' starts?
        if (lengths !== undefined && lengths[next] === p + 1 - start) {
          next++;
          const s = this.index.starts.find(text, start, p + 1, h);
          if (s >= 0) {
            if (byStartText[n] !== id) {
              byStartText[n] = id;
              byStart[n] = [];
            }
            (byStart[n] as number[]).push(this.index.startOffset + s);
          }
        }
        continue;
      }
      const w = this.index.vocabulary.find(text, start, p, h);
      if (w >= 0) {
        this.seen[w] = id;
        this.seenAt[w] = n;
      }
      wordStarts[n] = start;
      ids[n++] = w;
      start = p + 1;
      h = 0;
    }
    this.count = n;
    // Most texts hold no gate: they share one empty list rather than each making its own.
    let always: number[] | undefined;
    const { gates, gateWords } = this.index;
    for (let g = 0; g < gates.length; g++) {
      const word = gateWords[g] as number;
      if (word >= 0 && this.seen[word] !== id) continue;
      const [gate, rule] = gates[g] as [string, number];
      if (text.includes(gate)) (always ??= []).push(rule);
    }
    this.always = always ?? NONE;
    return this.always;
  }

  /** How many words the text has (the pieces text.split(' ') gives). */
  get words(): number {
    return this.count;
  }

  /** Where word `k` of the text starts. */
  wordStart(k: number): number {
    return this.wordStarts[k] as number;
  }

  /**
   * The rules that could match at word `k` of the text, in order (a rule may appear twice in a
   * row); `always` is what begin() returned. Remembered for the text: the dispatcher reading the
   * text the neutralisers left alone asks again for the same words.
   */
  candidates(k: number, always: readonly number[]): readonly number[] {
    if (this.knownText[k] === this.text) return this.known[k] as readonly number[];
    const found = this.gather(k, always);
    this.knownText[k] = this.text;
    // The list's own array is reused for the next word: keep a copy.
    this.known[k] = found === this.list.scratchArray ? found.slice() : found;
    return this.known[k] as readonly number[];
  }

  private gather(k: number, always: readonly number[]): readonly number[] {
    const w = this.ids[k] as number;
    const second = k + 1 < this.count ? (this.ids[k + 1] as number) : -1;
    const list = this.list;
    list.reset(always);
    // An empty word (two spaces) starts where the next space is.
    const open = this.index.openKeys[charKey(this.source.charCodeAt(this.wordStarts[k] as number))];
    if (open !== undefined) list.add(open);
    if (w >= 0 && this.index.kinds[w] !== 0) this.addFiled(w, k, second);
    if (this.byStartText[k] === this.text) for (const filed of this.byStart[k] as number[]) this.addFiled(filed, k, second);
    return list.result();
  }

  /** Adds the rules of filed record number `f` (see RuleIndex.kinds) for word `k`, followed by word number `second`. */
  private addFiled(f: number, k: number, second: number): void {
    const kind = this.index.kinds[f] as number;
    const row = second < 0 || (kind & FILED_SECONDS) === 0 ? -1 : this.index.second(f, second);
    if (row < 0) {
      if ((kind & FILED_ANY) !== 0) this.list.add((this.index.byNumber[f] as Filed).any);
    } else {
      this.list.add(this.index.rowRules(row));
      const rules = k + 2 >= this.count ? undefined : this.index.third(row, this.ids[k + 2] as number);
      if (rules !== undefined) this.list.add(rules);
    }
    if ((kind & FILED_SECOND_STARTS) !== 0 && k + 1 < this.count) {
      const at = this.wordStarts[k + 1] as number;
      const byChar = (this.index.byNumber[f] as Filed).secondStarts.get(this.source.charCodeAt(at));
      if (byChar !== undefined) for (const [start, rules] of byChar) if (this.source.startsWith(start, at)) this.list.add(rules);
    }
    if ((kind & FILED_LASTS) !== 0) {
      const filed = this.index.byNumber[f] as Filed;
      const lasts = filed.lasts;
      for (let i = 0; i < lasts.length; i++) if (this.lastFrom(lasts[i] as number) >= k) this.list.add(filed.lastRules[i] as number[]);
    }
  }

  /**
   * Whether rule `rule` can match at word `k`: false when its match ends with one of a few words
   * and none stands at or after word k. Candidates are filed by their first words; this reads the
   * end, which rules out some two in five of the tries that would fail, for a few array reads.
   * Likewise for a rarer word the match needs further in (RuleIndex.needLists): a rule starting with
   * "my", "the" or any word at all is then tried only where, say, "report" or "wait" lies ahead,
   * which rules out two in five of the remaining tries and nine in ten of the neutralisers.
   */
  canEndAfter(rule: number, k: number): boolean {
    const last = this.index.lastOf[rule] as number;
    if (last >= 0 && this.lastFrom(last) < k) return false;
    // The words every match needs further in ("report" in "the (\\w+ )?report back").
    const { needStarts, needLists } = this.index;
    for (let i = needStarts[rule] as number, end = needStarts[rule + 1] as number; i < end; i++) if (this.lastFrom(needLists[i] as number) < k) return false;
    return true;
  }

  /** Texts are numbered to tell this text's marks from older ones; the numbers must fit `seen`. */
  private restartNumbering(): void {
    this.text = 0;
    this.seen.fill(0);
    this.byStartText.length = 0;
    this.knownText.length = 0;
    this.lastText.fill(-1);
  }

  /**
   * Where in the text a word of last-word list `last` last stands (its word number), -1 if nowhere
   * (worked out once a text). A rule that ends with one of them can only match at a word up to there.
   */
  private lastFrom(last: number): number {
    const text = this.text;
    if (this.lastText[last] !== text) {
      this.lastText[last] = text;
      const { lastWords, lastStarts } = this.index;
      const { seen, seenAt } = this;
      let at = -1;
      for (let i = lastStarts[last] as number, end = lastStarts[last + 1] as number; i < end; i++) {
        const w = lastWords[i] as number;
        if (seen[w] === text && (seenAt[w] as number) > at) at = seenAt[w] as number;
      }
      this.lastAt[last] = at;
    }
    return this.lastAt[last] as number;
  }
}
