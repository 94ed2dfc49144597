import { describe, expect, test } from 'vitest';
import { classify, readByRules } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// Red flags in words no urgent rule names (reworded from the session 8 probes the rules missed on
// first reading): the urgent model reads them by the words emergencies share.
const UNNAMED_RED_FLAGS = [
  'sorry for being a burden to everyone, it won\'t be for much longer x',
  'can someone let my wife know where the letters are, I won\'t be around to tell her',
  'can you tell my son where the spare key is on friday, I won\'t be here to let him in',
];

// Once read by the model alone; after the retraining of session 10 it fell just under the model's
// line, so a rule names it now.
const NAMED_SINCE = ['been a burden far too long, won\'t be troubling anyone after this weekend'];

// Words the red flags share, said of routine things or of the past: the model must not call them
// emergencies.
const NOT_EMERGENCIES = [
  "I've taken my tablets today",
  'had a lovely chat with the nurse about my tablets',
  'Went through a really dark patch last year, had thoughts of ending it back then, doing better now',
  'the 8am phone queue nearly gave me a heart attack',
  'can you ring me back about my letter, I won\'t be around on Friday',
];

describe('the urgent model', () => {
  test.each(UNNAMED_RED_FLAGS)('reads an emergency no rule names: %s', (text) => {
    expect(readByRules(text).tags).not.toContain('urgent');
    const urgent = classify(text).tags.find((t) => t.id === 'urgent');
    expect(urgent?.reasons).toContain('worded like emergencies the tagger was trained on');
  });
  test.each(NAMED_SINCE)('read by the rules now: %s', (text) => {
    expect(readByRules(text).tags).toContain('urgent');
  });
  test.each(NOT_EMERGENCIES)('not urgent: %s', (text) => {
    expect(tagsOf(text)).not.toContain('urgent');
  });
});
