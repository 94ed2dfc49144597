import { expect, test } from 'vitest';
import { byFirstCharacter } from '../../../src/core/classifier/alternation.ts';

test('grouping alternatives by first character matches exactly what the plain list matches', () => {
  const names = ['c', 'cn', 'cnt', 'cancer', 'copd', '(?:type 1 )?diabetes', 'u', 'ur', '2day', '2moro', 'statins?', 'schizophreni\\w*'];
  expect(byFirstCharacter(names)).toContain('c(?:|n|nt|ancer|opd)');
  const plain = new RegExp(` (?:${names.join('|')})(?= )`, 'g');
  const grouped = new RegExp(` (?:${byFirstCharacter(names)})(?= )`, 'g');
  for (const text of [' c u 2day ', ' cnt see ur gp ', ' type 1 diabetes and statin ', ' cancerous copd schizophrenia ', ' cn cnts 2moros ', ' ']) {
    expect([...text.matchAll(grouped)].map((m) => [m.index, m[0]]), text).toEqual([...text.matchAll(plain)].map((m) => [m.index, m[0]]));
  }
});
