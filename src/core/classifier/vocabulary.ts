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
  private slots = new Int32Array(0);
  /** Each word's hash, by number: most probes are told apart by it without reading characters. */
  private hashes = new Int32Array(0);
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
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(this.words.length);
    this.mask = size - 1;
    this.words.forEach((word, id) => {
      this.hashes[id] = hashOf(word);
      let s = mix(hashOf(word)) & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = id + 1;
    });
  }

  /** The number of the word text[start, end), whose characters hash to `h`, or -1. */
  find(text: string, start: number, end: number, h: number): number {
    if (this.mask < 0) return -1;
    const { slots, hashes, mask } = this;
    for (let s = mix(h) & mask; ; s = (s + 1) & mask) {
      const slot = slots[s] as number;
      if (slot === 0) return -1;
      if (hashes[slot - 1] !== h) continue;
      const word = this.words[slot - 1] as string;
      if (word.length !== end - start) continue;
      let i = 0;
      while (i < word.length && word.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === word.length) return slot - 1;
    }
  }
}
