import { splitAlternatives } from './firstChars.ts';
import { WordFilter } from './wordFilter.ts';

/**
 * Cuts negated and excused phrases out of normalised text ("not rude at all" → " ~") before the
 * category rules read it, reporting each cut to `credit`. It does what one global expression of
 * all the phrases would do (leftmost phrase first, the first listed phrase winning at a word), but
 * like the dispatcher it asks a word filter (wordFilter.ts) which phrases could match at a word
 * and tries only those, each with its own small expression; at most words none is tried. The
 * filter may be shared with the dispatcher (see rules.ts): a text the neutralisers leave alone is
 * then read into words once for both.
 */
export interface NeutraliserPhrase {
  pattern: string;
  /** Category index to credit when the phrase is cut out, or -1 for none. */
  credit: number;
}

interface Phrase extends NeutraliserPhrase {
  /** Compiled on first use. */
  re: RegExp | null;
}

export interface Neutralisers {
  phrases: readonly Phrase[];
  /** Numbers the phrases 0 to phrases.length - 1 (rules numbered after them are someone else's). */
  filter: WordFilter;
}

/** The phrases split into their alternatives, in order: the patterns a shared filter numbers first. */
export function neutraliserPhrases(list: readonly NeutraliserPhrase[]): Phrase[] {
  return list.flatMap(({ pattern, credit }) => splitAlternatives(pattern).map((part) => ({ pattern: part, credit, re: null })));
}

export function buildNeutralisers(list: readonly NeutraliserPhrase[], filter?: WordFilter): Neutralisers {
  const phrases = neutraliserPhrases(list);
  return { phrases, filter: filter ?? new WordFilter(phrases.map((p) => p.pattern)) };
}

/** The text with each neutralised phrase replaced by " ~"; `credit` hears of each one cut out. */
export function neutralise(n: Neutralisers, text: string, credit: (category: number, words: string) => void): string {
  let out = '';
  let last = 0;
  const end = text.length - 1;
  const filter = n.filter;
  const always = filter.begin(text);
  // i: the space before word k; a cut phrase's words are not read again.
  for (let k = 1, i = filter.wordStart(1) - 1; k < filter.words && i < end; i = filter.wordStart(++k) - 1) {
    if (i < last) continue;
    for (const p of filter.candidates(k, always)) {
      const phrase = n.phrases[p];
      if (phrase === undefined) break; // numbered after the phrases: not one of them
      // Not where the words it needs are not ahead (a phrase that can start at any word, tried at
      // every word of a text holding " for ", is tried only before a "wait" or "waiting").
      if (!filter.canEndAfter(p, k)) continue;
      const re = (phrase.re ??= new RegExp(` (?:${phrase.pattern})(?= )`, 'y'));
      re.lastIndex = i;
      if (!re.test(text)) continue;
      if (phrase.credit >= 0) credit(phrase.credit, text.slice(i, re.lastIndex).trim());
      out += `${text.slice(last, i)} ~`;
      last = re.lastIndex;
      break;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}
