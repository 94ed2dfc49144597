import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';

const tags = (text: string): string[] => classify(text).tags.map((t) => t.id);

// Session 9's probe round of praise in complaint words, reworded: the product promises praise is
// never a complaint.
const PRAISE_ONLY = [
  'had to wait half an hour past my slot but the wait was worth it, she took her time with me',
  'scarily efficient, rang at 8 and had a call back by 9',
  'I hate to say it but I was wrong about this place, you lot proved me wrong',
  'thought I would hate the new online form but it was dead easy',
  'got no beef with this surgery at all, solid',
  'we move away next month, going to miss this practice',
  'he never makes me feel like Im wasting his time',
  'my little lad didnt even cry at his jabs, the nurse was magic',
  'the receptionists have been unreal with me this month',
  'nurse 5/5, doctor 5/5, reception 5/5',
  'top drawer, pleasantly surprised',
  'the only GP my dad has ever trusted',
  'got through on the second ring this morning, cracking',
  // A second round, written after the shapes above (13 of 90 praise-only tagged complaint on first
  // reading), reworded.
  'not once in eight years have I been made to feel rushed there',
  'mad how quick the call back was, didnt even have time to finish my tea',
  'moved here from a practice that was hopeless, this lot, never any bother',
  'dont get all the moaning on here, theyve been spot on with me',
  'was going to leave a stinking review after the wait but the doctor was brilliant',
  'gobsmacked at how kind the nurse was',
  'I turned up at the wrong surgery on the wrong day and they still fitted me in, thank you',
  'nothing wrong with this practice at all, some folk just love a moan',
];

// Defending the staff quotes their critics: neither a complaint nor, always, praise.
const DEFENCES = ['whoever says the staff are rude has never watched them on a Monday morning', 'anyone saying this surgery doesnt care hasnt met the nurses'];

// …and what still is a complaint beside the same words.
const STILL_COMPLAINTS = [
  'lovely nurse, awful attitude from the practice manager',
  "nowt wrong with the doctors, it's getting in to see one that's the problem",
  'the receptionist was rude and the wait was shocking',
  'people saying the reception staff are rude are right, they were awful with me',
  'waited 40 minutes past my slot and nobody said a word',
  'shockingly bad service again',
];

describe('praise in complaint words (session 9)', () => {
  test.each(PRAISE_ONLY)('praise, not a complaint: %s', (text) => {
    const got = tags(text);
    expect(got).toContain('praise');
    expect(got).not.toContain('complaint');
  });
  test.each(DEFENCES)('not a complaint: %s', (text) => {
    expect(tags(text)).not.toContain('complaint');
  });
  test.each(STILL_COMPLAINTS)('still a complaint: %s', (text) => {
    expect(tags(text)).toContain('complaint');
  });
});
