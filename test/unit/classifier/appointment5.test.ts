import { describe, expect, test } from 'vitest';
import type { CategoryId } from '../../../src/core/categories.ts';
import { readByRules } from '../../../src/core/classifier/index.ts';

// The rules alone: the trained models on top may already guess some of these.
const tagsOf = (text: string): CategoryId[] => readByRules(text).tags;

// Session 5's appointment shapes, one table each, worded unlike the corpora (reworded from the
// misses of train4–train14): a rule that only remembers a sentence fails here.
const APPOINTMENT: Record<string, string[]> = {
  'book as a verb on its own': ['is there any way my dad could book by text', 'thought I would book while I remember'],
  'a slot, whoever holds it': ['can I swap my slot', 'any emergency slots left'],
  'needed seeing': ['my daughter needed seeing yesterday'],
  'the phone line as the way in': [
    'getting through to reception takes forever',
    'the phone cut me off after half an hour',
    'still engaged at 9 15',
    'queue 14 and then it rang out',
    'been phoning since 8 with no joy',
    'told to call again three days running',
    'I have given up phoning',
    'keep getting cut off at half eight',
    'took me two days to get through',
    'reception just tell you to keep trying',
  ],
  "the clinician's call as the appointment": ['stayed in all day for the phone call', 'can my doctor just do a phone call', 'can she do my mums review over the phone', 'they gave me a window between 10 and 4 for the call'],
  'wanting someone to look': ['honestly I just need a GP', 'wanted a nurse to examine it', 'could he be looked at today', 'nobody will see my mum'],
  'a particular someone': ['can we see a proper doctor', 'whos the best person to see about my knee', 'I would prefer a female for this', 'can I switch my named doctor', 'would it be possible to change to another GP within the practice', 'my nan needs to arrange a visit'],
  'what the diary has, or has not': ['apparently there is no capacity', 'you were full by ten past', 'nothing available again', 'can I have another one tomorrow', 'does the surgery do same day for under 5s', 'the practice is a nightmare to get hold of'],
  'triage as the door, and being kept out': ['got triaged as routine again', 'total triage is here to stay apparently', 'got cut off and it was the queue again', 'feels like they dont want to see patients'],
  'getting in at all': ['quicker to see the King than a GP round here', 'lovely doctors, getting in is the hard part', 'any chance of an early one on Friday'],
  'the appointment as one or mine': ['the rest of us cant even get one', 'I missed mine on Monday, sorry', 'sat by the phone all morning', 'they said ring back at 1pm', 'the district nurse to come round to dad', 'best way to get a pill review'],
  'a review wanted, moved or waited for': ['can I swap my review with my husband', 'asked for a review twice now'],
  'the forms that replace the phone': ['how does the callback work', 'the form shut at 10', 'filled in the form on Monday and heard nothing', 'put in an online request on Tuesday'],
};

const NOT_APPOINTMENT: Record<string, string[]> = {
  'the red book is a thing, not a booking': ['Do I need to bring his red book to the baby clinic?'],
  'making a complaint': ['how do I make a formal complaint about the locum'],
  'seeing results': ['how do I see my blood results on the app'],
  'paperwork looked at': ['could someone look at my repeat request please'],
  'a prescription on hold': ['my meds were put on hold by the GP'],
  'a welcome back': ['great to see Dr Shah back at work'],
  'a clinic day as a date for something else': ['is the car park open on a Saturday clinic day'],
  'a person who answered the phone': ['whoever answered the phone at 8 10 was lovely'],
};

describe('appointment shapes (session 5)', () => {
  for (const [cause, texts] of Object.entries(APPOINTMENT)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).toContain('appointment'));
  }
});

describe('not the practice diary (session 5)', () => {
  for (const [cause, texts] of Object.entries(NOT_APPOINTMENT)) {
    test.each(texts)(`${cause}: %s`, (text) => expect(tagsOf(text)).not.toContain('appointment'));
  }
});
