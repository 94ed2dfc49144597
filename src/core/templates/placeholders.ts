/**
 * The placeholders a reply template may use. Each comes from the commenter's name or a practice
 * detail set in Options; a detail that is not set yet is shown to staff as a prompt to add it,
 * never inserted as a blank or a raw {placeholder}. {urgentHelp} is never missing: it comes from
 * the practice's nation, which always has a value.
 */
import type { PracticeDetails } from '../settings/types.ts';

export type PlaceholderName =
  | 'firstName'
  | 'practiceName'
  | 'phone'
  | 'email'
  | 'website'
  | 'bookingInfo'
  | 'complaintsContact'
  | 'urgentHelp'
  | 'signature';

export interface PlaceholderInfo {
  name: PlaceholderName;
  /** Where the value comes from: the commenter, or the practice detail to fill in. */
  source: 'firstName' | keyof PracticeDetails;
  /** For the options page. */
  description: string;
  /** Shown in place of the value while the detail is not set. */
  missingLabel: string;
}

export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
  {
    name: 'firstName',
    source: 'firstName',
    description:
      "The commenter's first name, taken from their Facebook name. When it cannot be worked out it is left out, along with the comma or space beside it.",
    missingLabel: 'No first name found',
  },
  {
    name: 'practiceName',
    source: 'name',
    description: 'The name of the practice, e.g. "The Riverside Surgery".',
    missingLabel: 'Add your practice name in Options',
  },
  {
    name: 'phone',
    source: 'phone',
    description: 'The practice phone number, e.g. "01234 567890".',
    missingLabel: 'Add your practice phone number in Options',
  },
  {
    name: 'email',
    source: 'email',
    description: 'The email address the public may write to, e.g. "riverside.surgery@nhs.net".',
    missingLabel: 'Add your practice email address in Options',
  },
  {
    name: 'website',
    source: 'website',
    description: 'The practice website address, e.g. "www.riversidesurgery.nhs.uk".',
    missingLabel: 'Add your practice website in Options',
  },
  {
    name: 'bookingInfo',
    source: 'bookingInfo',
    description:
      'How to book, written as one or two full sentences: phone times, online booking and the NHS App, e.g. "You can book by phoning 01234 567890 from 8am, online at our website or through the NHS App."',
    missingLabel: 'Add how to book an appointment in Options',
  },
  {
    name: 'complaintsContact',
    source: 'complaintsContact',
    description:
      'Who looks after complaints and how to reach them, made from the complaints lead and complaints contact in Options, e.g. "our Practice Manager, Mrs A Khan, on 01234 567890".',
    missingLabel: 'Add how to contact your complaints lead in Options',
  },
  {
    name: 'urgentHelp',
    source: 'region',
    description:
      'Where to get urgent help that is not an emergency, set by the nation chosen under "Where the practice is" in Options: NHS 111 in England and Wales, NHS 24 in Scotland, the GP out-of-hours service in Northern Ireland. It reads on from a comma, e.g. "For urgent help that is not an emergency, {urgentHelp}."',
    // Never shown: the nation always has a value (an unreadable one counts as England and Wales).
    missingLabel: 'Choose where the practice is in Options',
  },
  {
    name: 'signature',
    source: 'signature',
    description: 'The sign-off at the end of a reply, e.g. "The Riverside Surgery team".',
    missingLabel: 'Add a signature in Options',
  },
];

export const PLACEHOLDER_NAMES: readonly PlaceholderName[] = PLACEHOLDERS.map((p) => p.name);

export function isPlaceholderName(value: string): value is PlaceholderName {
  return (PLACEHOLDER_NAMES as readonly string[]).includes(value);
}

export function placeholderInfo(name: PlaceholderName): PlaceholderInfo {
  const info = PLACEHOLDERS.find((p) => p.name === name);
  if (!info) throw new RangeError(`Unknown placeholder: ${name}`);
  return info;
}

/** `{name}` tokens; anything else in braces is left as text and reported as unknown. */
export const PLACEHOLDER_PATTERN = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The placeholder names a template uses, known or not, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1] as string))];
}
