import { describe, expect, it } from 'vitest';
import { PairTable } from '../../../src/core/classifier/pairTable.ts';

describe('PairTable', () => {
  it('finds each pair it was given and no other, whatever the order of the two numbers', () => {
    const entries: Array<[number, number, number]> = [];
    for (let a = 0; a < 40; a++) for (let b = 0; b < 40; b += 3) entries.push([a, b, a * 100 + b]);
    const table = new PairTable(entries);
    for (const [a, b, row] of entries) expect(table.row(a, b)).toBe(row);
    expect(table.row(1, 2)).toBe(-1);
    expect(table.row(3, 0)).toBe(300);
    expect(table.row(0, 3)).toBe(3);
    expect(table.row(5, -1)).toBe(-1);
    expect(new PairTable([]).row(0, 0)).toBe(-1);
  });

  it('tells apart numbers beyond those it holds, which pack like other pairs', () => {
    // Keys pack as first × 10 + second here (the largest second is 9): (0, 12) would pack as (1, 2).
    const table = new PairTable([
      [1, 2, 7],
      [0, 9, 8],
    ]);
    expect(table.row(1, 2)).toBe(7);
    expect(table.row(0, 12)).toBe(-1);
    expect(table.row(2, 0)).toBe(-1);
    expect(table.row(-1, 12)).toBe(-1);
    expect(table.row(0, 9)).toBe(8);
  });
});
