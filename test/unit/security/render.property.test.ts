/**
 * Reply rendering is plain text: practice details and commenters' names (which the public
 * controls) come through verbatim, exactly once, never decoded, escaped or expanded again, and a
 * template with every detail set never leaves a raw {placeholder} behind.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PracticeDetails } from '../../../src/core/settings/types.ts';
import { firstNameOf, isReadyToInsert, PLACEHOLDER_NAMES, renderTemplate, type PlaceholderName } from '../../../src/core/templates/index.ts';
import { hostileText } from './hostile.ts';

// {urgentHelp} comes from the region, not a free-text detail, so it is not one of these.
type Simple = Exclude<PlaceholderName, 'complaintsContact' | 'firstName' | 'urgentHelp'>;
const FIELD: Record<Simple, keyof PracticeDetails> = {
  practiceName: 'name',
  phone: 'phone',
  email: 'email',
  website: 'website',
  bookingInfo: 'bookingInfo',
  signature: 'signature',
};
const SIMPLE = Object.keys(FIELD) as Simple[];

/** A value that counts as set: something other than whitespace once trimmed. */
const setValue = hostileText.filter((s) => s.trim() !== '');
/** Template text between placeholders: anything but braces (those make placeholders) and CR. */
const literal = hostileText.map((s) => s.replace(/[{}\r]/g, ''));

const practiceArb: fc.Arbitrary<PracticeDetails> = fc.record({
  name: setValue, phone: setValue, email: setValue, website: setValue, bookingInfo: setValue,
  // The contact is "set" once trailing punctuation is trimmed off (a lone "," is not a contact).
  complaintsLead: setValue, complaintsContact: setValue.filter((s) => s.trim().replace(/[.,;\s]+$/, '') !== ''), signature: setValue, staffInitials: hostileText,
  region: fc.constant('england-and-wales' as const),
});

type Piece = { literal: string } | { placeholder: Simple | 'firstName' };
const pieces = fc.array(fc.oneof(
  literal.map((l): Piece => ({ literal: l })),
  fc.constantFrom<Simple | 'firstName'>(...SIMPLE, 'firstName').map((p): Piece => ({ placeholder: p })),
), { maxLength: 12 });

describe('renderTemplate with hostile values', { timeout: 60_000 }, () => {
  it('puts every set value in verbatim, exactly where its placeholder was', () => {
    fc.assert(fc.property(pieces, practiceArb, setValue, (parts, practice, firstName) => {
      const template = parts.map((p) => ('literal' in p ? p.literal : `{${p.placeholder}}`)).join('');
      const expected = parts.map((p) => {
        if ('literal' in p) return p.literal;
        return p.placeholder === 'firstName' ? firstName.trim() : String(practice[FIELD[p.placeholder]]).trim();
      }).join('');
      const result = renderTemplate(template, { practice, firstName });
      expect(result.text).toBe(expected);
      expect(result.missing).toEqual([]);
      expect(result.unknown).toEqual([]);
      expect(isReadyToInsert(result)).toBe(true);
      // The pieces a page draws are the same text, nothing else.
      expect(result.parts.every((p) => p.kind === 'text')).toBe(true);
      expect(result.parts.map((p) => (p.kind === 'text' ? p.value : '')).join('')).toBe(result.text);
    }), { numRuns: 400 });
  });

  it('leaves no raw {placeholder} of its own when every detail and the name are set', () => {
    fc.assert(fc.property(literal, practiceArb, setValue, (text, practice, firstName) => {
      const template = `${text} ${PLACEHOLDER_NAMES.map((n) => `{${n}}`).join(' ')} ${text}`;
      const result = renderTemplate(template, { practice, firstName });
      expect(isReadyToInsert(result)).toBe(true);
      const fromValues = [...Object.values(practice), firstName].join('\n');
      for (const name of PLACEHOLDER_NAMES) {
        // A raw token can only be there if a value itself contained it (values are not expanded).
        if (!fromValues.includes(`{${name}}`)) expect(result.text).not.toContain(`{${name}}`);
      }
      expect(result.text).toContain(practice.complaintsContact.trim().replace(/[.,;\s]+$/, ''));
    }), { numRuns: 300 });
  });

  it('drops an unknown first name without leaving {firstName} behind', () => {
    fc.assert(fc.property(pieces, practiceArb, fc.constantFrom('', '   ', undefined), (parts, practice, firstName) => {
      const template = parts.map((p) => ('literal' in p ? p.literal : `{${p.placeholder}}`)).join('');
      const result = renderTemplate(template, { practice, firstName });
      if (!Object.values(practice).join('\n').includes('{firstName}')) expect(result.text).not.toContain('{firstName}');
      expect(result.missing.filter((m) => m !== 'firstName')).toEqual([]);
      expect(result.missing.includes('firstName')).toBe(template.includes('{firstName}'));
    }), { numRuns: 300 });
  });

  it('never throws, whatever the template and whatever is stored as a detail', () => {
    const anyValue = fc.oneof(hostileText, fc.constant(null), fc.integer(), fc.constant(undefined), fc.object());
    fc.assert(fc.property(hostileText, fc.dictionary(fc.constantFrom('name', 'phone', 'email', 'website', 'bookingInfo', 'complaintsLead', 'complaintsContact', 'signature'), anyValue), hostileText,
      (template, details, firstName) => {
        const result = renderTemplate(template, { practice: details as unknown as PracticeDetails, firstName });
        expect(typeof result.text).toBe('string');
      }), { numRuns: 300 });
  });

  it('takes a first name from any display name without throwing, as plain text', () => {
    fc.assert(fc.property(hostileText, (name) => {
      const first = firstNameOf(name);
      expect(typeof first).toBe('string');
      expect(first).not.toMatch(/[{}]/);
    }), { numRuns: 300 });
  });
});
