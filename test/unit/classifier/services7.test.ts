import { describe, expect, test } from 'vitest';
import type { CategoryId } from '../../../src/core/categories.ts';
import { readByRules } from '../../../src/core/classifier/index.ts';

// The rules alone: the trained models on top may already guess some of these.
const tagsOf = (text: string): CategoryId[] => readByRules(text).tags;

// Session 7's results, prescription and personal-data shapes, one table each, worded unlike the
// corpora (reworded from the misses of dev16, dev17, survey11, survey12 and the training sets): a
// rule that only remembers a sentence fails here.
const RESULTS: Record<string, string[]> = {
  'a test named, then the wait for word of it': [
    'did a urine sample last Tuesday and still nothing',
    'my mammogram was a month ago and nobody has phoned',
    'bloods done a fortnight back, how will I know if they are ok',
    'the ECG was on the 4th, does that mean it was fine if I hear nothing',
  ],
  'asked to be rung or told about a test': [
    'could someone ring me back re my sons swab',
    'any update on the stool sample I dropped in',
    'who can I speak to about my ultrasound',
    'no one has phoned me about my smear',
    'nobody has been in touch about my husbands PSA',
  ],
  'the report of a scan asked for': ['how do I get hold of my MRI report', 'has the report come back from the hospital yet'],
};

const NOT_RESULTS: Record<string, string[]> = {
  'results given, told as done': [
    'the nurse phoned me with my blood results and was lovely, thank you',
    'my results came through so quickly, brilliant service',
    'GP explained my scan results really clearly',
    'got my bloods back all normal, thanks to the team',
  ],
  'another kind of result': ['the patient survey results are in the newsletter', 'Rang at 8, seen by 9. Result!', 'happy with the outcome of my complaint'],
  'a test still to be booked': ['I need a blood test booked but nobody has rung me back'],
};

const PRESCRIPTION: Record<string, string[]> = {
  'the chemist without the script': [
    'Boots keep telling me nothing has come through from you',
    'the chemist says the doctor hasnt signed it yet',
    'pharmacy reckons there is a shortage of my patches',
  ],
  'ordering, the prescription verb': ['how late can I order before the bank holiday', 'ordered it on the app on monday and still waiting'],
  'the nominated pharmacy, dispensing': ['how do I switch which pharmacy is nominated', 'does the surgery still dispense for people in the villages'],
  'how much at a time': ['could I have a two month supply as I am away', 'is it still just 28 days per go'],
  'a dose changed, the next lot issued': ['can the GP lower my dose, it makes me drowsy', 'her dose was reduced without telling her', 'will you issue my next lot without a review'],
  'the contraceptive pill': ['how do I get my pill changed'],
  'a medicine sent on to the chemist': ['can you send it across to the chemist on the high street'],
  'a medicine or a treatment with a word before it': ['they refused me my usual zopiclone', 'my mums pain relief hasnt been sorted', 'I need my rescue pack renewed'],
  'a repeat, the noun, with a time': ['we couldnt get a repeat for a week over new year'],
};

const NOT_PRESCRIPTION: Record<string, string[]> = {
  'being on a medicine, in passing': ['I am on lithium, can I have the covid jab', 'my husband and I are both on Symbicort, can we come together'],
  "a medicine's checks": ['who does my warfarin checks now she has left'],
  'repeat, the verb or a test': ['I hate having to repeat myself to every new doctor', 'rinse and repeat every morning at 8', 'the doctor wants repeat bloods in a month'],
  'sent to the chemist instead of being seen': ['told to go to the chemist and the chemist sent me back here'],
  'another kind of prescription, another order': ['need a new glasses prescription, any good opticians', 'the toilets are out of order again'],
};

const PERSONAL_DATA: Record<string, string[]> = {
  'an allergy tied to someone': ['my daughter has a bad nut allergy, is the flu spray ok', 'I am allergic to latex, can the nurse use other gloves'],
  'a named condition tied to someone': [
    'my dad has MS and struggles with the stairs',
    'since my stroke I find the phone hard',
    'my son has cerebral palsy and hates the waiting room',
    'I have had gout for years',
    'my asthmas worse in the damp',
  ],
};

const NOT_PERSONAL_DATA: Record<string, string[]> = {
  'an emergency, not a diagnosis': ['I think my wife is having a stroke'],
  'the words in another sense': ['the clinic can do allergy tests now', 'our meetings are on MS Teams'],
};

describe('results shapes (session 7)', () => {
  for (const [cause, texts] of Object.entries(RESULTS)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).toContain('results'));
  }
});

describe('not asking about results (session 7)', () => {
  for (const [cause, texts] of Object.entries(NOT_RESULTS)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).not.toContain('results'));
  }
});

describe('prescription shapes (session 7)', () => {
  for (const [cause, texts] of Object.entries(PRESCRIPTION)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).toContain('prescription'));
  }
});

describe('not a prescription request (session 7)', () => {
  for (const [cause, texts] of Object.entries(NOT_PRESCRIPTION)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).not.toContain('prescription'));
  }
});

describe('personal data shapes (session 7)', () => {
  for (const [cause, texts] of Object.entries(PERSONAL_DATA)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).toContain('personal_data'));
  }
});

describe('not personal data (session 7)', () => {
  for (const [cause, texts] of Object.entries(NOT_PERSONAL_DATA)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).not.toContain('personal_data'));
  }
});
