import { describe, expect, it } from 'vitest';
import { hashStep, Vocabulary } from '../../../src/core/classifier/vocabulary.ts';

/** find() as its callers use it: the word's characters hashed as they are read. */
function findIn(v: Vocabulary, text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return v.find(text, start, end, h);
}

describe('Vocabulary', () => {
  it('finds each word by its characters in a text, and no other word', () => {
    const v = new Vocabulary();
    const words = ['a', 'an', 'appointment', 'appointments', 'é', 'x'.repeat(40)];
    words.forEach((w, i) => expect(v.add(w)).toBe(i));
    expect(v.add('an')).toBe(1);
    v.freeze();
    const text = ` ${words.join(' ')} ap appointmentz `;
    let start = 1;
    words.forEach((w, i) => {
      expect(findIn(v, text, start, start + w.length)).toBe(i);
      start += w.length + 1;
    });
    expect(findIn(v, text, start, start + 2)).toBe(-1);
    expect(findIn(v, text, start + 3, start + 15)).toBe(-1);
    expect(findIn(new Vocabulary(), 'a', 0, 1)).toBe(-1);
  });

  it('tells apart words whose hashes are equal', () => {
    // "Aa" and "BB" hash alike with a multiplier of 31.
    const v = new Vocabulary();
    v.add('Aa');
    v.add('BB');
    v.freeze();
    expect(findIn(v, 'BB', 0, 2)).toBe(1);
    expect(findIn(v, 'Aa', 0, 2)).toBe(0);
    expect(findIn(v, 'Ab', 0, 2)).toBe(-1);
  });
});
