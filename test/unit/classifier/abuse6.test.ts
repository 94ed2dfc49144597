import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// Session 6: the fresh training writers' abuse was mostly missed (name-calling without a swear
// word, "disgrace" said of people, threats and wished harm). Each line below is reworded from
// those shapes, not copied, and each was untagged as abuse before the session 6 rules.
const ABUSIVE = [
  'clueless fools the lot of them',
  'stop hiding behind the switchboard you cowards',
  'a pack of crooks, every one of you',
  'yous are a shower of lazy wasters',
  'the new GP is an arrogant prat',
  'absolute jobsworths on that desk',
  'Your receptionist is a disgrace to the profession',
  "you're all a disgrace and you know it",
  'every one of you should be ashamed of yourselves',
  'shame on each and every one of you',
  'someone should torch that surgery',
  "I'll be waiting in the car park for that nurse after her shift",
  'I know where that manager lives',
  'hope you all get what you deserve',
  'hope one of you gets ill and gets treated like this',
  "I'll knock his teeth out if he speaks to my mum like that again",
  'go and die in a ditch',
  // Session 7 probes.
  "I'll be having words with her in the car park",
  "I'd like to punch that smug doctor",
  'someone should slap the receptionist',
  'shut up and do your job',
  'the nurse is an absolute dragon on reception',
  // Session 8, from two blind sets read at last (reworded).
  'yous lot are a total joke, every last one of you',
  'clueless the lot of them on that front desk',
  'lazy overpaid GPs, never there after lunch',
  'the receptionists are stuck up madams',
  'that doctor is an old fossil who should retire',
  'they could not organise a piss up in a brewery',
  "the manager couldn't run a bath",
  "wouldn't know good care if it hit them in the face",
  'somebody wants their head kicked in on that desk',
  "I'm going down there tomorrow and they won't like it",
  'time someone took her down a peg',
];

// The same words where nobody is being insulted or threatened.
const NOT_ABUSE = [
  'I hope you all have a lovely Christmas',
  'i hope you feel better soon Dr Patel',
  'Only Fools and Horses is on later',
  "I'm a coward with needles, the nurse was lovely",
  'We are not time wasters, my son was really ill',
  'the 8am scramble is a disgrace',
  'quick question for the quacks lol',
  'the government should be ashamed of what it has done to GPs',
  // A blow or a kill said of things (until session 7, 'hit the' anything was read as a threat).
  "I'd like to hit the reset button on this whole system",
  'could hit the roof when I saw the queue',
  'kill the music on the phone line please',
  'knock the wall through for a bigger waiting room',
  'Shut up 🤣',
  "Shut your trap Linda, no one cares what you think",
  // Said of oneself or of a wait, not of the staff (session 8).
  'sat by the phone like an idiot all morning',
  'the wait for the doctor is a disgrace',
];

describe('name-calling, "disgrace" said of people, threats (session 6)', () => {
  test.each(ABUSIVE)('%s', (text) => {
    expect(tagsOf(text)).toContain('abuse');
  });
  test.each(NOT_ABUSE)('not abuse: %s', (text) => {
    expect(tagsOf(text)).not.toContain('abuse');
  });
});
