import { describe, expect, it } from 'vitest';
import { checkWording } from '../../../src/core/wording/index.ts';
import { RISKY, SAFE } from './sentences.ts';

describe('checkWording: risky sentences', () => {
  it.each(RISKY)('%s: %s', (rule, text) => {
    const warnings = checkWording(text);
    expect(warnings.map((w) => w.rule)).toContain(rule);
    for (const w of warnings) expect(w.message.length).toBeGreaterThan(20);
  });
});

describe('checkWording: safe sentences', () => {
  it.each(SAFE)('%s', (text) => {
    expect(checkWording(text)).toEqual([]);
  });
});

describe('checkWording: typed without apostrophes', () => {
  it.each([
    ['argumentative', 'youre wrong about this'],
    ['confidentiality', 'weve checked and your results were fine'],
    ['argumentative', 'Im sorry you feel that way'],
    ['clinical', 'dont take more than two a day'],
    ['blame', 'you didnt order in time'],
  ] as const)('%s: %s', (rule, text) => {
    expect(checkWording(text).map((w) => w.rule)).toContain(rule);
  });

  it('stays quiet on safe text typed the same way', () => {
    expect(checkWording('Were sorry you had to wait, well be in touch. If you didnt get through, please call again.')).toEqual([]);
  });
});

describe('checkWording: details', () => {
  it('points at the words that tripped a rule', () => {
    const text = 'Hello. Your results were fine.';
    const [w] = checkWording(text);
    expect(w?.rule).toBe('confidentiality');
    expect(w?.match).toBe('Your results were');
    expect(text.slice(w?.index, (w?.index ?? 0) + (w?.match?.length ?? 0))).toBe('Your results were');
  });

  it('keeps the original curly apostrophe in the match', () => {
    const [w] = checkWording('I’m sorry you feel that way.');
    expect(w?.match).toBe('I’m sorry you feel that way');
  });

  it('says what to change, in the message', () => {
    const [w] = checkWording('Actually, we open at 8.');
    expect(w?.message).toMatch(/Avoid "Actually"/u);
    expect(w?.message).toMatch(/neutral/u);
  });

  it('orders warnings by where they are in the text', () => {
    const indexes = checkWording('Calm down. You should have called. Your results were fine!!').map((w) => w.index ?? 0);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(indexes.length).toBeGreaterThanOrEqual(4);
  });

  it('returns nothing for empty text', () => {
    expect(checkWording('')).toEqual([]);
  });
});

describe('checkWording: length', () => {
  it('warns above 1,000 characters and says how long the text is', () => {
    const text = 'Thank you for your message. '.repeat(40);
    const warnings = checkWording(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.rule).toBe('length');
    expect(warnings[0]?.message).toContain(`${text.length.toLocaleString('en-GB')} characters`);
  });

  it('is quiet at exactly the limit, and the limit can be changed', () => {
    expect(checkWording('a'.repeat(1000))).toEqual([]);
    expect(checkWording('a'.repeat(101), { maxLength: 100 }).map((w) => w.rule)).toEqual(['length']);
  });

  it('counts an emoji as one character', () => {
    expect(checkWording('😀'.repeat(1000))).toEqual([]);
  });
});

describe('checkWording: shouting', () => {
  it.each([
    'Call NHS 111 or 999, or go to A&E.',
    'Book through the NHS App.',
    'COVID and MMR vaccines: ask your GP surgery.',
    'Contact PALS or the PHSO; the CQC inspects us.',
    'NHS GP services in the UK and NI.',
    'I am sorry to hear this.',
    'Call {practiceName} on {phone}.',
    'COVID-19 boosters and NHS-App bookings.',
    "Our GP's and the PCN's ARRS team.",
    'Text SHOUT to 85258 for free support.',
    'CAMHS, ADHD and COPD clinics; PIP forms from the DWP.',
  ])('allows acronyms and placeholders: %s', (text) => {
    expect(checkWording(text)).toEqual([]);
  });

  it('allows the practice’s own capitalised words when told', () => {
    expect(checkWording('Welcome to RIVERSIDE SURGERY.').map((w) => w.rule)).toEqual(['shouting']);
    expect(checkWording('Welcome to RIVERSIDE SURGERY.', { allowedCapitals: ['riverside', 'SURGERY'] })).toEqual([]);
  });

  it('flags two capitalised words together, and piled-up punctuation', () => {
    expect(checkWording('This is VERY BAD.')[0]?.match).toBe('VERY BAD');
    expect(checkWording('Please call!!!')[0]?.match).toBe('!!!');
    expect(checkWording('Really?!')[0]?.match).toBe('?!');
  });

  it('allows one exclamation mark', () => {
    expect(checkWording('Thank you so much!')).toEqual([]);
  });
});

describe('checkWording: placeholders', () => {
  it('accepts every known placeholder', () => {
    const text = '{firstName} {practiceName} {phone} {email} {website} {bookingInfo} {complaintsContact} {signature}';
    expect(checkWording(text)).toEqual([]);
  });

  it('suggests the nearest known name for a typo', () => {
    const [w] = checkWording('Hello {firstname}, thanks.');
    expect(w?.rule).toBe('placeholder');
    expect(w?.match).toBe('{firstname}');
    expect(w?.message).toContain('Did you mean {firstName}?');
  });

  it('lists the known names when nothing is close', () => {
    const [w] = checkWording('Ask for {managerName}.');
    expect(w?.message).toContain('{complaintsContact}');
  });

  it('uses the caller’s list of known placeholders', () => {
    expect(checkWording('Hi {nickname}', { knownPlaceholders: ['nickname'] })).toEqual([]);
    expect(checkWording('Hi {firstName}', { knownPlaceholders: ['nickname'] }).map((w) => w.rule)).toEqual(['placeholder']);
  });

  it('reports unbalanced braces where they are', () => {
    expect(checkWording('Hi {firstName').map((w) => [w.rule, w.index])).toEqual([['placeholder', 3]]);
    expect(checkWording('Hi firstName} there').map((w) => [w.rule, w.index])).toEqual([['placeholder', 12]]);
    expect(checkWording('Hi {first{Name}').some((w) => w.message.includes('inside another placeholder'))).toBe(true);
  });
});
