import { APPT, DOC, type PhraseRule } from './types.ts';

/**
 * Small grammars built from word classes, for the ways people express dissatisfaction or ask to
 * be seen without the usual keywords. Each rule is a shape ("NEGATION + ABILITY + ACCESS-VERB"),
 * not a remembered sentence, so that comments worded differently from ours still fit.
 */

/** Ways of reaching the practice or being seen. */
const ACCESS = '(?:get (?:an?|through|seen|hold|in|to see|my|any|him|her|them|me)|book|see|speak to|talk to|get through|get hold of|get seen|be seen|get an?|make an?|reach|contact|register|order|ring|call|phone|get in)';
/** "Never been able to", "not once been able to", "still haven't been able to". */
const NOT_ABLE = '(?:never|not once|never once|havent|hasnt|have not|has not|not|wasnt|werent|still not|still havent|still cant|hardly ever|rarely) (?:ever |even |once |yet )?(?:been |be |being )?able to';
const DIFFICULT = '(?:impossible|so hard|hard|difficult|so difficult|a nightmare|a struggle|a battle|a fight|such a (?:struggle|battle|fight|nightmare|faff))';
const NUM = '(?:\\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of)';
const SPAN = '(?:days?|weeks?|wks?|months?|hours?|hrs?)';
const LATER = '(?:next (?:week|month|year)|the (?:end|middle) of (?:the )?(?:month|year|\\w+)|january|february|march|april|may|june|july|august|september|october|november|december|after (?:christmas|easter|the holidays))';
/** Days, also shortened as people type them ("in on sat", "anything weds"). */
const WEEKDAY = '(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|mon|tues?|weds?|thurs?|fri|sat|sun|today|tomorrow|tmrw|this (?:week|morning|afternoon)|next week)';
/** Services a practice runs, asked about as "do you do …". */
const SERVICE = '(?:bloods?|blood tests?|smears?|smear tests?|jabs?|vaccines?|vaccinations?|boosters?|injections?|b12s?|ecgs?|dressings?|clinics?|checks?|health checks?|reviews?|coil fittings?|ear syringing|ear wax \\w+|baby clinics?|home visits?|(?:flu|covid|shingles|pneumonia|whooping cough|hpv|mmr|travel) (?:jabs?|vaccines?|vaccinations?|boosters?|sprays?)|implants?|implant fittings?|coils?|minor ops?|minor surgery|spirometry|appointments?|appts?)';

export const COMPLAINT_GRAMMAR: readonly PhraseRule[] = [
  // NEGATION + ABILITY + ACCESS: "not once been able to get through".
  [`${NOT_ABLE} (?:\\w+ )?${ACCESS}`, 1],
  // QUESTION + DIFFICULTY: "why is it impossible to…", "how is it so hard to…".
  [`(?:why|how) (?:is it|is there|does it|has it|its|is it always) (?:always |still |so |never |this )?(?:${DIFFICULT}|such a|no (?:way|one)|never|always)`, 1],
  [`(?:why|how come) (?:cant|can not|cannot|wont|doesnt|dont|isnt|arent|hasnt|havent|didnt|is nobody|is no one|does nobody|does no one|has nobody|has no one|do (?:you|they) never|do i (?:always |still )?have to|do we (?:always |still )?have to|does it (?:always )?take|did it take|does nobody|do you always|are you always|is it always|am i (?:still|always|never))`, 0.8],
  // DIFFICULTY + ACCESS stated plainly: "it is a nightmare to get through".
  [`(?:its|it is|it was|is|always|been|constantly|getting) (?:\\w+ )?${DIFFICULT} (?:to|2) (?:\\w+ )?${ACCESS}`, 1],
  // TIME for what should be quick: "3 weeks for a phone call", "wait till February to see a doctor".
  [`${NUM} ${SPAN} (?:for|to get|to see|to be seen|until|till|before|to hear|just to) (?:a|an|my|the|any|someone|anyone|get|see|be seen|hear|answer|ring|call|reply|response|appointment)`, 1],
  [`(?:wait|waiting|waited|no \\w+ \\w+|nothing|no (?:\\w+ )?(?:${APPT}|slots?)|not seen|cant be seen|not until|not till) (?:\\w+ ){0,3}(?:till|until|til) ${LATER}`, 1],
  [`(?:no|zero|none of the) (?:\\w+ )?(?:${APPT}|slots) (?:left|available|till|until|for)`, 1],
  [`how (?:many more (?:times|weeks|days|months|hours|calls)|many (?:times|calls)|much longer) (?:do|does|will|must|should|have|has|am|are|is)`, 1],
  [`how long (?:do|does|will|must|should) (?:i|we|people|patients|it) (?:have to )?(?:wait|keep|take to (?:answer|ring|call|reply|sort|process|send))`, 0.8],
  // SCARCITY + what should be available: "lack of appointments", "poor access", "too many locums".
  [`(?:lack of|not enough|never enough|nowhere near enough|too few|shortage of|never any|hardly any|rarely any|limited|zero) (?:\\w+ )?(?:${APPT}|access|availability|${DOC}|face to face|slots|continuity)|(?:no|poor) (?:\\w+ )?(?:${APPT}|access|availability|face to face|slots|continuity)(?! needed| necessary| required| at all)|too many (?:locums|agency|questions)`, 1],
  ['only (?:ever )?(?:offered|given|get|gets|offer|offers|do|does) (?:a |an )?(?:telephone|phone|video|online)', 1],
  // TIME + access, said generally: "takes weeks to get an appointment", "long waits on the phone".
  ['(?:takes?|took|taking|wait|waiting|waits?|waited) (?:\\w+ ){0,2}(?:weeks|months|ages|forever|days)(?: and (?:weeks|months|days))? (?:to|for|before|just)|long (?:waits?|waiting times?|delays?|queues?)', 1],
  [`(?<!sometimes |occasionally |can be |a bit |a little |slightly |bit )(?:very |extremely |incredibly |really |so |too |near |nearly |almost )?(?:hard|difficult|impossible) (?:to|2) ${ACCESS}`, 1],
  ['like winning the lottery|everything is a (?:struggle|battle|fight|nightmare)|(?:had|have|having) to chase|never (?:get|got|gets|manage) to (?:see|speak|talk)', 1],
  ['(?:dont|doesnt|didnt|do not|does not|did not|never) (?:seem to|appear to|really|even|actually) (?:care|listen|bother|want to know)|nothing (?:good|positive|nice) to say', 1],
  ['(?:needs?|in need of) (?:a )?(?:complete |total |major |serious |good )?(?:overhaul|shake up|rethink|sorting out|new management)', 1],
  ['(?:phones?|lines?|phone lines?) (?:are |is )?(?:always|constantly|permanently|forever) (?:busy|engaged|down|ringing)|(?:always|constantly|often|usually|forever) (?:late|missing|lost|delayed|cancelled|cancelling|running late|rushed|changing)', 1],
  ['rudest|ruder|laziest|(?:gives?|giving) a (?:damn|toss|monkeys|stuff|flying \\w+)|(?:dont|do not) know why i (?:even )?bother|why (?:do i )?(?:even )?bother', 1],
  ['what (?:kind|sort|type) of (?:a )?(?:service|surgery|practice|place|doctor|gp|care|system|receptionist) (?:is (?:this|that)|do (?:you|they)|are (?:you|they))', 1],
  ['(?:took|takes|taking|after|made|it took) (?:\\d+|two|three|four|five|six|seven|eight|ten|several|many|numerous|countless|multiple) (?:phone )?calls|(?:hours|days|weeks) later', 0.8],
  ['(?:morning|day|afternoon|hour|hours|week|time) wasted|wasted (?:a|my|the|another|all|whole|half) (?:\\w+ )?(?:morning|day|afternoon|hour|hours|time|week|trip|journey)', 1],
  ['(?:the|a) wrong (?:person|patient|address|pharmacy|chemist|name|dose|medication|medicine|tablets|results|prescription|surgery|date|time|day)', 1],
  ['(?:got|was|were|been|get) told off|(?<!(?:im|i am|i was|ill be|i will be|might be|we are|were) )(?:was|were|is|are|been) (?:\\d+|an?|\\w+) (?:mins?|minutes|hours?|hrs?) (?:behind|late)', 0.6],
  // A question to which the writer already knows the unwelcome answer.
  [`(?:whats|what is|what was) the point (?:of|in)`, 1],
  [`(?:am|are|is) (?:i|we|they|you|people|patients) (?:just )?(?:expected|meant|supposed) to (?:just )?(?:wait|sit|ring|keep|pay|know|guess|magic|go|die|suffer)`, 1],
  // A negated promise: "said they would ring back, never did".
  [`(?:said|told (?:me|us)|promised) (?:\\w+ ){0,12}(?:never did|never have|never has|didnt|did not|still waiting|and nothing|no one did|nobody did)`, 1],
  [`(?:${APPT}|slots?|doctors?|gps?|you|they|the (?:surgery|practice|phones?|receptionists?)) (?:are|is) (?:\\w+ )?${DIFFICULT} (?:to|2) (?:get|book|come by|get through|reach|contact|see|get hold of)`, 1],
  ['gatekeep\\w*|too many (?:personal |intrusive )?questions', 1],
  // Taking it further: "complaining to NHS England", "writing to the practice manager".
  ['complain(?:ing|ed)? (?:to|about)|(?:writing|write|wrote|written|emailing|emailed|reporting|reported|report (?:this|you|it)) to (?:the )?(?:practice manager|nhs england|cqc|ombudsman|my mp|pals|icb|ccg|gmc|health board)', 1],
  // STAFF + dismissive reaction: "the receptionist laughed when I said…".
  ['(?:receptionists?|reception|she|he|they|the (?:doctor|gp|nurse)|dr \\w+|staff) (?:just |actually )?(?:laughed|sniggered|smirked|scoffed|tutted|sighed|shrugged)', 1],
  ['(?:need|needs|should|must) (?:to )?(?:learn|be taught|go on a course in) (?:some )?(?:manners|respect|empathy|compassion|customer service|people skills|how to)|no manners|bad manners', 1],
  ['(?:is there|whats|what is|theres) (?:any|no|even any) point (?:in )?(?:ringing|calling|phoning|trying|booking|asking|filling|having|complaining)', 1],
  ['anymore|any more|these days|nowadays', 0.3],
  ['raise (?:a |my |some )?(?:concerns?|issue)|(?:nobody|no one|noone|never) (?:ever )?(?:returns?|returned) (?:\\w+ )?(?:calls?|messages?|emails?)', 1],
  // Care withheld: "sent home without being examined", "refused to give me an appointment".
  ['without (?:being |even being |anyone |anybody )?(?:examined|seen|checked|looked at|assessed|listened to|spoken to|examining|checking|looking|told|informed|warned|asked|consulted)', 1],
  ['(?:refused|refuse|refusing|wouldnt|would not|wont|will not) (?:to )?(?:give|book|see|send|issue|prescribe|register|refer|examine)|(?:was|were|got|been) told no', 1],
  ['(?:finally|eventually|at last) (?:got|get|managed to get) (?:through|an? \\w+|seen|someone|hold)', 0.6],
  [`only (?:one|1|two|2) (?:${DOC}|receptionists?|person|people|member of staff|staff) (?:on|working|in|answering|for)`, 1],
  // The receptionist decides who is ill enough: gatekeeping, said with disapproval.
  [`(?:receptionists?|reception|she|he|they) (?:\\w+ )?(?:decides?|deciding|decided) (?:who|whether|if|that i|i didnt|i dont|i wasnt)`, 1],
  [`short with (?:me|us|him|her|my \\w+)|(?:given|gave) (?:me )?(?:the )?(?:wrong|incorrect)|(?:even though|despite|when) (?:its|it is|it was|its been) (?:on|in) (?:my|the|his|her) (?:notes|records|file)`, 1],
];

export const APPOINTMENT_GRAMMAR: readonly PhraseRule[] = [
  // QUESTION + SERVICE: "do you do smear tests on a saturday", "is the nurse doing bloods this week".
  [`(?:do|does|are|r|is|will|would|can) (?:you|u|they|she|he|the (?:surgery|practice|nurses?|doctors?|hca|gps?)|(?:dr|nurse) \\w+|anyone|someone) (?:(?:still|also|even|be|ever) ){0,2}(?:do|doing|doin|offer|offering|run|running|have|give|giving|book|booking|take|taking|hold|holding)(?: \\w+){0,2} ${SERVICE}`, 1],
  // The same question asked about them: "does anyone know if they still offer coil fittings",
  // "wondering whether the surgery runs a travel clinic", "if theyre doing the shingles one".
  [`(?:if|whether) (?:they|theyre|you|youre|u|yous|she|he|the (?:surgery|practice|nurses?|doctors?|gps?)|(?:dr|nurse) \\w+)(?: re| are| is| still| ever| also| can| could| will| would| be){0,3} (?:do|does|doing|doin|offer|offers|offering|run|runs|running|give|gives|giving|provide|provides)(?: \\w+){0,2} ${SERVICE}(?! (?:pressure )?machines?)`, 1],
  // Is a named clinician in on a day: "does anyone know if Dr Patel is in Thursday".
  [`(?:dr|doctor|nurse) [a-z]+ (?:is |will be |be |in )?(?:in|on|working|available|about|back|there|free|doing) (?:on |this |next )?${WEEKDAY}`, 1],
  [`(?:is|will|are) (?:dr|doctor|nurse|the (?:doctor|nurse|gp|physio|pharmacist)|any (?:female |male )?(?:${DOC})) (?:\\w+ )?(?:in|on|about|around|available|working|back|free) (?:on |this |next )?${WEEKDAY}`, 1],
  // REQUEST + someone to see: "could someone see my son today" (looking at a request or a
  // prescription is paperwork: "can someone look at my repeat request").
  ['(?:can|could|will|would) (?:anyone|someone|somebody|you|a doctor|the doctor|a gp|the gp|a nurse|the nurse|a pharmacist|the pharmacist|the physio)(?: (?:at|in) the (?:surgery|practice))? (?:please )?(?:see|look at) (?:my|him|her|us|me|them)(?! (?:\\w+ )?(?:prescriptions?|repeats?|requests?|medications?|meds|results?|scripts?|letters?|forms?))', 1],
  // (A "Saturday clinic day" is a date for something else: parking, results.)
  ['(?:make|book|arrange|have|need|get) (?:a |my |the |another )?follow ?up|(?:request|ask for|see|book with|get) (?:a |the )?(?:particular|specific|certain|named|same|usual|regular) (?:doctor|gp|nurse|dr)|(?:wants?|asked|want) to see (?:me|him|her|us|them) (?:again|back|in)|do (?:i|we) (?:need to )?book|extended (?:hours|access)|(?:evening|late|early|saturday|weekend|morning|afternoon|weekday) (?:morning |evening )?(?:surgery|surgeries|clinics?)(?! days?)', 1],
  // Asking for sessions at other hours: "could you run a Sunday jab clinic", "would be nice to have
  // later appointments", "more evening and weekend slots", "consider doing an early baby clinic".
  ['(?:do|doing|run|running|have|having|put on|hold|holding|offer|offering|start|add|adding|more|extra|any) (?:an? |some |more |the |extra )?(?:evening|late|later|early|earlier|saturday|sunday|weekend|lunchtime|out of hours)s? (?:(?:and|or) (?:evening|weekend|saturday|sunday|morning|early|late)s? )?(?:\\w+ ){0,2}(?:clinics?|appointments?|appts?|slots?|sessions?|surgery|surgeries)(?! days?)', 1],
  // REQUEST + fitting in: "can you squeeze me in", "any chance of getting me in".
  [`(?:squeeze|fit|slot|get|book) (?:me|us|him|her|them|my \\w+) in(?= (?:today|tomorrow|this|next|on|for|before|please|at|pls|asap|\\.|$))`, 1],
  [`book(?:ed)? (?:\\w+ )?(?:in )?for (?:${WEEKDAY}|this|next)|(?:stitches|sutures|staples) (?:out|removed|removal|taken out)|(?:take|taking|remove|removing) (?:my|his|her|the) (?:stitches|sutures|staples)`, 1],
  [`only (?:one|1|two|2) (?:${DOC}) (?:on|working|in)`, 1],
  // Waiting for a call from a clinician is waiting to be seen: "3 weeks for a phone call back".
  [`${NUM} ${SPAN} (?:for|to get|till|until) (?:a|an|my|the) (?:\\w+ )?(?:phone call|call back|callback|call from|consultation|slot)`, 1],
  // Waiting for or asking about a clinician's call is about being seen.
  ['(?:waiting for|expecting|meant to have|supposed to have|missed|still no) (?:my |a |the |their |his |her )?(?:(?:call ?back|callback|(?:phone )?call) from (?:the|a|my) (?:doctor|gp|nurse|dr)|(?:doctors?|gps?|nurses?) (?:call ?back|callback|call))', 1],
  [`(?:have|got|is there) (?:you )?(?:anything|something|any(?:thing)? (?:free|available|left|sooner|earlier|later))(?: \\w+){0,3} (?:${WEEKDAY}|later|sooner|earlier|in the week)`, 1],
  // The forms that replace the phone: asking about them is asking how to be seen.
  ['(?:online|triage|e ?consult|contact|consultation|patchs|accurx|askmygp|nhs app) (?:request )?forms?(?! (?:for|to) regist)', 1],
  [`(?:cancelled|canceled|moved|rearranged|changed|missed|postponed) (?:my|the|his|her|our|their) (?:\\w+ )?${SERVICE}`, 1],
  ['(?:never|nothing|not anything|anything|no (?:slots?|availability)) (?:ever )?(?:available|free|left|bookable) (?:on|online|today|tomorrow|this|next|for|in)', 1],
  // NOTHING + till a date: "theres nowt till the 18th", "nothing until next month".
  [`(?:nothing|nowt|none|no (?:\\w+ )?(?:${APPT}|slots?)) (?:\\w+ ){0,2}(?:till|until|til|before) (?:${LATER}|the \\d+(?:st|nd|rd|th)|${WEEKDAY})`, 1],
];
