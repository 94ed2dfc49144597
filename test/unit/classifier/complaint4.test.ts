import { describe, expect, test } from 'vitest';
import type { CategoryId } from '../../../src/core/categories.ts';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): CategoryId[] => classify(text).tags.map((t) => t.id);

// Session 4's complaint shapes from the train9-14 misses, one table each, worded unlike the corpora.
const COMPLAINT_4: Record<string, string[]> = {
  'the clock runs on': ['Bloods taken in February. It is now June', 'They said 72 hours. We are on day 9'],
  'nothing came of it': ['Handed my form in. Zilch.', 'Asked about the letter in May and still waiting'],
  'the count of failures': ['I have lost count of how many calls I made', 'Not the first time this letter has gone astray'],
  'it does not work for the people it serves': ['Evening calls only. Does not work for people on nights', 'How do you expect my dad to use an app', 'That is not how it works'],
  'a verdict in a phrase': ['What a rigmarole for a fit note', 'My visit was memorable. Not in a good way', 'Patient centred care, aye right', 'Bunch of amateurs'],
  'change nobody wanted': ['Who designed this', 'New phone menu that nobody asked for'],
  'gone before it opens': ['The online form is switched off on Fridays'],
  'private matters said in public': ['The receptionist asked about my piles across the waiting room'],
};

// Praise that the complaint rules used to read as a grievance.
const PRAISE_NOT_COMPLAINT_4 = [
  'Never had to chase my sick note once',
  'Great pharmacy service, never had to chase anything',
  'The nurse rang me back 10 minutes later',
  'Dealt with a nasty customer with the patience of a saint',
  'Wow what a great team, youd never know how busy they are',
  'Lovely GP today, shame the parking was dreadful',
];

// Neither praise nor complaint.
const NOT_COMPLAINT_4 = [
  'Great weight clinic, lost half a stone since',
  // Another service's failings.
  'Spent all night in A&E with my dad, total shambles that hospital',
  'The hospital car park machine is broken again, bring change',
];

describe("session 4's complaint shapes", () => {
  for (const [cause, texts] of Object.entries(COMPLAINT_4)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).toContain('complaint'));
  }
  test.each(PRAISE_NOT_COMPLAINT_4)('praise, not a complaint: %s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('praise');
    expect(tags).not.toContain('complaint');
  });
  test.each(NOT_COMPLAINT_4)('not a complaint: %s', (text) => expect(tagsOf(text)).not.toContain('complaint'));
});
