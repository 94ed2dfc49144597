import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// Answers of the kind a survey respondent rating the practice "very poor" writes, written as
// probes in session 7 (not taken from any corpus). Four were missed: "nothing is ever done about
// complaints" was read as "no complaints" (praise), "sent away with paracetamol and ended up in
// hospital" and "over 2 hours in the waiting room" had no rule, and a red flag in the past kept
// the models from reading the rest. Left alone: "they closed the list so my newborn can't be
// registered with us" (a closed list is as often news as a grievance).
const VERY_POOR = [
  "Impossible to get an appointment. Rang 40 times.",
  "The receptionists think they are doctors",
  "Nobody ever calls back when they say they will",
  "Been trying to get my medication sorted for a month, still nothing",
  "Doctor barely looked at me and printed a prescription",
  "Useless. Just useless.",
  "Total lack of care from start to finish",
  "Had to go to A&E because I couldn't get seen here",
  "I feel like I'm bothering them every time I ring",
  "They lost my blood results twice",
  "Phone system is a joke, cut off after an hour",
  "No continuity, different GP every time who hasn't read my notes",
  "Staff have no empathy whatsoever",
  "I was made to feel like a liar",
  "The worst surgery I have ever been registered with",
  "online form closes at 8.05 every day",
  "My mum was sent away with paracetamol and ended up in hospital with sepsis",
  "Zero communication about the changes",
  "Appointments only available 3 weeks away",
  "Rude, unhelpful, and they never listen",
  "I have given up trying",
  "Waiting room filthy and no one on reception for 20 minutes",
  "The triage nurse refused to let me see a doctor",
  "You're always told to ring back tomorrow",
  "it has gone downhill since the new partners took over",
  "I don't feel safe being a patient here",
  "Over 2 hours in the waiting room with a sick toddler",
  "Nothing is ever done about complaints",
  "The doctor laughed at me when I said I was depressed",
];

describe('answers of the kind rated very poor are complaints', () => {
  test.each(VERY_POOR)('%s', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });
});

// What is not done about a complaint is a complaint; the negated-complaint cut read several as
// "no complaints" and credited praise (session 7 probes).
const LEFT_UNDONE = [
  'Nothing is ever done about complaints',
  "They don't take complaints seriously",
  "they don't care about problems with the app",
  "hasn't dealt with any of the issues I raised",
  'nobody has looked into my complaint',
  'they have not addressed my concerns',
];

describe('what is not done about a complaint', () => {
  test.each(LEFT_UNDONE)('%s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('complaint');
    expect(tags).not.toContain('praise');
  });
  test.each(['never had any problems at all', 'no issues whatsoever', 'not once been rude'])('still praise: %s', (text) => {
    expect(tagsOf(text)).toEqual(['praise']);
  });
});

// Negation both ways, written as probes in session 7. Four were misread: "I wouldn't say the staff
// are rude, just completely disorganised" and "no problem getting through…, the problem is there's
// never an appointment" were praise; "couldn't have been kinder" was nothing; "I was not kept
// waiting at all" was a complaint.
const NEGATED_YET_COMPLAINTS = [
  "No wonder there are so many complaints on here",
  "not the first time this has happened and won't be the last",
  "I'm not happy at all with how my dad was treated",
  "never any appointments, never anyone answering",
  "no one seems to care about patients anymore",
  "not rude exactly but very dismissive",
  "not a single person has called me back",
  "no apology, no explanation, nothing",
  "I don't want to complain but this is the third time my prescription has gone missing",
  "not good enough",
  "no problem getting through to the phone queue, the problem is there's never an appointment at the end of it",
  "I wouldn't say the staff are rude, just completely disorganised",
  "not impressed with the new phone system at all",
  "never known a surgery so badly run",
  "it's not ok to leave people on hold for an hour",
];
const NEGATED_COMPLAINT_WORDS_IN_PRAISE = [
  "not a problem, thanks for letting us know",
  "I had no issues booking online this time, well done",
  "never had to wait more than a few minutes",
  "no complaints from me, the nurse was lovely",
  "not once have they let me down in 20 years",
  "couldn't have been kinder",
  "I was not kept waiting at all",
  "nothing but good things to say about Dr Obi",
  "no fuss, no hassle, in and out in 10 minutes",
  "can't complain, seen the same day",
];

describe('negation both ways', () => {
  test.each(NEGATED_YET_COMPLAINTS)('a complaint: %s', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });
  test.each(NEGATED_COMPLAINT_WORDS_IN_PRAISE)('praise, not a complaint: %s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('praise');
    expect(tags).not.toContain('complaint');
  });
});
