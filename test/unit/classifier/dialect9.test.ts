import { describe, expect, test } from 'vitest';
import { readByRules } from '../../../src/core/classifier/index.ts';
import { normalise } from '../../../src/core/classifier/normalise.ts';

// Scots and Geordie as people type them are read as the words the rules are written with
// (session 9: a blind writer's chest pain in Scots went untagged, and a probe round in dialect
// showed more). Reworded, not the rows read.
describe('dialect words are read as the standard word', () => {
  test.each([
    ['ma heid is sair', ' my head is sore '],
    ["ah'm no able tae get a hold o yis", ' im no able to get a hold o yis '],
    ['I cannae breathe right', ' i cant breathe right '],
    ['divvent knaa what to dee', ' dont know what to dee '],
  ])('%s', (text, norm) => {
    expect(normalise(text)).toBe(norm);
  });

  test.each(['aw bless them', 'canny nurse', 'ken was lovely'])('left as typed: %s', (text) => {
    expect(normalise(text)).toBe(` ${text} `);
  });
});

describe('red flags in dialect', () => {
  test.each([
    "ma chest's gey sair the night an ah'm sweatin buckets",
    'wee man cannae breathe right, his lips are gone blue',
  ])('urgent: %s', (text) => {
    expect(readByRules(text).tags).toContain('urgent');
  });
});

describe('other tags in dialect', () => {
  test('a grievance about getting through', () => {
    expect(readByRules('ye cannae get an appointment when yer open, so whit use is that').tags).toEqual(expect.arrayContaining(['complaint', 'appointment']));
  });
  test('praise', () => {
    expect(readByRules('cannae fault them, honest').tags).toEqual(['praise']);
  });
});
