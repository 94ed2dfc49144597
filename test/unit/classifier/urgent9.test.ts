import { describe, expect, test } from 'vitest';
import { readByRules } from '../../../src/core/classifier/index.ts';

// The two red-flag rounds of session 9 (regional dialect and little English; red flags said in
// passing inside ordinary comments), each shape reworded: the rules alone must read them.
const NINTH_ROUND = [
  // Breath.
  "my blue one isn't touching it and he's fighting for breath",
  'been on the reliever every 10 mins since lunch, still tight',
  "her ribs are pulling in every time she breathes",
  "he can't finish a sentence without stopping, is the asthma nurse in?",
  'strugglin for air tonight, any appts?',
  'it hurts to breathe in and my heart is pounding',
  "dad's breathing's gone really fast and rattly",
  'grandma keeps nodding off mid conversation',
  "my nails have gone a bluey grey colour and I'm puffed out",
  "his lips look dusky, is that normal after a cold?",
  // Heart.
  "hubby's chest is crushin and he's sweating, reckons it's wind",
  // Stroke.
  "mum's face, one side's dropped down since breakfast",
  "he cor lift his arm up this morning",
  "his hand won't grip the fork and he's not right",
  'she tried to say hello and it came out as gibberish',
  "his words are coming out all jumbled, what do I do",
  // Unresponsive.
  "she's on the sofa, eyes open but she's not there",
  "me nan ay respondin to us at all",
  "my father fell and now he is not answering properly",
  'he is really hard to rouse this morning',
  // Bleeding.
  "nosebleed going well over an hour, I'm on blood thinners",
  "bleedin from me nose and it won't stop for owt",
  'changing pads every 20 minutes and feel faint, 8 weeks gone',
  'soaked three tea towels from a cut on my thumb',
  "it spurts out every time I lift the plaster off",
  "our lad's throwin up blood, bright red",
  'passing lots of fresh blood and it was filling the toilet',
  'been bleeding all morning and now I feel wobbly',
  // Anaphylaxis.
  "started the new antibiotic and now my tongue's swellin",
  "her lips are puffin right up after the peanut butter",
  // Overdose.
  "toddler's got into her nan's tablets, don't know how many",
  'found empty blister packs under his bed and he is very sleepy',
  'my son he take many tablets from the cupboard, he vomit',
  'she says she took 25. what do we do',
  'double dosed his heart pills by accident, now very dizzy',
  // Sepsis.
  "the bite on my arm is red and hot and now I'm shivering",
  "boilin and shakin all night and my heart's racin",
  // Rash.
  'I pressed a glass on the spots and they stay',
  'purple dots not going away under the glass, she has a temp',
  "tiny pin pricks on his tummy that don't go pale",
  // Headache.
  'head went like a thunder clap at work, never had owt like it',
  "seein double and my head's pounding",
  // Intent said as an ending.
  "I'm not doing another year of this, it's all sorted now. Thanks for trying",
  "it's all sorted for Friday. Thank you for the help over the years x",
  'left the cat with my sister and posted the keys back. bye all',
  "counting out my tablets every night, there's nearly enough",
  "you can have my bike, I won't need it where I'm going",
  // The lookalikes' readings must not swallow a real one beside them.
  'did the glass test, spots not fading, her fever went away though',
  'watching an episode of corrie when my chest went really tight',
  'thought it was just a cold the other day but now her lips are blue',
];

const NOT_URGENT = [
  "the hold music will give me a heart attack one day",
  'watching him on that trampoline gives us a heart attack 😂',
  "if I have to ring at 8 again I'll collapse in a heap",
  'thought I was having a stroke the other day but it was just my foot gone to sleep',
  'had chest pain last April, ECG came back clear. When is my asthma review?',
  "she had meningitis years ago as a baby, she turned 12 today, thank you all",
  'did the glass test on the rash and it went white straight away, she is fine',
  'lip puffed up a bit from a cold sore, a week now, pharmacy or GP?',
  "bit wheezy with this cold but breathing is fine, can I book a check?",
  'just watched an episode of a soap where a woman had a stroke, so dramatic',
  // Ordinary comments that borrow the shapes' words.
  'the box of my tablets is nearly empty, can I order the repeat',
  'all sorted for the weekend, thanks for the quick prescription',
  "counting my tablets and the pharmacy gave me 28 not 56",
  'the phones are not answering properly again',
  'I go through 3 pads a day, can I get them on prescription',
  "my hands can't grip jars with this arthritis, physio referral please",
  'I take 20 tablets a day so a review would be good',
  'still a bit of glass in my heel from the beach and it is still there',
  'the swelling on one side has gone down now, thanks',
  'my breast pump is not working, who do I ask',
  "counting my tablets and I won't have enough for the weekend",
  'did they send my inhaler prescription? the app is not working',
];

describe('red flags of the two session 9 rounds, reworded, read by the rules', () => {
  test.each(NINTH_ROUND)('%s', (text) => {
    expect(readByRules(text).tags).toContain('urgent');
  });
  test.each(NOT_URGENT)('not urgent: %s', (text) => {
    expect(readByRules(text).tags).not.toContain('urgent');
  });
});

// A third round written after the two above (urgent20) missed five of 75 on first reading, and
// tagged four of 25 lookalikes. Reworded.
const THIRD_ROUND = [
  "my husband is type 1, his bm is 2.1 and he's acting drunk and won't take the glucose",
  'sugar really low and im all confused and shaky',
  'my baby no feed since morning and I no can wake him properly',
  "nan's talking rubbish and she's boiling hot and shaking",
  "I'm done. said goodbye to my mum and given my guitar to my best mate",
  "it's all sorted, got it all planned for sunday. just wanted somebody to know",
  // Caught on first reading by the urgent model alone; the rules read them now too.
  'had some peanuts and my lips are like a balloon, voice gone croaky',
  "feels like an elephant is sitting on my chest, started while I was gardening",
  "dad's gone pale and sweaty and keeps rubbing his chest, says it's wind",
  "I've made my peace, thank you all for trying",
  'worst headache, like being whacked with a hammer, and my neck is stiff',
];

const THIRD_ROUND_NOT_URGENT = [
  'what are the symptoms of meningitis? asking for my first aid course',
  'gave blood this morning and lost a lot of blood, feeling fine after tea and a biscuit',
  'lips went blue in the outdoor pool last week, warm now though, when are the boosters',
  'dad collapsed last Easter, made a full recovery since, thanks to everyone',
];

// The last round of the session (urgent21), written after everything above: 4 of 75 missed on
// first reading by the rules and model, 10 by the rules; 5 of 25 lookalikes tagged. Reworded.
const FOURTH_ROUND = [
  "short of breath all afternoon and my chest is aching, probably just stress",
  'my daughter ate a cashew by mistake, her lips are huge and she makes a whistle when breathing',
  "found him with the tablet bottle open, no idea how many he's had",
  'my mother cannot talk properly since this morning and her arm is not moving',
  "I'm done. That's it. Tonight",
  "he keeps on about the rope in the garage and how it'd be easier for everyone",
  "won't be needing my repeat any more, gave my cat to my neighbour",
  "what happens if you've already swallowed the pills and changed your mind",
  "I can't see any way out of this",
  'been standing at the edge of the platform for an hour',
  "I'm such a burden, they'd all be better off without me",
];

const FOURTH_ROUND_NOT_URGENT = [
  'waiting on hold is giving me palpitations lol, 35th in the queue',
  'tight chest on and off for years with my asthma, nothing new, just need my inhaler',
  'fainted at the flu clinic on Tuesday, all good now, thanks for the biscuit',
  'my lips swelled up with amoxicillin when I was little, is that on my notes',
  'I die a little inside every time I ring at 8',
];

describe('red flags of the fourth session 9 round, reworded, read by the rules', () => {
  test.each(FOURTH_ROUND)('%s', (text) => {
    expect(readByRules(text).tags).toContain('urgent');
  });
  test.each(FOURTH_ROUND_NOT_URGENT)('not urgent: %s', (text) => {
    expect(readByRules(text).tags).not.toContain('urgent');
  });
  test('a burden said of oneself is not read as praise', () => {
    expect(readByRules("honestly I'm just a burden to everyone").tags).not.toContain('praise');
  });
});

describe('red flags of the third session 9 round, reworded, read by the rules', () => {
  test.each(THIRD_ROUND)('%s', (text) => {
    expect(readByRules(text).tags).toContain('urgent');
  });
  test.each(THIRD_ROUND_NOT_URGENT)('not urgent: %s', (text) => {
    expect(readByRules(text).tags).not.toContain('urgent');
  });
  test('bleeding after giving blood that will not stop, or with faintness, stays urgent', () => {
    expect(readByRules("gave blood this morning and my arm won't stop bleeding, feel faint").tags).toContain('urgent');
  });
  test('a question about the signs, beside someone who has them now, stays urgent', () => {
    expect(readByRules("what are the signs of a stroke? my grandad's face has dropped since his nap").tags).toContain('urgent');
  });
});
