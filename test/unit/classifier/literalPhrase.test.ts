import { describe, expect, test } from 'vitest';
import { literalEnd, literalWordings } from '../../../src/core/classifier/literalPhrase.ts';
import { DISPATCHER } from '../../../src/core/classifier/rules.ts';

describe('rules written as plain words', () => {
  test.each([
    ['weeks', ['weeks']],
    ['prescriptions?', ['prescriptions', 'prescription']],
    ['(?:the )?(?:pharmacy|chemist)', ['the pharmacy', 'the chemist', 'pharmacy', 'chemist']],
    ['re ?book', ['re book', 'rebook']],
    ['appointmen(?:ts|t|)', ['appointments', 'appointment', 'appointmen']],
  ])('%s can match %j, in the order a RegExp tries them', (pattern, expected) => {
    expect(literalWordings(pattern)).toEqual(expected);
  });

  test.each(['\\w+ clinic', '(?<!as a )results?', 'results?(?= )', 'a{2}', 'x+', 'wait(?:ing)??', '(cap)', '(?: a)', 'a  b', 'a|'])(
    '%s is left to its RegExp',
    (pattern) => {
      expect(literalWordings(pattern)).toBeNull();
    },
  );

  test('at most 32 wordings', () => {
    expect(literalWordings('(?:a|b)(?:c|d)(?:e|f)(?:g|h)(?:i|j)')).toHaveLength(32);
    expect(literalWordings('(?:a|b)(?:c|d)(?:e|f)(?:g|h)(?:i|j)(?:k|l)')).toBeNull();
  });

  test('ends where the RegExp of every such rule ends, or fails where it fails', () => {
    let checked = 0;
    const wrong: string[] = [];
    DISPATCHER.rules.forEach((rule, r) => {
      const wordings = DISPATCHER.wordings[r];
      if (!wordings) return;
      const re = new RegExp(` (?:${rule.pattern})(?= |$)`, 'y');
      // Each wording alone, inside a longer word, before more words, cut short, and at the very end.
      const texts = wordings.flatMap((w) => [` ${w} `, ` x${w} `, ` ${w}s `, ` ${w} and ${w} . `, ` ${w.slice(0, -1)} `, ` ${w}`]);
      for (const text of texts) {
        for (let at = 0; at < text.length; at++) {
          re.lastIndex = at;
          const expected = re.test(text) ? re.lastIndex : -1;
          if (literalEnd(wordings, text, at) !== expected) wrong.push(`${rule.pattern} in "${text}" at ${at}`);
          checked++;
        }
      }
    });
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  }, 30_000);
});
