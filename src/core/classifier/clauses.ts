import { NAMED_FAULT } from './knowledge/fault.ts';
import { normalise } from './normalise.ts';

/**
 * A comment read clause by clause, for the rules between praise and a complaint (index.ts): the
 * normaliser drops the commas and full stops that separate "nurse lovely, but waited over an
 * hour", so these helpers split the raw text at them and normalise each clause on its own.
 */

const CLAUSE_BREAK = /[,.;:!?\n]+|\s[-–—]\s/;

/** The comment's clauses, each normalised: split at the punctuation the normaliser drops. */
function clausesOf(text: string): string[] {
  return text.split(CLAUSE_BREAK).map(normalise);
}

/** Whether a normalised clause holds any of the quoted phrases whole. */
function holds(clause: string, quotes: string[]): boolean {
  return quotes.some((q) => clause.includes(` ${q} `));
}

/**
 * Whether the praise and a plainly named fault sit in different clauses ("nice doctor, awful
 * wait"). Read only when both tags are in play, so splitting the text again costs little.
 */
export function juxtaposed(text: string, praise: string[], complaint: string[]): boolean {
  const clauses = clausesOf(text);
  const praised = praisedIn(praise);
  return clauses.some((c) => praised(c) && !holds(c, complaint)) && clauses.some((c) => holds(c, complaint) && !praised(c) && NAMED_FAULT.test(c));
}

/** The mild praise words that can be a clause's verdict ("nurse lovely"). */
export const VERDICT = /^(?:good|nice|lovely|helpful|great|thorough|kind|friendly|brill|polite|caring|listened)$/;
/** …but not about a post, the news or luck, nor faint ("nice enough"). */
const NOT_A_VERDICT = / (?:post|posts|message|news|idea|theory|enough|to know|to hear|to see|luck|be (?:kind|nice|polite))(?= )/;
/** A turn at the start of a clause: "…, but the phones", "…. Though". */
const CLAUSE_TURN = / (?=(?:but|though|tho|apart from|except|only) )/;
/** Who or what a short verdict is about: "nurse lovely", "the care is good", "usually good". */
const PRAISED = / (?:doctors?|drs?|gps?|nurses?|staff|care|service|receptionists?|reception|surgery|practice|team|everyone|pharmacists?|physio|treatment|usually|mostly|generally|overall)(?= )/;

/**
 * Whether a clause of a few words holds praise and none of the complaint, and either names who or
 * what it praises or is followed by a turn ("helpful but a bit rushed").
 */
export function praisedClause(text: string, praise: string[], complaint: string[]): boolean {
  if (praise.length === 0) return false;
  const pieces = clausesOf(text).flatMap((c) => c.split(CLAUSE_TURN).map((p) => `${p} `));
  for (let i = 0; i < pieces.length; i++) {
    const c = pieces[i] ?? '';
    if (c.split(' ').length > 8 || !holds(c, praise) || holds(c, complaint) || NOT_A_VERDICT.test(c)) continue;
    const next = pieces[i + 1];
    if (PRAISED.test(c) || (next !== undefined && /^(?:but|though|tho|apart|except|only) /.test(next))) return true;
  }
  return false;
}

/** Whether a clause holds praise: a whole quote, or the word a quote starts with (see faultApart). */
function praisedIn(praise: string[]): (c: string) => boolean {
  const heads = praise.map((q) => q.split(' ')[0] ?? q);
  return (c) => holds(c, praise) || holds(c, heads);
}

/**
 * The named fault in a clause that holds none of the praise, when some other clause holds praise
 * (a praise quote counts for the clause where it starts: the normaliser drops the comma in
 * "doctor good, reception rude", so "good reception" reads as one quote).
 */
export function faultApart(text: string, praise: string[]): string | undefined {
  const clauses = clausesOf(text);
  if (clauses.length < 2) return undefined;
  const praisedHere = praisedIn(praise);
  let praised = false;
  let fault: string | undefined;
  for (const c of clauses) {
    if (praisedHere(c)) praised = true;
    else fault ??= NAMED_FAULT.exec(c)?.[0].trim();
  }
  return praised ? fault : undefined;
}
