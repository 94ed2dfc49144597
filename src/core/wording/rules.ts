/**
 * The wording check's phrase rules, as data so they are easy to extend. Each pattern is a regular
 * expression source (matched case-insensitively, whole words) with advice saying what to write
 * instead. They follow the practice's social-media rules (DESIGN.md): never confirm that someone is
 * a patient or discuss their care, no clinical advice, never argue, never blame.
 *
 * Patterns aim at the shape of a risky sentence, not one example of it, and stay away from safe
 * signposting ("please contact the surgery", "we can't discuss anyone's care online", "our
 * records team").
 */
import type { PhraseRule } from './types.ts';
import type { Group } from './rules/common.ts';
import { CLINICAL_RULES } from './rules/clinical.ts';
import { CONFIDENTIALITY_RULES } from './rules/confidentiality.ts';
import { ARGUMENTATIVE_RULES, BLAME_RULES } from './rules/tone.ts';

export { ARGUMENTATIVE_RULES, BLAME_RULES, CLINICAL_RULES, CONFIDENTIALITY_RULES };

/** Why each group matters; put in front of the advice in every message. */
export const RULE_REASONS: Record<Group, string> = {
  confidentiality: 'could confirm that someone is a patient or discuss their care in public',
  clinical: 'gives clinical detail or advice, which must never be given on social media',
  argumentative: 'sounds argumentative or defensive',
  blame: 'blames the person',
};

export const PHRASE_RULES: readonly PhraseRule[] = [
  ...CONFIDENTIALITY_RULES,
  ...CLINICAL_RULES,
  ...ARGUMENTATIVE_RULES,
  ...BLAME_RULES,
];
