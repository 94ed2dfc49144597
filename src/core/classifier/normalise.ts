/**
 * Text normalisation shared by every rule. Facebook comments arrive with curly apostrophes,
 * stretched letters ("sooooo"), shouting, emoji and no punctuation; rules are written against
 * one canonical form so that each phrase needs to be listed once.
 */

const APOSTROPHES = /['’‘`´]/g;
// Three or more of the same letter become two: "sooooo" → "soo", "goood" → "good".
const STRETCHED = /([a-z])\1{2,}/g;
// Sentence ends become a ' . ' token so that phrases with gaps cannot run across sentences.
const SENTENCE_END = /[.!?;\n]+(?![0-9])/g;
const NON_WORD = /[^a-z0-9*.]+|(?<=[0-9])\.(?=[0-9])/g;
const STRAY_DOTS = /(?: \.)+/g;
const LONE_STAR = / \*+(?= )/g;
const DIACRITICS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * Lower case, apostrophes dropped ("can't" → "cant"), stretched letters squeezed, everything but
 * letters, digits and masking asterisks turned into single spaces, padded with one space at each
 * end so that phrases can be matched as whole words.
 */
export function normalise(text: string): string {
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) s = s.normalize('NFKD').replace(DIACRITICS, '');
  s = s.replace(APOSTROPHES, '').replace(STRETCHED, '$1$1').replace(SENTENCE_END, ' . ').replace(NON_WORD, ' ').trim();
  s = s.replace(STRAY_DOTS, ' .');
  if (s.endsWith(' .')) s = s.slice(0, -2);
  if (s.startsWith('.')) s = s.slice(1).trimStart();
  return ` ${s} `.replace(LONE_STAR, '');
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '@': 'a', $: 's', '!': 'i' };
const LEET_IN_WORD = /(?<=[a-z*])[01345@$!]+(?=[a-z*])|(?<=[a-z])[@$]+/g;
const SPACED_LETTERS = /(?<![a-z])(?:[a-z*] ){2,}[a-z*](?![a-z])/g;

/**
 * A rougher form for spotting disguised profanity: leetspeak inside words ("sh1t", "tw@t",
 * "a$$"), and letters spelt out with spaces ("f u c k") joined up. Only used by the abuse rules,
 * because it would damage phone numbers and ordinary words.
 */
export function deobfuscate(text: string): string {
  const s = text.toLowerCase().replace(APOSTROPHES, '').replace(LEET_IN_WORD, (m) => {
    let out = '';
    for (const ch of m) out += LEET[ch] ?? ch;
    return out;
  });
  return normalise(s).replace(SPACED_LETTERS, (m) => m.replace(/ /g, ''));
}
