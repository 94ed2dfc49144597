/**
 * Which characters can begin a match of a regular-expression source. The word filter files the
 * rules whose first word it cannot list under these (see wordFilter.ts). Conservative: when
 * unsure it answers "any character" (null), which only costs speed, never a missed phrase.
 */
interface Info {
  set: Set<number> | null; // null: any character
  nullable: boolean; // can match the empty string
}

const DIGITS = Array.from({ length: 10 }, (_, i) => 48 + i);

/** Splits a pattern at its top-level '|' (not inside groups or character classes). */
export function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

export function firstChars(source: string): Set<number> | null {
  const parser = new Parser(source);
  const info = parser.alternation();
  if (parser.i !== source.length) return null;
  return info.nullable ? null : info.set;
}

function union(a: Set<number> | null, b: Set<number> | null): Set<number> | null {
  if (a === null || b === null) return null;
  const out = new Set(a);
  for (const c of b) out.add(c);
  return out;
}

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  alternation(): Info {
    let info = this.sequence();
    while (this.s[this.i] === '|') {
      this.i++;
      const next = this.sequence();
      info = { set: union(info.set, next.set), nullable: info.nullable || next.nullable };
    }
    return info;
  }

  private sequence(): Info {
    let set: Set<number> | null = new Set();
    let nullable = true;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const optional = this.quantifier();
      if (atom === 'zero-width') continue;
      if (nullable) set = union(set, atom.set);
      if (!(atom.nullable || optional)) nullable = false;
    }
    return { set, nullable };
  }

  /** Reads a quantifier if there is one; true when it allows zero repetitions. */
  private quantifier(): boolean {
    const c = this.s[this.i];
    let optional = false;
    if (c === '?' || c === '*') {
      optional = true;
      this.i++;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      const close = this.s.indexOf('}', this.i);
      const min = Number.parseInt(this.s.slice(this.i + 1, close), 10);
      optional = !(min > 0);
      this.i = close + 1;
    } else return false;
    if (this.s[this.i] === '?') this.i++; // lazy
    return optional;
  }

  private atom(): Info | 'zero-width' {
    const s = this.s;
    const c = s[this.i] as string;
    if (c === '(') {
      const lookaround = s.startsWith('(?=', this.i) || s.startsWith('(?!', this.i) || s.startsWith('(?<=', this.i) || s.startsWith('(?<!', this.i);
      this.i += lookaround ? (s[this.i + 2] === '<' ? 4 : 3) : s.startsWith('(?:', this.i) ? 3 : 1;
      const inner = this.alternation();
      this.i++; // ')'
      return lookaround ? 'zero-width' : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = s[this.i + 1] as string;
      this.i += 2;
      if (e === 'b' || e === 'B') return 'zero-width';
      if (e === 'd') return { set: new Set(DIGITS), nullable: false };
      if (/[wWsSDnrtvf0-9pPuxck]/.test(e)) return { set: null, nullable: false };
      return { set: new Set([e.charCodeAt(0)]), nullable: false };
    }
    this.i++;
    if (c === '^' || c === '$') return 'zero-width';
    if (c === '.') return { set: null, nullable: false };
    return { set: new Set([c.charCodeAt(0)]), nullable: false };
  }

  private charClass(): Info {
    const s = this.s;
    this.i++;
    if (s[this.i] === '^') {
      while (s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { set: null, nullable: false };
    }
    const set = new Set<number>();
    let any = false;
    while (s[this.i] !== ']') {
      if (s[this.i] === '\\') {
        const e = s[this.i + 1] as string;
        this.i += 2;
        if (e === 'd') DIGITS.forEach((d) => set.add(d));
        else if (/[wWsSD]/.test(e)) any = true;
        else set.add(e.charCodeAt(0));
        continue;
      }
      const code = s.charCodeAt(this.i);
      this.i++;
      if (s[this.i] === '-' && s[this.i + 1] !== ']') {
        const end = s.charCodeAt(this.i + 1);
        this.i += 2;
        for (let x = code; x <= end; x++) set.add(x);
      } else set.add(code);
    }
    this.i++;
    return { set: any ? null : set, nullable: false };
  }
}
