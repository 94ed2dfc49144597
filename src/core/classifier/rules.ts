import { CATEGORY_IDS, type CategoryId } from '../categories.ts';
import { buildDispatcher, dispatcherRules, type RuleSet } from './dispatch.ts';
import { buildNeutralisers, neutraliserPhrases } from './neutralise.ts';
import { WordFilter } from './wordFilter.ts';
import { ABUSE_RULES } from './knowledge/abuse.ts';
import { APPOINTMENT_RULES } from './knowledge/appointment.ts';
import { COMPLAINT_RULES, SARCASM_RULES } from './knowledge/complaint.ts';
import { ACCESS_APPOINTMENT_RULES, DISSATISFACTION_RULES } from './knowledge/dissatisfaction.ts';
import { APPOINTMENT_GRAMMAR, COMPLAINT_GRAMMAR } from './knowledge/grammar.ts';
import { NEUTRALISERS } from './knowledge/negation.ts';
import { PRAISE_RULES } from './knowledge/praise.ts';
import { PRESCRIPTION_RULES } from './knowledge/prescription.ts';
import { RESULTS_RULES } from './knowledge/results.ts';
import { SHORT_COMPLAINT_RULES, SHORT_PRAISE_RULES } from './knowledge/shortAnswer.ts';
import { URGENT_RULES } from './knowledge/urgent.ts';
import { compileRules } from './compile.ts';

const at = (id: CategoryId): number => CATEGORY_IDS.indexOf(id);

/**
 * The built-in knowledge, compiled once when the module loads. Sarcasm comes first: dispatchScan
 * reports its hits separately because sarcasm also cancels praise. Abuse comes last: it is read
 * in the same pass unless the comment needs deobfuscating first (then ABUSE_MATCHER reads the
 * deobfuscated text, and the scan skips the set: see ABUSE_SET).
 */
const NEUTRALISER_LIST = NEUTRALISERS.map((n) => ({ pattern: n.pattern, credit: n.credit ? at(n.credit) : -1 }));
const DISPATCHER_SETS: RuleSet[] = [
  { category: at('complaint'), label: 'sounds sarcastic: ', rules: SARCASM_RULES },
  { category: at('urgent'), label: 'mentions ', rules: URGENT_RULES },
  { category: at('complaint'), label: 'mentions ', rules: [...COMPLAINT_RULES, ...COMPLAINT_GRAMMAR, ...DISSATISFACTION_RULES] },
  { category: at('appointment'), label: 'mentions ', rules: [...APPOINTMENT_RULES, ...APPOINTMENT_GRAMMAR, ...ACCESS_APPOINTMENT_RULES] },
  { category: at('prescription'), label: 'mentions ', rules: PRESCRIPTION_RULES },
  { category: at('results'), label: 'mentions ', rules: RESULTS_RULES },
  { category: at('praise'), label: 'mentions ', rules: PRAISE_RULES },
  { category: at('abuse'), label: 'says ', rules: ABUSE_RULES, trim: true },
];
// One word filter for the neutralisers and the phrase rules: a text with nothing to neutralise
// (most) is read into words once for both.
const PHRASES = neutraliserPhrases(NEUTRALISER_LIST);
const FILTER = new WordFilter([...PHRASES.map((p) => p.pattern), ...dispatcherRules(DISPATCHER_SETS).map((r) => r.pattern)]);
export const NEUTRALISER_TABLE = buildNeutralisers(NEUTRALISER_LIST, FILTER);
export const DISPATCHER = buildDispatcher(DISPATCHER_SETS, { filter: FILTER, offset: PHRASES.length });
/** The abuse set's bit, for dispatchScan's `skip`. */
export const ABUSE_SET = 1 << (DISPATCHER.sets.length - 1);

export const ABUSE_MATCHER = compileRules(ABUSE_RULES);

/** Read only when the whole comment is a few words (a survey-style answer); see shortAnswer.ts. */
// One plain expression each, not in the dispatcher: they run only on comments of a few words.
export const SHORT_COMPLAINT_MATCHER = compileRules(SHORT_COMPLAINT_RULES);
export const SHORT_PRAISE_MATCHER = compileRules(SHORT_PRAISE_RULES);
/** At most this many words make a bare answer ("Shorter wait for an appointment"). */
export const SHORT_ANSWER_WORDS = 8;


/** Emoji carry tone that words do not; read from the raw text. */
export const ANGRY_EMOJI = /[😡🤬😤🙄👎😠💩😒]/u;
export const HAPPY_EMOJI = /[❤💙💜💚🧡💛💕💖👏⭐🌟😊😍💐🙏🥰🤩👌☺]/u;

/** Words that make a comment mixed ("lovely doctors but…"), so praise and complaint can coexist. */
export const CONTRAST = /(?<!nothing) (?:but|hate|not so much|however|although|though|shame|pity|apart from|except|only (?:thing|downside|problem|issue)|the (?:real |main |actual |big )?(?:problem|issue|trouble) (?:is|was)|if only|wish|once you|another story|a law unto|let down by|whereas|more than (?:i|we|you) (?:can|could) say (?:for|about)|more than can be said (?:for|about)|no marks for|all the more|(?:is|are|was|were) not(?= (?:\. |$)))(?= )/;

/** A question or request: thanks on it is politeness, and an appointment mention is a request. */
export const REQUEST = / (?:(?:can|could|may|would|will) (?:i|you|we|someone|somebody|anyone|my|he|she|u|a|the)|how (?:do|can|long|far|will|would|should)|hw do|is (?:there|it|my|the|this)|are (?:there|you|my|the)|do (?:you|i|u|we)|does|when (?:will|is|can|do)|whens|wen|please|pls|plz|any (?:chance|news|appts?|appointments?|docs?|doctors?)|i need (?:an?|my|some|to (?:book|see|get|speak|cancel|change|make|have))|(?:do|does|would) (?:i|we|he|she|they) need|need (?:an?|my)|id like|i would like|wondering|let me know|want to (?:book|change|cancel)|need to (?:book|cancel|change|rearrange|move|see|speak|get|make))(?= )/;

/**
 * A suggestion rather than a grievance: "possibly answer the phone quicker", "7 minutes on hold,
 * which is understandable". Weak complaint evidence beside one of these is not a complaint.
 */
/**
 * The writer excuses what went wrong: "on hold for 35 minutes, but they were obviously very busy
 * and it couldn't be helped", "a 90 minute wait, acceptable given where I live", "had to wait a
 * week but that's fine", "maybe answer the phone a bit quicker, otherwise excellent" (not after a
 * named fault: "rude, otherwise fine" is still a complaint). A complaint needs more evidence
 * beside one of these than beside a hedge.
 */
export const MITIGATION = / (?<!(?:how (?:is|was) (?:it|this|that)|is (?:this|that|it)|not|hardly|never) )(?:understandabl[ey]|acceptable|reasonable|(?:could|can|cannot|cant) ?(?:not )?(?:be|have been) helped|to be expected|(?:obviously|clearly|understandably) (?:very |so |extremely )?(?:busy|stretched|under pressure)|(?:given|considering) (?:the|my|how|where|that|current)|(?:through )?no fault of|not (?:a problem|an issue) for me|fair enough|these things happen|(?:at first|initially|to begin with) but (?:turned out|it turned out|actually|then|once)|nothing to do with (?:you|the surgery|the practice|the staff|you lot|this surgery|this practice)|(?:i )?take (?:it all|that all|all that|it|that|everything) back|(?:dont|do not) worry about the (?:delay|wait|mix ?up)|(?:(?:but|and) (?:thats|that is|which is|its|it is|that was|which was)|which is|which was) (?:fine|ok|okay|reasonable|acceptable|understandable)(?! (?:for (?:you|them|him|her)|if|apparently|is it|right|then|\?))|(?<!(?:rude|abrupt|dismissive|unhelpful|arrogant|condescending|patronising|nasty|horrible|awful|terrible|appalling|disgusting|shocking|unprofessional|wrong|lost|missed|ignored)(?: \S+){0,3} )otherwise (?:excellent|great|good|brilliant|fine|perfect|spot on|very good|fab|lovely|all good|faultless|fantastic))(?<!how (?:is|are|was|can) (?:\S+ ){1,16}\S+)(?= )/;

export const HEDGE = / (?:perhaps|possibly|no (?:rush|hurry)(?! (?:then|obviously|apparently|clearly))|would be (?:nice|good|better|great|helpful)|could (?:have been|be) (?:a bit |slightly |a little )?(?:quicker|faster|better|shorter|sooner|improved)|only (?:thing|suggestion|improvement|criticism|downside|niggle)|minor(?! (?:injur\w*|illness\w*|ops?|operations?|surgery|ailments?|procedures?|ops clinic))|slight(?:ly)?|a (?:little |tiny )?bit (?:long|longer|slow|slower|late|later)|bit of a wait|wait(?:ed)? a (?:little |tiny )?bit|understandabl[ey]|i (?:know|understand|appreciate) (?:they|theyre|youre|you|that|it|staff|how)|not (?:the |their |your |you guys |anyones |the staffs |the surgerys |the practices |individual \w+ )?fault)(?= )/;
