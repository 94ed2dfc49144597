import { describe, expect, test } from 'vitest';
import type { CategoryId } from '../../../src/core/categories.ts';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): CategoryId[] => classify(text).tags.map((t) => t.id);

// Real-looking comments on a GP practice's Facebook page, one table per category.
const TABLES: Record<CategoryId, string[]> = {
  urgent: [
    'my husbands face has dropped on one side and hes slurring',
    'her leg and arm went numb down her left side',
    'he cant lift his mug with his right hand all of a sudden',
    'my 6 week old is really drowsy and off her feeds with a temp',
    'only one wet nappy since this morning',
    'dad is grey and clammy and says his chest is tight',
    'she swallowed a whole packet of paracetamol',
    'the cut is gushing blood and the tea towel is soaked through',
    '@Kerry Smith call 999 now, do not wait',
    'please ring Samaritans tonight',
    'mum cannot grip her fork with her left hand and her words are jumbled',
    'his right side looks droopy since lunch',
    'my toddlers breathing is really noisy and fast',
    'coughing up a bit of blood and breathless',
    'chest feels tight and heavy, been like it an hour',
    'sudden headache like being hit with a hammer',
    'my 3 week old is cold to the touch and has not woken for a feed',
    'pain moved to the lower right and she cannot stand up straight',
    'high temperature and a rash on his legs',
    'I had my op last week, now fever and my heart is racing',
    'my grandad is lying on the floor and barely responding',
    "I don't think I can keep myself safe tonight",
    'my throat is closing up after the peanuts',
    "my daughter doesn't want to be here any more",
    'chest is sore and my left arm feels heavy',
    "his lips have gone a strange purple colour",
    "she's strugglin ta catch her breath",
    'not right at all, floppy and moaning, not moaning about you, just not right',
    "grandad's arm has gone dead",
    'pain in his chest like a vice and he is sweating buckets',
    'banged her head on the step, blood everywhere',
    'my nan fell and she cannot get up off the floor',
    'the baby swallowed a button battery',
    'bleeding heavily after giving birth last week',
    "my boy hasn't had a wee since yesterday and is floppy and drowsy",
    'dad took a double dose of his warfarin and his gums keep bleeding, it will not stop',
    'my friend says she wants to die',
    "she's been cutting again",
    "fell off the ladder and his wrist is at a funny angle",
    "I can't put any weight on my ankle after the fall",
    "can't catch my breath and my lips look a bit blue",
    'my baby has a rash that doesnt fade under a glass',
    'my mum has taken too many tablets what do i do',
    'i just want to end it all',
    'CRUSHING PAIN IN MY CHEST GOING DOWN MY ARM',
    'my daughter has collapsed and wont wake up properly',
    'worst headache of my life came on suddenly',
    'lips and tongue swelling after eating nuts',
    'his tongue is starting to swell',
    'any chance of seeing someone? her face and lips have started to swell after prawns',
    'swelling of her lips after a bee sting',
    'my 3 month old is floppy and not feeding',
    'cut my hand and it wont stop bleeding',
  ],
  complaint: [
    'rang at 8am and was 27th in the queue, no appointments left',
    'Thanks for nothing. Again.',
    'great service as usual... NOT',
    'receptionist was so rude to my mum today',
    'fuming. absolutely fuming with this surgery',
    'cant get an appt for love nor money',
    '40 minutes on hold just to be told to ring back tomorrow',
    'i want to make a formal complaint',
    'you lot need to sort it out',
    'not impressed at all',
  ],
  appointment: [
    'can i book my flu jab online?',
    'Hi is there any appointments for this week',
    'how do I cancel my appt for tomorrow',
    'need to rearrange my smear test',
    'do u do saturday appts',
    'the 8am scramble is a joke, all the appointments gone by 8.05',
    'can i see a doctor today my son has earache',
  ],
  prescription: [
    'has my repeat prescription been sent to boots yet?',
    'pharmacy says you havent sent my script AGAIN',
    'running low on my meds how do i order more',
    'can i get my inhaler on repeat',
  ],
  results: [
    'any chance someone could ring me with my blood test results',
    'had bloods taken last tuesday how long do they take to come back',
    'are my xray results back yet',
    'any news on my scan?',
  ],
  abuse: [
    'useless bunch of clowns the lot of you',
    'f***ing disgrace this place is',
    'u r all a bunch of tw@ts',
    'c u n t s',
    'sh1t service',
    'i know where you live',
  ],
  personal_data: [
    'my nhs number is 943 476 5919 can you check',
    'NHS no 9434765919',
    'ring me back on 07712 345678',
    'my date of birth is 12/08/1985',
    'NHS number 4010 232 137 in case you need it',
    'Jo Bloggs, DOB 3rd March 1961, please call me',
    'born on March 3rd 1961 if that helps',
    'Hi its me, 14th of February 1948, can someone check my bloods',
    'I live at 14 Cedar Road, LS6 2QT',
    "I need my sertraline repeat doing, I've only got 2 left",
    'i was diagnosed with bipolar last year',
  ],
  praise: [
    'Massive thank you to Dr Patel, so kind and patient with my dad 💙',
    "couldn't fault the nurses",
    'No complaints here, always seen quickly',
    'lovely staff, not rude at all like people say',
    'had my appointment with the nurse yesterday and she was fab thank u',
    'AMAZING SERVICE TODAY THANK YOU',
  ],
};

describe.each(Object.entries(TABLES))('%s', (category, comments) => {
  test.each(comments)('tags %j', (text) => {
    expect(tagsOf(text)).toContain(category);
  });
});

describe('hard negatives', () => {
  test.each([
    ['no complaints here, always been seen quickly', 'complaint'],
    ["can't complain, reception were brilliant", 'complaint'],
    ['lovely staff, not rude at all', 'complaint'],
    ['couldnt fault them', 'complaint'],
    ['thank you for fitting me in this morning, really appreciated', 'appointment'],
    ['had my appointment today and the nurse was lovely', 'appointment'],
    ['Thanks for nothing', 'praise'],
    ['great service as always... NOT', 'praise'],
    ['can i book online for the flu clinic? thanks', 'praise'],
    ['the chemist next door, is it open sunday?', 'prescription'],
    ['was told i was wasting their time', 'urgent'],
    ['thanks for fitting me in at short notice', 'urgent'],
    ['my order number is 123 456 7890', 'personal_data'],
    ['the pharmacist went through all my tablets with me, so helpful', 'urgent'],
    ['I had to ring 999 last week because you would not see me', 'urgent'],
    ['my prescriptions get lost every month, how do I complain', 'abuse'],
    ['my order number is 1234 567 890', 'personal_data'],
    ['the flu clinic is on 3rd March 2026', 'personal_data'],
    ['we moved here in May 2001', 'personal_data'],
    ['the receptionist was rude', 'abuse'],
    ['stupid system', 'abuse'],
    // Warm wishes share their words with a hostile jibe; the jibe is caught by what it wishes.
    ['Enjoy your retirement Sue, you deserve it x', 'abuse'],
    ['Congratulations Dr Patel, you deserve it!', 'abuse'],
    ['Hope the lot of you lose your jobs. You deserve it', 'praise'],
  ] as const)('%j is not %s', (text, category) => {
    expect(tagsOf(text)).not.toContain(category);
  });

  test.each(['what time do you open on bank holiday monday?', '@Sarah Jones this is the place', 'Shared', 'is there parking at the new building?', '👍'])(
    '%j gets no tag',
    (text) => {
      expect(tagsOf(text)).toEqual([]);
    },
  );

  test('praise that mentions an appointment is praise only', () => {
    expect(tagsOf('Thank you to the receptionist who got me an appointment this morning, really appreciated')).toEqual(['praise']);
  });

  test('exclamations beside a complaint are sarcasm', () => {
    expect(tagsOf('oh brilliant, the phones are down again. fantastic')).toEqual(['complaint']);
  });

  test('what follows the turn is the point', () => {
    expect(tagsOf("awful year for us but you've all been amazing")).toEqual(['praise']);
  });

  test('an emergency is not also a complaint about waiting', () => {
    expect(tagsOf('i took an overdose an hour ago')).toEqual(['urgent']);
  });

  test('a mixed comment carries both readings', () => {
    expect(tagsOf('the doctors are great but getting through on the phone is awful')).toEqual(['complaint', 'praise']);
  });
});

describe('output shape', () => {
  test('tags come in CATEGORY_IDS order, with scores in (0, 1] and quoted reasons', () => {
    const { tags } = classify('my baby cant breathe and your receptionist told me to ring back tomorrow, disgusting');
    expect(tags.map((t) => t.id)).toEqual(['urgent', 'complaint', 'appointment']);
    for (const tag of tags) {
      expect(tag.score).toBeGreaterThan(0);
      expect(tag.score).toBeLessThanOrEqual(1);
      expect(tag.reasons.length).toBeGreaterThan(0);
      expect(tag.reasons.length).toBeLessThanOrEqual(3);
    }
    expect(tags[0]?.reasons[0]).toMatch(/'cant breathe'/);
  });

  test('is deterministic', () => {
    const text = 'rang 50 times, no appts, receptionist rude, thanks for nothing';
    const first = JSON.stringify(classify(text));
    for (let i = 0; i < 5; i++) expect(JSON.stringify(classify(text))).toBe(first);
  });

  test('empty and odd input is safe', () => {
    expect(classify('').tags).toEqual([]);
    expect(classify('   \n\t ').tags).toEqual([]);
    expect(classify('🙂🙂🙂').tags.map((t) => t.id)).not.toContain('complaint');
  });
});
