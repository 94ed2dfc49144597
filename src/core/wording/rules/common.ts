/** What every phrase-rule file shares: the builder and the guards that keep general wording quiet. */
import type { PhraseRule } from '../types.ts';

export type Group = PhraseRule['rule'];

/** Put in front of a pattern so that "if you didn't…", "once you have been seen…" stay general. */
export const NOT_CONDITIONAL =
  "(?<!\\b(?:if|once|when|where|unless|whether|until|after|in case|even if|as long as|provided|sorry|sorry that|hear|hear that|think|feel|believe|worried|concerned) )";
/** Things people post, which a reply may safely mention ("we have read your feedback"). */
export const NOT_FEEDBACK =
  '(?!(?:comments?|feedback|post|posts|message|messages|review|reviews|suggestions?|kind words|concerns?|complaint|question|enquiry|email|letter)\\b)';

/** People type "youre", "weve", "dont": every contraction's apostrophe is optional. */
function optionalApostrophes(source: string): string {
  return source.replace(/'(?=(?:re|ve|ll|d|t|s|m)\b)/gu, "'?");
}

export function rules(rule: Group, entries: readonly (readonly [source: string, advice: string])[]): PhraseRule[] {
  return entries.map(([source, advice]) => ({
    rule,
    pattern: new RegExp(`\\b(?:${optionalApostrophes(source)})\\b`, 'gi'),
    advice,
  }));
}

export const SPEAK_GENERALLY = 'Speak about what normally happens, not about this person (e.g. "Results are usually…").';
export const NO_RECORDS = 'Never refer to anyone\'s records or contact with the practice; invite them to contact the surgery privately.';
export const SIGNPOST = 'Signpost instead (contact the surgery, a pharmacist, NHS 111 or 999) and leave advice to a clinician.';
export const NEUTRAL = 'Keep to neutral, constructive wording and offer to talk it through privately.';
export const NO_BLAME = 'Describe what normally happens or what they can do next, without saying what they did wrong.';
