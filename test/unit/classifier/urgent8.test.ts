import { describe, expect, test } from 'vitest';
import { readByRules } from '../../../src/core/classifier/index.ts';

// The fifth red-flag measuring round (session 8), reworded: the rules alone must read each, since
// the urgent model beside them is only a second chance.
const FIFTH_ROUND = [
  'got 4 boxes from different chemists so no one would ask',
  'the voices keep on telling me to do it',
  "nobody helps so I'll deal with it myself tonight",
  "i've taken something and now i feel really weird and scared",
  "honestly I'm just a waste of space these days",
  'checking the train times but not to go anywhere',
  "they said 8 weeks for the crisis team. I won't make 8 weeks",
  'just tying up my loose ends this week',
  'my husband cannot move left arm and talking not clear',
  'my mum her mouth is go down',
];

const NOT_URGENT = [
  'bought paracetamol from two different shops because the first had run out',
  "I'll sort it out myself with the pharmacy tomorrow",
  "I won't make it to my appointment on the 8th, can I rebook",
  'that receptionist is a waste of space',
  // "OD'd" is read as an overdose; "odd" as a word is not.
  'the odd thing is nobody rang me back',
  'been coming here 40 odd years',
];

describe('red flags of the fifth measuring round (session 8), read by the rules', () => {
  test.each(FIFTH_ROUND)('%s', (text) => {
    expect(readByRules(text).tags).toContain('urgent');
  });
  test.each(NOT_URGENT)('not urgent: %s', (text) => {
    expect(readByRules(text).tags).not.toContain('urgent');
  });
});
