import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// Session 8, from the unsealed blind sets (reworded): clapping beside a grievance, and thanks for
// the distress the practice caused.
const SARCASTIC = [
  'Five weeks for a smear appointment. Amazing work 👏👏',
  'a text saying my bloods need discussing and no one to ring till Monday. thanks for the sleepless night',
];

// Clapping that is plain praise, even beside a word that can read as a wait.
const PRAISE = [
  'Flu clinic was so well run today, in and out in ten minutes. Thanks everyone 👏',
  'call back came within the hour, credit where it is due 👏',
];

describe('sarcasm (session 8)', () => {
  test.each(SARCASTIC)('%s', (text) => {
    expect(tagsOf(text)).toContain('complaint');
    expect(tagsOf(text)).not.toContain('praise');
  });
  test.each(PRAISE)('praise: %s', (text) => {
    expect(tagsOf(text)).toContain('praise');
    expect(tagsOf(text)).not.toContain('complaint');
  });
});
