import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// Quiet complaints with no complaint word (session 6, reworded from train16-18 and the same shapes
// in earlier sets): sent in a circle, a booking needed to book, a small ask, how it used to be,
// the only contact there is, nobody thinking to, found out elsewhere, dismissed as nothing,
// weight blamed, "maybe" as an order, the same step over and over, a referral turned down, given
// the wrong thing, stuck at a status, asked to explain, counting the days, "apparently", a day off
// wasted, verdicts in a phrase, a dry last word, never told, people left out, better by then, and
// from the survey answers: no compassion, no safety or trust left, left in pain, got nowhere.
const QUIET = [
  'The chemist told me to ask the surgery, and the surgery told me to ask the chemist',
  'The app says contact reception, and reception says use the app',
  'Turns out you need an appt to get an appointment these days',
  "It's not much of an ask, a phone call back",
  'I used to send friends here. Not any more',
  'Only way to hear anything is to turn up at the desk',
  'My slot got moved and nobody thought to let me know',
  'Found out on the NHS app that my referral was closed',
  'The nurse put everything down to hormones',
  'Mentioned my weight four times in a hearing appointment',
  'Maybe hire another receptionist',
  'I emailed on Monday. I emailed on Wednesday. Nothing',
  'Turns out my referral to ENT got knocked back',
  'Given the wrong date for my jab',
  'Repeat still showing pending after eight days',
  'Can anyone explain why my letter says I smoke',
  'Day four of chasing a sick note',
  'Too busy to see a baby with a temperature, apparently',
  'Booked the afternoon off for it as well',
  'The call back service is a bit hit and miss',
  'No review, no repeat. Catch 22',
  'If I get one more survey text I will scream',
  'The nurse could hear everything. Felt great',
  'I was never told my appointment had moved',
  'A thought for people who cannot use the app',
  'By then I will be better anyway',
  'It is 2026 not 1970, let us book online',
  'Where is the respect for patients',
  'Sent from pillar to post for a sick note',
  'Do better',
  'Nobody there has an ounce of compassion',
  'I do not feel safe at this surgery',
  'Been left in agony all weekend',
  'Two years of asking and got nowhere',
  'I would not trust them with my dog',
  'Felt like a conveyor belt',
];

// The same words that are no complaint: a plain question, another service's failings (the
// hospital, an ambulance, the chemist), words aimed at other commenters, standing up for the staff,
// the same everywhere, and only needing to cancel.
const NOT_COMPLAINTS = [
  'Do I need an appointment to get my stitches out?',
  'Can someone explain how the new booking link works?',
  'The hospital cancelled my op again, nothing to do with the surgery',
  'Ambulance took three hours to come for my nan last winter',
  'To the lady complaining about the car park, it is a surgery not Tesco',
  'Some people on here would complain about anything',
  'The chemist was rude to me this morning',
  'Feel awful for the staff reading these comments',
  'The receptionists are doing their best, stop being rude',
  'Its a national problem, the waits are shocking',
  'Need to cancel my appt on Friday, cant get through on the phone',
  // A polite request, a year in a question, and a change for the better are no complaints either.
  'Maybe you could post the Christmas opening times?',
  'It is 2025 so will the covid jab be different this year?',
  'my son used to be scared of the doctor but not anymore thanks to Dr Lee',
  'Lovely to see the practice doing so well, it used to be hard to get in but not any more',
  'Found out on the NHS app my results are normal, thanks',
];

describe('quiet complaints', () => {
  test.each(QUIET)('%s', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });
  test.each(NOT_COMPLAINTS)('%s', (text) => {
    expect(tagsOf(text)).not.toContain('complaint');
  });
});
