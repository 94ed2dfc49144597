/**
 * A first name to greet a commenter by, from their Facebook display name. When in doubt it returns
 * "" and the reply simply has no name: a wrong greeting is worse than none.
 */

const TITLES = new Set([
  'dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'rev', 'revd', 'reverend',
  'sir', 'dame', 'lady', 'lord', 'cllr', 'councillor', 'fr',
]);

// Shown by Facebook for deleted or restricted accounts; not a person's name.
const PLACEHOLDER_NAMES = new Set(['facebook user', 'anonymous participant', 'anonymous member']);

const NAME = /^\p{L}[\p{L}\p{M}'’-]*$/u;
const MAX_LENGTH = 30;

function tidyCase(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  const shouting = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const whispering = letters === letters.toLowerCase() && letters !== letters.toUpperCase();
  if (!shouting && !whispering) return name;
  // "JANE" and "jane" both become "Jane"; "MARY-JANE" becomes "Mary-Jane".
  return name.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function firstNameOf(displayName: string): string {
  if (typeof displayName !== 'string') return '';
  const cleaned = displayName.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!cleaned || PLACEHOLDER_NAMES.has(cleaned.toLowerCase())) return '';
  const tokens = cleaned.split(' ');
  // An organisation ("The Riverside Surgery") has no first name.
  if (tokens[0]?.toLowerCase() === 'the') return '';
  for (const raw of tokens) {
    const token = raw.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}\p{M}]+$/u, '');
    if (!token) {
      // Pure punctuation or emoji between words: look at the next word.
      continue;
    }
    if (TITLES.has(token.toLowerCase()) && tokens.length > 1) continue;
    // An initial ("J. Smith") or something that is not a name ("user1234"): no greeting.
    if (token.length < 2 || !NAME.test(token) || token.length > MAX_LENGTH) return '';
    if (/\d/.test(raw)) return '';
    return tidyCase(token);
  }
  return '';
}
