import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// A delay excused in the same breath: "not his fault", "but no problem", "they apologised".
// Reworded from survey7, train6 and train17.
const EXCUSED_DELAY = [
  'Surgery was running 20 minutes behind but the receptionist apologised straight away',
  'Had to wait 10 minutes but no problem at all',
];

// A wait somewhere else (111, A&E, another practice), held up against this one.
// Reworded from train10 and train16.
const WAIT_ELSEWHERE = [
  'Out of hours kept me on hold for 90 minutes. You rang me back within the hour.',
  "My nan's surgery has a 5 week wait for anything, so glad we're with you",
  'My neighbour has been waiting weeks at her surgery, I got in the same day here',
];

// Standing up for the staff against other commenters, or a claim about the practice put down.
// Reworded from dev11, train8, train16 and train18.
const DEFENDING_THE_STAFF = [
  'Such a shame about the nasty comments on here.',
  'Gutted to read some of the negative comments on this post',
  'Anyone who says this surgery never answers the phone clearly hasnt rung recently',
  'The nurses deserve better than the names they get called on here',
];

// A complaint given up or dealt with well; through at the first try; care that followed up.
// Reworded from survey6, train2, train6, train12 and train16.
const GIVEN_UP_OR_SORTED = [
  'How you dealt with my complaint was spot on. I was absolutely fuming at the time',
  'got through first go today, number 4 in the queue',
  'She followed it up with a call the next week',
];

// Praise beside a fault told in a clause of its own: a fault word newly read ("seemed distracted",
// "short with me", "like a cattle market", "stressful") or the blame put on one part ("it's the
// management", "it's the getting one bit", "no one else here listens"). Reworded from dev6, survey6,
// train11, train16 and train17.
const PRAISE_AND_FAULT = [
  'Nurses lovely. Reception like a zoo on a Monday',
  'GP brilliant, the phone queue is stressful',
  'Nurse kind, doctor seemed distracted the whole time',
  "The doctors are sound. It's the admin",
  'Dr Jones lovely, receptionist really short with me',
  'GP was excellent, the receptionist could be a lot friendlier',
  "The doctors are great once you get one. It's the getting one bit",
  "Dr Khan is the best doctor we've ever had. Wish we could clone him, no one else here listens",
  "Couldn't fault the nurse. Could fault pretty much everything else",
];

// The verdict of a survey answer without a verb ("staff helpful"), and glad news ("great to see").
// Reworded from survey7, train9, train12 and train17.
const VERBLESS_PRAISE = ['staff helpful', 'Reception staff friendly even though it was heaving', 'Great to see the new defibrillator outside the surgery'];

// Praise whose words read like a complaint: calm that lasted "the whole time", "non judgemental",
// liking how something is done, dread of needles, a bad time that is over. Reworded from dev8,
// survey7, train2 and train17.
const PRAISE_IN_COMPLAINT_WORDS = [
  'The nurse was so calm the whole time, my daughter hardly noticed',
  'Dr Singh was totally non judgmental about my weight',
  'I like that you can still ring up and book with a real person if you dont have a smartphone',
];

// Complaints that read like praise: praise for what is over, thanks refused, a complaint brought in
// with "I don't want to make a fuss". Reworded from dev9, train14 and train16.
const COMPLAINT_NOT_PRAISE = [
  "I don't want to make a fuss but nobody has replied to my email in three weeks",
  'We used to recommend this practice to all our friends. Not any more',
  "My dad's fine now but no thanks to the locum who sent him home",
];

// Neither praise nor a complaint: "not a moan, just…" before a question, blame lifted from the staff.
// Reworded from dev8, train10, train15 and train16.
const NOT_PRAISE = [
  'Not a moan really, just wondering why the phone menu has so many options',
  'Its not the nurses fault there arent enough of them',
  "Honestly the government should be ashamed of what they've done to the NHS. Not your fault",
  "It isn't the nurses fault there aren't enough appointments",
];

// Short staffing told as the staff's excuse, and a quick call back. Reworded from survey8 and train17.
const STAFF_EXCUSED = ['Staff are trying their best with not enough GPs', 'Filled in the online form at 8, got a call back in half an hour'];

describe('praise and complaints told apart', () => {
  test.each([...EXCUSED_DELAY, ...WAIT_ELSEWHERE, ...DEFENDING_THE_STAFF, ...GIVEN_UP_OR_SORTED, ...PRAISE_IN_COMPLAINT_WORDS, ...NOT_PRAISE, ...STAFF_EXCUSED])('%s', (text) => {
    expect(tagsOf(text)).not.toContain('complaint');
  });
  test.each([...EXCUSED_DELAY, WAIT_ELSEWHERE[0] as string, ...DEFENDING_THE_STAFF.slice(0, 2), ...GIVEN_UP_OR_SORTED, ...PRAISE_IN_COMPLAINT_WORDS])('%s is praise', (text) => {
    expect(tagsOf(text)).toContain('praise');
  });
  test.each(PRAISE_AND_FAULT)('%s is praise and a complaint', (text) => {
    expect(tagsOf(text)).toEqual(expect.arrayContaining(['praise', 'complaint']));
  });
  test.each(VERBLESS_PRAISE)('%s is praise', (text) => {
    expect(tagsOf(text)).toContain('praise');
  });
  test.each(COMPLAINT_NOT_PRAISE)('%s is a complaint, not praise', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('complaint');
    expect(tags).not.toContain('praise');
  });
  test.each(NOT_PRAISE)('%s is not praise', (text) => {
    expect(tagsOf(text)).not.toContain('praise');
  });
});
