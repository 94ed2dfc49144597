/** The kinds of problem the wording check looks for; stable ids (shown in the CLI's output). */
export type WordingRule =
  | 'confidentiality'
  | 'clinical'
  | 'argumentative'
  | 'blame'
  | 'shouting'
  | 'placeholder'
  | 'length';

export interface WordingWarning {
  rule: WordingRule;
  /** British English, for the member of staff: what is wrong and what to change. */
  message: string;
  /** The text that triggered the warning, when there is one. */
  match?: string;
  /** Where `match` starts in the checked text (UTF-16 index). */
  index?: number;
}

export interface WordingOptions {
  /** Placeholder names (without braces) that templates may use. */
  knownPlaceholders?: readonly string[];
  /** Longest acceptable text, in characters. */
  maxLength?: number;
  /** Extra capitalised words that are not shouting (e.g. the practice's own acronyms). */
  allowedCapitals?: readonly string[];
}

/**
 * One phrase rule. Patterns are matched case-insensitively against text whose curly apostrophes
 * have been straightened, so write them with a plain apostrophe.
 */
export interface PhraseRule {
  rule: Exclude<WordingRule, 'shouting' | 'placeholder' | 'length'>;
  pattern: RegExp;
  /** What to do instead; the match and the rule's reason are added in front. */
  advice: string;
}
