import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// The writer's own state on the way in, a bad time at another practice, and a slight nobody gave:
// none is a complaint about this practice. Reworded from survey11 and survey12.
const OWN_STATE_OR_NONE_GIVEN = [
  'Nobody made me feel stupid for asking',
  'I came in really upset and the receptionist sat with me till I was seen',
  'Nervous after a bad experience at my old surgery but Dr Ahmed put me at ease',
  'I was embarrassed to come in about my piles but nobody made me feel stupid',
  'Excellent doctors, although the car park is a nightmare',
];

// A span of days or minutes told as care or speed, not as a delay: a call to check, a script ready,
// a review planned, a late clinic that apologised, a person on the line within minutes, a call back
// within the hour. Reworded from dev16, dev17 and survey11.
const SPAN_NOT_DELAY = [
  'The doctor phoned a couple of days later to check the antibiotics were working',
  'Put my repeat in on Monday and it was ready at the pharmacy 2 days later. Easy.',
  'Nurse is going to review my blood pressure again in 6 weeks. Sorted.',
  "Doctor ran 15 minutes late and apologised. Can't ask more than that",
  'Rang up and spoke to a real human within 3 minutes!',
  "Got a call back from the GP within the hour, now that's what I call proper service",
];

// Praise in words the complaint rules read: a complaint negated ("didn't fob me off"), "made me feel
// like it was normal", "they never stop", "which no one has done in years", farewells, a joke fault
// beside a kind word, a thing long asked for, surprise at what is offered. Reworded from dev16,
// dev17, survey11 and survey12.
const PRAISE_IN_COMPLAINT_WORDS = [
  "She took me seriously and didn't fob me off with paracetamol",
  'The GP made me feel like it was completely normal to talk about it',
  'Brilliant work from the reception team, they never stop x',
  'The GP went through all my tablets, which no one has done in years',
  'Gutted. She was the first doctor who took my migraines seriously. All the best',
  'Lovely lady, awful jokes 😂',
  'Finally! Been waiting for online repeat ordering for years. Thanks',
  'didnt even know they did flu jabs at the weekend! thanks',
  'The GP was patient and thorough',
];

// Praise beside a fault of the practice, both to be read: the fault after "the doctor I saw", "slow
// to answer", a tired building, "the low score is for…", "only gripe is…", "it's getting there
// that's the problem", a verdict "mostly good" or "generally good", "made up for it". Reworded from
// dev16, survey11, survey12 and train17.
const PRAISE_AND_FAULT = [
  'The first doctor I saw was really dismissive but the physio after was great',
  'mostly fine. the website keeps crashing which is annoying',
  'Friendly receptionists, slow to pick up the phone',
  'Doctors are lovely. The waiting room is shabby and the toilets need a refurb',
  'GP was fab, I just wanted to say. The low score is for the booking system',
  'Thanks for sorting my prescription so quickly. Only niggle is the 3 week wait to see a GP.',
  'Reception were rude to me on the phone but the nurse more than made up for it',
  'Generally good. The app keeps logging me out which is a pain',
  "It's a struggle to get seen but the care is great once you're in",
  'Doctor was lovely. Booking the appointment was a joke, rang four times and got told to try tomorrow',
];

// Not praise, though praise words are in it: a promise not kept ("nobody rang as promised"), not
// being listened to, another practice doing it "no problem", an excuse granted before a grievance,
// "it's all well and good … but", a complaints procedure asked for, "hard not to feel…". Reworded
// from dev16, dev17, survey11, train9, train16 and train18.
const NOT_PRAISE = [
  "My old surgery did it no problem, why can't you?",
  'Why is there no complaints procedure on the website?',
  'Never listened to a thing I told him, good riddance',
  "I appreciate you are all under pressure but I've been waiting a month for a call back",
  'Hard not to feel like a burden when the receptionist sighs at you',
];

// A high place in the queue that still ended in a quick call back is praise. Reworded from dev17.
const QUEUE_BUT_QUICK = ["Was 25th in the queue but got a call back within the hour. Credit where it's due"];

// A verdict said first and then qualified: praise and a complaint. Reworded from train3 and train17.
const VERDICT_THEN_FAULT = ['Good, but the music in the waiting room is far too loud'];

// Third pass, from the probes written after the blind sets: nobody rushed the writer; seen the next
// morning is praise; a closing "thanks for that" is a jab; faults after "the receptionist I spoke to
// first", "impossible", "rushed appointment", a closing "bit annoying". Reworded from survey8,
// train12 and train14.
const NO_COMPLAINT_3 = ['Nobody rushed me and I never felt like a burden'];
const PRAISE_3 = ['Rang on Monday and got seen the next morning'];
const NOT_PRAISE_3 = ['Waited an hour for my blood test. Thanks for that'];
const PRAISE_AND_FAULT_3 = [
  'Thank you to the nurse. The receptionist I spoke to first was really dismissive',
  'The care is great, getting an appointment is impossible',
  'Kind doctor, rushed appointment',
  'Lovely nurse. Didnt have the right forms so had to come back, bit annoying',
];

// Fourth pass, probes: a usual trouble that did not happen this time, not hurried though the room
// was full, disbelief at good luck.
const NO_COMPLAINT_4 = [
  'Normally a battle to get an appointment but this morning I got one straight away',
  'The GP never hurried me even though the waiting room was heaving',
];
const PRAISE_4 = ["Couldn't believe my luck, seen within the hour", "Couldn't believe it, same day appointment for my little girl"];

// Fifth pass: praise denied for "always" ("not always polite", "not always this good") is a
// complaint; a clinician liked but never to be had is praise and a complaint. Reworded from survey4,
// survey7 and train6.
const COMPLAINT_5 = ['The receptionists are not always friendly', "Great visit today but it's not always this good"];
const PRAISE_AND_FAULT_5 = ['Love Dr Shah, can never get an appointment with him', 'I really like Dr Green. Can hardly ever get seen by her'];

// Sixth pass, probes: a grumble of the past given up, the writer's own "had enough of being ill",
// "so much easier", "really improved", "wouldn't have her any other way". Reworded from dev5, dev6,
// survey7, train16 and train17.
const NO_COMPLAINT_6 = ["I'd had enough of being ill and the GP finally found the cause"];
const PRAISE_6 = [
  "I complained about this surgery for ages but I must say it's much better now",
  'The new check in screen is so much easier',
  'The practice has really improved this year',
  "Always running behind but I wouldn't have her any other way",
];

// Seventh pass, probes: faults named as "rushed me out", "way too long" after "the wait for a
// routine appointment", "took five attempts".
const PRAISE_AND_FAULT_7 = [
  'Nurse was lovely, the GP rushed me out in five minutes',
  'Kind receptionists. The wait for a routine appointment is way too long',
  'Doctor was very caring. Took five attempts to get through on the phone',
];

describe('praise and complaint, seventh round (blind sets dev16, dev17, survey11, survey12)', () => {
  test.each([...OWN_STATE_OR_NONE_GIVEN, ...NO_COMPLAINT_3, ...NO_COMPLAINT_4, ...NO_COMPLAINT_6])('no complaint: %s', (text) => {
    expect(tagsOf(text)).not.toContain('complaint');
  });
  test.each([...SPAN_NOT_DELAY, ...PRAISE_IN_COMPLAINT_WORDS, ...QUEUE_BUT_QUICK, ...PRAISE_3, ...PRAISE_4, ...PRAISE_6])('praise, no complaint: %s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('praise');
    expect(tags).not.toContain('complaint');
  });
  test.each([...NOT_PRAISE, ...NOT_PRAISE_3])('not praise: %s', (text) => {
    expect(tagsOf(text)).not.toContain('praise');
  });
  test.each(COMPLAINT_5)('a complaint: %s', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });
  test.each([...PRAISE_AND_FAULT, ...VERDICT_THEN_FAULT, ...PRAISE_AND_FAULT_3, ...PRAISE_AND_FAULT_5, ...PRAISE_AND_FAULT_7])('praise and a complaint: %s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('praise');
    expect(tags).toContain('complaint');
  });
});
