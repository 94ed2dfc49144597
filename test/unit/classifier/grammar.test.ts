import { describe, expect, test } from 'vitest';
import type { CategoryId } from '../../../src/core/categories.ts';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): CategoryId[] => classify(text).tags.map((t) => t.id);

// One table per cause of a miss, each worded unlike the corpora, so that a rule that only
// remembers a sentence fails here.
const COMPLAINT_CAUSES: Record<string, string[]> = {
  'negation + ability + access': [
    'not once been able to get an appointment this year',
    "Haven't been able to book online for weeks",
    'never been able to speak to the same doctor twice',
  ],
  'question + difficulty': [
    'Why is it impossible to get through to anyone at this surgery?',
    'how is it always so hard to see a GP here',
    'Why does nobody ever answer the phone?',
    'How many more times do I have to ring before someone answers',
  ],
  'difficulty stated plainly': ["It's very hard to get an appointment", 'Appointments are impossible to get', 'it is a nightmare to get hold of anyone'],
  'time spent on what should be quick': [
    '3 weeks for a phone call back. Impressive',
    'so I have to wait till next month to see a doctor? great.',
    'no routine appts till february',
    'no appointments available for a fortnight',
  ],
  'the pointless question': ["What's the point of the online form if it closes at 8.30?", 'Is there any point ringing at 8 anymore?'],
  'a promise not kept': ["Said they'd ring me back on Monday, never did", 'told me the doctor would call and nobody did'],
  'staff deciding or reacting': [
    'The receptionist decided I didnt need a doctor',
    'Receptionist laughed when I said I needed to be seen today',
    'the receptionist was really short with me',
    'Staff need to learn some manners',
  ],
  'taking it further': ["I'm complaining to NHS England about this", 'writing to the practice manager about this'],
  'praise taken back': ['great, really helpful, thanks a bunch (not)', "you've made my mum cry, well done"],
};

const APPOINTMENT_CAUSES: Record<string, string[]> = {
  'question + service': ['do you do smear tests on a saturday', 'is the nurse doing bloods this week?', 'r u doin the shingles jab this year', 'are you still doing the pneumonia vaccine'],
  'is a named clinician in': ['Does anyone know if Dr Khan is in on Thursday?', 'is the doctor in tomorrow?'],
  'fitting in': ['can you squeeze me in today, got a horrible ear infection', 'any way you could fit my son in this afternoon'],
  'the forms that replace the phone': ["What's the point of the online form if it closes at 8.30?", 'where is the triage form on the website'],
  'a cancelled service': ['they cancelled my smear twice now'],
  'nothing available': ['why is there never anything available on the app'],
  'a request ending in thanks': ["I've got a nurse appointment on monday but need to cancel, thanks"],
};

describe.each(Object.entries(COMPLAINT_CAUSES))('complaint: %s', (_cause, comments) => {
  test.each(comments)('tags %j', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });
});

describe.each(Object.entries(APPOINTMENT_CAUSES))('appointment: %s', (_cause, comments) => {
  test.each(comments)('tags %j', (text) => {
    expect(tagsOf(text)).toContain('appointment');
  });
});

describe('the same shapes in praise or plain questions stay quiet', () => {
  test.each([
    'The GP was excellent, always able to get an appointment when I need one',
    'Never had a problem getting an appointment, brilliant surgery',
    'Always get an appointment within a couple of days, very happy',
    'I have not been able to fault the care I receive',
    'Said they would ring back, and they did within the hour. Brilliant',
    'can you tell me how to book an appt for a medication review',
    'is there a cut off time for ordering repeats before the bank holiday?',
    'How many days do I need to allow for a repeat?',
  ])('%j is not a complaint', (text) => {
    expect(tagsOf(text)).not.toContain('complaint');
  });

  test('a closing "not" on a question is not sarcasm', () => {
    expect(tagsOf('is the clinic on or not')).not.toContain('complaint');
  });
});

describe('reasons', () => {
  test('a wording inside a longer one is shown once, as the longer', () => {
    const appointment = classify('are there any appts today').tags.find((t) => t.id === 'appointment');
    expect(appointment?.reasons).toEqual(["mentions 'there any appts'"]);
  });

  test('the longer wording replaces a shorter one found first', () => {
    const complaint = classify('WHY IS IT SO HARD TO GET AN APPOINTMENT').tags.find((t) => t.id === 'complaint');
    const quotes = (complaint?.reasons ?? []).map((r) => r.slice(r.indexOf("'") + 1, -1));
    for (const q of quotes) expect(quotes.filter((other) => other !== q && other.includes(q))).toEqual([]);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.length).toBeLessThanOrEqual(3);
  });
});

describe('care withheld and concerns raised', () => {
  test.each([
    'I would like to raise a concern about my recent visit',
    'Nobody returns calls at this practice',
    'My mum was sent home without being examined',
    'They refused to give me an appointment',
    'I asked for a female doctor and was told no',
    'Why is there only one doctor on on a Monday?',
  ])('%j is a complaint', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });

  test.each(['Will the nurse be able to take my stitches out on Friday?', 'Is it too late to book for today?'])('%j is about an appointment', (text) => {
    expect(tagsOf(text)).toContain('appointment');
  });

  test("an app that won't let you re-order is not, by itself, a complaint", () => {
    expect(tagsOf("the app won't let me re-order my inhaler, can someone look at it")).not.toContain('complaint');
  });
});

describe('survey-style answers', () => {
  test.each([
    'Only ever offered telephone appointments',
    'Takes weeks to get an appointment',
    'Long waits on the phone',
    'Poor access to doctors',
    'Lack of appointments',
    'Very difficult to get through on the phone',
    "They don't seem to care",
    'Nothing good to say',
    'Needs a complete overhaul',
    'Too many locums',
    'Phone lines always busy',
    'Had to chase everything myself',
    'You never get to see a doctor',
    'Prescriptions are always late',
  ])('%j is a complaint', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });

  test.each([
    'Possibly answer the phone quicker',
    'Perhaps shorter telephone waiting time',
    'On hold for 7 minutes, which is understandable at the moment',
    'Good overall, sometimes hard to get through on the phone',
    "I've never had an unhelpful person on the phone",
    'No appointment needed, just walk in',
  ])('%j is a suggestion or praise, not a complaint', (text) => {
    expect(tagsOf(text)).not.toContain('complaint');
  });

  test('a hedge does not excuse a strong complaint', () => {
    expect(tagsOf('I understand they are busy but 2 hours on hold is ridiculous and the receptionist was rude')).toContain('complaint');
  });
});

describe('Facebook-style wording', () => {
  test.each([
    'the receptionists are the rudest people ive ever met',
    'what kind of service is this',
    'nobody at this surgery gives a damn',
    'honestly dont know why i bother',
    'got told off for being 2 minutes late but the doctor was 40 mins behind',
    'another morning wasted ringing',
    'they gave my prescription to the wrong person',
  ])('%j is a complaint', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });

  test.each(['i was meant to have a call from the doctor today, will it still happen?', 'do you have anything later in the week?'])('%j is about an appointment', (text) => {
    expect(tagsOf(text)).toContain('appointment');
  });

  test("running late oneself is not a complaint", () => {
    expect(tagsOf("I've got an appointment at 2 but I'm running 10 mins late, will i still be seen")).not.toContain('complaint');
  });
});

describe('appointment false alarms', () => {
  test.each([
    'is the walk in centre open on sundays?',
    'I am on warfarin, is it safe to have the flu jab?',
    'do carers get priority for the covid booster?',
    'chest pain spreading to my arm, should i just wait for my appointment on friday?',
  ])('%j is not about booking', (text) => {
    expect(tagsOf(text)).not.toContain('appointment');
  });

  test.each(['could someone see my son today, his lips are going blue', 'any way to be seen this afternoon? crushing pain in my chest'])('an emergency with a request to be seen now keeps both: %j', (text) => {
    expect(tagsOf(text)).toEqual(expect.arrayContaining(['urgent', 'appointment']));
  });

  test('an emergency with a clear request to be seen keeps both', () => {
    expect(tagsOf('my baby has a rash that doesnt fade under a glass, can i get an emergency appointment today?')).toEqual(expect.arrayContaining(['urgent', 'appointment']));
  });
});

describe('waiting said as a norm', () => {
  test.each(['You should not have to wait 4 hours for a call back', 'Took 4 phone calls and hours later for a response', 'Said I would get a phone call about my appointment, they didnt'])(
    '%j is a complaint',
    (text) => {
      expect(tagsOf(text)).toContain('complaint');
    },
  );

  test("'you don't have to wait long' is still praise", () => {
    expect(tagsOf("you don't have to wait long here, lovely staff")).toEqual(['praise']);
  });
});

describe('praise built from the same words is never a complaint', () => {
  test.each([
    'No doctor could have been kinder to my mum',
    'No GP has ever taken as much time with me as Dr Lee',
    'Poor Dr Smith had a full waiting room and still smiled, what a star',
    'Only took 5 minutes to get through this morning, amazing',
    'Never once been made to feel a nuisance',
    'Dr Jones is the best, I would never see anyone else',
    'No one could have done more for us',
    'Easy to get through on the phone these days, well done',
  ])('%j', (text) => {
    expect(tagsOf(text)).not.toContain('complaint');
  });
});

describe('more ways of asking to be seen', () => {
  test.each([
    "I've been told to make a follow up in 2 weeks, can I do that online?",
    'Is there a way to request a particular doctor?',
    'Can the pharmacist see me instead of a GP?',
    'The doctor wants to see me again in a month, do I book now?',
    'Do you still have the extended hours on a Thursday night?',
  ])('%j is about an appointment', (text) => {
    expect(tagsOf(text)).toContain('appointment');
  });

  test('an appointment moved without telling the patient is also a complaint', () => {
    expect(tagsOf('Anyone else had their appointment moved without being told?')).toEqual(expect.arrayContaining(['complaint', 'appointment']));
  });
});
