/**
 * A fixed list of words, each with a number, found in a text by reading its characters: the
 * caller hashes a word's characters as it reads them (hashStep) and asks find() with the hash, so
 * no string is cut out of the text and none is hashed twice. An open-addressing table in a typed
 * array: most words of a comment are looked up, and a Map of strings costs several times more.
 */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}

export class Vocabulary {
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  /**
   * Slot s: a word's hash at 2s and its number + 1 at 2s + 1 (0: empty). The hash beside the
   * number tells most probes apart in the cache line the probe reads anyway.
   */
  private slots = new Int32Array(0);
  /** The words' characters one after another, word n from offsets[n] to offsets[n + 1]: read without visiting a string. */
  private chars = new Uint16Array(0);
  private offsets = new Int32Array(1);
  private mask = -1;

  /** The word's number, adding it if new (before freeze()). */
  add(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  /** The word's number, or -1. */
  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** Builds the table; find() answers only after this. */
  freeze(): void {
    let size = 16;
    while (size < this.words.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.offsets = new Int32Array(this.words.length + 1);
    this.chars = new Uint16Array(this.words.reduce((n, w) => n + w.length, 0));
    let at = 0;
    this.words.forEach((word, id) => {
      this.offsets[id] = at;
      for (let i = 0; i < word.length; i++) this.chars[at++] = word.charCodeAt(i);
      const h = hashOf(word);
      let s = mix(h) & this.mask;
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = h;
      this.slots[2 * s + 1] = id + 1;
    });
    this.offsets[this.words.length] = at;
  }

  /** The number of the word text[start, end), whose characters hash to `h`, or -1. */
  find(text: string, start: number, end: number, h: number): number {
    if (this.mask < 0) return -1;
    const { slots, chars, offsets, mask } = this;
    for (let s = mix(h) & mask; ; s = (s + 1) & mask) {
      const id = (slots[2 * s + 1] as number) - 1;
      if (id < 0) return -1;
      if (slots[2 * s] !== h) continue;
      const from = offsets[id] as number;
      if ((offsets[id + 1] as number) - from !== end - start) continue;
      let i = 0;
      while (start + i < end && chars[from + i] === text.charCodeAt(start + i)) i++;
      if (start + i === end) return id;
    }
  }
}
