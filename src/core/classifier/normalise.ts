/**
 * Text normalisation shared by every rule. Facebook comments arrive with curly apostrophes,
 * stretched letters ("sooooo"), shouting, emoji and no punctuation; rules are written against
 * one canonical form so that each phrase needs to be listed once.
 */

import { byFirstCharacter } from './alternation.ts';
import { SPELLING_VARIANTS } from './knowledge/spelling.ts';

const APOSTROPHES = /['’‘`´]/g;
const DIACRITICS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * Lower case, apostrophes dropped ("can't" → "cant"), stretched letters squeezed ("sooooo" →
 * "soo"), everything but letters, digits and masking asterisks turned into single spaces, sentence
 * ends kept as a " . " token (so phrases with gaps cannot run across sentences), padded with one
 * space at each end so that phrases can be matched as whole words.
 */
export function normalise(text: string): string {
  const out = normaliseCharacters(text);
  return VARIANT_WORD.test(out) ? out.replace(VARIANT_WORDS, (w) => ` ${SPELLING_VARIANTS[w.slice(1)] ?? w.slice(1)}`) : out;
}

// Zero-width characters and the BOM split words invisibly ("pre\u200Bscription"); markup typed
// or pasted into a comment ("<script>", "<b>") is not the writer's words ("script" = prescription).
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const MARKUP = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi;

/** normalise() without the spelling variants (deobfuscate() joins spelt-out letters first). */
function normaliseCharacters(text: string): string {
  let s = text.toLowerCase();
  if (s.includes('<')) s = s.replace(MARKUP, ' ');
  if (NON_ASCII.test(s)) s = s.replace(INVISIBLE, '');
  if (NON_ASCII.test(s)) s = s.normalize('NFKD').replace(DIACRITICS, '');
  // One pass over the characters: this runs on every comment, so no chain of replace() calls.
  let out = ' ';
  let pending = 0; // 0 nothing, 1 a space, 2 a sentence end, waiting for the next word
  let last = 0;
  let run = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const isLetter = c >= 97 && c <= 122;
    const isDigit = c >= 48 && c <= 57;
    if (isLetter || isDigit || c === 42) {
      if (c === 42) {
        // Masking stars belong to a word ("f***ing", "c**t"); a free-standing "***" is dropped.
        let j = i;
        while (s.charCodeAt(j) === 42) j++;
        const attached = (pending === 0 && out.length > 1) || isAlnum(s.charCodeAt(j));
        if (!attached) {
          if (pending === 0) pending = 1;
          i = j - 1;
          last = 0;
          continue;
        }
      }
      if (pending !== 0) {
        if (out.length > 1) out += pending === 2 ? ' . ' : ' ';
        pending = 0;
        run = 0;
      }
      run = c === last ? run + 1 : 1;
      last = c;
      if (run > 2 && isLetter) continue; // "sooooo" → "soo"
      out += s[i];
    } else if (c === 39 || c === 8217 || c === 8216 || c === 96 || c === 180) {
      continue; // apostrophes vanish: "can't" → "cant"
    } else if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) {
      const next = s.charCodeAt(i + 1);
      if (c === 46 && last >= 48 && last <= 57 && pending === 0 && next >= 48 && next <= 57) pending = 1; // 8.10
      else if (!(next >= 48 && next <= 57)) pending = 2;
      else if (pending === 0) pending = 1;
      last = 0;
    } else {
      if (pending === 0) pending = 1;
      last = 0;
    }
  }
  return `${out} `;
}

// Grouped by first character (alternation.ts): this runs on every comment.
const VARIANT_SOURCE = ` (?:${byFirstCharacter(Object.keys(SPELLING_VARIANTS).sort((a, b) => b.length - a.length))})(?= )`;
const VARIANT_WORD = new RegExp(VARIANT_SOURCE);
const VARIANT_WORDS = new RegExp(VARIANT_SOURCE, 'g');

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
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
  return normaliseCharacters(s).replace(SPACED_LETTERS, (m) => m.replace(/ /g, ''));
}
