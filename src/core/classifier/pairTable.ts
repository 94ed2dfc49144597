/**
 * Pairs of numbers (word numbers, or a list's and a word's) to rows, probed by the two numbers: no
 * key is built to look one up (cheaper than a Map per first number, on the hot path of both readers).
 *
 * The two numbers are packed into one (first × width + second, width being one more than the
 * largest second number), and each slot holds that key and its row side by side in one array. The
 * tables are large (the word filter's hold tens of thousands of pairs) and most probes miss the
 * processor's caches: one array of key and row reads one cache line a probe where three arrays
 * (firsts, seconds, rows) read three.
 */
export class PairTable {
  /** Slot s: key at 2s (-1: empty), row at 2s + 1. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly width: number;
  private readonly firstLimit: number;

  constructor(entries: ReadonlyArray<readonly [number, number, number]>) {
    let width = 1;
    let firstLimit = 0;
    for (const [first, second] of entries) {
      if (first < 0 || second < 0) throw new Error('PairTable numbers must not be negative');
      width = Math.max(width, second + 1);
      firstLimit = Math.max(firstLimit, first + 1);
    }
    if (firstLimit * width > 0x7fffffff) throw new Error('PairTable numbers too large to pack in one key');
    this.width = width;
    this.firstLimit = firstLimit;
    // At most two thirds full: linear probing then stays within a cache line or two.
    let size = 16;
    while (size * 2 < entries.length * 3) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2).fill(-1);
    for (const [first, second, row] of entries) {
      const key = first * width + second;
      let s = slot(key) & this.mask;
      while (this.slots[2 * s] !== -1) s = (s + 1) & this.mask;
      this.slots[2 * s] = key;
      this.slots[2 * s + 1] = row;
    }
  }

  /** The pair's row, or -1. */
  row(first: number, second: number): number {
    // A number outside the entries' range has no pair (and would pack into another pair's key).
    if (second < 0 || second >= this.width || first < 0 || first >= this.firstLimit) return -1;
    const key = first * this.width + second;
    const slots = this.slots;
    for (let s = slot(key) & this.mask; ; s = (s + 1) & this.mask) {
      const k = slots[2 * s] as number;
      if (k === key) return slots[2 * s + 1] as number;
      if (k === -1) return -1;
    }
  }
}

function slot(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 0;
}
