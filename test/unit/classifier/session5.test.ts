import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// Praise for one thing and a fault named in another clause, with no "but" between them: both
// readings stand. Before, the tie went to praise and the fault was lost (reworded from train6,
// train9 and train11).
const PRAISE_AND_FAULT = [
  'lovely nurse, dreadful phones',
  'Great doctor. Reception were so rude',
  'The GP was brilliant; admin is a shambles',
  'Kind nurses, shocking wait',
];

// The same shape with no fault named in the second clause stays praise alone.
const PRAISE_ONLY = ['Lovely nurse, quick appointment', 'Great doctor. Waited a while but worth it', 'Dreaded ringing, expected the worst, got a lovely lady who sorted everything'];

describe('praise and a fault side by side', () => {
  test.each(PRAISE_AND_FAULT)('%s', (text) => {
    expect(tagsOf(text)).toEqual(expect.arrayContaining(['praise', 'complaint']));
  });
  test.each(PRAISE_ONLY)('%s', (text) => {
    expect(tagsOf(text)).not.toContain('complaint');
  });
});
