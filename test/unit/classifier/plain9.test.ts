import { describe, expect, test } from 'vitest';
import { readByRules } from '../../../src/core/classifier/index.ts';

// Session 9: complaints in the plain words of an ordinary month on a practice's page (two training
// writers asked for the everyday run of comments, not hard cases), reworded. Read by the rules.
const COMPLAINTS = [
  'that recorded message is sending me round the bend',
  'shutting yet another afternoon for training, you lot are never open',
  'always something missing from my prescription',
  'you cant keep hold of a GP, three doctors in a year',
  'theres no point even ringing at 8 anymore',
  'had my smear rearranged four times now',
  'the new form is just another hoop to jump through',
  'not everybody can get online you know',
  'the whole waiting room can hear every word at that desk',
  'told it would be 2 days, a fortnight... two weeks later nothing',
  'the surgery round the corner does it in a day',
  'been put on a waiting list for the waiting list',
  'never had any problems until they merged with the other practice',
  'sent home with nothing, still no better. Not good enough',
];

const NOT_COMPLAINTS = [
  'Thursday I think, it says on the website',
  'never had a problem with them, lovely staff',
  'nothing they could have done better',
];

describe('plain complaints of an ordinary month (session 9)', () => {
  test.each(COMPLAINTS)('complaint: %s', (text) => {
    expect(readByRules(text).tags).toContain('complaint');
  });
  test.each(NOT_COMPLAINTS)('not a complaint: %s', (text) => {
    expect(readByRules(text).tags).not.toContain('complaint');
  });
});
