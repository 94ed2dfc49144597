import { describe, expect, test } from 'vitest';
import type { CategoryId } from '../../../src/core/categories.ts';
import { readByRules } from '../../../src/core/classifier/index.ts';

// The rules alone: the trained models on top may already guess some of these.
const tagsOf = (text: string): CategoryId[] => readByRules(text).tags;

// Session 4's appointment shapes, one table each, worded unlike the corpora: a rule that only
// remembers a sentence fails here.
const APPOINTMENT: Record<string, string[]> = {
  'told to try another day': ['the receptionist just says phone again tomorrow', 'Every time it is come back tomorrow'],
  'ringing at opening time, with the minutes': ['phoned at 7 58 and still nothing', 'got cut off at 8 20 again', 'tried from 8.01am, gave up at ten'],
  'the 8am rush as a game of chance': ['8am is a total lottery', 'hunger games on the phones again'],
  'the first free slot': ['what is the soonest you have got for my son', 'earliest they had was a fortnight away'],
  'which clinician': ['could I see my regular GP please', 'would rather see a female if possible'],
  'wanting a problem seen': ['how would I get this looked at'],
  "a clinician's call today": ['Could the doctor phone me back today about my knee'],
  'ways in besides booking': ['any drop in sessions this week', 'can I self-refer to physio here'],
  'how long the list is': ['How long is the wait at the moment'],
  'booking said in other ways': ['Are smears bookable online yet', 'can my son phone up for me to book', 'need my 2 year old booking for the nasal spray', 'what do I press for booking'],
  'someone free now': ['is anybody free today to look at a cut'],
  'time spent on the phone': ['three hours on the phone this morning', 'sat on the phone from 8 till 9 again'],
  'the slots coming or going': ['by 8 05 the slots had gone', 'when do the evening slots open up'],
  'a wait named for a routine visit': ['five weeks for a check up is too long', 'it takes months to get in'],
  'the least way in': ['couldnt even get a call back this week'],
  'bringing someone for a jab or clinic': ['could I bring her for the flu spray on Saturday'],
  'booking someone in': ['can you book him in with the practice nurse'],
  'nothing till a date': ['theres nothing until the 23rd'],
  'a surgery at a time of day': ['is the morning surgery still on wednesdays'],
};

const NOT_APPOINTMENT: Record<string, string[]> = {
  "the hospital's diary": ['the hospital appointment came through in the post', 'hospital cancelled my knee op again'],
  "other people's no-shows": ['over 900 missed appointments last month, shocking', 'the number of missed appointments is shocking'],
};

describe('appointment shapes (session 4)', () => {
  for (const [cause, texts] of Object.entries(APPOINTMENT)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).toContain('appointment'));
  }
});

describe('not the practice diary', () => {
  for (const [cause, texts] of Object.entries(NOT_APPOINTMENT)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).not.toContain('appointment'));
  }
});
