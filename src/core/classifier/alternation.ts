/**
 * Writes a list of alternatives grouped by their first character: "cancer|copd|crohns" becomes
 * "c(?:ancer|opd|rohns)". It matches exactly what the plain list matches, but an expression tried
 * at every word gives up on a word after its first character instead of trying each name in turn;
 * for the long lists run on every comment (health words, spellings) that halves their time.
 * Alternatives starting with anything but a letter or digit (a group, a class) are kept whole.
 */
export function byFirstCharacter(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const other: string[] = [];
  for (const alternative of alternatives) {
    const first = alternative[0] ?? '';
    if (/[a-z0-9]/.test(first)) (groups.get(first) ?? groups.set(first, []).get(first))?.push(alternative.slice(1));
    else other.push(alternative);
  }
  // A single-character alternative leaves an empty rest: "c(?:|ancer)" still matches "c".
  return [...other, ...[...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`)].join('|');
}
