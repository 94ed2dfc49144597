/**
 * Hostile comment text, as the public can type it: markup, script and `javascript:` links, bidi
 * overrides, zero-width and combining characters, lone surrogates, emoji only, empty, huge. The
 * arbitraries mix these with random text so fast-check explores around each of them.
 */
import fc from 'fast-check';

const ZALGO = 'h\u0301\u0308\u0327e\u0300\u0336\u035cl\u0489l\u20dbo\u0338'.repeat(3);

export const HOSTILE_SAMPLES: readonly string[] = [
  '',
  ' ',
  '\n\n\t',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)> please ring me about my appointment',
  '<b>bold</b> <a href="javascript:alert(1)">click</a>',
  'javascript:alert(document.cookie)',
  '[my results](javascript:void(0))',
  '"><svg onload=alert(1)>',
  '</calmreply-tag><style>*{display:none}</style>',
  '\u202Egnidnats ereht ,tnemtnioppa ym\u202C',
  '\u2066\u2067\u2068isolates\u2069 and \u200F\u200E marks',
  'pre\u200Bscrip\u200Ction\u200D not sent\uFEFF',
  ZALGO,
  '😡😡😡',
  '👍',
  '🏳️‍🌈👨‍👩‍👧‍👦🇬🇧',
  '\uD800 lone high and \uDC00 lone low surrogates',
  'nul \u0000 and bell \u0007 characters',
  '=HYPERLINK("http://evil.example","click")',
  '+44 7700 900123',
  '-1+1',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '{phone} {firstName} {unknownThing} {{practiceName}}',
  '$& $1 $$ $` $\'',
  '__proto__',
  'constructor',
  'I\'m so angry, NO APPOINTMENTS AGAIN, on hold 40 minutes!!!',
  'chest pain and can\'t breathe',
  'my NHS number is 943 476 5919, dob 01/02/1960',
];

/** About 50 KB of comment: long, repetitive, with markup and urgent words buried in it. */
export const FIFTY_KB_COMMENT = (
  'I have been waiting for my prescription for weeks <script>x()</script> and nobody rings back. ' +
  '\u200B😡 '
).repeat(520).slice(0, 50_000);

const sample = fc.constantFrom(...HOSTILE_SAMPLES);

/** A comment-like string: random Unicode, a hostile sample, or samples spliced into random text. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  sample,
  fc.array(fc.oneof(sample, fc.string({ unit: 'grapheme-composite', maxLength: 40 })), { maxLength: 6 }).map((parts) => parts.join(' ')),
);
