import { CATEGORY_IDS, type CategoryId } from '../categories.ts';
import { APPOINTMENT_MODEL } from './knowledge/trained/appointment.ts';
import { COMPLAINT_MODEL } from './knowledge/trained/complaint.ts';
import { loadModel, readText, type LinearModel } from './model.ts';

/** What the models need to know of the rules' reading, and a way to add a tag to it. */
export interface RuleReading {
  readonly score: readonly number[];
  has(category: number): boolean;
  add(category: number, weight: number, reason: string): void;
}

const at = (id: CategoryId): number => CATEGORY_IDS.indexOf(id);
const URGENT = at('urgent');
const PRAISE = at('praise');
/** Half a tag's worth of rule evidence: one weak phrase ("waiting", "a week") is not enough. */
const HALF = 0.5;

interface ModelUse {
  category: number;
  model: LinearModel;
  /** The reason given for a tag the model adds. */
  label: string;
}

const MODELS: readonly ModelUse[] = [
  { category: at('complaint'), model: loadModel(COMPLAINT_MODEL), label: 'worded like complaints the tagger was trained on' },
  { category: at('appointment'), model: loadModel(APPOINTMENT_MODEL), label: 'worded like requests to be seen the tagger was trained on' },
];

/** The rules' tags, as training read them (readByRules in index.ts). */
function ruleTagsOf(ev: RuleReading): CategoryId[] {
  return CATEGORY_IDS.filter((_, i) => ev.has(i));
}

/**
 * Adds the tags the trained models give that the rules did not, where the rules went half way.
 * Free to tag anything, the complaint model tagged more of the answers survey respondents rated
 * very good ("poor Dr Smith… what a star"), and the appointment model "they cancelled my referral";
 * so a model only tips a reading the rules half made. A comment with any praise in it, or that the
 * rules read as an emergency, is left as the rules read it: the models may not make praise a
 * complaint, nor turn an emergency into a routine request.
 */
export function applyModels(ev: RuleReading, norm: string): void {
  // Any word of praise at all keeps the models out, even one too weak to tag.
  if ((ev.score[PRAISE] ?? 0) > 0 || ev.has(URGENT)) return;
  let tags: CategoryId[] | undefined;
  for (const { category, model, label } of MODELS) {
    if (ev.has(category) || (ev.score[category] ?? 0) < HALF) continue;
    tags ??= ruleTagsOf(ev);
    if (readText(model, norm, tags) < model.threshold) continue;
    // The words that weighed most are often plain ones ("apparently", "home"): quoting them would
    // tell staff less than saying where the reading came from.
    ev.add(category, 1, label);
  }
}
