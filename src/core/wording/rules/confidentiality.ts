/** Confidentiality: never confirm that someone is a patient, never discuss anyone's care. */
import type { PhraseRule } from '../types.ts';
import { NO_RECORDS, NOT_CONDITIONAL, NOT_FEEDBACK, rules, SPEAK_GENERALLY } from './common.ts';

/** People on the practice's side who may have seen or spoken to someone. */
const CLINICIAN =
  'doctor|duty doctor|gp|locum|nurse|practice nurse|nurse practitioner|clinician|pharmacist|practitioner|paramedic|' +
  'physio|physiotherapist|registrar|consultant|healthcare assistant|hca|midwife|health visitor|receptionist|person|team member';
const RELATIVE =
  'husband|wife|partner|son|daughter|mum|mother|dad|father|child|children|kids?|baby|boy|girl|relative|family member|' +
  'nan|gran|grandma|grandad|grandfather|grandmother|brother|sister|friend|parent|parents';
const BODY =
  'back|knee|hip|chest|leg|arm|shoulder|neck|skin|eyes?|ears?|foot|feet|wrist|ankle|stomach|tummy|heart|lungs|bowels?|' +
  'bladder|mole|lump|wound|cut|scar|elbow|hand|finger|toe|throat|tooth|teeth|head|joints?';
const CARE_NOUN =
  'notes|medical notes|(?:medical |health |patient )?records?|medical history|(?:patient )?file|diagnosis|condition|' +
  'medication|medications|medicines?|meds|tablets|dose|dosage|treatment|referral|operation|procedure|' +
  'blood pressure|cholesterol|bmi|ecg|mri|x-?ray|scan|biopsy|bloods|blood tests?|blood results?|test results?|' +
  'smear results?|tests?|results?|consultation|care plan|repeat prescription|prescription|sick note|fit note|' +
  'ultrasound|ct scan|colonoscopy|endoscopy|mammogram|echo|spirometry|smear test|sample|specimen|swab';
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
  ['your (?:appointment|consultation|visit|call) (?:on|yesterday|today|last|this morning|this afternoon|earlier|with dr|with doctor|at \\d)', NO_RECORDS],
  ["we(?: have|'ve)? (?:saw|seen|examined|treated|assessed|reviewed|referred|prescribed|discharged|called|rang|phoned|spoke to|spoken to|spoke with|spoken with) you", NO_RECORDS],
  ["(?:dr\\.?|doctor|nurse|gp|clinician|pharmacist|paramedic|practitioner) (?:[a-z]+ )?(?:saw|examined|treated|assessed|reviewed|referred|prescribed|called|rang|phoned|spoke to|spoke with) you", NO_RECORDS],
  [`the (?:${CLINICIAN}) (?:who|that) (?:saw|examined|treated|assessed|spoke to|spoke with|called|rang|dealt with|booked|triaged) you`, NO_RECORDS],
  [`your (?:${RELATIVE})(?:'s|s') (?:[a-z]+ )?(?:${CARE_NOUN}|appointment|visit|care)`, 'Never discuss anyone\'s care, or a relative\'s, in public. ' + NO_RECORDS],
  [`${NOT_CONDITIONAL}your (?:${RELATIVE}) (?:is|was|were|are|has been|have been|had been|is being|is now) (?:not |no longer |still )?(?:waiting|unwell|ill|poorly|struggling|suffering|in hospital|admitted|seen|examined|treated|assessed|referred|prescribed|given|diagnosed|discharged|booked|triaged|called|registered|on (?:our|the) list|a patient|one of our patients)`, NO_RECORDS],
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
  ["(?:we|i)(?:'ve| have| had)? (?:re)?booked you|(?:we|i)(?:'ve| have) (?:moved|cancelled|referred|prescribed|discharged|registered|removed|triaged|added|put) you|(?:couldn't|could not|was unable to|were unable to|didn't|did not|wasn't able to|weren't able to) (?:see|call|ring|examine|treat|visit|fit) you", NO_RECORDS],
  ['(?:photos?|pictures?|images?|forms?|letters?|samples?|specimens?|documents?|results?|notes?) (?:that )?you (?:sent|submitted|dropped off|handed in|brought in|uploaded|emailed|left)', NO_RECORDS],
  ["(?<!\\b(?:if|when|whether|anyone|everyone|people) (?:you(?:'re| are| have been|'ve been) )?)(?:struggling|suffering|living|dealing|coping|battling) with your", SPEAK_GENERALLY],
  [`${NOT_CONDITIONAL}your (?:bad |sore |painful |injured )?(?:back|knee|hip|chest|leg|arm|shoulder|neck|skin|eyes?|ears?|foot|feet|wrist|ankle|stomach|tummy|heart|lungs|bowels?|bladder|mole|lump|wound|cut|scar|headaches?|migraines?|pain|symptoms|cough|rash)(?: pain)? (?:is|was|has|had|have|are|were|isn't|wasn't|hasn't|got|gets|needs?|looked|looks|seemed|seems|sounds|should|will)`, SPEAK_GENERALLY],
  ['(?:did|took|done|taken|checked|examined|dressed|reviewed|looked at|removed|syringed|changed|fitted|gave you) your (?:smear|bloods|blood|blood pressure|stitches|dressings?|wound|ears?|mole|bp|ecg|injection|jab|vaccine|coil|implant|sample|swab|x-?ray|review|test)', NO_RECORDS],
  [`${NOT_CONDITIONAL}your (?:next |annual |yearly |last )?(?:review|smear|booster|jab|vaccination|check-?up|health check|blood test|medication review|asthma review|diabetes review|injection) (?:is|was|'s|are) (?:due|overdue|booked|now due)|${NOT_CONDITIONAL}you(?:'re| are) (?:now |not |well )?(?:due|overdue) (?:your|a|an|for)`, NO_RECORDS],
  ['(?:tell|tells|told|informed|said to) (?:me|us) (?:that )?you (?:were|was|had|have|\'ve|did|called|rang|came|are)', NO_RECORDS],
  ['(?:sent|forwarded|passed|faxed|emailed|given|written|posted)[^.!?]{0,30}? to your (?:employer|insurer|insurance company|solicitor|school|work|workplace|consultant|social worker|carer|dentist|optician|hospital team|boss)', NO_RECORDS],
  ['(?:notes|letter|results|record|details|summary|outcome|photos?) (?:from|of) your (?:last |recent )?(?:consultation|appointment|visit|review|call|check-?up|telephone consultation|examination)', NO_RECORDS],
  ["you(?: were|'ve been| have been| had been) (?:removed|deregistered|taken off|struck off)|removed (?:you )?from (?:our|the) (?:list|register)", 'Never confirm or deny that someone is registered.'],
  [`(?:helped|helping|fixed|sorted|treated|healed|improved|cleared up|eased) your (?:${BODY}|${BODY} pain|condition|symptoms|pain|cough|rash|infection|injury|mood|sleep|anxiety)`, SPEAK_GENERALLY],
  ['(?:i|we) can see (?:on|in|from) (?:the|our|your)|(?:see|shows?|showing|says?|saying|checked|looked|looking) (?:on|in) (?:the|our) (?:system|computer|records|notes)', NO_RECORDS],
  ['(?<!\\b(?:once|when|after|if|until|before) (?:the|your|a|an) (?:[a-z]+ )?)(?:prescription|referral|letter|results?|sample|form|request)s? (?:went|was sent|were sent|was passed|was forwarded|was faxed|was emailed) (?:to|off|on)', NO_RECORDS],
  // "Dr Patel remembers seeing you on Tuesday": recalling a visit confirms it.
  ['(?:remembers?|remembered|recalls?|recalled) (?:seeing|treating|examining|speaking to|speaking with|talking to|meeting) you', NO_RECORDS],
  ['(?:good|nice|lovely|great) to (?:see|meet) you (?:at|in|on|yesterday|today|last|the other|earlier)|(?:saw|seeing) you (?:at|in) (?:the|our) (?:clinic|surgery|practice|flu clinic|waiting room)', NO_RECORDS],
  ['(?:thanks|thank you) for (?:coming|popping|calling|ringing|visiting) (?:in |by |round )?(?:yesterday|today|earlier|this morning|this afternoon|last|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))', NO_RECORDS],
  // "Your prescription…", "Hope your op…" as the subject of a sentence presumes this person's care.
  ['(?<=(?:^|[.!?;:]\\s*|\\n\\s*|,\\s*|\\b(?:and|but|that|because|since|hope|hopefully|glad|pleased|sorry|hear|great|good news|shame) ))your (?:[a-z-]+ ){0,2}?(?:results?|tests?|bloods|prescriptions?|medications?|medicines?|meds|tablets|pills|inhalers?|referrals?|scans?|x-?rays?|diagnosis|treatment|operation|op|procedure|consultation|smear|symptoms|condition|notes|records?|sick note|fit note|sample|recovery|care|antibiotics|ultrasound|mri|ct scan|colonoscopy|endoscopy|mammogram)', SPEAK_GENERALLY],
  [`(?:we|i)(?:'ve| have)? (?:let|told|informed|asked|updated|warned) (?:the|your|our) (?:${CLINICIAN}|practice manager|team) (?:know )?(?:that )?(?:you|about your)`, NO_RECORDS],
  ['(?:aware of|know about|knows about|familiar with|been told about) your (?:situation|case|condition|circumstances|history|problem|issue|illness|health|diagnosis|needs)', NO_RECORDS],
  ["(?:did|didn't|did not|have|haven't|has|hasn't) (?:yet |now |already )?(?:receive|get|see|send|sign|process|issue) your (?:sample|specimen|prescription|referral|results?|form|request|letter|notes|records|bloods|swab)", NO_RECORDS],
  ['(?:happy|pleased|concerned|worried|delighted|satisfied) (?:with|about|by) your (?:progress|recovery|results?|bloods|healing|blood pressure|weight|response)', SPEAK_GENERALLY],
  ['the (?:bloods|blood tests?|samples?|tests?|scans?|x-?rays?|swabs?|specimens?) (?:had to be|have to be|needs? to be|will need to be|was|were|got) (?:repeated|redone|retaken|lost|rejected|haemolysed|sent off|delayed)', NO_RECORDS],
  ["(?:we|i)(?:'ve| have)? (?:moved|cancelled|rebooked|rearranged|changed|brought forward|put back|booked|confirmed|extended|shortened) your", NO_RECORDS],
  ["when you (?:came|visited|attended|were here|were in|was in|called|rang|phoned|spoke to|saw|had your|last came|last saw|were last)", NO_RECORDS],
  ["when you (?:came|were|was|popped|called) in|when you (?:visited|attended|came to see us|saw the|saw dr|spoke to the|rang us|called us)", NO_RECORDS],
  [`${NOT_CONDITIONAL}you (?:were|had been) (?:seen|examined|treated|assessed|referred|prescribed|given|diagnosed|discharged|booked|triaged|called|offered)`, NO_RECORDS],
  [`${NOT_CONDITIONAL}you(?: have|'ve) been (?:seen|examined|treated|assessed|referred|prescribed|given|diagnosed|discharged|booked|triaged|called|offered)`, NO_RECORDS],
  ['you (?:attended|visited) (?:the surgery|the practice|us|your appointment|on|yesterday|last)', NO_RECORDS],
  [`${NOT_CONDITIONAL}you(?: are|'re) (?:not |no longer |still )?(?:registered|a patient|one of our patients|on our list)`, 'Never confirm or deny that someone is registered; speak about how registration normally works.'],
  ["you(?: were|'ve been| have been) (?:registered|a patient)", 'Never confirm or deny that someone is registered.'],
  ['(?:our|the) (?:phone |call |computer |medical )?(?:records|notes|system|computer|files?|logs?) (?:show|shows|showed|say|says|said|indicate|indicates|confirm|confirms|suggest|suggests)', NO_RECORDS],
  ['according to (?:our|your|the) (?:records|notes|system|files?)', NO_RECORDS],
  ['(?:on|in|from) (?:our|your) (?:records|notes|system|file)', NO_RECORDS],
  ["we(?: have|'ve)? (?:checked|looked at|looked into|reviewed|gone through|gone over) (?:the) (?:notes|records?|file|history|results?|account|case|prescription|referral)", NO_RECORDS],
  [`(?:i|we)(?: have|'ve)? (?:checked|looked at|looked into|reviewed|gone through|gone over) your ${NOT_FEEDBACK}`, NO_RECORDS],
  [`looking (?:at|through|into) your ${NOT_FEEDBACK}`, NO_RECORDS],
  ['we (?:have|hold) no record of you', NO_RECORDS],
  ['as your (?:gp|doctor|nurse|clinician|named gp|usual gp)', 'Do not speak as this person\'s clinician; reply as the practice, in general terms.'],
  ["your (?:gp|doctor|nurse|consultant|clinician) (?:has |had |'s )?(?:said|told|seen|reviewed|saw|decided|wrote|written|prescribed|referred|requested|asked|arranged|ordered|booked|recommended|suggested|advised|wants|agreed|looked)", NO_RECORDS],
  ['the (?:doctor|gp|nurse|clinician|pharmacist|practitioner|paramedic|receptionist) (?:that |who )?you (?:saw|spoke to|spoke with|were seen by)|you (?:saw|spoke to|spoke with|were seen by) (?:dr\\.?|doctor|the doctor|the gp|the nurse|a nurse|our nurse|a gp|the clinician|the pharmacist|one of our)', NO_RECORDS],
  [`(?:has|have|'ve|had) (?:already )?(?:reviewed|looked at|checked|seen|assessed|read|gone through) your ${NOT_FEEDBACK}`, NO_RECORDS],
  ['your case|your (?:symptoms|illness|injury|pregnancy|mental health) (?:was|were|is|are|has|have)|(?:spoken|spoke|talked) (?:to|with) (?:the|a|your) (?:doctor|gp|nurse|clinician) about your', NO_RECORDS],
  // \x27 keeps "prescription's" from also matching the plural (contraction apostrophes are optional).
  ["your prescription(?: has|\\x27s| was| is| will| had| hasn't| wasn't| isn't| went)", 'Describe how repeat prescriptions normally work instead (e.g. "Repeat prescriptions usually take…").'],
  [`we(?: have|'ve)? (?:sent|issued|signed|approved|processed|received|cancelled|rejected|declined) your ${NOT_FEEDBACK}`, NO_RECORDS],
]);
