import { describe, expect, test } from 'vitest';
import { classify, readByRules } from '../../../src/core/classifier/index.ts';

const tags = (text: string): string[] => classify(text).tags.map((t) => t.id);

// Session 10: shapes from dev19, dev20 and survey14 once they were unsealed and read (each had been
// scored blind twice), reworded. Complaints the lists lacked, read by the rules.
const COMPLAINTS = [
  'they never call you back when they promise to',
  "the girl on the desk wouldn't let me speak to a nurse",
  'maybe follow your own advice about the heat and open a window',
  "online booking hasn't worked for me once since the summer",
  'the website says one thing and the recorded message says another',
  'a letter would have been nice before you cancelled the clinic',
  'I told her I was in pain and the receptionist just laughed',
  'this new triage thing is a massive step backwards',
  "not everyone is on social media you know, my dad had no idea",
  "couldn't wait any longer so I paid at the chemist",
  "wouldn't it be nice if the phones were answered before 9",
];

const NOT_COMPLAINTS = [
  // A question about going private, not having gone.
  'do you do ear syringing or do I need to go private for it',
  // Feeling ill is not a grievance.
  'bloods were all normal but I still feel rubbish, what next',
  // Welcoming a change: not an answer asking for more.
  'good to see more nurses being taken on',
  'great to hear you have more appointments on Saturdays',
];

describe('plain complaints of an ordinary month (session 10)', () => {
  test.each(COMPLAINTS)('complaint: %s', (text) => {
    expect(readByRules(text).tags).toContain('complaint');
  });
  test.each(NOT_COMPLAINTS)('not a complaint: %s', (text) => {
    expect(tags(text)).not.toContain('complaint');
  });
});

const PRAISE = [
  'good on you for putting this up',
  'the dispensary girls are absolute stars',
  'bit brusque but she really knew her stuff',
  'the kindest nurse I have ever met',
  'enjoy your retirement Dr Hughes, you have well earned it',
  'good to see the surgery listening to patients for once',
  'your winter tips are really useful, thank you',
  'results came back fine, thanks for letting me know so quickly',
  'great to see more appointments being offered 👏',
];

describe('praise the lists lacked (session 10)', () => {
  test.each(PRAISE)('praise: %s', (text) => {
    expect(tags(text)).toContain('praise');
    expect(tags(text)).not.toContain('complaint');
  });
  test('"it would be really useful if" is a suggestion, not praise', () => {
    expect(tags('it would be really useful if you put the hours on the door')).not.toContain('praise');
  });
});

// Chasing results by phone is about results, not being seen; asking to book about them still is.
describe('results chased by phone', () => {
  test.each([
    'three weeks and still no call back about my scan results',
    'been trying to get through all week to get my blood results',
    'could someone ring me with my x ray results please',
  ])('results, not appointment: %s', (text) => {
    expect(tags(text)).toContain('results');
    expect(tags(text)).not.toContain('appointment');
  });
  test.each([
    'my results say speak to a GP but there are no appointments for 3 weeks',
    'do I need to book in to go over my blood results',
  ])('results and appointment: %s', (text) => {
    expect(tags(text)).toEqual(expect.arrayContaining(['results', 'appointment']));
  });
});

describe('other readings of session 10', () => {
  test('changing the nominated pharmacy is a prescription matter', () => {
    expect(tags('how do I change my nominated pharmacy')).toContain('prescription');
  });
  test('a cancelled prescription is not an appointment', () => {
    expect(tags('the chemist says my repeat has been cancelled, nobody told me')).not.toContain('appointment');
  });
  test.each(['grow a spine and answer the phones', 'murderers, the lot of you'])('abuse: %s', (text) => {
    expect(tags(text)).toContain('abuse');
  });
  test.each(["love how the app crashed just as I pressed send. Brilliant", 'great timing, closing the one afternoon I could come in'])('sarcasm: %s', (text) => {
    expect(tags(text)).toContain('complaint');
    expect(tags(text)).not.toContain('praise');
  });
});
