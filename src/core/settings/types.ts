/**
 * The shape of CalmReply's settings. This file is the contract between the tagger, the templates,
 * the complaints log, the options page and storage; the schema (schema.ts) validates to it.
 */
import type { CategoryId } from '../categories.ts';

/** The practice's nation: the urgent advice in replies ({urgentHelp}) and the bank holidays for due dates. */
export type Region = 'england-and-wales' | 'scotland' | 'northern-ireland';

export interface PracticeDetails {
  name: string;
  phone: string;
  email: string;
  website: string;
  /** How to book: phone times, online booking, NHS App wording. Rendered as {bookingInfo}. */
  bookingInfo: string;
  /** Name or role of the complaints lead, e.g. "our Practice Manager, Mrs A Khan". */
  complaintsLead: string;
  /** How to reach the complaints lead. Rendered (with the lead) as {complaintsContact}. */
  complaintsContact: string;
  /** Sign-off, e.g. "The Riverside Surgery team". */
  signature: string;
  /** Initials of the member of staff using this browser, stored on handled states and complaints. */
  staffInitials: string;
  region: Region;
}

export interface ReplyTemplate {
  /** Stable id within its category (used for ordering and undo). */
  id: string;
  /** Short name shown in the popup's list of replies. */
  title: string;
  /** Text with {placeholders}; line breaks are kept when inserted. */
  text: string;
}

/** The part of a category's settings the tagger reads. */
export interface CategoryRules {
  enabled: boolean;
  /** Extra phrases that tag a comment with this category (case-insensitive). */
  extraPhrases: string[];
  /** Phrases which, when present, stop this category being tagged. */
  ignorePhrases: string[];
}

export interface CategorySettings extends CategoryRules {
  templates: ReplyTemplate[];
}

export interface Settings {
  schemaVersion: number;
  practice: PracticeDetails;
  categories: Record<CategoryId, CategorySettings>;
  /** The note inserted by "Move to complaints". */
  complaintsNote: ReplyTemplate;
}

/** What classify() needs: any Settings object satisfies it. */
export interface ClassifierSettings {
  categories: Record<CategoryId, CategoryRules>;
}
