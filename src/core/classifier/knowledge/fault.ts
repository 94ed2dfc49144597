/**
 * A named fault: a part of the service and a word that damns it, either way round ("awful wait",
 * "reception was rude", "admin is a shambles"). index.ts reads it in one clause of a comment that
 * also praises something in another ("nice doctor, awful wait"): with a fault named that plainly,
 * the comment is both praise and a complaint, not whichever reading is stronger.
 *
 * Parking is left out on purpose: the training writers split on whether "great doctor, awful
 * parking" is a complaint about the practice.
 */
const SUBJECT =
  '(?:the )?(?:reception(?:ists?)?|front desk|desk|phones?|phone (?:line|system)s?|admin|wait(?:ing)?(?: times?| room)?|booking(?: system| (?:an?|the|my) (?:\\w+ )?(?:appointment|appt))?|system|app|website|hold music|music|toilets?|chairs|seats|heating|info|information|prescriptions?|referral|letters?|doctors?|gps?|drs?|nurses?|staff|service|communication|building|room|signage|surgery|practice|place|triage|management|(?:practice |office |surgery )?managers?|attitudes?|manner|pharmacists?|everything(?: else| around (?:them|it|her|him))?|the rest|(?:getting|to get) (?:seen|in|through|past the \\w+(?: desk)?|an? (?:\\w+ )?(?:appointment|appt)|(?:to|hold of) (?:the |a )?\\w+)|(?:8am |phone |morning )+(?:rush|scramble|lottery|queue))s?';
const BAD =
  '(?:rude|awful|terrible|shambolic|appalling|abrupt|dreadful|poor|bad|useless|horrendous|atrocious|chaotic|unhelpful|dismissive|hopeless|(?:a )?nightmare|shocking|diabolical|rubbish|a joke|a shambles|a mess|long|slow|less so|so so|cold|unfriendly|disorganised|pants|naff|a struggle|needs? (?:some )?work|freezing|cramped|grubby|confusing|tired looking|could (?:be|do) (?:a lot |much |so much )?better|(?:the|a) (?:problem|issue|hard bit)|clunky|distracted|stressful|uncomfortable|annoying|too loud|(?:a bit |really |very |so )?short with (?:me|you|us|people)|like a (?:cattle market|zoo|circus|madhouse|call centre)|(?:a )?proper nightmare|the opposite of \\w+|lets? (?:\\w+ ){0,2}down|tired|run down|shabby|rushed (?:me|us|him|her|my \\w+)(?: out| through| along)?|impossible|a battle|a lottery|wrong|out of date|not working|(?:a bit )?rough|needs? (?:updating|(?:a )?refurb\\w*|modernising|doing up|(?:a )?lick of paint)|slow to (?:answer|respond|reply|pick up|get back)|could be (?:a bit |a little |a lot |much |so much )?(?:friendlier|nicer|politer|more (?:polite|helpful|friendly|organised)|quicker|faster|kinder))';
/**
 * Words that may stand between the part and its verdict: "reception were so rude", "the GP I saw was
 * abrupt", "the nurse who took my bloods was rough", "the wait on hold can be long", "the place, which
 * is a mess".
 */
const LINK = '(?:was|were|is|are|has been|have been|so|very|really|a bit|bit|too|always|often|quite|still|thats|that is|seemed|seems|felt|can be|sometimes|which|who|(?:i|we) (?:got|saw|had|spoke to)|first|today|yesterday|this morning|last time|initially|far|way|on the phones?|on hold|at reception|at the desk|for (?:an? |the )?(?:\\w+ )?(?:appointment|appt)s?|who (?:did|saw|took|does) (?:my|the|our) \\w+)';

/**
 * Survey answers name faults in their own ways too: "only niggle is the three week wait", "the low
 * score is for the booking system", "it's getting through that's the hard part", "really frustrating" to
 * close, "can never get seen by him", "took five goes", "rushed consultation".
 *
 * Blame put on one part, said last: "the nurses are sound. It's the management". A verdict on what
 * the clause told: "…took 4 days to get to the chemist, which wasn't ideal". The rest damned by the
 * praise of one: "no one else here listens", "the only reason we haven't moved", "can fault
 * everything else".
 */
const BLAMED = `(?:its|it is|its just|it is just) (?:the )?(?:management|admin|phones?|phone (?:line|system)s?|booking(?: system)?|app|website|triage|rest|getting (?:seen|in|through|one|an? (?:\\w+ )?(?:appointment|appt))(?: bit)?|(?:8am |phone |morning )+(?:rush|scramble|lottery|queue))(?= (?:\\. |$))|(?:which|that) (?:was|is|were) (?:not ideal|annoying|frustrating|a pain|a nuisance)|(?:(?:which|that|it) (?:was|is) (?:a bit |very |so |really |quite )?|(?:a )?bit |very |so |really |quite )(?:annoying|frustrating|irritating|inconvenient|a pain|a nuisance|a hassle|a faff)(?= (?:\\. )*(?:$|though|tho|tbh))|(?:which|that) (?:wasnt|isnt|werent) (?:ideal|great)|(?:no one|nobody|noone) else(?: here| there)? (?:listens|cares|bothers|helps|seems to care)|(?:the )?only reason (?:we|i|were|im) (?:havent|have not|dont|do not|stay|still)|(?:can|could) (?:still |also |easily |definitely |literally )?fault (?:\\w+ ){0,2}(?:everything|everyone|all the rest|the rest)|(?:its|it is) (?:the )?(?:getting (?:there|seen|in|through|one|an? \\w+|(?:to|hold of|through to) (?:the |a )?\\w+)|booking|phones?|admin|reception) (?:thats|that is|which is) (?:the )?(?:problem|issue|hard (?:bit|part)|nightmare)|(?:my )?only (?:gripe|complaint|niggle|criticism|negative|downside|moan|grumble|issue|problem|bugbear) (?:is|was|would be) (?:that )?(?:the )?(?:\\w+ ){0,2}${SUBJECT}|(?:rushed|pointless|useless|wasted|too short) (?:\\w+ )?(?:appointment|appt|consultation|phone call|call)|(?:shame|pity)(?: that| about)? (?:you|they|we|i) (?:can never|cant ever|cant|cannot|can not|never|can hardly) (?:get|book|see|answer|speak)|(?:can|could|cant|cannot) (?:never|not|hardly|rarely|ever) (?:ever )?get (?:an? )?(?:appointment|appt|through|seen)(?: with (?:her|him|them|dr \\w+))?|(?:took|it took|after) (?:me |us )?(?:\\d+|two|three|four|five|six|several|many|multiple|countless) (?:phone calls|calls|attempts|tries|goes)|(?:not|never|less than) (?:happy|impressed|pleased|satisfied) (?:with|about) (?:the )?${SUBJECT}|(?:the |my )?(?:rating|score|low score|low mark|one star|1 star|two stars|2 stars) (?:is|was) (?:for|because of|down to) (?:the )?\\w+`;

/** Matches normalised text (space-padded). */
export const NAMED_FAULT = new RegExp(` (?:${SUBJECT} (?:${LINK} )*${BAD}|${BAD} ${SUBJECT}|${BLAMED})(?= )`);
