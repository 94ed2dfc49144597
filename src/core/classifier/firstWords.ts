import { Open, parse, type Node } from './regexSyntax.ts';

/**
 * Which words a regular-expression source can begin a match with, where they are a finite list:
 * "(?:very |so )?poor(?!ly)" → "very", "so", "poor"; a word that goes on open-ended is given by
 * its start ("frustrat\\w*" → "frustrat…"). The word filter reads these to skip, without running
 * any expression, the words at which no rule can match (see wordFilter.ts).
 *
 * Rules are matched as whole words, so what a match holds before its first space (all of it if it
 * has none) is the text's word where it starts, and likewise for the second word. The answer is a
 * superset of the truth or null (the first word can be anything, or there are too many), never a
 * list that misses a word. Lookarounds are skipped: they only ever remove matches.
 */

/** The most word sequences (whole or partial) a rule may have before it counts as open-ended. */
const LIMIT = 2000;

/** Stands for "any word" in the second place: "not \0" is "not" followed by anything. */
export const ANY_WORD = '\0';
/**
 * Ends a word known only by its start: "frustrat\u0001" for "frustrat\\w*" (then any second word),
 * "in 2\u0001" for "in 2\\d+".
 */
export const PREFIX = '\u0001';

/**
 * The first word of every match, or with `count` 2 or 3 its first words ("not bad", "not bad at"),
 * where a word after the first is ANY_WORD when it cannot be listed or the match may end before it
 * (and nothing is listed after an ANY_WORD).
 */
export function firstWords(source: string, count: 1 | 2 | 3 = 1): Set<string> | null {
  try {
    return words(parse(source), count);
  } catch (e) {
    if (e instanceof Open) return null;
    throw e;
  }
}

/** The last word of every match, where they can be listed exactly ("… (?:pills|tablets)"). */
export function lastWords(source: string): Set<string> | null {
  try {
    const reversed = [...words(reverse(parse(source)), 1)];
    if (reversed.some((w) => w.endsWith(PREFIX))) return null;
    return new Set(reversed.map((w) => [...w].reverse().join('')));
  } catch (e) {
    if (e instanceof Open) return null;
    throw e;
  }
}

function reverse(node: Node): Node {
  if (node.k === 'seq') return { k: 'seq', items: node.items.map(reverse).reverse() };
  if (node.k === 'alt') return { k: 'alt', alts: node.alts.map(reverse) };
  if (node.k === 'rep') return { ...node, node: reverse(node.node) };
  return node;
}

function words(node: Node, count: number): Set<string> {
  {
    const { pending, done } = new Walk(count).step(node, new Set(['']));
    // A match may end here: any word may follow.
    for (const p of pending) done.add(spaces(p) < count - 1 ? `${p} ${ANY_WORD}` : p);
    return done;
  }
}

interface State {
  /** Words begun but not yet ended by a space. */
  pending: Set<string>;
  /** First words already ended by a space: what follows cannot change them. */
  done: Set<string>;
}

/** Reads the words a node can add to each partial word sequence. */
class Walk {
  constructor(private readonly count: number) {}

  step(node: Node, pending: Set<string>): State {
    const done = new Set<string>();
    if (pending.size === 0) return { pending, done };
    switch (node.k) {
      case 'zero':
        return { pending, done };
      case 'chars': {
        const next = new Set<string>();
        for (const p of pending) {
          // Too many characters to list: the word is known by its start, or (just begun) is any word.
          if (node.chars === null) {
            done.add(open(p));
            continue;
          }
          const last = spaces(p) === this.count - 1;
          for (const c of node.chars) {
            if (c !== ' ') next.add(p + c);
            else if (last) done.add(p);
            else next.add(p + c);
          }
        }
        check(next, done);
        return { pending: next, done };
      }
      case 'seq': {
        let cur = pending;
        for (const item of node.items) {
          const r = this.step(item, cur);
          for (const d of r.done) done.add(d);
          cur = r.pending;
          if (cur.size === 0) break;
        }
        check(cur, done);
        return { pending: cur, done };
      }
      case 'alt': {
        const next = new Set<string>();
        for (const alt of node.alts) {
          const r = this.step(alt, pending);
          for (const d of r.done) done.add(d);
          for (const p of r.pending) next.add(p);
        }
        check(next, done);
        return { pending: next, done };
      }
      case 'rep': {
        // Every count from min to max, breadth first: a sequence reached again from the minimum on
        // adds nothing, as what can follow it was read when it was first reached.
        const next = new Set<string>(node.min === 0 ? pending : []);
        let cur = pending;
        for (let k = 1; k <= node.max && cur.size > 0; k++) {
          const r = this.step(node.node, cur);
          for (const d of r.done) done.add(d);
          if (k < node.min) {
            cur = r.pending;
            check(cur, done);
            continue;
          }
          const fresh = new Set<string>();
          for (const p of r.pending) if (!next.has(p)) fresh.add(p);
          // Still growing a little past the minimum ("f+" after "fff", "\\d+" after one digit):
          // each sequence the last round started from may go on with anything, known by its start.
          if (node.max === Infinity && k > node.min && fresh.size > 0 && (k > node.min + 2 || fresh.size > 8)) {
            for (const p of cur) done.add(open(p));
            break;
          }
          for (const p of fresh) next.add(p);
          check(next, done);
          cur = fresh;
        }
        return { pending: next, done };
      }
    }
  }
}

/** A partial sequence that may go on with anything: a first word known by its start, or any second. */
function open(p: string): string {
  if (p === '') throw new Open();
  return p.endsWith(' ') ? p + ANY_WORD : p + PREFIX;
}

function spaces(p: string): number {
  let n = 0;
  for (let i = p.indexOf(' '); i >= 0; i = p.indexOf(' ', i + 1)) n++;
  return n;
}

function check(pending: Set<string>, done: Set<string>): void {
  if (pending.size + done.size > LIMIT) throw new Open();
}

/**
 * Characters every match of the source must contain in a row ("clinic " in "(?:\w+ )?clinic on"),
 * the longest such run; '' when there is none to be sure of. A rule that can start at any word is
 * only worth trying on a text that contains it.
 */
export function requiredText(source: string): string {
  let node: Node;
  try {
    node = parse(source);
  } catch (e) {
    if (e instanceof Open) return '';
    throw e;
  }
  if (node.k !== 'seq') return '';
  let best = '';
  let run = '';
  for (const item of node.items) {
    if (item.k === 'zero') continue; // consumes nothing: the characters either side still touch
    if (item.k === 'chars' && item.chars?.length === 1) run += item.chars[0] as string;
    else run = '';
    if (run.length > best.length) best = run;
  }
  return best;
}

/**
 * Lists of words of which every match holds one, as a whole word at or after its first: for each
 * place in the source where a word must begin (after a space every match passes), the words that
 * can begin what follows ("(?:the|my) (?:\\w+ )?reports? (?:back|in)" → "report", "reports";
 * "back", "in"). Lists holding a word known only by its start are left out.
 */
export function requiredWords(source: string): Array<Set<string>> {
  let node: Node;
  try {
    node = parse(source);
  } catch (e) {
    if (e instanceof Open) return [];
    throw e;
  }
  if (node.k !== 'seq') return [];
  const out: Array<Set<string>> = [];
  // Whether every way of matching the items so far ends with a space (or has read nothing).
  let wordStart = true;
  node.items.forEach((item, i) => {
    if (i > 0 && wordStart && item.k !== 'zero') {
      try {
        const found = words({ k: 'seq', items: node.items.slice(i) }, 1);
        if (![...found].some((w) => w === '' || w.includes(PREFIX) || w.includes(ANY_WORD) || w.includes(' '))) out.push(found);
      } catch (e) {
        if (!(e instanceof Open)) throw e;
      }
    }
    wordStart = endsWithSpace(item, wordStart);
  });
  return out;
}

/** Whether every way of matching `node` ends with a space; `before`: whether what came before did. */
function endsWithSpace(node: Node, before: boolean): boolean {
  switch (node.k) {
    case 'zero':
      return before;
    case 'chars':
      return node.chars?.length === 1 && node.chars[0] === ' ';
    case 'seq':
      return node.items.reduce((b, item) => endsWithSpace(item, b), before);
    case 'alt':
      return node.alts.every((alt) => endsWithSpace(alt, before));
    case 'rep':
      // Each round must end with a space whatever came before it; no round at all leaves `before`.
      return endsWithSpace(node.node, false) && (node.min > 0 || before);
  }
}
