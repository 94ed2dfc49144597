import type { PhraseRule } from './knowledge/types.ts';
import { normalise } from './normalise.ts';

/**
 * One regular expression per rule list, compiled once: each rule is a capturing group, so a
 * single scan finds every phrase and the group number says which rule (and weight) fired.
 */
export interface Matcher {
  readonly re: RegExp;
  readonly weights: readonly number[];
}

export function compileRules(rules: readonly PhraseRule[]): Matcher {
  // Only the first alternative that matches at a word counts, so the heaviest rules go first.
  const ordered = rules.slice().sort((a, b) => b[1] - a[1]);
  rules = ordered;
  const source = rules.map(([pattern]) => `(${pattern})`).join('|');
  // A leading literal space (not a lookbehind) lets the engine jump from word start to word start.
  return { re: new RegExp(` (?:${source})(?= |$)`, 'g'), weights: rules.map(([, w]) => w) };
}

/**
 * Where scanInto() records what it finds: the reason is `${label}'${quote}'`, kept in its two
 * parts because most hits never become a tag and their reason is never read.
 */
export interface HitSink {
  hit(category: number, weight: number, label: string, quote: string): void;
}

/**
 * Records each phrase as `${label}'${words}'` against `category`.
 * Returns the number of phrases found. This is the hot path, so it allocates nothing per call.
 */
export function scanInto(matcher: Matcher, text: string, sink: HitSink, category: number, label: string): number {
  const { re, weights } = matcher;
  let found = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        sink.hit(category, weights[g - 1] ?? 0, label, m[0].slice(1).trim());
        found++;
        break;
      }
    }
    re.lastIndex = m.index + 1;
  }
  return found;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * Compiles phrases typed by staff on the options page into one matcher: normalised like the
 * comments, escaped (they are text, not patterns), matched as whole words. Null when empty.
 */
export function compilePhrases(phrases: readonly string[]): RegExp | null {
  const parts: string[] = [];
  for (const phrase of phrases) {
    const n = normalise(phrase).trim();
    if (n) parts.push(n.replace(SPECIAL, '\\$&'));
  }
  if (parts.length === 0) return null;
  parts.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<= )(?:${parts.join('|')})(?= )`);
}
