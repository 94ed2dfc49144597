import { describe, expect, test } from 'vitest';
import { classify, readByRules } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// Red flags in lay words, as the session 4 training writers put them (reworded here): each was
// missed before. Pregnancy warning signs, a nosebleed or cut that will not stop, fits, an insulin
// overdose, DKA, a clot, fever on chemotherapy, green vomit, pills kept ready.
const URGENT_4 = [
  "I'm 30 weeks pregnant with a pounding headache and seeing flashing lights",
  '36 weeks and bleeding quite heavily, do I ring you or the midwife',
  "Haven't felt the baby move since yesterday morning",
  'his nose bleed has been going for over an hour and it still wont stop',
  'her lips were swelling and she couldnt swallow',
  'my son had two fits this morning and is really drowsy',
  'I think I injected too much insulin, shaky and sweating',
  'her sugars are over 28 and she keeps being sick, ketones are high',
  'swollen hot calf and now short of breath after the flight',
  'mum is on chemo and her temperature is 38.8 and she is shivering',
  'baby is vomiting green and screaming',
  'sliced my hand on a knife and it is still pouring through the towel',
  'I have all the tablets ready and I dont know how much longer I can keep going',
  'feels like an elephant is sitting on my chest',
  "my son keeps throwing up and there's blood in it",
  'found my nan on the floor, been there since yesterday and she is barely awake',
];

// Praise that the rules read as a complaint before: comparisons with another surgery, a habit
// made easy, owning up to having been wrong, thanks for not being fobbed off.
const PRAISE_ONLY_4 = [
  'My last practice in Leeds was a shambles, this one is in a different league',
  'Felt listened to and not fobbed off for once',
  'The text reminders are fab, never missed an appt since',
  "I've never had anyone hang up on me here, always patient",
  'I was wrong about this place, they have been champion',
  'Great news, been waiting for this for ages',
  'Love the nurses, I just hate getting weighed',
];

// Survey answers the rules missed (reworded from the even-id NHS answers and survey4-8): orders
// at the start of a sentence, an unanswered complaint, not being taken seriously, a real doctor.
const SURVEY_COMPLAINT_4 = [
  'Scrap the online forms',
  'The nurses try hard. Be more honest about the waits.',
  'Treat older people with a bit of respect',
  'Nobody ever replied to my complaint',
  'I was never treated with dignity',
  'They do not take mental health seriously',
  'You never get to see a real doctor',
  'Told to ring the pharmacy which I had already done',
  'The receptionists had no idea what the doctor had said',
  'Got cut off at 8.15 after waiting 40 minutes',
];

describe('session 4: survey answers', () => {
  test.each(SURVEY_COMPLAINT_4)('complaint: %s', (text) => expect(readByRules(text).tags).toContain('complaint'));
  test.each(['Not a complaint, just a question about parking', 'No complaints at all, lovely staff'])('not a complaint: %s', (text) => expect(tagsOf(text)).not.toContain('complaint'));
  test('"screw you" is abuse', () => expect(tagsOf('screw you lot')).toContain('abuse'));
  test("'999' said as an instruction is urgent, as a story is not", () => {
    expect(tagsOf('why ask on here, phone 999!')).toContain('urgent');
    expect(tagsOf('they told me to ring 999. for a rash')).not.toContain('urgent');
  });
});

describe('session 4: red flags', () => {
  test.each(URGENT_4)('urgent: %s', (text) => expect(tagsOf(text)).toContain('urgent'));
  test.each(["I've got 3 weeks of tablets left, can I order more", 'Waited 3 weeks for blood test results', 'chemist had my meds ready on time', "Can my dad's tablets be a liquid? he can't swallow them"])(
    'not urgent: %s',
    (text) => expect(tagsOf(text)).not.toContain('urgent'),
  );
});

describe('session 4: praise only', () => {
  test.each(PRAISE_ONLY_4)('not a complaint: %s', (text) => expect(tagsOf(text)).not.toContain('complaint'));
});

describe('the trained models', () => {
  test('may take back a thin rule reading, never a firm one', () => {
    // Chasing results is labelled either way by the training writers; a comment the rules read
    // firmly as a complaint stays one.
    const firm = 'Had bloods done last Tuesday still not heard anything. how long do results normally take??';
    expect(readByRules(firm).tags).toContain('complaint');
    expect(tagsOf(firm)).toContain('complaint');
  });

  test('do not add a tag the rules ruled out, or a complaint where they cut out a phrase', () => {
    for (const text of ["I'm annoyed at myself for missing my appointment", 'On hold for 25 minutes, which is understandable with the pandemic']) {
      expect(readByRules(text).tags).not.toContain('complaint');
      expect(tagsOf(text)).not.toContain('complaint');
    }
    expect(tagsOf('They cancelled my referral without telling me')).not.toContain('appointment');
  });
});
