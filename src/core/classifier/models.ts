import { CATEGORY_IDS, type CategoryId } from '../categories.ts';
import { APPOINTMENT_MODEL } from './knowledge/trained/appointment.ts';
import { COMPLAINT_MODEL } from './knowledge/trained/complaint.ts';
import { URGENT_MODEL } from './knowledge/trained/urgent.ts';
import { loadModels, readText, ruleFeatures, type LinearModelData, type ModelSet } from './model.ts';

/** What the models need to know of the rules' reading, and a way to change it. */
export interface RuleReading {
  readonly score: readonly number[];
  has(category: number): boolean;
  add(category: number, weight: number, reason: string): void;
  /** Takes back a tag the rules gave. */
  drop(category: number): void;
  /** Whether the rules weighed the category and ruled it out (an excused or hedged complaint). */
  isRuledOut(category: number): boolean;
}

const at = (id: CategoryId): number => CATEGORY_IDS.indexOf(id);
const URGENT = at('urgent');
const PRAISE = at('praise');
const ABUSE = at('abuse');
const COMPLAINT = at('complaint');
/** Rule evidence this strong (more than one firm phrase) is not taken back. */
const STRONG = 1.5;

interface ModelUse {
  category: number;
  /** The reason given for a tag the model adds. */
  label: string;
}

const USES: readonly ModelUse[] = [
  { category: COMPLAINT, label: 'worded like complaints the tagger was trained on' },
  { category: at('appointment'), label: 'worded like requests to be seen the tagger was trained on' },
  { category: URGENT, label: 'worded like emergencies the tagger was trained on' },
];

/** The complaint, appointment and urgent models, in that order, compiled to be read together. */
export interface Models {
  readonly data: readonly [complaint: LinearModelData, appointment: LinearModelData, urgent: LinearModelData];
  readonly set: ModelSet;
}

export function compileModels(complaint: LinearModelData, appointment: LinearModelData, urgent: LinearModelData): Models {
  return { data: [complaint, appointment, urgent], set: loadModels([complaint, appointment, urgent]) };
}

/** The models trained into knowledge/trained by `npm run train`: the ones classify() reads. */
export const BUILT_IN_MODELS = compileModels(COMPLAINT_MODEL, APPOINTMENT_MODEL, URGENT_MODEL);
const read: number[] = USES.map(() => 0);
const NONE = 0;
const ADD = 1;
const DROP = 2;

/**
 * The models' say over the rules' complaint and appointment tags: each adds its tag where it is
 * confident and takes back the rules' tag where it is confident the other way. The urgent model
 * only adds: an emergency said in words no rule names ("I've picked a date. Friday. Just wanted
 * someone to know"), found by the words red flags share; it never takes one back.
 *
 * Limits, each for a reason:
 * - A comment the rules read as an emergency is left as they read it: nothing may turn an
 *   emergency into a routine request. Nor may the urgent model tag one the rules ruled out (a
 *   red flag told as a story from long ago).
 * - No tag is added to a comment with any word of praise, even one too weak to tag: the models
 *   must not make praise a complaint.
 * - Nor where the rules ruled it out ("on hold 25 minutes, understandable with the pandemic"), nor
 *   a complaint where they cut a phrase out as negated or the writer's own ("annoyed at myself",
 *   "never had anyone hang up on me"): the cut leaves words that read like a complaint.
 * - What the rules read firmly (more than one phrase) stays: the training writers disagree on
 *   borderline cases such as chasing results, and the model learns their disagreement.
 * - Abuse stays a complaint, and so does a comment the rules read as praise and complaint at once
 *   ("lovely nurse but the phones are a joke"): the rules have weighed the turn already.
 */
export function applyModels(ev: RuleReading, norm: string, models: Models = BUILT_IN_MODELS): void {
  if (ev.has(URGENT)) return;
  const praised = (ev.score[PRAISE] ?? 0) > 0;
  // neutralise() leaves " ~ " where it cut a phrase out.
  const cut = norm.includes(' ~ ');
  const may = USES.map(({ category }, k) => {
    const data = models.data[k] as LinearModelData;
    if (category === URGENT) return ev.isRuledOut(URGENT) ? NONE : ADD;
    if (ev.has(category)) return data.floor > 0 && (ev.score[category] ?? 0) < STRONG && !(category === COMPLAINT && (ev.has(ABUSE) || ev.has(PRAISE))) ? DROP : NONE;
    return !praised && !ev.isRuledOut(category) && !(category === COMPLAINT && cut) ? ADD : NONE;
  });
  // A comment that leaves the models nothing they may change (praise beside a firm complaint, an
  // appointment request the rules tagged with praise) is not read at all.
  if (may.every((m) => m === NONE)) return;
  readText(models.set, norm, ruleFeatures(CATEGORY_IDS.filter((_, i) => ev.has(i)), ev.score), read);
  USES.forEach(({ category, label }, k) => {
    const data = models.data[k] as LinearModelData;
    const p = read[k] as number;
    if (may[k] === DROP && p < data.floor) ev.drop(category);
    // The words that weighed most are often plain ones ("apparently", "home"): quoting them
    // would tell staff less than saying where the reading came from.
    else if (may[k] === ADD && p >= data.threshold) ev.add(category, 1, label);
  });
}
