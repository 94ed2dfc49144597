/** Placeholder checks: every {name} must be one the renderer knows, and braces must pair up. */
import type { WordingWarning } from './types.ts';

export const DEFAULT_KNOWN_PLACEHOLDERS: readonly string[] = [
  'firstName',
  'practiceName',
  'phone',
  'email',
  'website',
  'bookingInfo',
  'complaintsContact',
  'urgentHelp',
  'signature',
];

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= Math.max(2, Math.floor(candidate.length / 4)) && (!best || distance < best.distance)) {
      best = { name: candidate, distance };
    }
  }
  return best?.name;
}

function list(known: readonly string[]): string {
  return known.map((k) => `{${k}}`).join(', ');
}

/** Past this many, more placeholder warnings only bury the first ones. */
const MAX_WARNINGS = 20;

export function checkPlaceholders(text: string, known: readonly string[] = DEFAULT_KNOWN_PLACEHOLDERS): WordingWarning[] {
  const warnings: WordingWarning[] = [];
  let open = -1;
  for (let i = 0; i < text.length && warnings.length < MAX_WARNINGS; i++) {
    const ch = text[i];
    if (ch === '{') {
      if (open >= 0 && warnings.length < MAX_WARNINGS) {
        warnings.push(unbalanced(text.slice(open, i + 1), open, 'has a "{" inside another placeholder'));
      }
      open = i;
    } else if (ch === '}') {
      if (open < 0) {
        warnings.push(unbalanced('}', i, 'closes a placeholder that was never opened'));
        continue;
      }
      const raw = text.slice(open, i + 1);
      const name = raw.slice(1, -1);
      if (!known.includes(name)) {
        const close = suggestion(name.trim(), known);
        const hint = close ? ` Did you mean {${close}}?` : ` Use one of ${list(known)}.`;
        warnings.push({
          rule: 'placeholder',
          message: name.trim() === ''
            ? `"{}" is an empty placeholder. Remove it or use one of ${list(known)}.`
            : `"${raw}" is not a placeholder CalmReply knows, so it would be posted as it stands.${hint}`,
          match: raw,
          index: open,
        });
      }
      open = -1;
    }
  }
  if (open >= 0 && warnings.length < MAX_WARNINGS) {
    warnings.push(unbalanced(text.slice(open, open + 20), open, 'opens a placeholder that is never closed with "}"'));
  }
  return warnings;
}

function unbalanced(match: string, index: number, what: string): WordingWarning {
  return {
    rule: 'placeholder',
    message: `"${match}" ${what}. Placeholders are written like {firstName}; check the braces.`,
    match,
    index,
  };
}
