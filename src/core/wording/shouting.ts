/**
 * Shouting: runs of capital letters and piled-up punctuation. Acronyms staff use every day (NHS,
 * GP, A&E…) are not shouting, nor is anything inside a {placeholder}.
 */
import type { WordingWarning } from './types.ts';

/** Capitalised words that are names, not shouting. Compared in upper case. */
export const ALLOWED_CAPITALS: readonly string[] = [
  'NHS', 'GP', 'GPS', "GP'S", 'A&E', 'COVID', 'MMR', 'NI', 'UK', 'CQC', 'PALS', 'PHSO', 'ICB', 'PCN', 'HPV',
  'BCG', 'MRI', 'ECG', 'CT', 'ID', 'OK', 'BMA', 'GMC', 'NMC', 'NICE', 'DVLA', 'MP', 'PM', 'AM', 'BST', 'GMT',
  'EMIS', 'SMS', 'URL', 'FAQ', 'FAQS', 'PDF', 'COVID-19', 'RSV', 'TB', 'HIV', 'STI', 'UTI', 'CPR', 'AED',
  'SMR', 'ARRS', 'HRT', 'IVF', 'NHSE', 'OOH', 'MIU', 'UTC', 'WIC', 'I', 'ADHD', 'ASD', 'COPD', 'IBS', 'MS',
  'ME', 'CFS', 'PTSD', 'OCD', 'BP', 'DVT', 'PSA', 'INR', 'TSH', 'STD', 'DWP', 'PIP', 'RCGP', 'CCG', 'ICS',
  'UKHSA', 'MHRA', 'NHSX', 'EPS', 'SCR', 'DNA', 'HCA', 'ANP', 'ACP', 'PA', 'MDT', 'FFT', 'PPG', 'CAMHS',
  'IAPT', 'SALT', 'OT', 'GDPR', 'SAR', 'FOI', 'BSL', 'WIFI', 'Q&A', 'TV', 'BBC', 'ITV',
];

// Hyphens split words ("COVID-19", "NHS-App"); apostrophes and ampersands join them ("GP's", "A&E").
const WORD = /\p{L}+(?:['’&]\p{L}+)*/gu;
/** "Text SHOUT to 85258": a keyword to text to a service is written in capitals. */
const TEXT_KEYWORD_AFTER = /^\s+to\s+(?:\d|your|our|the|this|us)/iu;
const TEXT_KEYWORD_BEFORE = /\b(?:reply|text|send|type)\s+$/iu;
const MIN_RUN = 2;
/** A single capitalised word this long is shouting on its own ("Please STOP…"). */
const LONG_SINGLE = 4;
/** Short words that are only ever capitalised for emphasis ("We do NOT…"). */
const EMPHASIS = new Set(['NO', 'NOT', 'ALL', 'ANY', 'NOW', 'YOU', 'CAN', 'DO', 'MUST', 'ONLY', "DON'T", "CAN'T", "WON'T", 'WILL', 'ARE', 'DID']);

function isCapsWord(word: string, allowed: ReadonlySet<string>): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  if (letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return false;
  return !allowed.has(word.toUpperCase().replace(/’/gu, "'").replace(/'S$/u, ''));
}

function letterCount(word: string): number {
  return word.replace(/[^\p{L}]/gu, '').length;
}

/** Blanks out {placeholders} (same length) so their names never count as words. */
export function maskPlaceholders(text: string): string {
  return text.replace(/\{[^{}]*\}/gu, (m) => ' '.repeat(m.length));
}

export function checkShouting(text: string, extraAllowed: readonly string[] = []): WordingWarning[] {
  const allowed = new Set([...ALLOWED_CAPITALS, ...extraAllowed.map((w) => w.toUpperCase())]);
  const masked = maskPlaceholders(text);
  const warnings: WordingWarning[] = [];

  let run: { start: number; end: number; words: string[] } | null = null;
  const flush = (): void => {
    if (!run) return;
    const longest = Math.max(...run.words.map(letterCount));
    const emphatic = run.words.some((w) => EMPHASIS.has(w.toUpperCase().replace(/’/gu, "'")));
    if ((run.words.length >= MIN_RUN && longest >= 3) || longest >= LONG_SINGLE || emphatic) {
      const match = text.slice(run.start, run.end);
      warnings.push({
        rule: 'shouting',
        message: `"${match}" is in capital letters, which reads as shouting. Write it in normal sentence case.`,
        match,
        index: run.start,
      });
    }
    run = null;
  };
  for (const m of masked.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    const keyword =
      TEXT_KEYWORD_AFTER.test(masked.slice(start + word.length, start + word.length + 12)) ||
      TEXT_KEYWORD_BEFORE.test(masked.slice(Math.max(0, start - 8), start));
    if (isCapsWord(word, allowed) && !keyword) {
      // Words only join a run when nothing but spaces or light punctuation sits between them.
      if (run && /^[\s,:;'"-]*$/u.test(masked.slice(run.end, start))) {
        run.end = start + word.length;
        run.words.push(word);
      } else {
        flush();
        run = { start, end: start + word.length, words: [word] };
      }
    } else {
      flush();
    }
  }
  flush();

  // Runs first, then a look inside each: a single regex with nested repeats is quadratic on "????…".
  for (const m of masked.matchAll(/[!?]{2,}/gu)) {
    if (!/!!|\?!|!\?/u.test(m[0])) continue;
    warnings.push({
      rule: 'shouting',
      message: `"${m[0]}" reads as shouting or exasperation. End the sentence with a single full stop or question mark.`,
      match: m[0],
      index: m.index,
    });
  }
  const exclamations = (masked.match(/!/gu) ?? []).length;
  if (exclamations >= 3 && !warnings.some((w) => w.match?.includes('!'))) {
    warnings.push({
      rule: 'shouting',
      message: `The reply has ${exclamations} exclamation marks, which reads as shouting. Use one at most.`,
    });
  }
  return warnings;
}
