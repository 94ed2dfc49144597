import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, placeholdersIn } from '../../../src/core/templates/placeholders.ts';
import { complaintsContactText, isReadyToInsert, renderTemplate, URGENT_HELP, urgentHelpText } from '../../../src/core/templates/render.ts';
import type { PracticeDetails, Region } from '../../../src/core/settings/types.ts';
import { DEFAULT_KNOWN_PLACEHOLDERS } from '../../../src/core/wording/index.ts';
import { FULL_PRACTICE } from './practice.ts';

const EMPTY_PRACTICE: PracticeDetails = {
  ...FULL_PRACTICE,
  name: '',
  phone: '',
  email: '',
  website: '',
  bookingInfo: '',
  complaintsLead: '',
  complaintsContact: '',
  signature: '',
};

const EVERY_PLACEHOLDER = PLACEHOLDERS.map((p) => `{${p.name}}`).join(' | ');

describe('PLACEHOLDERS', () => {
  it('lists the nine placeholders, each with a description and a prompt', () => {
    expect(PLACEHOLDERS.map((p) => p.name)).toEqual([
      'firstName', 'practiceName', 'phone', 'email', 'website', 'bookingInfo', 'complaintsContact', 'urgentHelp', 'signature',
    ]);
    for (const p of PLACEHOLDERS) {
      expect(p.description.length).toBeGreaterThan(10);
      expect(p.missingLabel.length).toBeGreaterThan(5);
    }
  });

  it('are the placeholders the wording check accepts, so none is flagged as a typo', () => {
    expect([...DEFAULT_KNOWN_PLACEHOLDERS].sort()).toEqual(PLACEHOLDERS.map((p) => p.name).sort());
  });

  it("says where {urgentHelp} comes from: the practice's nation", () => {
    const info = PLACEHOLDERS.find((p) => p.name === 'urgentHelp');
    expect(info?.source).toBe('region');
    expect(info?.description).toContain('Where the practice is');
    expect(info?.description).toMatch(/NHS 111.*NHS 24.*out-of-hours/);
  });

  it('finds the placeholders a template uses', () => {
    expect(placeholdersIn('Hi {firstName}, call {phone} or {phone}. {oops} { not } {2x}')).toEqual([
      'firstName', 'phone', 'oops',
    ]);
  });
});

describe('renderTemplate with every detail set', () => {
  const result = renderTemplate(EVERY_PLACEHOLDER, { firstName: 'Jane', practice: FULL_PRACTICE });

  it('substitutes every placeholder', () => {
    expect(result.text).toBe(
      [
        'Jane',
        'The Riverside Surgery',
        '01234 567890',
        'riverside.surgery@nhs.net',
        'www.riversidesurgery.nhs.uk',
        FULL_PRACTICE.bookingInfo,
        'our Practice Manager, Mrs A Khan, on 01234 567890 or riverside.complaints@nhs.net',
        'call NHS 111 or go to 111.nhs.uk (or 111.wales.nhs.uk in Wales)',
        'The Riverside Surgery team',
      ].join(' | '),
    );
    expect(result.missing).toEqual([]);
    expect(result.unknown).toEqual([]);
    expect(result.parts).toEqual([{ kind: 'text', value: result.text }]);
    expect(isReadyToInsert(result)).toBe(true);
  });
});

describe('renderTemplate with a detail missing', () => {
  it.each(PLACEHOLDERS.filter((p) => p.name !== 'firstName' && p.name !== 'urgentHelp'))('{$name} becomes a prompt', (p) => {
    const practice = { ...FULL_PRACTICE, [p.source]: '  ' };
    const result = renderTemplate(`Before {${p.name}} after.`, { firstName: 'Jane', practice });
    expect(result.missing).toEqual([p.source]);
    expect(result.parts).toEqual([
      { kind: 'text', value: 'Before ' },
      { kind: 'missing', placeholder: p.name, label: p.missingLabel },
      { kind: 'text', value: ' after.' },
    ]);
    expect(p.missingLabel).toMatch(/ in Options$/);
    expect(isReadyToInsert(result)).toBe(false);
    // The text never shows a blank where the detail should be.
    expect(result.text).not.toContain('Before  after');
  });

  it('reports each missing detail once, with every detail missing', () => {
    const result = renderTemplate(`${EVERY_PLACEHOLDER} {phone}`, { practice: EMPTY_PRACTICE });
    expect(result.missing.sort()).toEqual(
      ['bookingInfo', 'complaintsContact', 'email', 'firstName', 'name', 'phone', 'signature', 'website'].sort(),
    );
    expect(result.parts.filter((part) => part.kind === 'missing')).toHaveLength(8);
    expect(isReadyToInsert(result)).toBe(false);
  });

  it('treats a detail that is not text as missing rather than failing', () => {
    const practice = { ...FULL_PRACTICE, phone: undefined } as unknown as PracticeDetails;
    const result = renderTemplate('Call {phone}.', { practice });
    expect(result.missing).toEqual(['phone']);
    expect(result.text).toBe('Call {phone}.');
  });

  it('needs a complaints contact; the lead alone is not enough', () => {
    const practice = { ...FULL_PRACTICE, complaintsContact: '' };
    expect(renderTemplate('Contact {complaintsContact}.', { practice }).missing).toEqual(['complaintsContact']);
  });
});

describe('{complaintsContact}', () => {
  it.each([
    ['our Practice Manager, Mrs A Khan', '01234 567890', 'our Practice Manager, Mrs A Khan, on 01234 567890'],
    ['our Practice Manager', 'pm.riverside@nhs.net', 'our Practice Manager, by email at pm.riverside@nhs.net'],
    ['Mrs A Khan', 'by letter to the practice, or on 01234 567890.', 'Mrs A Khan, by letter to the practice, or on 01234 567890'],
    ['', '01234 567890', 'our complaints lead, on 01234 567890'],
    ['Mrs A Khan', '', ''],
  ])('lead %j + contact %j → %j', (complaintsLead, complaintsContact, expected) => {
    expect(complaintsContactText({ ...FULL_PRACTICE, complaintsLead, complaintsContact })).toBe(expected);
  });
});

describe('{urgentHelp}', () => {
  const render = (region: Region) =>
    renderTemplate('For urgent help that is not an emergency, {urgentHelp}.', { practice: { ...FULL_PRACTICE, region } });

  it.each<[Region, string]>([
    ['england-and-wales', 'call NHS 111 or go to 111.nhs.uk (or 111.wales.nhs.uk in Wales)'],
    ['scotland', 'call NHS 24 on 111 or go to nhs24.scot'],
    ['northern-ireland', 'call us or, when we are closed, the GP out-of-hours service'],
  ])('%s: %j', (region, expected) => {
    expect(urgentHelpText(region)).toBe(expected);
    const result = render(region);
    expect(result.text).toBe(`For urgent help that is not an emergency, ${expected}.`);
    expect(result.missing).toEqual([]);
    expect(isReadyToInsert(result)).toBe(true);
  });

  it('has no NHS 111 in Northern Ireland, which has no such service', () => {
    expect(URGENT_HELP['northern-ireland']).not.toMatch(/111|nhs/i);
  });

  it('is never missing, even with every other detail empty', () => {
    const result = renderTemplate('{urgentHelp}', { practice: EMPTY_PRACTICE });
    expect(result.text).toBe(URGENT_HELP['england-and-wales']);
    expect(result.missing).toEqual([]);
  });

  it('gives the default region’s advice for a region it does not know, rather than failing', () => {
    for (const region of ['wales', '', 'toString', undefined] as unknown as Region[]) {
      expect(render(region).text).toContain('call NHS 111 or go to 111.nhs.uk');
    }
  });
});

describe('an unknown first name drops cleanly', () => {
  it.each([
    ['Hello {firstName}, thank you.', 'Hello, thank you.'],
    ['Thank you, {firstName}, for your message.', 'Thank you for your message.'],
    ['Thank you for this, {firstName}, and sorry.', 'Thank you for this, and sorry.'],
    ['Thank you for your message, {firstName}.', 'Thank you for your message.'],
    ['Thank you, {firstName}.', 'Thank you.'],
    ['{firstName}, to protect your privacy, please call.', 'To protect your privacy, please call.'],
    ['Line one.\n{firstName}, thanks.', 'Line one.\nThanks.'],
    ['Thanks {firstName} for that.', 'Thanks for that.'],
    ['Hi {firstName}\nNext line', 'Hi\nNext line'],
    ['Hi {firstName}!', 'Hi!'],
    ['{firstName}', ''],
  ])('%j → %j', (template, expected) => {
    for (const firstName of [undefined, '', '   ']) {
      const result = renderTemplate(template, { firstName, practice: FULL_PRACTICE });
      expect(result.text).toBe(expected);
      expect(result.missing).toEqual(['firstName']);
      expect(result.parts.every((part) => part.kind === 'text')).toBe(true);
      expect(isReadyToInsert(result)).toBe(true);
    }
  });

  it('keeps the name where it is known', () => {
    expect(renderTemplate('Thank you, {firstName}, for this.', { firstName: 'Priya', practice: FULL_PRACTICE }).text).toBe(
      'Thank you, Priya, for this.',
    );
  });
});

describe('plain text only', () => {
  it('substitutes once: a value that looks like a placeholder stays as written', () => {
    const practice = { ...FULL_PRACTICE, signature: 'The {practiceName} team' };
    expect(renderTemplate('{signature}', { practice }).text).toBe('The {practiceName} team');
  });

  it('never interprets markup', () => {
    const result = renderTemplate('<b>Hi</b> {firstName} &amp;', { firstName: '<img src=x>', practice: FULL_PRACTICE });
    expect(result.text).toBe('<b>Hi</b> <img src=x> &amp;');
  });

  it('keeps line breaks, normalising CRLF to LF', () => {
    expect(renderTemplate('One\r\nTwo\nThree\n\n{signature}', { practice: FULL_PRACTICE }).text).toBe(
      'One\nTwo\nThree\n\nThe Riverside Surgery team',
    );
  });

  it('reports unknown placeholders and leaves other braces alone', () => {
    const result = renderTemplate('Call {phoen} { not a placeholder } {}', { practice: FULL_PRACTICE });
    expect(result.unknown).toEqual(['phoen']);
    expect(result.text).toBe('Call {phoen} { not a placeholder } {}');
    expect(result.parts[1]).toEqual({
      kind: 'missing',
      placeholder: 'phoen',
      label: 'Unknown placeholder {phoen}: check this template in Options',
    });
    expect(isReadyToInsert(result)).toBe(false);
  });
});
