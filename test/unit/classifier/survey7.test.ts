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
