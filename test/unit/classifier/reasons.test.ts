import { describe, expect, test } from 'vitest';
import { pickReasons, type Found } from '../../../src/core/classifier/reasons.ts';

describe('the reasons shown for a tag', () => {
  test('leave out phrases weighed against it', () => {
    const found: Found[] = [
      [1, 'mentions ', 'lost my referral letter'],
      [-1, 'mentions ', 'hospital lost'],
      [0.6, 'mentions ', 'typical'],
    ];
    expect(pickReasons(found)).toEqual(["mentions 'lost my referral letter'", "mentions 'typical'"]);
  });

  test('show a phrase for the tag even where a longer one against it holds its words', () => {
    const found: Found[] = [
      [-1, 'mentions ', 'please do make a formal complaint'],
      [1, 'mentions ', 'make a formal complaint'],
    ];
    expect(pickReasons(found)).toEqual(["mentions 'make a formal complaint'"]);
  });

  test('keep the strongest three, the fullest wording of each', () => {
    const found: Found[] = [
      [0.5, 'mentions ', 'any appts'],
      [1, 'mentions ', 'there any appts'],
      [0.8, 'mentions ', 'on hold'],
      [0.7, 'mentions ', 'rang'],
      [0.6, 'mentions ', '8am'],
    ];
    expect(pickReasons(found)).toEqual(["mentions 'there any appts'", "mentions 'on hold'", "mentions 'rang'"]);
  });
});
