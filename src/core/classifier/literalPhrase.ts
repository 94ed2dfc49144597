/**
 * Rules written as plain words ("weeks", "prescriptions?", "(?:the )?(?:pharmacy|chemist)") are
 * checked by comparing their few possible wordings with the text, not by running a RegExp. Each
 * RegExp is compiled to native code of its own; the word filter tries a different handful of the
 * ~1,500 per comment, so nearly every try ran cold code (a few hundred nanoseconds). A string
 * comparison runs the same warm code for every rule.
 */

/** At most this many wordings: a longer list is left to its RegExp. */
const LIMIT = 32;

/**
 * Every text the source can match, in the order a RegExp tries them (a greedy "?" tries the text
 * with its part first), or null if the source holds anything but lower-case letters, digits,
 * single spaces inside a wording, groups, "|" and a greedy "?", or has more than LIMIT wordings.
 */
export function literalWordings(source: string): string[] | null {
  const reader = new Reader(source);
  const out = reader.alternation();
  if (out === null || reader.i !== source.length) return null;
  for (const w of out) if (w === '' || w.startsWith(' ') || w.endsWith(' ') || w.includes('  ')) return null;
  return out;
}

/**
 * Where the phrase at text[at] (a space, then one of `wordings` followed by a space or the end)
 * ends, or -1: what RegExp(" (?:source)(?= |$)", "y") at `at` gives as lastIndex, the first
 * wording that fits being the one it would have found.
 */
export function literalEnd(wordings: readonly string[], text: string, at: number): number {
  if (text.charCodeAt(at) !== 32) return -1;
  for (let j = 0; j < wordings.length; j++) {
    const w = wordings[j] as string;
    if (!text.startsWith(w, at + 1)) continue;
    const end = at + 1 + w.length;
    if (end === text.length || text.charCodeAt(end) === 32) return end;
  }
  return -1;
}

class Reader {
  i = 0;
  constructor(private readonly s: string) {}

  alternation(): string[] | null {
    const out: string[] = [];
    for (;;) {
      const seq = this.sequence();
      if (seq === null) return null;
      out.push(...seq);
      if (out.length > LIMIT) return null;
      if (this.s[this.i] !== '|') return out;
      this.i++;
    }
  }

  private sequence(): string[] | null {
    let out = [''];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      let part = this.atom();
      if (part === null) return null;
      if (this.s[this.i] === '?') {
        this.i++;
        if (this.s[this.i] === '?' || part.includes('')) return null; // lazy, or optional twice over
        part = [...part, ''];
      }
      const next: string[] = [];
      for (const a of out) for (const b of part) next.push(a + b);
      if (next.length > LIMIT) return null;
      out = next;
    }
    return out;
  }

  private atom(): string[] | null {
    const c = this.s[this.i];
    if (c === undefined) return null;
    if (c === '(') {
      if (!this.s.startsWith('(?:', this.i)) return null;
      this.i += 3;
      const inner = this.alternation();
      if (inner === null || this.s[this.i] !== ')') return null;
      this.i++;
      return inner;
    }
    if (!/[a-z0-9 ]/.test(c)) return null;
    this.i++;
    return [c];
  }
}
