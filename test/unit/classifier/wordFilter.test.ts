import { describe, expect, test } from 'vitest';
import { compileRules, scanInto } from '../../../src/core/classifier/compile.ts';
import { buildDispatcher, dispatchScan, type RuleSet } from '../../../src/core/classifier/dispatch.ts';
import { ANY_WORD, firstWords, lastWords, PREFIX, requiredText, requiredWords } from '../../../src/core/classifier/firstWords.ts';
import { buildNeutralisers, neutralise } from '../../../src/core/classifier/neutralise.ts';
import { hashStep, Vocabulary } from '../../../src/core/classifier/vocabulary.ts';
import { WordFilter } from '../../../src/core/classifier/wordFilter.ts';
import type { PhraseRule } from '../../../src/core/classifier/knowledge/types.ts';

const sorted = (s: Set<string> | null) => (s === null ? null : [...s].sort());

describe('the words a rule can start with', () => {
  test.each([
    ['(?:very |so )?poor(?!ly)', ['poor', 'so', 'very']],
    ['(?<!would )(?:never|no) see', ['never', 'no']],
    ['x ray results', ['x']],
    ['gr[ae]y', ['gray', 'grey']],
    ['(?:\\w+ )?clinic', null],
    ['.{0,20} stroke', null],
    ['frustrat\\w*', ['frustrat', `frustrat${PREFIX}`]],
    ['\\d+ times', [...'0123456789'.split(''), ...'0123456789'.split('').map((d) => d + PREFIX)]],
  ])('%s', (pattern, expected) => {
    expect(sorted(firstWords(pattern))).toEqual(expected === null ? null : [...expected].sort());
  });

  test('with the second word, or any when it cannot be listed or the match may end', () => {
    expect(sorted(firstWords('(?:very |so )?poor', 2))).toEqual(['poor \0', 'so poor', 'very poor']);
    expect(sorted(firstWords('(?:my|the) (?:\\w+ ){0,2}pills', 2))).toEqual(['my \0', 'my pills', 'the \0', 'the pills']);
    expect(sorted(firstWords('in \\d+ days', 2))).toEqual([...'0123456789'].flatMap((d) => [`in ${d}`, `in ${d}${PREFIX}`]).sort());
    expect(ANY_WORD).toBe('\0');
  });

  test('the last words, where they can be listed', () => {
    expect(sorted(lastWords('(?:my|the) (?:\\w+ ){0,2}(?:meds|pills?)'))).toEqual(['meds', 'pill', 'pills']);
    expect(lastWords('chest(?: \\w+){0,3}')).toBeNull();
  });

  test('the text every match needs', () => {
    expect(requiredText('(?:\\w+ )?clinic (?:on|running)')).toBe('clinic ');
    expect(requiredText('(?:a|b)')).toBe('');
  });
});

test('the vocabulary finds a word from its characters in place', () => {
  const v = new Vocabulary();
  const words = ['the', 'surgery', 'a', 'ab', '', 'appointment'];
  words.forEach((w) => v.add(w));
  v.freeze();
  const find = (text: string, start: number, end: number) => {
    let h = 0;
    for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
    return v.find(text, start, end, h);
  };
  const text = ' the surgery ab abc appointments ';
  expect(find(text, 1, 4)).toBe(v.id('the'));
  expect(find(text, 5, 12)).toBe(v.id('surgery'));
  expect(find(text, 13, 15)).toBe(v.id('ab'));
  expect(find(text, 16, 19)).toBe(-1);
  expect(find(text, 20, 32)).toBe(-1);
  expect(find(text, 0, 0)).toBe(v.id(''));
});

// Random rules and texts over a small vocabulary, so that rules often almost match: the engine
// must find exactly what one expression per set finds, whatever the rules.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}
const WORDS = ['a', 'an', 'the', 'not', 'no', 'wait', 'waiting', 'weeks', 'rude', 'very', 'so', 'staff', '3', '12', 'clinic', 'on'];
const PIECES = [
  () => pick(WORDS),
  () => `(?:${pick(WORDS)}|${pick(WORDS)})`,
  () => `(?:${pick(WORDS)} )?${pick(WORDS)}`,
  () => '\\w+',
  () => '\\d+',
  () => `${pick(WORDS).slice(0, 2)}\\w*`,
  () => `(?:\\w+ ){0,2}${pick(WORDS)}`,
  () => `(?<!${pick(WORDS)} )${pick(WORDS)}`,
  () => `${pick(WORDS)}(?! ${pick(WORDS)})`,
  () => `w+a+i*t`,
  () => '[n-w][a-z][a-z]\\w*', // too many first words to list: filed by first character
];
let rand = random(1);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const randomRule = (): string => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(PIECES)()).join(' ');
const randomText = (): string => ` ${Array.from({ length: 1 + Math.floor(rand() * 12) }, () => pick([...WORDS, 'x', 'waaait'])).join(' ')} `;

describe('the words a rule needs further in', () => {
  // A rule is skipped where a word it must hold after its first lies nowhere ahead: each list
  // must name every word that can stand there, or a rule would be skipped where it matches.
  test('lists, for each later word a match must hold, every spelling it can take', () => {
    expect(requiredWords('(?:the|my) (?:\\w+ )?reports? (?:back|in)').map((w) => [...w])).toEqual([['report', 'reports'], ['back', 'in']]);
    expect(requiredWords('(?:a|the) surg\\w* (?:is|was) (?:shut|closed)').map((w) => [...w])).toEqual([['is', 'was'], ['shut', 'closed']]);
    expect(requiredWords('no (?:call|ring)s? ?back').map((w) => [...w].sort())).toEqual([['call', 'callback', 'calls', 'callsback', 'ring', 'ringback', 'rings', 'ringsback']]);
  });
  test('lists nothing where a word is known only by its start, or the rule is one of several', () => {
    expect(requiredWords('waited (?:\\w+ ){0,3}hours').map((w) => [...w])).toEqual([['hours']]);
    expect(requiredWords('rude|awful')).toEqual([]);
    expect(requiredWords('(?:a|the) surg\\w*').map((w) => [...w])).toEqual([]);
  });
});

describe('any rules', () => {
  test('the dispatcher finds exactly what one expression per set finds', () => {
    rand = random(7);
    for (let round = 0; round < 40; round++) {
      const sets: RuleSet[] = Array.from({ length: 3 }, (_, s) => ({
        category: s,
        label: `set${s} `,
        rules: Array.from({ length: 8 }, (): PhraseRule => [randomRule(), pick([1, 0.6, 0.5])]),
      }));
      const d = buildDispatcher(sets);
      const matchers = sets.map((set) => compileRules(set.rules));
      for (let t = 0; t < 60; t++) {
        const text = randomText();
        const fast: string[] = [];
        dispatchScan(d, text, { hit: (c, w, l, q) => void fast.push(`${c}:${w}:${l}${q}`) });
        const full: string[] = [];
        matchers.forEach((m, s) => scanInto(m, text, { hit: (c, w, l, q) => void full.push(`${c}:${w}:${l}${q}`) }, s, `set${s} `));
        expect(fast.sort(), `${JSON.stringify(sets.map((x) => x.rules))} on '${text}'`).toEqual(full.sort());
      }
    }
  });

  test('a set can be skipped', () => {
    const d = buildDispatcher([
      { category: 0, label: 'a ', rules: [['rude', 1]] },
      { category: 1, label: 'b ', rules: [['rude staff', 1]] },
    ]);
    const hits: number[] = [];
    dispatchScan(d, ' very rude staff ', { hit: (c) => void hits.push(c) }, 1 << 1);
    expect(hits).toEqual([0]);
  });

  test('the neutralisers cut exactly what one global expression cuts', () => {
    rand = random(11);
    for (let round = 0; round < 40; round++) {
      const list = Array.from({ length: 6 }, (_, i) => ({ pattern: randomRule(), credit: i % 2 === 0 ? i : -1 }));
      const table = buildNeutralisers(list);
      const reference = new RegExp(` (?:${list.map((p) => `(${p.pattern})`).join('|')})(?= )`, 'g');
      for (let t = 0; t < 60; t++) {
        const text = randomText();
        const credits: string[] = [];
        const out = neutralise(table, text, (c, w) => void credits.push(`${c}:${w}`));
        const want: string[] = [];
        const expected = text.replace(reference, (match: string, ...groups: unknown[]) => {
          const credit = list[groups.findIndex((g, i) => i < list.length && g !== undefined)]?.credit ?? -1;
          if (credit >= 0) want.push(`${credit}:${match.trim()}`);
          return ' ~';
        });
        expect({ out, credits }, `${JSON.stringify(list)} on '${text}'`).toEqual({ out: expected, credits: want });
      }
    }
  });
});

describe('rules filed by their last words', () => {
  test('are candidates only where one of those words stands at or after the word', () => {
    const filter = new WordFilter(['my (?:\\w+ ){0,2}(?:meds|pills)', 'x']);
    const at = (text: string, k: number) => {
      const always = filter.begin(text);
      // A rule may be named twice in a row (filed by its second word and by its last words).
      return [...new Set(filter.candidates(k, always))];
    };
    // Word 1 is the first word (word 0 is what comes before the leading space).
    expect(at(' my old pills ', 1)).toEqual([0]);
    expect(at(' pills and my tablets ', 3)).toEqual([]);
    expect(at(' pills and my pills ', 3)).toEqual([0]);
    expect(at(' my pills ', 2)).toEqual([]);
  });

  test('rule out any rule at a word with none of its last words at or after it', () => {
    const filter = new WordFilter(['not (?:very )?(?:good|nice)', 'never (?:\\w+ )?again', 'no \\d+']);
    filter.begin(' good not very nice but never again ');
    expect(filter.canEndAfter(0, 2)).toBe(true); // "nice" at word 4
    expect(filter.canEndAfter(0, 5)).toBe(false); // "good" and "nice" both stand before word 5
    expect(filter.canEndAfter(1, 6)).toBe(true); // "again" is word 7
    expect(filter.canEndAfter(1, 8)).toBe(false);
    // A last word that cannot be listed ("no 5"): never ruled out.
    expect(filter.canEndAfter(2, 8)).toBe(true);
    filter.begin(' not good ');
    expect(filter.canEndAfter(0, 1)).toBe(true);
    expect(filter.canEndAfter(1, 1)).toBe(false);
  });
});

describe('rules filed by their first three words', () => {
  test('are candidates where the third word is one of theirs, however many a row has', () => {
    const thirds = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const filter = new WordFilter(['a b c', `a b (?:${thirds.join('|')})`, 'a b (?:x|c)', 'a z']);
    const at = (text: string) => [...new Set(filter.candidates(1, filter.begin(text)))];
    expect(at(' a b c ')).toEqual([0, 2]);
    expect(at(' a b w0 ')).toEqual([1]);
    expect(at(' a b w39 ')).toEqual([1]);
    expect(at(' a b x ')).toEqual([2]);
    expect(at(' a b w40 ')).toEqual([]);
    expect(at(' a b ')).toEqual([]);
    expect(at(' a z ')).toEqual([3]);
  });
});
