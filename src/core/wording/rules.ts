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

type Group = PhraseRule['rule'];

/** Put in front of a pattern so that "if you didn't…", "once you have been seen…" stay general. */
const NOT_CONDITIONAL =
  "(?<!\\b(?:if|once|when|where|unless|whether|until|after|in case|even if|as long as|provided|sorry|sorry that|hear|hear that|think|feel|believe|worried|concerned) )";
/** Things people post, which a reply may safely mention ("we have read your feedback"). */
const NOT_FEEDBACK =
  '(?!(?:comments?|feedback|post|posts|message|messages|review|reviews|suggestions?|kind words|concerns?|complaint|question|enquiry|email|letter)\\b)';

function rules(rule: Group, entries: readonly (readonly [source: string, advice: string])[]): PhraseRule[] {
  return entries.map(([source, advice]) => ({ rule, pattern: new RegExp(`\\b(?:${source})\\b`, 'giu'), advice }));
}

/** Why each group matters; put in front of the advice in every message. */
export const RULE_REASONS: Record<Group, string> = {
  confidentiality: 'could confirm that someone is a patient or discuss their care in public',
  clinical: 'gives clinical detail or advice, which must never be given on social media',
  argumentative: 'sounds argumentative or defensive',
  blame: 'blames the person',
};

/** People on the practice's side who may have seen or spoken to someone. */
const CLINICIAN =
  'doctor|duty doctor|gp|locum|nurse|practice nurse|nurse practitioner|clinician|pharmacist|practitioner|paramedic|' +
  'physio|physiotherapist|registrar|consultant|healthcare assistant|hca|midwife|health visitor|receptionist|person|team member';
const RELATIVE =
  'husband|wife|partner|son|daughter|mum|mother|dad|father|child|children|kids?|baby|boy|girl|relative|family member|' +
  'nan|gran|grandma|grandad|grandfather|grandmother|brother|sister|friend|parent|parents';

const SPEAK_GENERALLY = 'Speak about what normally happens, not about this person (e.g. "Results are usually…").';
const NO_RECORDS = 'Never refer to anyone\'s records or contact with the practice; invite them to contact the surgery privately.';
const SIGNPOST = 'Signpost instead (contact the surgery, a pharmacist, NHS 111 or 999) and leave advice to a clinician.';
const NEUTRAL = 'Keep to neutral, constructive wording and offer to talk it through privately.';
const NO_BLAME = 'Describe what normally happens or what they can do next, without saying what they did wrong.';

const CARE_NOUN =
  'notes|medical notes|(?:medical |health |patient )?records?|medical history|(?:patient )?file|diagnosis|condition|' +
  'medication|medications|medicines?|meds|tablets|dose|dosage|treatment|referral|operation|procedure|' +
  'blood pressure|cholesterol|bmi|ecg|mri|x-?ray|scan|biopsy|bloods|blood tests?|blood results?|test results?|' +
  'smear results?|tests?|results?|consultation|care plan|repeat prescription|prescription|sick note|fit note';
const PAST_OR_STATE_VERB =
  "was|were|is|are|'s|has|have|had|hasn't|haven't|wasn't|weren't|isn't|aren't|came|come|show|shows|showed|" +
  'shown|will|went|got|needs?|needed|should|looks?|looked|indicated?|confirms?|confirmed|said|says';

export const CONFIDENTIALITY_RULES: PhraseRule[] = rules('confidentiality', [
  // Telling people how to see their own records (NHS App, subject access) is general information.
  ['(?<!(?:request|access|see|view|download|copy of|copies of|to|in) )your (?:medical |health |patient |gp )?(?:notes|records?|medical history|patient file|file)', NO_RECORDS],
  [`your (?:recent |latest |last |previous |blood |test |scan |x-?ray |smear )*(?:${CARE_NOUN}) (?:${PAST_OR_STATE_VERB})`, SPEAK_GENERALLY],
  ['(?<!(?:check|see|view|access|find|get|book|arrange|about) )your (?:recent |latest |last |previous )?(?:blood )?tests?(?! results?\\b)', SPEAK_GENERALLY],
  // "order your medication", "help with your medication" are general signposting.
  ['(?<!(?:help with|questions about|advice about|advice on|queries about|order|ordering|request|requesting|collect|collecting|manage|managing) )your (?:diagnosis|inhaler|medications?|medicines?|meds|treatment|referral|dose|dosage|care plan|blood pressure|cholesterol|biopsy|bloods)', SPEAK_GENERALLY],
  ['the results? of your', SPEAK_GENERALLY],
  ['(?<!(?:worried|concerned|questions?|query|queries|asking|enquiries|enquiry) )about your (?:recent |latest )?(?:test |blood |scan |smear |x-?ray )?results', SPEAK_GENERALLY],
  // A named clinician, or "your GP", calling back is about this person; "a GP will call you back" is how triage works.
  ["(?:dr\\.? [a-z]+|(?:doctor|nurse) [a-z]+|your (?:doctor|gp|nurse|clinician)) (?:will|is going to|'ll|is due to|has agreed to) (?:call|ring|phone|see|contact|text|visit|examine|review) you", NO_RECORDS],
  ['your (?:last|recent|previous|missed|earlier|latest|most recent) (?:appointment|consultation|visit|review|check-?up|call|telephone call|phone call|appt)', NO_RECORDS],
  ['your (?:appointment|consultation|visit|call) (?:on|yesterday|today|last|this morning|this afternoon|earlier)', NO_RECORDS],
  ["we(?: have|'ve)? (?:saw|seen|examined|treated|assessed|reviewed|referred|prescribed|discharged|called|rang|phoned|spoke to|spoken to|spoke with|spoken with) you", NO_RECORDS],
  ["(?:dr\\.?|doctor|nurse|gp|clinician|pharmacist|paramedic|practitioner) (?:[a-z]+ )?(?:saw|examined|treated|assessed|reviewed|referred|prescribed|called|rang|phoned|spoke to|spoke with) you", NO_RECORDS],
  [`the (?:${CLINICIAN}) (?:who|that) (?:saw|examined|treated|assessed|spoke to|spoke with|called|rang|dealt with|booked|triaged) you`, NO_RECORDS],
  [`your (?:${RELATIVE})(?:'s|s') (?:[a-z]+ )?(?:${CARE_NOUN}|appointment|visit|care)`, 'Never discuss anyone\'s care, or a relative\'s, in public. ' + NO_RECORDS],
  [`your (?:${RELATIVE}) (?:was|were|has been|have been|had been|is being|is now|is booked|is registered) (?:seen|examined|treated|assessed|referred|prescribed|given|diagnosed|discharged|booked|triaged|called|registered|on)`, NO_RECORDS],
  ["(?:i|we)(?:'ve| have)? (?:checked|looked) (?:and|for you|with|into it|on the system)", NO_RECORDS],
  ["(?:tried|been trying|attempted|trying) to (?:contact|call|ring|phone|reach|text|get hold of) you|(?:contacted|called|rang|phoned|texted|wrote to|emailed|messaged) you (?:about|regarding|re|on|yesterday|today|last|this|earlier|twice)", NO_RECORDS],
  ['your letter from (?:the )?(?:hospital|consultant|clinic|specialist)|your (?:hospital |discharge |clinic |consultant\'s |referral )letter|(?:hospital|discharge|clinic) letter (?:about|for|from) you|letter from the hospital (?:about|for) you', NO_RECORDS],
  [`${NOT_CONDITIONAL}you(?: have|'ve got|'ve| had) (?:an? |your )?(?:appointment|consultation|review|call ?back|telephone appointment|phone appointment|blood test|scan|injection|vaccination) (?:booked|on|for|with|at|next|tomorrow|today|this|coming up|already)`, NO_RECORDS],
  [`${NOT_CONDITIONAL}you(?:'re| are| were|'ve been| have been) (?:booked|on the list|on our list|on the waiting list|in the queue|number \\d+)`, NO_RECORDS],
  ["(?:i|we) can see (?:from [a-z ]{1,30} )?(?:that )?you (?:called|rang|phoned|were|had|have been|came|attended|booked|ordered|requested|cancelled|missed|did|didn't|waited|spoke|saw)", NO_RECORDS],
  ["(?:i|we) can see (?:that )?your (?!point|frustration|concerns?|comments?|feedback|post|message|kind words)", NO_RECORDS],
  ['as (?:a |an )?(?:registered |long-standing |existing |regular )patient|as (?:one of our|our) (?:registered )?patients?|as a patient (?:of ours|here|with us|at (?:the|our|this) (?:practice|surgery))', 'Never confirm or deny that someone is a patient; speak about patients in general.'],
  ["you(?:'ve| have) been (?:with us|registered|a patient|coming (?:here|to us|to the surgery))", 'Never confirm or deny that someone is a patient; speak about patients in general.'],
  ["(?:we have|we've got|we hold|we keep|we've) your (?:details|number|phone number|mobile|address|email|information|contact details|date of birth|nhs number)|your (?:details|number|information) (?:on file|on our system|in our system)", NO_RECORDS],
  [`${NOT_CONDITIONAL}your (?:request|home visit|call ?back|e-?consult(?:ation)?|online consultation|medical request|repeat request)(?: for [a-z ]{1,30}?)? (?:was|has been|is being|were|had been|is now|will be) (?:passed|sent|forwarded|given|received|reviewed|seen|triaged|actioned|declined|approved|dealt|booked|processed|rejected|with)`, NO_RECORDS],
  ["(?:has|have|had|holds?|received|got|sent|signed|issued|processed|approved|rejected|lost) your (?:prescription|results?|referral|notes|records|medication|sample|specimen|sick note|fit note|bloods|test|scan|x-?ray)", NO_RECORDS],
  [`${NOT_CONDITIONAL}your (?:appointment|appt|consultation|call ?back|review)(?: is|'s| was| has been| will be| had been) (?:confirmed|booked|cancelled|moved|rescheduled|changed|at|on|with|for|tomorrow|today|next)`, NO_RECORDS],
  [`${NOT_CONDITIONAL}you came (?:to see|in|into|to the|for your|here|back)`, NO_RECORDS],
  ["(?:the|your) (?:new |latest |current |last )?(?:inhaler|tablets|medication|medicine|meds|treatment|pills|cream|dose|antibiotics|injections?|physio) (?:is|are|isn't|aren't|was|were|has|have|haven't|hasn't|didn't|did|seems?) (?:not |now |finally |still )?(?:working|helping|worked|helped|done|made|started|stopped|sorting|clearing|agreeing)", SPEAK_GENERALLY],
  ['(?:better|recovering|recovered|recovery|well) (?:after|from|following) your|your (?:op|operation|procedure|stitches|dressings?|recovery|stay in hospital|hospital stay)', SPEAK_GENERALLY],
  ["(?:dr\\.? [a-z]+|the doctor|the gp|the nurse|the clinician)(?:'s|s') (?:diagnosis|decision|treatment|advice|assessment|referral|prescription|notes|examination|opinion)", NO_RECORDS],
  ['(?:i|we) (?:remember|recognise|recognize) you|(?:i|we) know you from', NO_RECORDS],
  [`${NOT_CONDITIONAL}you(?:'ve| have|'d| had) (?:missed|cancelled|not attended|failed to attend|booked|had|attended|rearranged) (?:\\d+|two|three|four|five|several|many|a number of|multiple|a few|lots of) (?:appointments?|calls?|reviews?|consultations?)`, NO_RECORDS],
  ['your (?:account|record|history|profile|registration) (?:shows|says|states|indicates|showed|is)', NO_RECORDS],
  ["when you (?:came|visited|attended|were here|were in|was in|called|rang|phoned|spoke to|saw|had your|last came|last saw|were last)", NO_RECORDS],
  ["when you (?:came|were|was|popped|called) in|when you (?:visited|attended|came to see us|saw the|saw dr|spoke to the|rang us|called us)", NO_RECORDS],
  [`${NOT_CONDITIONAL}you (?:were|had been) (?:seen|examined|treated|assessed|referred|prescribed|given|diagnosed|discharged|booked|triaged|called|offered)`, NO_RECORDS],
  [`${NOT_CONDITIONAL}you(?: have|'ve) been (?:seen|examined|treated|assessed|referred|prescribed|given|diagnosed|discharged|booked|triaged|called|offered)`, NO_RECORDS],
  ['you (?:attended|visited) (?:the surgery|the practice|us|your appointment|on|yesterday|last)', NO_RECORDS],
  [`${NOT_CONDITIONAL}you(?: are|'re) (?:not )?(?:registered|a patient|one of our patients|on our list)`, 'Never confirm or deny that someone is registered; speak about how registration normally works.'],
  ["you(?: were|'ve been| have been) (?:registered|a patient)", 'Never confirm or deny that someone is registered.'],
  ['(?:our|the) (?:records|notes|system|computer|files?) (?:show|shows|showed|say|says|said|indicate|indicates|confirm|confirms|suggest|suggests)', NO_RECORDS],
  ['according to (?:our|your|the) (?:records|notes|system|files?)', NO_RECORDS],
  ['(?:on|in|from) (?:our|your) (?:records|notes|system|file)', NO_RECORDS],
  ["we(?: have|'ve)? (?:checked|looked at|looked into|reviewed|gone through|gone over) (?:the) (?:notes|records?|file|history|results?|account|case|prescription|referral)", NO_RECORDS],
  [`(?:i|we)(?: have|'ve)? (?:checked|looked at|looked into|reviewed|gone through|gone over) your ${NOT_FEEDBACK}`, NO_RECORDS],
  [`looking (?:at|through|into) your ${NOT_FEEDBACK}`, NO_RECORDS],
  ['we (?:have|hold) no record of you', NO_RECORDS],
  ['as your (?:gp|doctor|nurse|clinician|named gp|usual gp)', 'Do not speak as this person\'s clinician; reply as the practice, in general terms.'],
  ["your (?:gp|doctor|nurse|consultant) (?:said|told|has said|has told|'s said|has seen|has reviewed|reviewed|saw|decided|wrote|prescribed|referred)", NO_RECORDS],
  ['the (?:doctor|gp|nurse|clinician|pharmacist|practitioner|paramedic|receptionist) (?:that |who )?you (?:saw|spoke to|spoke with|were seen by)|you (?:saw|spoke to|spoke with|were seen by) (?:dr\\.?|doctor|the doctor|the gp|the nurse|a nurse|our nurse|a gp|the clinician|the pharmacist|one of our)', NO_RECORDS],
  [`(?:has|have|'ve|had) (?:already )?(?:reviewed|looked at|checked|seen|assessed|read|gone through) your ${NOT_FEEDBACK}`, NO_RECORDS],
  ['your case|your (?:symptoms|illness|injury|pregnancy|mental health) (?:was|were|is|are|has|have)|(?:spoken|spoke|talked) (?:to|with) (?:the|a|your) (?:doctor|gp|nurse|clinician) about your', NO_RECORDS],
  ["your prescription(?: has|'s| was| is| will| had| hasn't| wasn't| isn't| went)", 'Describe how repeat prescriptions normally work instead (e.g. "Repeat prescriptions usually take…").'],
  [`we(?: have|'ve)? (?:sent|issued|signed|approved|processed|received|cancelled|rejected|declined) your ${NOT_FEEDBACK}`, NO_RECORDS],
]);

/** Named medicines: naming one in a public reply is clinical detail on its own. */
const MEDICINES =
  'paracetamol|ibuprofen|aspirin|codeine|co-codamol|naproxen|amoxicillin|penicillin|antibiotics?|antihistamines?|' +
  'steroids?|sertraline|citalopram|fluoxetine|metformin|omeprazole|lansoprazole|statins?|atorvastatin|simvastatin|' +
  'insulin|morphine|tramadol|diazepam|salbutamol|calpol|nurofen|gaviscon|loperamide|cetirizine|loratadine|' +
  'hydrocortisone|antidepressants?|painkillers?|laxatives?';
/** Forms of treatment: only advice when someone is told to take or use them. */
const TREATMENTS = `${MEDICINES}|tablets?|pills?|capsules?|doses?|puffs?|spoonfuls?|inhalers?|creams?|ointments?|eye drops|nasal spray|pain relief`;
/** Everyday complaints a reply must not advise on. */
const SYMPTOMS =
  'coughs?|colds?|sore throats?|pain|fever|temperature|headaches?|sprains?|strains?|rash(?:es)?|itch(?:ing)?|swelling|' +
  'diarrhoea|sickness|vomiting|nausea|constipation|earache|toothache|back pain|heartburn|indigestion|hay fever|insomnia|' +
  'bites|stings|burns|bruises?|blisters?|spots|acne|flu|cold sores?|thrush|piles|haemorrhoids|cystitis|uti|ear infections?|eczema';
const ILLNESS =
  'virus|viral infection|infection|bug|cold|flu|influenza|covid|migraine|tonsillitis|sinusitis|uti|urine infection|' +
  'urinary tract infection|chest infection|anxiety|depression|asthma|diabetes|eczema|a sprain|sprain|strain|hay fever|' +
  'allergy|allergic reaction|gastroenteritis|norovirus|food poisoning|shingles|chickenpox|conjunctivitis|ibs|reflux|' +
  'heartburn|indigestion|a panic attack|panic attack|stress|a rash|rash|pulled muscle|tension headache|nothing serious|' +
  'cancer|sepsis|meningitis|a stroke|stroke|a heart attack|heart attack|angina|appendicitis|pneumonia|bronchitis|gout|' +
  'arthritis|an underactive thyroid|thyroid problems?|long covid|dementia|a blood clot|dvt|an ulcer|ulcer|kidney stones?|gallstones';

export const CLINICAL_RULES: PhraseRule[] = rules('clinical', [
  ['\\d+(?:\\.\\d+)?\\s?(?:mg|mcg|µg|ml|milligrams?|micrograms?|millilitres?|units)', SIGNPOST],
  [`(?:take|taking|try|trying|use|using|apply|applying) (?:\\d+|one|two|three|four|a couple of|some|an?|more|extra|your)? ?(?:${TREATMENTS})`, SIGNPOST],
  [MEDICINES, 'Do not name medicines in a public reply. ' + SIGNPOST],
  ["you (?:should|need to|must|ought to|might want to|may want to|'d better|could try) (?:take|try taking|stop taking|start taking|keep taking|carry on taking|increase|reduce|lower|double|halve|cut down on|avoid|rest|drink plenty|apply)", SIGNPOST],
  ['(?:stop|start|keep|carry on|continue|avoid) (?:taking|using|applying)', SIGNPOST],
  ["(?:don't|do not|never) take more than|\\d+ (?:tablets|capsules|pills|doses|puffs|spoonfuls)|(?:one|two|three|four) (?:tablets|capsules|pills|doses|puffs|paracetamol|ibuprofen)", SIGNPOST],
  [`(?:it|this|that|these|those|they) (?:might|could|may|must|will|can) (?:just )?(?:be|mean) (?:an? )?(?:(?:early )?(?:signs?|symptoms?) of (?:an? )?)?(?:${ILLNESS})`, 'Do not guess what is wrong. ' + SIGNPOST],
  ['(?:increase|reduce|lower|raise|double|halve|up|change|adjust|skip|miss)(?: up)?(?: on)? (?:your|the) (?:dose|dosage|medication|medicine|tablets|inhaler|insulin|antibiotics)', SIGNPOST],
  ['(?:half an?|one|two|three|four|a|an extra) (?:tablet|capsule|pill|puff|dose|teaspoon|spoonful|sachet)s?', SIGNPOST],
  ['cut (?:down|back) on (?:salt|sugar|alcohol|caffeine|smoking|drinking|fatty|carbs|fat|red meat|coffee)|(?:stop|quit|give up) smoking|lose (?:some )?weight', SIGNPOST],
  ['(?:blood pressure|cholesterol|blood sugars?|sugar levels?|bmi|heart rate|temperature|iron levels?|vitamin d|thyroid|hba1c|kidney function|liver function|ecg|x-?ray|scan) (?:is|are|was|were|looks?|seems?|reading|readings|result) (?:a (?:bit|little) |slightly |very |quite |rather |within |completely |perfectly )?(?:high|low|raised|elevated|abnormal|normal|fine|clear|ok|okay|borderline|range)', SIGNPOST],
  // "Pharmacists are great for coughs and colds" is signposting, not advice.
  [`(?<!(?:pharmacists?|pharmacy|pharmacies|chemists?|111|nhs 111|111 online|nhs app|nhs website|nhs\\.uk|website) (?:are|is|can be) (?:also |really |very )?)(?:great|good|best|ideal|helpful|effective|brilliant|works?|helps?|the answer) for (?:a |an |the |your |any |most )?(?:${SYMPTOMS})|honey and lemon|salt ?water gargle|steam inhalation|warm compress|ice pack|hot water bottle`, SIGNPOST],
  ['(?:common|normal|usual|expected) (?:after|with|following) (?:the|a|an|your) (?:jab|vaccine|vaccination|injection|operation|procedure|treatment|medication|antibiotics|booster)|(?:symptoms?|rash(?:es)?|coughs?|colds?|sore throats?|pain|fever|temperature|infections?|virus(?:es)?|swelling|bruising|redness|soreness|headaches?) (?:normally|usually|typically|generally|should|will|often) (?:lasts?|clears? up|settles?|go(?:es)? away|pass(?:es)?|gets? better|resolves?|heals?|improves?)', SIGNPOST],
  [`(?:symptoms|this|that|it) (?:suggests?|indicates?|points? to|is typical of|are typical of|is consistent with|are consistent with) (?:an? )?(?:${ILLNESS}|you have|you've got)`, 'Do not guess what is wrong. ' + SIGNPOST],
  ['(?:normal|common|expected|usual|known) side[- ]effects?|(?:side[- ]effects?|symptoms?|rash|pain) (?:will|should) (?:pass|settle|go|ease|clear)', SIGNPOST],
  ['(?:once|twice|three times|four times|\\d+ times) (?:a|per) day|every \\d+ hours|every (?:four|six|eight|twelve) hours', SIGNPOST],
  [`(?:sounds|looks|seems) like (?:you(?: have(?! had| been)|'ve got| might have| may have| could have)|(?:it(?: is|'s| could be| might be) )?(?:just )?(?:an? )?(?:${ILLNESS}))`, 'Do not guess what is wrong. ' + SIGNPOST],
  [`(?:probably|likely|most likely|almost certainly|definitely|possibly|just|only) (?:just |only )?(?:an? )?(?:${ILLNESS})`, 'Do not guess what is wrong. ' + SIGNPOST],
  [`${NOT_CONDITIONAL}you (?:probably |might |may |could |likely |definitely )?(?:have|'ve got|have got|are suffering from|'re suffering from) (?:an? )?(?:${ILLNESS})`, 'Do not diagnose. ' + SIGNPOST],
  ["(?:it|this|that)(?: is|'s) (?:nothing|not anything) (?:to worry about|serious)|nothing to worry about|should (?:clear up|get better|settle|go away|pass) (?:on its own|by itself|in a few days|soon)", 'Do not reassure about symptoms. ' + SIGNPOST],
  ['(?:plenty of )?(?:fluids and rest|rest and fluids)|drink (?:plenty|lots) of (?:fluids|water)|keep (?:yourself )?hydrated|get plenty of rest', SIGNPOST],
  ["you (?:don't|do not|won't|will not) need (?:antibiotics|a referral|an x-?ray|a scan|a blood test|stitches|treatment|to see a doctor)", SIGNPOST],
  ["(?:antibiotics|medication|medicine|treatment) (?:won't|will not|don't|do not|wouldn't) (?:help|work)", SIGNPOST],
  ['side[- ]effects? (?:of|from) (?:your|the|this)', SIGNPOST],
]);

export const ARGUMENTATIVE_RULES: PhraseRule[] = rules('argumentative', [
  ['actually|in fact|the fact (?:of the matter )?is|as a matter of fact', NEUTRAL],
  ["as (?:we|i)(?:'ve| have)? (?:already |previously |repeatedly |clearly )?(?:said|stated|explained|mentioned|told you|pointed out|advised)", NEUTRAL],
  ['as (?:previously|already) (?:stated|said|explained|mentioned|advised)|as (?:stated|explained|mentioned|said|advised) (?:above|before|previously|earlier|in (?:our|my|the) (?:previous|last|earlier|other))|as per (?:our|my) (?:previous|last|earlier)', NEUTRAL],
  ["(?:we|i)(?:'ve| have)? (?:already )?(?:told|explained to|informed|advised) you (?:this |that )?(?:before|already|several times|many times|repeatedly|twice|more than once|previously)|as we (?:told|explained to|informed) you", NEUTRAL],
  ["let(?:'s| us| me) be (?:clear|honest|very clear)|(?:we|i) (?:strongly |completely |totally |fully |would )?disagree|your version of events|not what happened|that(?:'s| is) not how (?:it|this|things) works?", NEUTRAL],
  ["(?:nobody|no one|no-one)[^.!?]{0,40}?(?:was|were|is|has been|had been) (?:rude|unkind|dismissive|unhelpful|abrupt|aggressive|disrespectful)|(?:was|were)(?:n't| not| never| in no way) (?:rude|unkind|dismissive|unhelpful|abrupt|aggressive|disrespectful)", NEUTRAL],
  ["(?:i think|we think|i'm sure|we're sure|surely|i hope|we hope|i trust|we trust) you(?:'ll| will| would| can)? agree|(?:i'm sure|we're sure|surely|i trust|we trust) you(?:'ll| will| would| can)? (?:understand|appreciate|see)|surely you", NEUTRAL],
  ['(?:was|were) (?:just |simply |only )?(?:following|doing) (?:practice |our |the |her |his |their )?(?:policy|procedure|protocol|job|rules)|as (?:she|he|they) should|did (?:everything|all) (?:right|correctly|by the book|they could)|did nothing wrong|(?:drawn|dragged) into|(?:a |any )?(?:public )?debate (?:on|about|here)', NEUTRAL],
  ["facts speak for themselves|the facts (?:are|remain|show)|(?:perhaps |please )?check the facts|take exception|(?:not going to|won't|will not|refuse to|have nothing to|no reason to|don't need to) apologi[sz]e|(?:more than|very|extremely|incredibly) (?:patient|fair|reasonable|generous|understanding) with you|bent over backwards|(?:completely|totally|grossly|deeply|very|extremely) unfair", NEUTRAL],
  ['no truth (?:in|to)|not (?:a )?(?:shred|word|grain) of truth|baseless|unfounded|(?:false|untrue|misleading|inaccurate) (?:claims?|allegations?|accusations?|statements?|information|comments?)', NEUTRAL],
  ['(?:just |only )?looking for (?:someone|somebody|something|a reason) to (?:blame|complain)|attention[- ]seeking|(?:trying|looking) to (?:stir|cause trouble)|stirring', NEUTRAL],
  ["(?:i'm|i am|we're|we are)? ?sorry (?:that |if )?you (?:feel|felt|think|thought|believe|see it|perceive|took it)", 'This sounds like a non-apology; acknowledge what happened instead (e.g. "We\'re sorry to hear about your experience").'],
  ['sorry if (?:you|anyone) (?:feel|felt|was|were|has been)', 'This sounds like a non-apology; acknowledge their experience instead.'],
  ["that(?:'s| is| was) (?:not|simply not|just not|completely not|totally not|absolutely not) (?:true|correct|the case|accurate|right|what happened|how it works)", NEUTRAL],
  ["(?:that|this|it)(?:'s| is| was) (?:completely |totally |simply |entirely )?(?:untrue|false|incorrect|inaccurate|misleading)|(?:completely|totally|simply|entirely) (?:untrue|false|incorrect|inaccurate|misleading)|untrue", NEUTRAL],
  ["(?:isn't|is not|wasn't|was not|aren't|are not) (?:simply |just |entirely |completely |at all )?(?:true|correct|accurate|what happened)|(?:simply|just|absolutely|completely|totally) not (?:true|correct|accurate|the case)", NEUTRAL],
  ["(?:not going to|won't|will not|refuse to|don't want to|do not want to) (?:argue|debate|get into an argument)|argue with you|arguing with you", NEUTRAL],
  ['calm down|settle down|chill out', NEUTRAL],
  ['with all due respect|(?<=(?:^|[.!?]\\s*|\\bbut |\\bbut, ))with respect|to be fair|to be honest|quite frankly|frankly|for your information|fyi|let me be clear|let us be clear|make no mistake', NEUTRAL],
  ['clearly|obviously|as you well know|as you know full well|i think you\'ll find|you\'ll find that', NEUTRAL],
  ["you(?:'re| are) (?:wrong|mistaken|incorrect|lying|making (?:this|it|things) up|being (?:rude|unreasonable|ridiculous|dramatic))", NEUTRAL],
  ["(?:it(?:'s| is| was) )?not our fault|no fault of ours|we(?: did|'ve done| have done) nothing wrong|we(?:'re| are) not to blame|we stand by", NEUTRAL],
  ['lies|liar|lying(?! down)|nonsense|rubbish|ridiculous|absurd|pathetic|misinformation|scaremongering|keyboard warriors?', NEUTRAL],
  ['spreading (?:lies|rumours|misinformation|false)|stop (?:complaining|moaning|posting|spreading|whinging)|(?:your|that) tone|no need (?:to be|for) (?:rude|that)|how dare you', NEUTRAL],
  ["(?:no one|nobody|no-one) else (?:has )?(?:complained|complains|has a problem|seems to)|(?:other|most) (?:patients|people) (?:manage|cope|don't complain)|everyone else (?:manages|copes)", NEUTRAL],
  ["if you (?:don't|do not) like it|go elsewhere|(?:find|try) (?:another|a different) (?:practice|surgery|gp)|register elsewhere", NEUTRAL],
  ["(?:do|get) your (?:research|facts)|get (?:the|your) facts (?:straight|right)|check your facts", NEUTRAL],
]);

export const BLAME_RULES: PhraseRule[] = rules('blame', [
  ["you should(?: not|n't)? have|you shouldn't have|you ought to have", NO_BLAME],
  [`${NOT_CONDITIONAL}you (?:failed|neglected|forgot|refused|chose not|decided not) to|${NOT_CONDITIONAL}you forgot`, NO_BLAME],
  [`${NOT_CONDITIONAL}you never (?:[a-z]+ed|rang|came|sent|got|showed up|turned up|read|told|brought)`, NO_BLAME],
  ["(?:was|is|it's|it is|remains) (?:entirely |solely )?your (?:own )?responsibility|(?:was|is) (?:entirely )?up to you to", NO_BLAME],
  [`${NOT_CONDITIONAL}you (?:never|don't|do not) (?:bother|call|ring|phone|read|turn up|show up|attend|order|book|check|follow|listen|bring|arrive|wait|respond|reply|answer)`, NO_BLAME],
  [`${NOT_CONDITIONAL}you (?:didn't|did not)`, NO_BLAME],
  ["(?:it(?:'s| is| was) )?(?:all )?(?:entirely )?your (?:own )?fault|(?:down to|because of) you(?:rself)?\\b|you(?:'ve| have) only (?:got )?yourself to blame|blame yourself", NO_BLAME],
  ["if you(?: had|'d) (?:read|called|rung|phoned|booked|ordered|checked|listened|turned up|arrived|come|followed|waited|been|told|asked|bothered|done)|if you had(?! (?:a|an|any|your|recently|previously|been)\\b)", NO_BLAME],
  ['you need to (?:learn|understand|realise|realize|accept|read|listen)|you must learn', NO_BLAME],
  [`${NOT_CONDITIONAL}you were (?:late|rude|told|warned|informed|advised|asked|reminded)|as you were told|you(?:'ve| have) been told|${NOT_CONDITIONAL}you missed your|dna'?d`, NO_BLAME],
  ["(?:can't|cannot|can not|shouldn't|should not) (?:really )?expect|you (?:should|ought to) (?:know|have known|realise|realize|understand)(?: by now)?|by now you|because you (?:[a-z]+ed|rang|came|left|forgot|sent|got|were|didn't|did not|failed|missed|forgot|were late|never|ignored|chose)|due to your (?:own )?(?:lateness|failure|mistake|error|actions|behaviour)|you ignored|you can't expect|you cannot expect", NO_BLAME],
  ['you (?:only|just) (?:have|need) to (?:read|look at)|up to you to (?:order|book|call|ring|cancel|check|remember|make sure|keep|chase|read|let us know|plan)|you (?:really |simply |just )?need to (?:plan|be more|take responsibility|get organised|think ahead|be organised|order earlier|book earlier|learn)', NO_BLAME],
  ['(?:caused by|due to|because of|(?:a |the )?result of) your (?:own )?(?:late |delayed |incorrect |incomplete |missed |wrong )?(?:lateness|failure|mistake|error|actions|behaviour|request|order|booking|call|form)', NO_BLAME],
  ["left it (?:too |very |so |rather )?late|(?:only|just) (?:have|got) (?:yourself|yourselves) to blame|yourself to blame|not our (?:job|responsibility|role|duty|problem|fault) to|it(?:'s| is) not our problem", NO_BLAME],
  [`${NOT_CONDITIONAL}you (?:clearly |obviously |evidently |simply )?(?:haven't|have not|hadn't|had not) (?:read|listened|checked|looked|bothered|understood|followed|ordered|booked|called|rung|phoned)`, NO_BLAME],
  ['next time(?:,)? (?:make sure|try|please read|read|remember|you should|check)', NO_BLAME],
]);

export const PHRASE_RULES: readonly PhraseRule[] = [
  ...CONFIDENTIALITY_RULES,
  ...CLINICAL_RULES,
  ...ARGUMENTATIVE_RULES,
  ...BLAME_RULES,
];
