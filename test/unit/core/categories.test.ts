import { describe, expect, it } from 'vitest';
import { byRank, CATEGORY_IDS, CATEGORY_META, isCategoryId } from '../../../src/core/categories.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('categories', () => {
  it.each(CATEGORY_IDS)('%s has a label, an icon and text colours with at least 4.5:1 contrast', (id) => {
    const meta = CATEGORY_META[id];
    expect(meta.label.length).toBeGreaterThan(0);
    expect(meta.icon.length).toBeGreaterThan(0);
    expect(contrast(meta.background, meta.foreground)).toBeGreaterThanOrEqual(4.5);
  });

  it('ranks urgent first, then complaints, then appointments', () => {
    expect([...CATEGORY_IDS].reverse().sort(byRank).slice(0, 3)).toEqual(['urgent', 'complaint', 'appointment']);
  });

  it('tells category ids from anything else', () => {
    expect(isCategoryId('personal_data')).toBe(true);
    expect(isCategoryId('Complaint')).toBe(false);
    expect(isCategoryId(undefined)).toBe(false);
  });
});
