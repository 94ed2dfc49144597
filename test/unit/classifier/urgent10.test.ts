import { describe, expect, test } from 'vitest';
import { classify, readByRules } from '../../../src/core/classifier/index.ts';

const urgent = (text: string): boolean => classify(text).tags.some((t) => t.id === 'urgent');

// The session 10 round (urgent22): red flags told by someone other than the patient, in the words
// of daily life. 3 of 75 missed on first reading by the rules and model, 6 by the rules alone;
// 16 of 25 lookalikes tagged. Each shape reworded: the rules alone must read them.
const TENTH_ROUND = [
  // Found lying and not moving.
  "the old boy across the road is laid on his drive and he's not moving",
  'nan is slumped in her chair and not responding to us',
  // Confusion that came on overnight.
  "dad was fine last night, this morning he doesn't know where he is",
  "grandma doesn't recognise me all of a sudden, what do we do",
  "mum doesn't know who I am today, it's not like her, came on this morning",
  // A plan, said flatly.
  "I've planned how I'd do it and I've written my letters. Just want a fit note",
  "not being funny but I know exactly how I would do it",
  'been stood by the bridge for an hour thinking about jumping',
  // A goodbye passed on by someone who now will not answer.
  "my brother messaged 'tell mum I love her' and now he won't pick up",
  // Shock after a tummy bug.
  'two days of sickness, now light headed and his pulse is racing',
];

const TENTH_ROUND_NOT_URGENT = [
  // Long ago, said by a year or by when someone was little.
  'my sister collapsed at a concert back in 2015, she is a nurse herself these days',
  'my uncle went floppy with a fever when he was a baby, he is 45 now',
  // Settled a few weeks back.
  'had a pain in my chest a couple of weeks ago, turned out to be heartburn',
  'grandad was found on the floor last month but he wasnt hurt, just slid off the bed',
  // A leaflet or poster, with no one real named.
  'what does non blanching mean on the poster by the door? settling a quiz argument',
  'Know the early signs of a stroke: face drooping, arm weakness, slurred speech. Please share',
  // The dentist's numbing, worn off.
  'Speech went all funny after the dentist, worn off by tea time thankfully',
  // A pastime in jest.
  'the football gives me chest pains every week haha',
];

describe('red flags of the session 10 round, reworded, read by the rules', () => {
  test.each(TENTH_ROUND)('%s', (text) => {
    expect(readByRules(text).tags).toContain('urgent');
  });
  test.each(TENTH_ROUND_NOT_URGENT)('not urgent: %s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

// The second round (urgent23): the red flag said in passing inside another request. 1 of 75
// missed on first reading by the rules and model, 7 by the rules alone; 9 of 25 lookalikes tagged
// on the session-start code. Reworded.
const SECOND_ROUND = [
  "my nan's face has gone aw squint on one side, also is the flu clinic saturday",
  "cut my thumb on a tin, it's pouring through the kitchen roll, is the nurse free",
  "the cut on his head won't stop, been pressing 30 min. can we get an appointment",
  'writing for my mother, her mouth is not straight since lunch and she cannot hold the cup',
  'his right arm and leg very weak this morning, can the doctor see him next week',
  "grandson has a temperature and spots, tried the glass and they don't fade. call back please",
  "Jodie on reception is lovely. I've decided I can't carry on. Thank you all",
  'sorry to bother you, my head just exploded with pain, out of nowhere, feel sick',
  'need my repeat please. been thinking of taking the whole lot tonight. probably wont',
];

const SECOND_ROUND_NOT_URGENT = [
  'is the blue lips bit on your winter post about babies or adults? just curious',
  'read a story on the news about sepsis, do you have a leaflet?',
  'my son had meningitis when he was 3, the glass test saved him. hes 20 now',
  'my ribs hurt from laughing at the staff panto video',
];

describe('red flags said in passing (session 10, second round), reworded, read by the rules', () => {
  test.each(SECOND_ROUND)('%s', (text) => {
    expect(readByRules(text).tags).toContain('urgent');
  });
  test.each(SECOND_ROUND_NOT_URGENT)('not urgent: %s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

// The last round (urgent24), written after both rounds above were mended: 1 of 75 missed on first
// reading, the rules alone 4; 10 of 25 lookalikes tagged. Reworded.
const THIRD_ROUND = [
  'my girl has big swelling on the face and throat after the antibiotic, she breathe with noise',
  'lips tingling n swelling up after the curry, getting hard to swallow',
  'feels like my chest is in a vice and my left arm is heavy',
  "never get headaches but one came on like a thunderclap 20 min ago, neck's gone stiff",
];

const THIRD_ROUND_NOT_URGENT = [
  'we did the glass test on her rash in a panic last night, it faded straight away and she is fine this morning',
  'my face dropped when I opened the gas bill 😂',
  'lol the chest pain turned out to be the kebab',
  'watching 24 Hours in A&E, a man whose throat swelled up from a bee sting, scary stuff',
];

describe('red flags of the last session 10 round, reworded, read by the rules', () => {
  test.each(THIRD_ROUND)('%s', (text) => {
    expect(readByRules(text).tags).toContain('urgent');
  });
  test.each(THIRD_ROUND_NOT_URGENT)('not urgent: %s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

// The rule-outs must not take a real red flag beside them.
const STILL_URGENT = [
  'is there a leaflet about strokes? face has dropped on one side and cant lift arm',
  'what does it mean if the rash does not fade with the glass? my son has it now and is burning up',
  'dentist numbed my mouth this morning and now my throat is swelling and I cant breathe',
  'football gives me chest pains lol but this is different, crushing pain down my arm right now',
  'chest pain a few weeks ago turned out to be heartburn but it is back tonight and much worse',
  'saw your post about sepsis. my dad is shivering, mottled and not making sense',
  'my chest hurts from laughing but now it is crushing and going down my left arm',
  'did the glass test, the spots faded at first but the new ones do not fade and she is floppy',
  'his face dropped when he was eating his tea and now his speech is slurred',
  'lol thought it turned out to be wind but the chest pain is back right now and crushing',
];

describe('a rule-out beside a real red flag', () => {
  test.each(STILL_URGENT)('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
