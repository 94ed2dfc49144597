import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// Probes written in session 7, by hand and by two helpers asked for tricky comments of one kind
// each (negation and sarcasm; what is and is not a request to be seen). None comes from a corpus;
// each table names what had been misread.

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

// Sarcasm the rules had no shape for; each was read as praise.
const SARCASTIC = [
  'Love how the online booking says no appointments available for the next 4 weeks. Super helpful 👍',
  'Cant fault the new phone system... said no one ever',
  'Great to see the practice is so good at losing sample forms. Third time now',
  'Excellent. Only took 5 phone calls and 2 trips in to get a sick note',
  "Wonderful news that you're 'listening to patient feedback'. Maybe start by answering the phone",
  'Such a helpful receptionist today told me to go to A&E for a repeat prescription 🙄',
  'Could not be less helpful if you tried tbh',
];

describe('sarcasm', () => {
  test.each(SARCASTIC)('%s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('complaint');
    expect(tags).not.toContain('praise');
  });
});

// Praise the rules had no phrase for, or read as a complaint.
const PRAISE = [
  'Sick of people slagging this place off, they saved my husband\'s life last year',
  'no dramas, got my prescription sorted same day',
  'Not a single thing I\'d change',
  'Improve? Honestly nothing. Keep doing what youre doing',
  'Had a rough few weeks but can honestly say the mental health nurse has been a lifeline',
  "Dont worry about the delay, these things happen, the doctor was worth waiting for",
];

test('a fear that came to nothing, and a place near the front of the queue, are no complaint', () => {
  expect(tagsOf('Honestly expected the worst after the stories about the phones, was 3rd in the queue and got a same day appointment 😊')).not.toContain('complaint');
});

describe('praise in words of its own', () => {
  test.each(PRAISE)('%s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('praise');
    expect(tags).not.toContain('complaint');
  });
});

// Disclaimers before a complaint are not praise; the writer's own calm is not a complaint.
test.each([
  ["I don't want to moan, I know you're busy, but 8am scramble every single day for a week and still nothing", ['complaint', 'appointment']],
  ['i never complain about anything but this is the final straw, how do I make a formal complaint', ['complaint']],
  ["Im not upset at all just wondering if theres a way to get my repeat sent to Boots instead of Lloyds", ['prescription']],
  ['Im not angry. Just tired. Tired of being on hold, tired of explaining, tired.', ['complaint', 'appointment']],
  ['No worries if not but is the surgery open on the bank holiday monday?', []],
])('%s', (text, tags) => {
  expect(tagsOf(text as string)).toEqual(tags);
});

// Ways of asking to be seen without an appointment word, and an appointment named only as when.
const TO_BE_SEEN = [
  'need something sorting for our Jayden, third lot of earache since christmas',
  'need something looking at on my back',
  'Late for my 11.40 because of the roadworks on Bradford Rd, will they still see me or have I lost it',
  "My repeat says 'review due', does that mean I have to come in?",
  'can i get a wart frozen',
  "They've stopped my repeat till I've had a medication review but there's no reviews till March. So what do I do for 6 weeks",
  "Still waiting on the doctor ringing me back. Was told before 12. It's now ten to 5.",
];

describe('asking to be seen', () => {
  test.each(TO_BE_SEEN)('%s', (text) => {
    expect(tagsOf(text)).toContain('appointment');
  });
  test.each([
    ["Has my repeat been sent to Boots yet? Doctor said at my appointment Tuesday she'd do it", ['prescription']],
    ['any idea how long bloods take to come back? had them done at my appointment thursday', ['results']],
    ['My son Ethan is autistic and he needs his repeat sorting, please ring me', ['prescription', 'personal_data']],
  ])('not a request to be seen: %s', (text, tags) => {
    expect(tagsOf(text as string)).toEqual(tags);
  });
  test('a cancellation said as "won\'t be at his appointment on Friday" is still one', () => {
    expect(tagsOf("He was admitted last night. He won't be at his appointment on Friday.")).toContain('appointment');
  });
});

// From a helper's praise written in the words of complaints (100 comments; 14 praise-only ones
// were tagged complaint) and another's complaints with no complaint words (27 of 100 misread).
const PRAISE_NOT_COMPLAINT = [
  'unlike my old surgery in Leeds you actually pick up the phone. made up to have moved here',
  "running 40 mins late but worth every minute, Dr H never rushes you and that's exactly why he runs late. respect",
  'Id give 6 stars if I could. This place gets a lot of stick but the staff are run ragged and still smile',
  'mint service, proper mint. was expecting a 3 week wait and got seen tomorrow... well today now 😂',
  "think its fab you've put the waiting times on the screen now, makes the wait so much less stressful",
  'Not what I expected at all. Went in dreading it and came out feeling listened to for the first time in years',
  'My 2yr old screamed the place down and the nurse didnt bat an eyelid. Absolute saint',
  "The online booking's been a game changer for shift workers like me. No more hanging on at 8 hoping",
  'Compared to my old surgery in Croydon this place is a dream honestly',
];

describe('praise in the words of complaints', () => {
  test.each(PRAISE_NOT_COMPLAINT)('%s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('praise');
    expect(tags).not.toContain('complaint');
  });
  test.each([
    'you need the patience of a saint to get seen at this place',
    "Didn't feel listened to at all. Doctor had made his mind up before I sat down",
    'wow they actually answered a comment, mark the calendar',
    'I know people moan but this time its justified, sat 2 hours past my appointment time and nobody said a word',
  ])('still a complaint: %s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('complaint');
    expect(tags).not.toContain('praise');
  });
  test('a formal complaint stays one beside praise of a doctor', () => {
    expect(tagsOf("I'd like to make a formal complaint about how my dad was spoken to at the front desk, though Dr Reid has been fantastic with him throughout")).toContain('complaint');
    expect(tagsOf("Lovely surgery, lovely staff, fantastic doctors. Don't know what everyone's complaining about")).toEqual(['praise']);
  });
  test('a short wait is no complaint, though nothing in it is a praise word', () => {
    expect(tagsOf('was on hold for literally 2 minutes. 2!! who are you and what have you done with my surgery 😂')).not.toContain('complaint');
  });
  test('a grievance taken back, and a wait accepted, are no complaint', () => {
    expect(tagsOf('not gonna lie I was fuming when they said nothing till next week... then the nurse practitioner squeezed me in at 4. take it all back')).not.toContain('complaint');
    expect(tagsOf("5 weeks till my appointment, which is fine, it's only a routine check")).not.toContain('complaint');
  });
});

const SAID_AS_FACT = [
  "My dog's vet saw him same day. Just saying.",
  'Day 9 waiting for my repeat. Pharmacy says nothing\'s been sent over.',
  'Mate the pharmacy on the high street has seen me quicker for a UTI than you lot ever have',
  'Happy 1 year anniversary to my referral request 🎂',
  'Honestly the care is 10/10, getting seen is 2/10. cant get a routine appt for a month',
  'phones 1/5, doctors 5/5',
];

describe('complaints said as facts', () => {
  test.each(SAID_AS_FACT)('%s', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });
  test('a time is not a score', () => {
    expect(tagsOf('Good timing to go to the hospital. Collection 2:00   appointment 2:10')).not.toContain('complaint');
  });
});

// Survey answers written as probes by a helper (its ratings came out inverted, so only its labels
// are used here).
describe('survey answers', () => {
  test.each([
    'Great if you like hold music',
    'Seen quickly once I got in. Getting in is the hard bit',
    'I live at 22 Cobden Street literally round the corner and still cant get a home visit for my mum',
    'Used to love this place',
    'Would be higher if I could see the same doctor twice',
    'Not bad just slow',
    'The telephone triage system is clearly designed to stop people being seen. Congratulations, it works',
    'Not being funny but how is a 3 week wait for a call back from a doctor acceptable?',
    'Really good, just wish I didnt have to chase my cholesterol results myself every time',
    'Dr was nice but I came out with no plan and no idea what happens next',
  ])('a complaint: %s', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });
  test.each([
    'waited about 20 mins past my time but the nurse had an emergency and came out and apologised, lovely lady, no problem at all',
    'Fine. Did what it said on the tin',
    'Had a 2 hour wait at the walk in years ago but here? never more than 10 mins. Love it',
    "Boots on the high street keep losing my scripts, nothing to do with you lot tho, you're great",
    "doc was great, bit rushed at the end but I know they're up against it",
  ])('praise, not a complaint: %s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('praise');
    expect(tags).not.toContain('complaint');
  });
  test.each(['Depends who you get', 'Generally good. Would be better if you could book more than 2 weeks ahead'])('what the training writers left untagged as a complaint: %s', (text) => {
    expect(tagsOf(text)).not.toContain('complaint');
  });
});

// Answers rated very good (a helper's 100; 13 were tagged complaint, 7 labelled so).
test.each([
  'nowt to complain about',
  'Dr Ahmed seemed a bit abrupt at first but turned out he was just being thorough, sorted my knee out',
  'The app is a bit clunky for ordering meds, otherwise faultless',
])('rated very good, not a complaint: %s', (text) => {
  expect(tagsOf(text)).not.toContain('complaint');
});
