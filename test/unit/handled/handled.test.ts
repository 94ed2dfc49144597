import { describe, expect, it } from 'vitest';
import {
  createHandledState,
  handledKey,
  handledLabel,
  HANDLED_KEY_PREFIX,
  isHandledKey,
  validateHandledState,
} from '../../../src/core/handled.ts';

describe('handled state', () => {
  it('is stored one key per comment', () => {
    expect(HANDLED_KEY_PREFIX).toBe('handled:');
    expect(handledKey('987654321')).toBe('handled:987654321');
    expect(isHandledKey('handled:987654321')).toBe(true);
    expect(isHandledKey('handled:')).toBe(false);
    expect(isHandledKey('complaint:1')).toBe(false);
  });

  it('records what, when and who', () => {
    expect(createHandledState('987', 'complaint', new Date('2025-03-07T16:05:00Z'), ' AK ')).toEqual({
      commentId: '987',
      state: 'complaint',
      at: '2025-03-07T16:05:00.000Z',
      staffInitials: 'AK',
    });
  });

  it.each([
    ['replied', 'Replied'],
    ['complaint', 'Moved to complaints'],
    ['dismissed', 'Dismissed'],
    ['page-replied', 'Page replied'],
  ] as const)('labels %s as "%s"', (state, label) => {
    expect(handledLabel(state)).toBe(label);
  });
});

describe('validateHandledState', () => {
  const good = { commentId: '987', state: 'replied', at: '2025-03-07T16:05:00.000Z', staffInitials: 'AK' };

  it('accepts a stored state and drops unknown fields', () => {
    expect(validateHandledState({ ...good, colour: 'green' })).toEqual(good);
  });

  it('fills in missing initials', () => {
    const { staffInitials: _s, ...noInitials } = good;
    expect(validateHandledState(noInitials)).toEqual({ ...good, staffInitials: '' });
  });

  it.each([
    ['undefined', undefined],
    ['a string', 'replied'],
    ['an unknown state', { ...good, state: 'hidden' }],
    ['the page-replied label, which is never stored', { ...good, state: 'page-replied' }],
    ['an empty comment id', { ...good, commentId: '' }],
    ['a bad time', { ...good, at: 'last Tuesday' }],
    ['a number for initials', { ...good, staffInitials: 7 }],
  ])('rejects %s', (_what, value) => {
    expect(validateHandledState(value)).toBeNull();
  });
});
