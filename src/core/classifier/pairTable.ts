/**
 * Pairs of numbers (word numbers, or a list's and a word's) to rows, probed by the two numbers: no
 * key is built to look one up (cheaper than a Map per first number, on the hot path of both readers).
 */
export class PairTable {
  private readonly firsts: Int32Array;
  private readonly seconds: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(entries: ReadonlyArray<readonly [number, number, number]>) {
    let size = 16;
    while (size < entries.length * 2) size *= 2;
    this.mask = size - 1;
    this.firsts = new Int32Array(size).fill(-1);
    this.seconds = new Int32Array(size);
    this.rows = new Int32Array(size);
    for (const [first, second, row] of entries) {
      let s = slot(first, second) & this.mask;
      while (this.firsts[s] !== -1) s = (s + 1) & this.mask;
      this.firsts[s] = first;
      this.seconds[s] = second;
      this.rows[s] = row;
    }
  }

  /** The pair's row, or -1. */
  row(first: number, second: number): number {
    for (let s = slot(first, second) & this.mask; ; s = (s + 1) & this.mask) {
      const f = this.firsts[s] as number;
      if (f === -1) return -1;
      if (f === first && this.seconds[s] === second) return this.rows[s] as number;
    }
  }
}

function slot(first: number, second: number): number {
  const h = Math.imul(first, 0x9e3779b1) ^ second;
  return Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 0;
}
