/**
 * A small reader of regular-expression sources, for working out what the rules can match (see
 * firstWords.ts): characters, sequences, alternatives and repeats. Lookarounds, \b, ^ and $ read
 * as matching nothing; what it cannot list (\w, ".", [^…], back-references) as any character.
 */
export type Node =
  | { k: 'chars'; chars: string[] | null } // null: too many to list (\w, ".", [^…])
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; alts: Node[] }
  | { k: 'rep'; node: Node; min: number; max: number }
  | { k: 'zero' };

/** Thrown for what cannot be read, or (firstWords.ts) for a match too open to list. */
export class Open extends Error {}

/** The source's syntax tree; throws Open when it cannot read it all. */
export function parse(source: string): Node {
  const parser = new Parser(source);
  const node = parser.alternation();
  if (parser.i !== source.length) throw new Open();
  return node;
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

