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

// A closing "not" after a verb denies the praise to something else: both readings. A bare closing
// "not" is still sarcasm, and takes the praise back.
describe('a closing "not"', () => {
  test.each(['The nurses are lovely. The phone system is not', 'Reception is fab, the online booking is not'])('%s', (text) => {
    expect(tagsOf(text)).toEqual(expect.arrayContaining(['praise', 'complaint']));
  });
  test('great service… not', () => {
    const tags = tagsOf('Great service as always. NOT');
    expect(tags).toContain('complaint');
    expect(tags).not.toContain('praise');
  });
});

// Survey answers probed in new wording: each was untagged or an appointment only before.
describe('survey grievances without a complaint word', () => {
  test.each(['Was not offered an appointment at all', 'The GP was running over an hour late', 'Only got a telephone consultation instead of seeing someone'])('%s', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });
  test.each(["I'm running 10 mins late for my appointment, will I still be seen?", 'Can I have a phone call instead of face to face tomorrow?'])('not a complaint: %s', (text) => {
    expect(tagsOf(text)).not.toContain('complaint');
  });
});

// A swear word as the intensifier of praise is not hostile language aimed at anyone.
describe('profanity that praises', () => {
  test.each(['f***ing amazing nurse, thank you so much', 'Fucking brilliant service today, sorry for the language'])('%s', (text) => {
    expect(tagsOf(text)).toEqual(['praise']);
  });
  test.each(['fucking useless the lot of you', 'what a f***ing joke this place is'])('still abuse: %s', (text) => {
    expect(tagsOf(text)).toContain('abuse');
  });
});

// Too few appointments is availability, so an appointment matter as well as a complaint (DESIGN:
// "also when phrased as a complaint"); the negation rules used to cut it out as a complaint only.
describe('too few appointments', () => {
  test.each(['There are never enough appointments', 'not enough appointments for people who work'])('%s', (text) => {
    expect(tagsOf(text)).toEqual(expect.arrayContaining(['complaint', 'appointment']));
  });
});
