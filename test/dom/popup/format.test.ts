import { describe, expect, it } from 'vitest';
import { handledText, listOf, missingPracticeDetails, snippet } from '../../../src/popup/format.ts';
import { practiceSettings } from '../actions/fixtures.ts';

describe('snippet', () => {
  it.each([
    ['Short and sweet', 'Short and sweet'],
    ['Line one\n\nline   two', 'Line one line two'],
  ])('keeps short text whole, on one line: %j', (text, expected) => {
    expect(snippet(text)).toBe(expected);
  });

  it('cuts at a word boundary within 90 characters and marks the cut', () => {
    const text = 'The receptionist was so rude to me on the phone today. Practically hung up on me. I want to complain about it.';
    const cut = snippet(text);
    expect(cut.length).toBeLessThanOrEqual(90);
    expect(cut).toBe('The receptionist was so rude to me on the phone today. Practically hung up on me. I want…');
  });

  it('cuts a long word rather than returning nothing', () => {
    expect(snippet('x'.repeat(200))).toBe(`${'x'.repeat(89)}…`);
  });
});

describe('handledText', () => {
  const now = new Date('2025-03-14T17:00:00Z');
  it('shows the kind, initials and time today, or the date otherwise (UK time)', () => {
    expect(handledText({ kind: 'complaint', at: '2025-03-14T14:05:00Z', staffInitials: 'JB' }, now)).toBe('Moved to complaints · JB · 14:05');
    expect(handledText({ kind: 'replied', at: '2025-07-02T08:30:00Z', staffInitials: '' }, new Date('2025-07-03T09:00:00Z'))).toBe('Replied · 02/07 09:30');
    expect(handledText({ kind: 'page-replied' }, now)).toBe('Page replied');
  });
});

describe('missingPracticeDetails', () => {
  it('names the details replies and the log rely on that are empty', () => {
    expect(missingPracticeDetails(practiceSettings().practice)).toEqual([]);
    expect(missingPracticeDetails(practiceSettings({ name: ' ', staffInitials: '' }).practice)).toEqual(['practice name', 'your initials']);
    expect(listOf(['practice name', 'phone number', 'your initials'])).toBe('practice name, phone number and your initials');
  });
});
