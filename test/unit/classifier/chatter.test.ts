import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// Ordinary page chatter, written in session 6 to probe the rules rather than taken from any corpus:
// good wishes, thanks, questions about the building, news of a visit that went well, words a
// complaint rule uses said without a grievance ("noted", "took the day off", "used to dread
// phoning", "still says pending"-style questions). The corpora hold few such comments, so broad
// complaint and abuse shapes tuned on them can fire here unseen: "I hope you all have a lovely
// Christmas" was tagged abuse and a complaint until session 6. None of these is either.
const CHATTER = [
  "Merry Christmas to all the staff, have a lovely break",
  "Happy new year everyone at the surgery",
  "I hope you all have a restful weekend",
  "Hope you all stay safe and well",
  "Welcome to the team Dr Khan!",
  "Good luck in your retirement Dr Evans, you'll be missed",
  "Congratulations on the award, well deserved",
  "Shared",
  "@Karen Jones",
  "What time does the flu clinic start on Saturday?",
  "Is the car park open during the building works?",
  "Will the pharmacy be open on Boxing Day?",
  "Thanks for letting us know",
  "Noted, thank you",
  "Sorry to hear that, get well soon",
  "RIP Dr Morgan, a true gentleman",
  "Such sad news, thinking of his family",
  "Well done to the nurses for the charity run",
  "Love this idea",
  "Great news",
  "Do you need volunteers for the patient group?",
  "Can't believe it's nearly Christmas again",
  "Does anyone know if the bus still stops outside the surgery?",
  "My mum says thank you for the flowers",
  "What a lovely post",
  "Hope the building work goes well",
  "Sending love to the whole team",
  "Have a lovely Christmas and a peaceful new year",
  "Can I drop off a thank you card at reception?",
  "Is the defibrillator outside available to the public?",
  "Just seen the new mural, looks great",
  "Is there a hearing loop at reception?",
  "Who do I speak to about joining the patient participation group?",
  "Lovely to see the old photos",
  "Happy retirement Sue, enjoy every minute",
  "Is the surgery closed on the bank holiday Monday?",
  "Thank you for all you do, especially this winter",
  "Is it true Dr Shah is leaving? He will be missed",
  "I can't thank you enough",
  "No problem at all",
  "Take care everyone",
  "The new website looks much better",
  "Which entrance is wheelchair accessible?",
  "Is there somewhere to park a mobility scooter?",
  "Just wanted to say the new chairs in the waiting room are comfy",
  "Hope you get some rest over the holidays, you deserve it",
  "Don't let the moaners get you down",
  "Ignore the negative comments, you're doing a great job",
  "Anyone else's kids loving the fish tank in the waiting room",
  "Will you be doing the fun run again next year?",
  "Took the day off for my jab, in and out in 5 minutes, thank you",
  "My prescription request says pending, how long does it usually take?",
  "Grand, thanks for letting us know",
  "Noted, thank you",
  "Classic British weather for the flu clinic queue lol",
  "Found out on the NHS app my results are normal, thanks",
  "The baby clinic was lovely, the health visitor was on her phone to the hospital sorting my referral for me",
  "Where's the best place to park for the flu clinic?",
  "I'll be better by then hopefully, thanks for fitting me in next week",
  "Can't book the flu jab in advance? Shall I just turn up?",
  "Referral came through really quickly, thank you Dr Shah",
  "Nobody warned me how nice the new waiting room is",
  "I know my own body and Dr Patel listened, so grateful",
  "Lovely to see the practice doing so well, it used to be hard to get in but not any more",
  "Is it 2 or 3 weeks between the jabs?",
  "Day 2 of the flu, staying in bed as advised",
  "Used to dread phoning but the new system is brilliant",
  "What's the best time to ring for test results?",
  "The phone queue music is actually quite relaxing lol",
  "Went in person to drop off my form, lovely lady on reception",
  "Is the phlebotomist in on Fridays? Just wondering for my mum's bloods next month",
  "My husband is a nurse at the hospital, he says you lot are heroes",
  "Great to see the new phone system working, got through in 2 minutes",
  "Dr Jones rang me back within the hour, couldn't ask for more",
  "Had my appointment today, the doctor was lovely and explained everything",
  "Just had my smear, nurse made it painless, thank you",
  "Thank you for the reminder about the flu jab",
  "My daughter had her jabs today and the nurse was brilliant with her",
  "Anyone know if the chemist next door is open Sunday?",
  "How do I update my address with you?",
  "Can I register my new baby online?",
  "Does the surgery have a hearing loop?",
  "Will there be a Christmas party for the patient group?",
  "The doctor was running late but she apologised and took her time with me, no complaints",
  "Waited 20 mins past my appointment time but the GP was so thorough it was worth it",
  "Such a shame Dr Hill is retiring, best GP we ever had",
  "Sad to see Sue leave reception, she was always so kind",
  "I was so nervous about my appointment but the nurse put me at ease",
  "Never had a problem getting an appointment here",
  "No complaints at all, always seen quickly",
  "Can't fault the care my dad got at the end, thank you all",
  "Not a single bad word to say about this place",
  "The online form is so much easier than phoning",
  "I rang at 8 and got seen at 10, amazing",
  "Busy as always but the staff were so patient with my mum",
  // Probes the session-6 note listed as misread, and kin, mended in session 7.
  "Is my sick note still with the doctor? No rush",
  "Dr Ahmed said it was just a virus and he was right",
  "Appointments are like gold dust everywhere these days, not your fault",
  "It's hard to believe it's been 10 years since the new building opened",
  "So hard to choose which of the nurses is the nicest",
  "Only been once so hard to say",
  // Shapes from real survey answers rated very good that were tagged complaint (FFT, even half).
  "Couldnt of asked for better care",
  "couldn't have asked for more, thank you",
  "They gave my son an appointment time which was amazing as there was a three hour wait for people who were just turning up",
  "Got fitted in the same day when there's a two week wait for everyone else, thank you",
  "It wasn't explained that I'd need to come back 2 days later for the dressing, not a problem for me but could be for others",
  // Survey answers of the kind rated very good, written as probes in session 7.
  "Maybe answer the phone a bit quicker, otherwise excellent",
  "Had to wait a week but that's fine for a routine thing",
  "Parking is a nightmare, otherwise great",
];

describe('page chatter is neither a complaint nor abuse', () => {
  test.each(CHATTER)('%s', (text) => {
    const tags = tagsOf(text);
    expect(tags).not.toContain('complaint');
    expect(tags).not.toContain('abuse');
  });
});

// The same words as a grievance stay complaints: the mends above must not excuse these.
const STILL_COMPLAINTS = [
  "It's not the staff's fault, it's the management. Nothing ever changes.",
  "Sent home with just a virus, turned out to be pneumonia. Disgraceful",
  "So hard to get an appointment here",
  "Waited 3 weeks for my sick note, no rush then",
  "Appointments are like gold dust, not your fault but something has to change",
  "there is a 3 week wait for people who need a smear, shocking",
  "The receptionist was rude, otherwise fine",
  "waited 3 weeks and thats fine is it?",
];

describe('grievances in the same words are still complaints', () => {
  test.each(STILL_COMPLAINTS)('%s', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });
});

test('the music of the phone queue is not a way in', () => {
  expect(tagsOf('The phone queue music is relaxing')).toEqual([]);
  expect(tagsOf('The phone queue is an hour long every morning')).toContain('appointment');
});
