import { describe, expect, test } from 'vitest';
import type { CategoryId } from '../../../src/core/categories.ts';
import { readByRules } from '../../../src/core/classifier/index.ts';

// The rules alone: the trained models on top may already guess some of these.
const tagsOf = (text: string): CategoryId[] => readByRules(text).tags;

// Session 8's appointment shapes, one table each, worded unlike the corpora (reworded from the
// misses of dev16, dev17, survey11 and survey12): a rule that only remembers a sentence fails here.
const APPOINTMENT: Record<string, string[]> = {
  'two jabs in one visit': ['would they do my covid and my flu one together', 'is the shingles one given on the same day as the flu'],
  'more dates for a jab, or a jab at home': ['any other days for the flu jabs, I was away', 'is there a second session for the covid boosters', 'can dad have his done at home, he is bedbound'],
  'who does a service, when a visiting clinician comes in': ['who does coil fittings these days', 'which day does the health visitor come in'],
  'whether to come in at all': ['is it worth phoning about a rash that keeps coming back', 'worth getting it looked at do you think'],
  'where to go to be seen': ['where are we supposed to go when you are closed', 'my sister cant get registered so where is she meant to go then'],
  'the phones as the way in': ['really hard getting through first thing', 'the wait on the phone is far too long', 'you need more phone lines', 'get more staff on the phones'],
  'a wait named in weeks': ['a nine month wait just to get him assessed'],
  'a way in asked for or kept': ['is there a video option for people who work', 'please keep the phone option'],
  'so long for a call, or for one at all': ['a fortnight to get a call', 'five weeks to see one'],
  'the length of the wait said plainly': ['the waiting times are far too long'],
  'whom a clinician other than the GP will see': ['can the pharmacist at the practice see my son for his ear', 'does the practice nurse deal with kids'],
  'a clinic asked after, a form that has shut, a talk asked for': [
    'is there a menopause clinic at the surgery',
    'the form is shut by nine',
    'I would like a word with a doctor about my dad at some point',
  ],
  'no reviews for so long': ['they wont renew my inhaler without a review and there are no reviews for another month'],
  'when to ring': ['what is a good time to ring'],
  'a service asked about in reported speech': ['does anyone know if they still offer coil fittings', 'wondering whether the practice runs a travel clinic'],
  'sessions at other hours': ['could you run a Sunday jab clinic', 'could you hold some lunchtime clinics'],
  'a service asked about, with a modal or two words between': ['does anyone know if the nurse could do my b12 jabs on a weekend', 'will she still be running the minor ops clinic after Easter'],
  'left with no way in': ['she cant use a computer so what is she meant to do', 'where on earth are pensioners supposed to go then'],
  'when the call or the clinician comes': ['roughly what time do the call backs happen', 'is the pharmacist here every day or only some'],
  'where, and by whom, one is seen': [
    'can the GP do a visit instead, mum cannot get out',
    'could the midwife come to the house this week',
    'can I talk to my usual doctor again about it',
    'are smears done here or at the clinic now',
  ],
  'the appointment that did not happen': ['sat there an hour then they said the GP had gone home', 'the nurse had already left for the day so we were sent away', 'showed up at half nine and nobody was there'],
};

const NOT_APPOINTMENT: Record<string, string[]> = {
  'who does it, said of a person': ['the lady who does the bloods is lovely'],
  'where something else goes': ['where do they go, a black hole', 'where do we go, the main door or the side', 'where do they go, into a drawer'],
  'a machine, not a service': ['does anyone know if the surgery does a blood pressure machine in the waiting room'],
  'an errand, not a visit': ['is it ok to walk in to hand back a form'],
  'a form for registering': ['is there an online form for registering my baby'],
  'two jabs that happened, praised': ['had my flu jab and covid booster at the same time, thanks all'],
  'a word with someone else': ['I had a word with the practice manager about the car park'],
  'no way to get a prescription': ['my patches are out of stock, what am I supposed to do'],
  'a clinician who has gone, or a closed door, told otherwise': ['my GP has left the practice, who will take over', 'the doctor went home happy after the quiz night', 'turned up to collect my prescription and it was closed'],
  'a visit that happened, or a school jab': ['the doctor did the home visit and was lovely, thank you', 'are flu sprays done at school or here'],
  'not after an appointment, only a question': ['Im not after an appointment, just wondering how the blue badge form works', 'not asking for an appt, only whether you take new patients'],
  'a wait for paperwork or medication': ['we waited three weeks for the hospital to send the letter', 'five weeks for a call about my repeat meds'],
};

describe('appointment shapes (session 8)', () => {
  for (const [cause, texts] of Object.entries(APPOINTMENT)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).toContain('appointment'));
  }
});

describe('not the practice diary (session 8)', () => {
  for (const [cause, texts] of Object.entries(NOT_APPOINTMENT)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).not.toContain('appointment'));
  }
});
