import { canStartWith, firstChars, specialiseFor, splitAlternatives } from './firstChars.ts';

/**
 * Cuts negated and excused phrases out of normalised text ("not rude at all" → " ~") before the
 * category rules read it, reporting each cut to `credit`. It does what one global expression of
 * all the phrases would do (leftmost phrase first, the first listed phrase winning at a word), but
 * like the dispatcher it keeps one expression per first character, so a word is tried only against
 * the phrases that can start with its letter rather than against all of them.
 */
export interface NeutraliserPhrase {
  pattern: string;
  /** Category index to credit when the phrase is cut out, or -1 for none. */
  credit: number;
}

interface Entry {
  re: RegExp;
  /** Credit by capture group. */
  credits: number[];
}

export interface Neutralisers {
  phrases: readonly NeutraliserPhrase[];
  starts: ReadonlyArray<Set<number> | null>;
  table: Array<Entry | null | undefined>;
}

export function buildNeutralisers(list: readonly NeutraliserPhrase[]): Neutralisers {
  const phrases = list.flatMap(({ pattern, credit }) => splitAlternatives(pattern).map((part) => ({ pattern: part, credit })));
  return { phrases, starts: phrases.map((p) => firstChars(p.pattern)), table: [] };
}

function entryFor(n: Neutralisers, c: number): Entry | null {
  const key = c < 128 ? c : 128;
  let entry = n.table[key];
  if (entry === undefined) {
    const parts: string[] = [];
    const credits: number[] = [0];
    n.phrases.forEach((phrase, i) => {
      if (!canStartWith(n.starts[i], key)) return;
      parts.push(`(${specialiseFor(phrase.pattern, key)})`);
      credits.push(phrase.credit);
    });
    entry = parts.length === 0 ? null : { re: new RegExp(` (?:${parts.join('|')})(?= )`, 'y'), credits };
    n.table[key] = entry;
  }
  return entry;
}

/** The text with each neutralised phrase replaced by " ~"; `credit` hears of each one cut out. */
export function neutralise(n: Neutralisers, text: string, credit: (category: number, words: string) => void): string {
  let out = '';
  let last = 0;
  const end = text.length - 1;
  for (let i = text.indexOf(' '); i >= 0 && i < end; i = text.indexOf(' ', i + 1)) {
    const entry = entryFor(n, text.charCodeAt(i + 1));
    if (entry === null) continue;
    entry.re.lastIndex = i;
    const m = entry.re.exec(text);
    if (m === null) continue;
    for (let g = 1; g < m.length; g++) {
      if (m[g] === undefined) continue;
      const category = entry.credits[g] ?? -1;
      if (category >= 0) credit(category, m[0].trim());
      break;
    }
    out += `${text.slice(last, i)} ~`;
    last = i + m[0].length;
    i = last - 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
