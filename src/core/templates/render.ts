/**
 * Turns a reply template into the text staff insert. Everything here is plain text: values are
 * substituted once (a value that itself contains "{phone}" is not expanded again) and nothing is
 * ever interpreted as HTML.
 */
import type { PracticeDetails, Region } from '../settings/types.ts';
import { isPlaceholderName, placeholderInfo, PLACEHOLDER_PATTERN, type PlaceholderName } from './placeholders.ts';

export type MissingDetail = keyof PracticeDetails | 'firstName';

export type RenderPart =
  | { kind: 'text'; value: string }
  | { kind: 'missing'; placeholder: string; label: string };

export interface RenderContext {
  /** The commenter's first name (see firstNameOf); empty or absent when unknown. */
  firstName?: string;
  practice: PracticeDetails;
}

export interface RenderResult {
  /** The template with every known value substituted; a missing detail stays as `{name}`. */
  text: string;
  /**
   * Details the template needs that are not set. 'firstName' is listed when the commenter's name
   * was unknown and dropped from the text; it does not stop insertion (see isReadyToInsert).
   */
  missing: MissingDetail[];
  /** `{names}` in the template that are not placeholders at all (a typo in Options). */
  unknown: string[];
  /** The text in pieces, so a page can draw each missing detail as a prompt to open Options. */
  parts: RenderPart[];
}

// "Thank you, {firstName}, for…" should read "Thank you for…" when the name is unknown, not
// "Thank you, , for…". Applied in order, only when there is no name.
const DROP_FIRST_NAME: ReadonlyArray<[RegExp, string | ((...m: string[]) => string)]> = [
  // "…about this, {firstName}, and we're sorry" keeps its comma before a joining word.
  [/,[ \t]*\{firstName\}[ \t]*,(?=[ \t]+(?:and|but|so|or|as|because|which|who)\b)/g, ','],
  [/,[ \t]*\{firstName\}[ \t]*,/g, ''],
  [/,[ \t]*\{firstName\}(?=[ \t]*(?:[.!?;:]|\n|$))/g, ''],
  [/(^|\n)([ \t]*)\{firstName\}[ \t]*[,:!]?[ \t]*(\S)/g, (_m, start = '', indent = '', ch = '') => start + indent + ch.toUpperCase()],
  [/[ \t]+\{firstName\}(?=[,.!?;:]|[ \t]*(?:\n|$))/g, ''],
  [/[ \t]+\{firstName\}[ \t]+/g, ' '],
  [/\{firstName\}/g, ''],
];

function dropFirstName(text: string): string {
  let out = text;
  for (const [pattern, replacement] of DROP_FIRST_NAME) {
    out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  }
  return out;
}

// Settings are validated on read, but a preview must not crash on a half-typed or odd value.
function detail(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * "{complaintsContact}" joins the complaints lead with how to reach them:
 * "our Practice Manager, Mrs A Khan, on 01234 567890". Without a contact there is nothing to say;
 * without a lead, "our complaints lead" stands in.
 */
export function complaintsContactText(practice: PracticeDetails): string {
  const contact = detail(practice.complaintsContact).replace(/[.,;\s]+$/, '');
  if (!contact) return '';
  const lead = detail(practice.complaintsLead).replace(/[.,;\s]+$/, '') || 'our complaints lead';
  if (/^\S+@\S+/.test(contact)) return `${lead}, by email at ${contact}`;
  if (/^[+\d(]/.test(contact)) return `${lead}, on ${contact}`;
  return `${lead}, ${contact}`;
}

/**
 * "{urgentHelp}": where to turn for urgent help that is not an emergency, by the practice's nation.
 * Each reads on from a comma ("For urgent help that is not an emergency, …") and also after
 * "while we are closed". Northern Ireland has no NHS 111 service; its GP out-of-hours service
 * only covers the hours the practice is closed, so in hours the practice itself is the route.
 */
export const URGENT_HELP: Readonly<Record<Region, string>> = {
  'england-and-wales': 'call NHS 111 or go to 111.nhs.uk (or 111.wales.nhs.uk in Wales)',
  scotland: 'call NHS 24 on 111 or go to nhs24.scot',
  'northern-ireland': 'call us or, when we are closed, the GP out-of-hours service',
};

/** The {urgentHelp} text for a region; anything else gets England and Wales, the default region. */
export function urgentHelpText(region: Region): string {
  return Object.hasOwn(URGENT_HELP, region) ? URGENT_HELP[region] : URGENT_HELP['england-and-wales'];
}

function valueOf(name: PlaceholderName, ctx: RenderContext): string {
  const p = ctx.practice;
  switch (name) {
    case 'firstName':
      return detail(ctx.firstName);
    case 'practiceName':
      return detail(p.name);
    case 'complaintsContact':
      return complaintsContactText(p);
    case 'urgentHelp':
      return urgentHelpText(p.region);
    default:
      return detail(p[name]);
  }
}

export function renderTemplate(text: string, ctx: RenderContext): RenderResult {
  const source0 = text.replace(/\r\n?/g, '\n');
  const hasName = valueOf('firstName', ctx) !== '';
  const usesName = source0.includes('{firstName}');
  const source = hasName ? source0 : dropFirstName(source0);

  const missing = new Set<MissingDetail>();
  const unknown = new Set<string>();
  const parts: RenderPart[] = [];
  let out = '';
  const pushText = (value: string): void => {
    if (!value) return;
    out += value;
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.value += value;
    else parts.push({ kind: 'text', value });
  };

  let cursor = 0;
  for (const match of source.matchAll(PLACEHOLDER_PATTERN)) {
    const token = match[0];
    const name = match[1] as string;
    pushText(source.slice(cursor, match.index));
    cursor = match.index + token.length;
    if (!isPlaceholderName(name)) {
      unknown.add(name);
      out += token;
      parts.push({ kind: 'missing', placeholder: name, label: `Unknown placeholder ${token}: check this template in Options` });
      continue;
    }
    const value = valueOf(name, ctx);
    if (value) {
      pushText(value);
    } else {
      const info = placeholderInfo(name);
      missing.add(info.source);
      out += token;
      parts.push({ kind: 'missing', placeholder: name, label: info.missingLabel });
    }
  }
  pushText(source.slice(cursor));
  if (usesName && !hasName) missing.add('firstName');

  return { text: out, missing: [...missing], unknown: [...unknown], parts };
}

/**
 * True when the rendered text can go into a reply box: every practice detail it needs is set and
 * it has no unknown placeholders. An unknown first name does not count; it was dropped cleanly.
 */
export function isReadyToInsert(result: RenderResult): boolean {
  return result.unknown.length === 0 && result.missing.every((m) => m === 'firstName');
}
