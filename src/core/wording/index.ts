export { checkWording, DEFAULT_MAX_LENGTH } from './check.ts';
export { DEFAULT_KNOWN_PLACEHOLDERS } from './placeholders.ts';
export { ALLOWED_CAPITALS } from './shouting.ts';
export { PHRASE_RULES, RULE_REASONS } from './rules.ts';
export type { PhraseRule, WordingOptions, WordingRule, WordingWarning } from './types.ts';
