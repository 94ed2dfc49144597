import { CATEGORY_IDS, type CategoryId } from '../categories.ts';
import type { ClassifierSettings } from '../settings/types.ts';
import { scanInto, type HitSink } from './compile.ts';
import { compileSettings, type CompiledSettings } from './compiledSettings.ts';
import { dispatchScan } from './dispatch.ts';
import { applyModels, BUILT_IN_MODELS, type Models } from './models.ts';
import { NAMED_FAULT } from './knowledge/fault.ts';
import { POLITE_THANKS } from './knowledge/praise.ts';
import { deobfuscate, normalise } from './normalise.ts';
import { neutralise } from './neutralise.ts';
import { personalDataReasons } from './personalData.ts';
import { notHappeningNow } from './redFlagNow.ts';
import { faultApart, juxtaposed, praisedClause, VERDICT } from './clauses.ts';
import { pickReasons, type Found } from './reasons.ts';
import {
  ABUSE_MATCHER,
  ABUSE_SET,
  ANGRY_EMOJI,
  CONTRAST,
  HAPPY_EMOJI,
  DISPATCHER,
  HEDGE,
  NEUTRALISER_TABLE,
  MITIGATION,
  REQUEST,
  SHORT_COMPLAINT_MATCHER,
  SHORT_PRAISE_MATCHER,
  SHORT_ANSWER_WORDS,
} from './rules.ts';

export interface TagHit {
  id: CategoryId;
  /** Strength of the evidence, 0–1 (1 = certain). */
  score: number;
  /** Human-readable reasons, e.g. "mentions 'no appointments left'". */
  reasons: string[];
}

export interface Classification {
  /** Tags in CATEGORY_IDS order; empty when the comment needs no tag. */
  tags: TagHit[];
}

export { isValidNhsNumber } from './nhsNumber.ts';
export { normalise } from './normalise.ts';

const INDEX = Object.fromEntries(CATEGORY_IDS.map((id, i) => [id, i])) as Record<CategoryId, number>;


/** Evidence gathered for one comment: a weight and weighted reasons per category. */
class Evidence implements HitSink {
  readonly score = [0, 0, 0, 0, 0, 0, 0, 0];
  readonly found: Array<Found[] | undefined> = [];
  /** A reason written out in full ("hostile language", "says 'no complaints'"). */
  add(i: number, weight: number, reason: string): void {
    this.hit(i, weight, reason, undefined);
  }
  hit(i: number, weight: number, label: string, quote: string | undefined): void {
    this.score[i] = (this.score[i] ?? 0) + weight;
    const list = (this.found[i] ??= []);
    if (!list.some((f) => f[2] === quote && f[1] === label)) list.push([weight, label, quote]);
  }
  /** The reasons of category `i` as text, built only for the few that are read. */
  reasons(i: number): Array<[number, string]> {
    return (this.found[i] ?? []).map(([w, label, quote]) => [w, quote === undefined ? label : `${label}'${quote}'`]);
  }
  has(i: number): boolean {
    return (this.score[i] ?? 0) >= 1;
  }
  drop(i: number): void {
    this.score[i] = 0;
  }
  /** Categories the rules weighed and ruled out (an excused wait is not a complaint): bit i for category i. */
  ruledOut = 0;
  ruleOut(i: number): void {
    this.score[i] = 0;
    this.ruledOut |= 1 << i;
  }
  isRuledOut(i: number): boolean {
    return (this.ruledOut & (1 << i)) !== 0;
  }
}

const URGENT = INDEX.urgent;
const COMPLAINT = INDEX.complaint;
const APPOINTMENT = INDEX.appointment;
const ABUSE = INDEX.abuse;
const PERSONAL = INDEX.personal_data;
const PRAISE = INDEX.praise;
const PRESCRIPTION = INDEX.prescription;
const RESULTS = INDEX.results;
/** "not the staff's fault, it's the management": still a complaint about the practice. */
const BLAME_MOVED = / fault (?:its|it is|blame|but) (?:the |your |their )?(?:management|manager|practice manager|partners|owners|people in charge|top)(?= )/;
const EYE_ROLL = /[🙄😒]/u;
const CLAP = /👏/u;
const COMPLAINT_WISH = /(?:make|making|raise|raising|lodge|lodging|file|filing|put in|putting in|submit|submitting|formal|official|write|writing) (?:a |an )?(?:formal |official )?complaint|(?:want|going|like|will|shall|need) to (?:make a )?complain/;
const PRESCRIPTION_WORD = /prescri|repeat|script|pharmac|chemist/;
// Disguised words: a letter next to a mask or leetspeak character, or letters spelt out singly.
// The masked part runs only on a text holding such a character (most do not): it halves the check.
const MASK_CHARACTER = /[*@$!0-9]/;
const MASKED_WORD = /[a-z][*@$!0-9]+[a-z*]|[a-z][@$*]|[*][a-z]/i;
const SPELT_OUT = /(?:^|\s)\S\s\S\s\S(?:\s|$)/;

function needsDeobfuscation(text: string): boolean {
  return (MASK_CHARACTER.test(text) && MASKED_WORD.test(text)) || SPELT_OUT.test(text);
}

/**
 * Tags a comment. Pure and deterministic: the same text and settings always give the same tags.
 * Without settings the defaults apply (every category on, no extra or ignored phrases).
 */
export function classify(text: string, settings?: ClassifierSettings): Classification {
  return read(text, settings, BUILT_IN_MODELS).classification;
}

/**
 * classify() with other models than the built-in ones, for scripts/crosscheck.ts: models trained
 * in memory without one writer's set, to score that set as text they never saw.
 */
export function classifyWithModels(text: string, models: Models): Classification {
  return read(text, undefined, models).classification;
}

/**
 * The rules' reading alone, before the trained models: the normalised, neutralised text and the
 * tags the rules give. For scripts/train-model.ts, which trains the models on exactly this.
 */
export function readByRules(text: string): { norm: string; tags: CategoryId[]; scores: readonly number[] } {
  const { classification, norm, scores } = read(text, undefined, null);
  return { norm, tags: classification.tags.map((t) => t.id), scores };
}

const NO_SCORES: readonly number[] = [];

function read(text: string, settings: ClassifierSettings | undefined, models: Models | null): { classification: Classification; norm: string; scores: readonly number[] } {
  const rules = compileSettings(settings);
  const ev = new Evidence();
  const base = normalise(text);
  let norm = base;

  // Negated phrases are cut out first so that their words cannot fire later rules.
  norm = neutralise(NEUTRALISER_TABLE, norm, (category, words) => ev.add(category, 1, `says '${words}'`));

  // Disguised abuse ("sh1t", "f u c k") is read from a deobfuscated text; plain abuse in this pass.
  const disguised = needsDeobfuscation(text);
  let sarcastic = dispatchScan(DISPATCHER, norm, ev, disguised ? ABUSE_SET : 0) > 0;
  // A few words that name a problem or a quality are a verdict ("Staff attitude", "Friendly
  // staff"); a question of a few words is a request, not a verdict.
  if (!text.includes('?') && isShort(norm)) {
    const before = ev.score[COMPLAINT] ?? 0;
    scanInto(SHORT_COMPLAINT_MATCHER, norm, ev, COMPLAINT, 'answers ');
    scanInto(SHORT_PRAISE_MATCHER, norm, ev, PRAISE, 'answers ');
    // …unless hedged: "perhaps shorter waiting times" is a suggestion.
    if ((ev.score[COMPLAINT] ?? 0) !== before && HEDGE.test(norm)) ev.score[COMPLAINT] = before;
  }
  // A closing "not" takes back the praise before it: "really helpful, thanks a bunch (not)". After
  // a verb it denies the praise to something else instead ("the care is good. The prescription
  // system is not"): praise and a complaint.
  let deniedToOther = false;
  if (!sarcastic && norm.endsWith(' not ') && (ev.score[PRAISE] ?? 0) >= 0.6 && !text.includes('?')) {
    deniedToOther = VERB_NOT.test(norm);
    ev.add(COMPLAINT, 1, deniedToOther ? "says the rest 'is not'" : "sounds sarcastic: ends with 'not'");
    sarcastic = !deniedToOther;
  }
  if (disguised) scanInto(ABUSE_MATCHER, deobfuscate(text), ev, ABUSE, 'says ');
  for (const reason of personalDataReasons(text, norm)) ev.add(PERSONAL, 1, reason);
  // Insulting or threatening the staff is also dissatisfaction with the practice.
  if (ev.has(ABUSE)) ev.add(COMPLAINT, 1, 'hostile language');

  const angry = ANGRY_EMOJI.exec(text);
  // An eye-roll beside praise words is sarcasm: "Such a helpful receptionist today, told me to go
  // to A&E for a repeat prescription 🙄".
  const rolled = !sarcastic && (ev.score[PRAISE] ?? 0) > 0 ? EYE_ROLL.exec(text) : null;
  // Clapping is praise on its own ("well done all 👏"), sarcasm beside a grievance: "a whole 3
  // week wait for a blood test. Fantastic work 👏👏".
  const clapped = !sarcastic && !rolled && (ev.score[PRAISE] ?? 0) > 0 && (ev.score[COMPLAINT] ?? 0) >= (ev.score[PRAISE] ?? 0) ? CLAP.exec(text) : null;
  if (rolled ?? clapped) {
    ev.add(COMPLAINT, 1, `sounds sarcastic: uses ${(rolled ?? clapped)?.[0] ?? ''}`);
    sarcastic = true;
  } else if (angry) ev.add(COMPLAINT, 0.6, `uses ${angry[0]}`);
  const happy = HAPPY_EMOJI.exec(text);
  if (happy && !angry) ev.add(PRAISE, 0.6, `uses ${happy[0]}`);

  resolveConflicts(ev, text, norm, base, sarcastic, deniedToOther);
  // Only training reads the scores; classify does not copy them.
  const scores = models ? NO_SCORES : ev.score.slice();
  if (models) applyModels(ev, norm, models);
  return { classification: { tags: collectTags(ev, rules, base) }, norm, scores };
}

const VERB_NOT = / (?:is|was|are|were|does|do|did|has|have|had|could|would|should|will|can|may|might) not $/;

/** Whether the normalised text has at most SHORT_ANSWER_WORDS words (sentence marks not counted). */
function isShort(norm: string): boolean {
  if (norm.length > 120) return false;
  let words = 0;
  for (let i = 0; i < norm.length - 1; i++) {
    if (norm.charCodeAt(i) === 32 && norm.charCodeAt(i + 1) !== 46 && ++words > SHORT_ANSWER_WORDS) return false;
  }
  return true;
}

/** The rules between categories: sarcasm, politeness, mixed comments, praise for a past visit. */
function resolveConflicts(ev: Evidence, text: string, norm: string, base: string, sarcastic: boolean, turned: boolean): void {
  // Ruled out, not just cleared, so that the urgent model does not put it back either.
  if (notHappeningNow(norm, ev.has(URGENT) ? quotes(ev.reasons(URGENT)) : null)) ev.ruleOut(URGENT);
  // Whether the comment asks for something; read only when it matters (it is a scan of its own).
  let asks: boolean | undefined;
  const request = (): boolean => (asks ??= text.includes('?') || REQUEST.test(norm));
  // Bare "thanks" on a request is politeness, not praise.
  const thanks = POLITE_THANKS.exec(norm);
  if (thanks && !request()) ev.add(PRAISE, 1, `says '${thanks[0].trim()}'`);
  if (sarcastic) ev.score[PRAISE] = 0;
  // A hedged suggestion needs strong evidence to count as a complaint.
  const complaint = ev.score[COMPLAINT] ?? 0;
  // Also below a tag's worth ("the wait was a bit long"), so the models do not make it one. Blame
  // lifted ("not your fault") and "not a problem for me" are cut out of `norm` as negations, so
  // they are looked for in the text before the cuts too, unless the blame moves to the practice's
  // own management.
  const said = (excuse: RegExp): boolean => excuse.test(norm) || (base !== norm && excuse.test(base) && !BLAME_MOVED.test(base));
  if (!sarcastic && complaint > 0 && ((complaint < 1.6 && said(HEDGE)) || (complaint < 2.6 && said(MITIGATION)))) ev.ruleOut(COMPLAINT);
  // A short clause whose verdict is a mild praise word, beside a complaint elsewhere, is praise too:
  // "nurse lovely, but waited over an hour", "helpful but a bit rushed", "doctor good. Had to
  // chase the letter though". Alone, such words are too weak to tag.
  const praiseScore = ev.score[PRAISE] ?? 0;
  let lifted = false;
  if (!sarcastic && praiseScore > 0 && praiseScore < 1 && ev.has(COMPLAINT) && praisedClause(text, quotes(ev.reasons(PRAISE)).filter((q) => VERDICT.test(q)), quotes(ev.reasons(COMPLAINT)))) {
    ev.add(PRAISE, 1 - praiseScore, 'praises in a clause of its own');
    lifted = true;
  }
  // An explicit wish to complain ("I'd like to make a formal complaint about…, though Dr Reid has
  // been fantastic") is a complaint whatever praise stands beside it.
  const wish = ev.has(PRAISE) && ev.has(COMPLAINT) && quotes(ev.reasons(COMPLAINT)).some((q) => COMPLAINT_WISH.test(q));
  let mixed = wish || (ev.has(PRAISE) && ev.has(COMPLAINT) && (turned || lifted || CONTRAST.test(norm)));
  // What follows the turn is the point: "awful year but you were amazing" is praise.
  if (mixed && !wish) {
    const at = lastContrast(norm);
    const tail = norm.slice(at);
    // …unless what comes before the turn names a fault of the practice plainly: "phone line is
    // awful but the nurse I saw was good" is both.
    if (quotes(ev.reasons(PRAISE)).some((q) => tail.includes(q)) && !quotes(ev.reasons(COMPLAINT)).some((q) => tail.includes(q)) && !NAMED_FAULT.test(norm.slice(0, at + 1))) {
      ev.score[COMPLAINT] = 0;
      mixed = false;
    }
  }
  // Praise is never a complaint unless the comment turns ("…but the phones are awful") or names a
  // fault in a clause of its own ("lovely nurse, dreadful phones"); otherwise the stronger reading
  // wins, and a tie goes to praise.
  if (!mixed && !sarcastic && ev.has(PRAISE) && ev.has(COMPLAINT) && !onlyExclamations(ev.reasons(PRAISE)) && juxtaposed(text, quotes(ev.reasons(PRAISE)), quotes(ev.reasons(COMPLAINT)))) mixed = true;
  // A fault named plainly in a clause of its own beside praise is a complaint even when no complaint
  // rule fired: "doctor good, reception rude", "nurse great, GP less so", "staff lovely, the
  // system's a mess".
  const unanswered = !sarcastic && ev.has(PRAISE) && !ev.has(COMPLAINT) && !ev.isRuledOut(COMPLAINT);
  if (unanswered && NAMED_FAULT.test(norm) && !onlyExclamations(ev.reasons(PRAISE)) && !said(MITIGATION)) {
    const fault = faultApart(text, quotes(ev.reasons(PRAISE)));
    if (fault) {
      ev.add(COMPLAINT, 1, `names a fault: '${fault}'`);
      mixed = true;
    }
  }
  // Praise and then a turn to something else is a complaint about that something, even when no
  // complaint rule reads it: "good care but I had to ring three times", "lovely nurse, shame about
  // the wait", "nice doctor but the waiting room is cramped".
  if (unanswered && !mixed && !text.includes('?')) {
    const turn = TURN.exec(norm);
    if (turn) {
      const head = norm.slice(0, turn.index + 1);
      const tail = norm.slice(turn.index + turn[0].length);
      const praise = quotes(ev.reasons(PRAISE));
      if (praise.some((q) => head.includes(q)) && !praise.some((q) => tail.includes(q)) && (turn[1] !== undefined || CHORE_OR_LACK.test(tail)) && !request() && !HEDGE.test(tail) && !MITIGATION.test(tail)) {
        ev.add(COMPLAINT, 1, `turns: '${turn[0].trim()}'`);
        mixed = true;
      }
    }
  }
  if (ev.has(PRAISE) && ev.has(COMPLAINT) && !sarcastic && !mixed) {
    // Praise made only of exclamations ("brilliant", "fantastic", "cheers") beside a complaint is
    // sarcasm: "oh brilliant, the phones are down again".
    if (onlyExclamations(ev.reasons(PRAISE)) || (ev.score[COMPLAINT] ?? 0) > (ev.score[PRAISE] ?? 0) + 0.5) ev.score[PRAISE] = 0;
    else ev.score[COMPLAINT] = 0;
  }
  // Praise for an appointment that happened is praise, not an appointment request.
  if (ev.has(PRAISE) && !ev.has(COMPLAINT) && (ev.score[APPOINTMENT] ?? 0) > 0 && !request()) ev.score[APPOINTMENT] = 0;
  // Chasing results by phone is about results, not being seen: "still no call back about my son's
  // results", "been trying to get through for 3 days to get some results". Asking to book, or to
  // see someone about them, stays an appointment.
  if (ev.has(RESULTS) && (ev.score[APPOINTMENT] ?? 0) > 0 && !BOOKING.test(norm) && quotes(ev.reasons(APPOINTMENT)).every((q) => REACHING.test(q))) ev.ruleOut(APPOINTMENT);
  // An emergency outranks the routine reading of the same words ("took an overdose an hour ago"
  // is not a complaint about waiting); a complaint beside it needs firmer evidence.
  if (ev.has(URGENT)) {
    if ((ev.score[COMPLAINT] ?? 0) < 1.5) ev.score[COMPLAINT] = 0;
    if (!PRESCRIPTION_WORD.test(norm)) ev.score[PRESCRIPTION] = 0;
    if ((ev.score[RESULTS] ?? 0) < 1.5) ev.score[RESULTS] = 0;
    // "Should I wait for my appointment on Monday?" beside an emergency is the emergency; asking
    // to be seen now ("can anyone see my toddler today?") is also a request for an appointment.
    if ((ev.score[APPOINTMENT] ?? 0) < 1.5 && !SEEN_NOW.test(norm)) ev.score[APPOINTMENT] = 0;
  }
}

/** Getting hold of the practice, or it getting hold of you: the appointment rules' reading of a chase. */
const REACHING = /ring|rang|phone|call|get through|getting through|got through|hear back|come in|contact/;
const BOOKING = / (?:book\w*|appointments?|appts?|apt|slots?|see (?:a|the|my|someone|somebody|anyone|dr|doctor|gp)|follow ?up|review|discuss\w*|go (?:through|over))(?= )/;

/** A turn from praise to a fault: what follows it is the fault. */
const TURN = / (?:(shame about|pity about|only (?:thing|downside|problem|issue) is)|(?<!nothing )but|shame|pity|if only|once you)(?= )/;
/**
 * After a turn, a chore, a lack or a discomfort: "but I had to ring three times", "but the GPs
 * never read the notes", "but the room was freezing", "could do with a lick of paint".
 */
const CHORE_OR_LACK = / (?:had to|have to|having to|never|wasnt|werent|didnt|isnt|arent|cant|couldnt|wont|doesnt|havent|hasnt|no one|nobody|too (?:long|slow|busy|small|cold|hot|loud|late|far|big)|could do with|needs? (?:some |a lot of )?(?:work|sorting|replacing|improving|improvement)|drives? me|struggle|cramped|freezing|grubby|dirty|filthy|like getting|one more time|impossible|hard to|difficult|lets? (?:it|us|them|the \\w+) down)(?= )/;

const SEEN_NOW = / (?:(?:can|could|will|would) (?:anyone|someone|somebody|you|a doctor|the doctor|a gp|the gp|a nurse) see|(?:any ?way|possible|chance) (?:to be|of being) seen|(?:emergency|urgent|same day) (?:appointment|appt)s?|be seen (?:today|tonight|this (?:morning|afternoon|evening)|asap|now|urgently|straight away))(?= )/;

const EXCLAMATION = /'(?:brilliant|fantastic|great|amazing|superb|lovely|impressive|cheers|wonderful|nice|fab|excellent|marvellous|considerate|thanks|ta|great service|fantastic service|brilliant service|lovely service|superb service|well done|good job|nice one|perfect|charming|class|lovely stuff)'$/;

function onlyExclamations(reasons: Array<[number, string]>): boolean {
  return reasons.length > 0 && reasons.every(([, r]) => EXCLAMATION.test(r));
}

const CONTRAST_ALL = new RegExp(CONTRAST.source, 'g');

function lastContrast(norm: string): number {
  let last = 0;
  CONTRAST_ALL.lastIndex = 0;
  for (let m = CONTRAST_ALL.exec(norm); m; m = CONTRAST_ALL.exec(norm)) last = m.index;
  return last;
}

/** The quoted words of each reason ("mentions 'rude'" → "rude"). */
function quotes(reasons: Array<[number, string]>): string[] {
  return reasons.map(([, r]) => r.slice(r.indexOf("'") + 1, -1)).filter((q) => q !== '');
}

function collectTags(ev: Evidence, rules: CompiledSettings, norm: string): TagHit[] {
  const tags: TagHit[] = [];
  for (let i = 0; i < CATEGORY_IDS.length; i++) {
    const id = CATEGORY_IDS[i] as CategoryId;
    if (!rules.enabled[i]) continue;
    if (rules.ignore[i]?.test(norm)) continue;
    const extra = rules.extra[i]?.exec(norm);
    if (extra) ev.add(i, 1, `matches your phrase '${extra[0]}'`);
    const total = ev.score[i] ?? 0;
    if (total < 1) continue;
    tags.push({ id, score: Math.round(Math.min(1, total / 2) * 100) / 100, reasons: pickReasons(ev.found[i] ?? []) });
  }
  return tags;
}
