/**
 * Which words a regular-expression source can begin a match with, where they are a finite list:
 * "(?:very |so )?poor(?!ly)" → "very", "so", "poor". The dispatcher reads it to skip, without
 * running any expression, the words at which no rule can match (see wordFilter.ts).
 *
 * Rules are matched as whole words, so what a match holds before its first space (all of it if it
 * has none) is the text's word where it starts, and likewise for the second word. The answer is
 * exact or null (unknown: \w+, ".", a negated class, an unbounded repeat or too many words), never
 * a list that misses a word. Lookarounds are skipped: they only ever remove matches, so the words
 * without them are a superset.
 */

type Node =
  | { k: 'chars'; chars: string[] | null } // null: too many to list (\w, ".", [^…])
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; alts: Node[] }
  | { k: 'rep'; node: Node; min: number; max: number }
  | { k: 'zero' };

/** The most word sequences (whole or partial) a rule may have before it counts as open-ended. */
const LIMIT = 2000;

/** Stands for "any word" in the second place: "not \0" is "not" followed by anything. */
export const ANY_WORD = '\0';
/**
 * Ends a word known only by its start: "frustrat\u0001" for "frustrat\\w*" (then any second word),
 * "in 2\u0001" for "in 2\\d+".
 */
export const PREFIX = '\u0001';

class Open extends Error {}

/**
 * The first word of every match, or with `count` 2 its first two words ("not bad"), where the
 * second is ANY_WORD when it cannot be listed or the match may end after the first word.
 */
export function firstWords(source: string, count: 1 | 2 = 1): Set<string> | null {
  try {
    const parser = new Parser(source);
    const node = parser.alternation();
    if (parser.i !== source.length) return null;
    return words(node, count);
  } catch (e) {
    if (e instanceof Open) return null;
    throw e;
  }
}

/** The last word of every match, where they can be listed exactly ("… (?:pills|tablets)"). */
export function lastWords(source: string): Set<string> | null {
  try {
    const parser = new Parser(source);
    const node = parser.alternation();
    if (parser.i !== source.length) return null;
    const reversed = [...words(reverse(node), 1)];
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
    for (const p of pending) done.add(count === 2 && !p.includes(' ') ? `${p} ${ANY_WORD}` : p);
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
          const space = p.lastIndexOf(' ');
          // Too many characters to list: the first word is known by its start, a second is any word.
          if (node.chars === null) {
            done.add(open(p));
            continue;
          }
          const last = space >= 0 || this.count === 1;
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

function check(pending: Set<string>, done: Set<string>): void {
  if (pending.size + done.size > LIMIT) throw new Open();
}

const DIGITS = '0123456789'.split('');

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  alternation(): Node {
    const alts = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? (alts[0] as Node) : { k: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { k: 'seq', items };
  }

  private quantified(node: Node): Node {
    const s = this.s;
    const c = s[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(s.slice(this.i))) {
      const close = s.indexOf('}', this.i);
      const [a, b] = s.slice(this.i + 1, close).split(',');
      min = Number(a);
      max = b === undefined ? min : b === '' ? Infinity : Number(b);
      this.i = close;
    } else return node;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: the same words, tried in another order
    return { k: 'rep', node, min, max };
  }

  private atom(): Node {
    const s = this.s;
    const c = s[this.i] as string;
    if (c === '(') {
      const look = /^\(\?<?[=!]/.exec(s.slice(this.i, this.i + 4));
      if (look) this.i += look[0].length;
      else if (s.startsWith('(?:', this.i)) this.i += 3;
      else if (s.startsWith('(?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      else if (s[this.i + 1] === '?') throw new Open();
      else this.i++;
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Open();
      this.i++;
      return look ? { k: 'zero' } : inner;
    }
    if (c === '[') return this.charClass();
    this.i++;
    if (c === '\\') return this.escape(false) ?? { k: 'zero' };
    if (c === '^' || c === '$') return { k: 'zero' };
    if (c === '.') return { k: 'chars', chars: null };
    return { k: 'chars', chars: [c] };
  }

  /** After a backslash: the characters it stands for, null for \b and \B (outside a class). */
  private escape(inClass: boolean): Node | null {
    const e = this.s[this.i++] as string;
    if (!inClass && (e === 'b' || e === 'B')) return null;
    if (e === 'd') return { k: 'chars', chars: DIGITS };
    const control: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f' };
    if (control[e] !== undefined) return { k: 'chars', chars: [control[e]] };
    if (e === 'x' || e === 'u') {
      const hex = /^[0-9a-fA-F]{2}|^[0-9a-fA-F]{4}/.exec(this.s.slice(this.i, this.i + (e === 'x' ? 2 : 4)));
      if (!hex || hex[0].length !== (e === 'x' ? 2 : 4)) throw new Open();
      this.i += hex[0].length;
      return { k: 'chars', chars: [String.fromCharCode(Number.parseInt(hex[0], 16))] };
    }
    // Letter and digit escapes (\w, \s, back-references…) stand for too much to list; the rest
    // are literal. Their match is open-ended only if a first word is still being read there.
    if (/[A-Za-z0-9]/.test(e)) return { k: 'chars', chars: null };
    return { k: 'chars', chars: [e] };
  }

  private charClass(): Node {
    const s = this.s;
    this.i++;
    const chars = new Set<string>();
    let open = s[this.i] === '^';
    while (s[this.i] !== ']') {
      if (this.i >= s.length) throw new Open();
      let from: string;
      if (s[this.i] === '\\') {
        this.i++;
        const node = this.escape(true);
        if (node?.k !== 'chars') throw new Open();
        if (node.chars === null) {
          open = true;
          continue;
        }
        if (node.chars.length > 1) {
          node.chars.forEach((x) => chars.add(x));
          continue;
        }
        from = node.chars[0] as string;
      } else from = s[this.i++] as string;
      if (s[this.i] === '-' && s[this.i + 1] !== ']') {
        this.i++;
        let to = s[this.i++] as string;
        if (to === '\\') {
          const node = this.escape(true);
          if (node?.k !== 'chars' || node.chars?.length !== 1) throw new Open();
          to = node.chars[0] as string;
        }
        const a = from.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a > 255) open = true;
        else for (let x = a; x <= b; x++) chars.add(String.fromCharCode(x));
      } else chars.add(from);
    }
    this.i++;
    return { k: 'chars', chars: open ? null : [...chars] };
  }
}

/**
 * Characters every match of the source must contain in a row ("clinic " in "(?:\w+ )?clinic on"),
 * the longest such run; '' when there is none to be sure of. A rule that can start at any word is
 * only worth trying on a text that contains it.
 */
export function requiredText(source: string): string {
  let node: Node;
  try {
    const parser = new Parser(source);
    node = parser.alternation();
    if (parser.i !== source.length) return '';
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
