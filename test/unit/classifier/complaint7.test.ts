import { describe, expect, test } from 'vitest';
import type { CategoryId } from '../../../src/core/categories.ts';
import { readByRules } from '../../../src/core/classifier/index.ts';

// The rules alone: the trained models on top may already guess some of these.
const tagsOf = (text: string): CategoryId[] => readByRules(text).tags;

// Grievances said as plain facts, questions or orders (session 8, reworded from the misses of the
// blind sets dev16, dev17, survey11 and survey12): the premises or the system at fault, a doctor
// wanted and someone else given, a grievance flagged first, the unnamed decider, "why … always",
// shut out by the system, too few for the town, a change to stop, turned away, having to fight,
// two answers, better from anyone else, a mock wish, a verdict word, giving up on the place, a
// doctor not interested, no choice given, asking for months, harm foretold, hiding behind others,
// the same every year, pointed asides, left stuck, told to sort it, a service taken away, the wait
// as a sum, a wish to raise it, nobody picking up, every contact a fight, and running out before
// it comes. Each is missed by the rules without its session 8 shape.
const QUIET = [
  'The disabled parking is nowhere near big enough',
  'Waiting area absolutely heaving this morning, standing room only',
  'The loos really need a good clean',
  'That self check in machine never works',
  'The booking page is not dyslexia friendly at all',
  'Why does the app want my postcode every single time I log in',
  'The online form is not suitable for older patients',
  'I wanted to see a GP not the pharmacist',
  'I need a real doctor not a care navigator',
  "I didn't want a leaflet, I wanted to see a GP",
  'No offence but why is the late clinic moving',
  'Not being funny but how is a form better than a phone call',
  'Whoever thought a 7am form was a good idea',
  'Who signed off on closing the branch',
  'So what was wrong with the old booking line',
  'Why is the nurse clinic always on a weekday morning',
  'What if my husband is too poorly to fill in a form',
  "I can't take a call at the factory, it's too loud",
  'Two new estates built and still a single GP practice',
  'We have been two receptionists short since summer',
  'Please stop sending reminders at midnight',
  'Get rid of this triage and let us see someone',
  'My dad got turned away at the desk',
  "They said I couldn't register unless I had a utility bill",
  "That's not even the policy, I checked",
  'They refused him a home visit',
  'I had to push to get my scan',
  'A friendly word now and then would not hurt',
  'At least reply to the messages',
  'One receptionist said come in, the next one said I had to ring',
  'I have had better service from a parking meter',
  'The walk in centre did more in an hour than you have ever done',
  'Would be nice if someone actually rang back for once',
  'Asked for a callback and it never happened',
  'Your new rota has ruined the afternoon clinic',
  'Guilt tripping pensioners about missed slots',
  'I am giving up on this place',
  'The way this practice is run',
  'The locum did not seem interested in my knee at all',
  'My husband keeps getting sent away with antibiotics',
  'She keeps being turned away at the desk',
  "I couldn't pick a time, it was 10am or nothing",
  "They cancelled and didn't offer me another date",
  'Been asking about a hearing test for my son for over a year now',
  'Someone will die on that phone queue one day',
  'The partners hide behind the triage nurse',
  'Nobody left who knows my family',
  'Holiday makers get seen quicker than residents',
  'Every winter the same, nowt left by quarter past eight',
  'Nothing will ever change at that surgery',
  'Was it really necessary to close on the bank holiday Tuesday as well',
  'This is what happens when you hand the phones to a robot',
  'Shame the surgery can find money for a new sign',
  "So if the form's full I'm just stuffed then",
  'Someone really needs to sort that phone line out',
  'Reception is lovely but the booking side is completely broken',
  "They've taken the Saturday clinic away",
  'First slot is 3rd March. That is nine weeks.',
  'My repeat has been awaiting approval for a week',
  'I want to raise an issue about the nurse',
  'Nobody is picking up at the branch surgery',
  'Surely someone will die waiting at this rate',
  'If she tells me to ring back tomorrow one more time',
  'Every phone call this year has been a battle',
  'My notes got merged with someone elses',
  'I had completely run out by the time it came',
  // Round two, from the quiet misses of train9-18: still not done, late as a habit, asked and
  // ignored, left out in the cold, a system hard to use, quicker anywhere else, rushed and unheard,
  // wanted one thing and got another, idioms of a muddle, the whole thread agrees, heard by the
  // whole room, passed around, the outrage in a fragment, no record, asking for the manager, worn
  // down, told to put it right, idioms of despair.
  "My inhaler request went in a fortnight ago and still isn't done",
  'Sick notes often not ready on time',
  'Not had a medication review in three years despite asking',
  'My mum stood outside in the rain waiting for the doors to open',
  'I find the app really stressful',
  'Quicker to get seen at the walk in centre twenty miles away than at my own surgery',
  'You take longer to answer than the council',
  "Funny how my neighbour's practice does evening appointments",
  'I was ushered out before I could mention my second problem',
  "Isn't that your job?",
  'It would be nice to be listened to',
  'Wanted a face to face, got a phone call',
  'Sorry to be that person but how come the lift is shut',
  'Nice words. Shame the reality is a bit different',
  'My forms vanish into a black hole',
  "Won't bother asking next time",
  'There goes my day off then',
  'Sorted it myself in the end',
  "The man on the desk doesn't want to be there",
  'Everyone on this page has the same story',
  'The number of times I have been told to wait for a letter',
  'Is my scan ever going to happen',
  'Been passed between reception and the pharmacy all week',
  'Dreading ringing on Monday',
  'The new receptionist could do with some manners',
  'A kind word costs nothing',
  "He thinks he's the doctor",
  'Strange choice to close on a Monday',
  'Still cross about how my dad was treated',
  'Six weeks to be seen. For a rash.',
  'When I got there they had no record of my booking',
  'Not even an option to book ahead',
  'Never had a single reply',
  'I would like to speak to the practice manager please',
  'There must be an easier way than queueing at 8',
  "Wish I'd never registered here",
  'What is even the point of the online form',
  'The leaflet still says you do walk ins',
  'Check your records before sending letters',
  'Smoke and mirrors, all of it',
  "You honestly couldn't make it up",
  'Ringing never gets you anywhere',
];

// The same words that are no complaint: a plain question, advice, a change for the better, people
// who do not turn up, words aimed at other commenters, "just a question", and someone else's
// prescription collected.
const NOT_COMPLAINTS = [
  'Is there parking at the new building?',
  'Can I do the form for my mum if she is too ill to use a computer?',
  'Do I need to see a doctor or can the nurse do it?',
  'Did they say the Saturday clinic is on this week?',
  'Never been refused an appointment here, thank you all',
  "Whoever designed the new website, it's brilliant",
  "People who don't turn up should be charged, simple",
  'Shame on those who waste appointments',
  'Not one of you complaining has ever worked on a reception desk',
  'Not a complaint, just a question: does the nurse do ear syringing?',
  'Can I pick up my husbands prescription, or does he need to come?',
  'First time in ages I did not have to fight for a slot. Thank you',
  'How do I update it on the app?',
  'Do bloods take longer than a swab?',
  'The new pharmacy has no record of me.',
  'I find the app really easy',
  'Thank you, I never had a single problem',
  'Is there a reason the website still says open till 7',
];

describe('quiet complaints (session 8)', () => {
  test.each(QUIET)('%s', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });
  test.each(NOT_COMPLAINTS)('%s', (text) => {
    expect(tagsOf(text)).not.toContain('complaint');
  });
});
