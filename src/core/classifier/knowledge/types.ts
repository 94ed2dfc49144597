/**
 * A phrase rule: a regular-expression source matched against normalised text (lower case, no
 * apostrophes, words separated by single spaces; see normalise.ts) as whole words, and the weight
 * it adds to its category. A category is tagged when its weights add up to at least 1.
 */
export type PhraseRule = readonly [pattern: string, weight: number];

/** Spelling variants used inside patterns (Facebook spelling is creative). */
export const APPT = '(?:appointments?|apointments?|appoint?ments?|appointmen?ts?|appoitments?|appts?|apts?)';
export const DOC = '(?:doctors?|docs?|drs?|gps?|gp s|nurses?)';
export const SOMEONE = '(?:me|him|her|us|them|my (?:son|daughter|mum|mam|dad|husband|wife|partner|nan|baby|child|kids?|boy|girl))';
export const MY = '(?:my|his|her|our|their)';
