import { APPT, DOC, type PhraseRule } from './types.ts';

/**
 * More shapes of dissatisfaction that carry no complaint keyword: comparisons with something
 * notoriously hard, getting something other than what was asked for, repetition, being cut off,
 * a promise overrun, things done without warning. Each is a small grammar over word classes.
 */
const NUM = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|ninety)';
const SPAN = '(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?)';
/** Whoever runs the service, as the writer names them. */
const THEY = `(?:you|they|you lot|the surgery|the practice|reception|the receptionists?|the (?:${DOC})|the pharmacy|the chemist|someone|somebody)`;
/** Things a practice handles for a patient, which should not go astray. */
const PAPERS = '(?:prescriptions?|scripts?|referrals?|results?|records|notes|letters?|forms?|samples?|bloods?|sick notes?|fit notes?|paperwork|request|repeat)';

export const DISSATISFACTION_RULES: readonly PhraseRule[] = [
  // COMPARISON with the notoriously hard: "easier getting Glastonbury tickets than a GP appointment".
  ['(?:easier|quicker|faster) (?:to |getting |to get |get )?(?:\\w+ ){0,6}than (?:\\w+ ){0,4}(?:appointment|appt|(?:to )?(?:get|getting|see|seeing|book|booking)|through|a (?:doctor|gp))|more interested in (?:\\w+ ){0,3}than', 1],
  // ASKED FOR one thing, GOT another: "wanted a face to face, got offered a phone call".
  [`(?:wanted|asked for|asked to see|requested) (?:\\w+ ){1,8}(?:got offered|was offered|were offered|offered|was given|given|but got|and got|only got|instead)|(?:${DOC}|pharmacist|phone call|telephone call|locum|nurse)(?<!(?:by|see|seen by|with|have|get) (?:a |the )?\\w+(?: call)?) instead of (?:a |my |the |seeing )?(?:${DOC}|face to face|${APPT}|proper)`, 1],
  // REPETITION: "day after day", "again and again", "three times I've been told".
  ['(?:two|three|four|five|six|several|\\d+) times (?:now )?(?:i|ive|i have|weve|we have|we) (?:been|was|were) told|(?:day|week|month|time|morning) after (?:day|week|month|time|morning)|again and again|over and over(?: again)?|every (?:single )?time i (?:ring|call|phone|try|come|go)', 1],
  // CUT OFF or sent back to the start.
  ['(?:kicked|thrown|chucked|booted|cut) (?:me|us|him|her) (?:out|off)|back to (?:the start|square one|the back)|(?:queue )?position (?:\\d+|number \\d+)|caller (?:number )?\\d+', 0.8],
  // A PROMISE OVERRUN: "said within 2 working days. It's been 6".
  ['within (?:\\d+|two|three|five|48|72) (?:working )?(?:days|hours|weeks)(?: (?:\\w+|\\.)){0,8} (?:its|it has|it is|now) (?:been |now )?(?:\\d+|a week|two weeks|over)', 1],
  ['(?:its|it has|ive|weve) (?:now )?been (?:\\d+|two|three|four|five|six|seven|eight|nine|ten)(?= (?:\\. |$))', 0.6],
  // DONE WITHOUT WARNING: "closed the online booking with no warning".
  ['with (?:no|zero|little) (?:warning|notice|explanation|reason|apology)|without (?:any |a |an )?(?:warning|notice|explanation|apology)', 1],
  // PAPERS LOST OR NEVER ARRIVED: "they lost my sick note", "pharmacy never received my script".
  [`(?:lost|mislaid|misplaced)(?<=${THEY} (?:\\w+ )?\\w+) (?:my|his|her|our|the)|(?:lost|mislaid|misplaced) (?:my|his|her|our|the) (?:\\w+ )?${PAPERS}`, 1],
  [`never (?:received|got|arrived|came|sent)|(?:says?|said|claim|claims) (?:it|they) (?:was|were|has been|had been) sent`, 0.6],
  ['(?:says?|said|claims?) (?:they|it|she|he) (?:never|hasnt|havent|didnt|did not|has not|have not) (?:received|got|sent|arrived|had)', 1],
  ['for nothing|no (?:meds|medication|tablets|inhaler) (?:left|now)|(?:without|no) (?:my )?(?:meds|medication) (?:for|now)|meanwhile', 0.5],
  // THE WAIT in words: "waited 1.30 to get through", "40 mins just to get through".
  [`(?:waited|waiting|wait|held|holding|took|takes|sat)(?<!(?:only|just|it only|only ever) \\w+) (?:\\w+ ){0,3}(?:to|before (?:i|we)) (?:get through|speak to (?:anyone|someone|a person|an operator)|be answered|connect)|${NUM} ${SPAN}(?<!(?:only|just) (?:\\w+ )?\\w+ \\w+) (?:just )?to (?:get through|be answered|connect)`, 0.6],
  // ASKING IF THIS IS NORMAL: "Is that normal???", "is this acceptable".
  ['(?:is|was) (?:that|this) (?:normal|acceptable|right|ok|okay|how (?:it|you|things) (?:works?|are run))|make it make sense', 0.6],
  ['joke(?= (?:\\. )?$)', 0.6],
  // Told to go away: "receptionist told me to try tomorrow".
  ['told (?:me |us |him |her )?to (?:try|ring|call|phone|come back)(?: again| back)? (?:tomorrow|later|next week|another day|in the morning|at 8|the next day|on monday)', 1],
  // Access refused or failing, said plainly: "unable to get through", "phones not answered".
  [`(?:unable|not able|never able) to (?:\\w+ )?(?:get through|get (?:an?|any) (?:${APPT}|slot)|book|see (?:a|the|my|any) |speak to|get hold)|(?:phones?|calls?|lines?|messages?|emails?) (?:are |were |was |is )?(?:not|never|rarely|seldom) (?:answered|returned|picked up)|only (?:telephone|phone|video|online) (?:${APPT}|consultations?)`, 1],
  // Concerns brushed aside: "my concerns were dismissed", "nothing was done".
  ['dismissed(?! from| as| the case)|brushed aside|not taken seriously|nothing (?:was|has been|got|ever gets|is|ever) (?:done|sorted|followed up)', 1],
  ['(?:too|so|very|overly|really) (?:complicated|confusing)|disorgani[sz]ed|unorgani[sz]ed|chaotic|(?:always|constantly|often|forever) (?:an? )?(?:issue|problem|problems|issues|hassle|struggle)', 1],
  // More verdicts people use: "gone to pot", "shameful", "poorly run", "wouldn't recommend".
  ['gone to (?:pot|the dogs|pieces|rack and ruin)|down the (?:pan|drain|toilet|swanny)|shameful|farcical|a sham|ludicrous|absurd|bonkers|humiliat\\w*|degrading|heartbreaking|(?:poorly|badly) (?:run|managed|organised|organized)|(?:cant|can not|cannot|couldnt|could not|wouldnt|would not|didnt|did not|dont|do not|doesnt|does not) (?:be |even be )?bothered to|lazy (?:\\w+ )?(?:receptionists?|staff|doctors?|gps?|nurses?|lot|people|bunch)|(?:wouldnt|would not|would never|do not|dont|cannot|cant) recommend|(?:do not|dont|never) (?:register|go|come) (?:here|there|with)|(?:contact|contacting|contacted|write|writing|report|reporting) (?:to )?(?:nhs england|the cqc|cqc|my mp|the ombudsman|healthwatch|the icb)|(?:needs?|should) (?:to )?(?:be )?(?:looked into|look into|investigat\\w*)|how (?:is|was|can) (?:this|that|it) (?:be )?allowed|(?:need|needs) (?:retraining|re training|sacking)|sack (?:them|the|her|him|that|all)|get rid of (?:the|that|her|him|your) (?:receptionists?|manager|doctor|gp|staff)|(?:attitude|service|place|system) stinks|done with (?:this|the) (?:place|surgery|practice)|(?:crazy|insane|mental|madness|nonsense) (?:system|that|how|situation|this)|(?:distressing|stressful|traumatic|upsetting|horrible|horrendous) experience|(?:zero|no|without any) (?:compassion|empathy|care|respect|dignity|communication)|(?:unbelievably|ridiculously|painfully|incredibly|extremely|shockingly) (?:slow|long|rude|bad)', 1],
  ['stressful|distressing|traumatic|upsetting', 0.6],
  // ACCESS + IS + DIFFICULT: "getting an appointment is impossible", "seeing a GP is a lottery".
  [`(?:getting|get|booking|to get|seeing|to see|getting through|getting seen) (?:an? |any |to |through |the )?(?:${APPT}|doctors?|gps?|nurses?|through|seen|someone|anyone|a human)(?: \\w+){0,3} (?:is|are|was|has become|is getting) (?:\\w+ )?(?:impossible|a nightmare|a joke|hard|difficult|a struggle|a battle|a lottery|like gold dust|near impossible|a fight|harder)`, 1],
  ['(?:leaves?|left) (?:a lot|much|a great deal|everything) to be desired|(?:is|are) the (?:real |main |only |whole |biggest )?(?:problem|issue)(?= (?:\\. |$|but|and))|(?:never|dont|doesnt|didnt|wont) (?:ever )?(?:ring|call|phone|get) back', 1],
  ['(?:list|register|books) (?:is|are|was|were|has been) (?:\\w+ )?closed|not taking (?:on )?(?:any )?new patients|(?:its|it has|been) (?:been )?like (?:this|that) (?:for )?(?:a|\\d+|two|three|four|several) (?:days?|weeks?|months?)', 1],
  // Indirect: "I'll just sit here in pain then, shall I?", "does anyone actually work there?".
  ['(?:then|just) (?:\\w+ ){0,6}(?:shall|should) i(?= (?:\\. |$))|(?:shall|should) i (?:just )?(?:then|now)(?= (?:\\. |$))|just (?:sit|wait|suffer|die|lie) (?:here|at home|in pain)|(?:anyone|anybody|someone|somebody|you|they) (?:\\w+ ){0,3}actually (?:\\w+ ){0,2}(?:read|answer|reply|respond|work|listen|care|help|ring|call|do anything)|(?:not|isnt|wasnt|arent|werent) (?:\\w+ )?(?:ill|sick|poorly|unwell|bad) enough|(?:they|you) (?:\\w+ )?wonder why (?:people|everyone|patients|we|folk)|(?:days?|weeks?|months?|hours?|minutes?|mins?) and counting|the way (?:i|we|my \\w+|he|she) (?:was|were|got|have been|has been) (?:treated|spoken to|talked to|dealt with)|had to (?:explain|repeat|tell|give) (?:\\w+ ){0,3}(?:again|twice|three times|\\d+ times|several times|over and over|all over again)|what (?:exactly |actually |even )(?:is|was) the point', 1],
  [`(?:its|it is) now (?:\\d+|gone \\d+)(?: ?pm| ?am| oclock)?(?= (?:\\. |$))|(?:no|not a) (?:call|text|email|letter|word)(?= \\. (?:no|not a|nothing))|explain why (?:i|we|my|you|they)|(?:charged|charging) (?:me |us )?(?:for|\\d+)|(?:first|next|earliest) (?:available )?(?:${APPT}|slot)s? (?:is |was )?(?:not )?(?:until|till|in|on) (?:\\w+ ){0,2}(?:weeks|months|january|february|march|april|may|june|july|august|september|october|november|december|next (?:week|month|year))`, 0.6],
  ['(?:would|will|shall) never (?:go back|return|come back|use (?:this|the|them|it) (?:\\w+ )?again)|(?:felt|feel|feeling|treated|made to feel) like (?:i was |im |i am |we were )?(?:just )?(?:a number|an inconvenience|a nuisance|a burden|a statistic|a criminal|an idiot|a child)', 1],
  // Told in public, sent to the wrong person, refused what was asked for, walked out.
  ['(?:told|said|asked|shouted|announced|discussed|read out) (?:\\w+ ){0,6}in front of (?:the whole|everyone|others|other patients|a full|a packed|the waiting)|(?:sent|gave|given|posted|emailed) (?:my|his|her|our) (?:\\w+ )?(?:results?|letters?|notes|records|prescriptions?|details) to (?:someone|somebody|the wrong|another|a different)|(?:asked|requested) (?:for )?(?:\\w+ ){1,8}(?:and|but) (?:was|were|got) told|(?:i|we) (?:just )?walked out(?! (?:feeling|with|smiling|happy|reassured|relieved))', 1],
  ['(?:was|were|wasnt|werent|still|is|its|still not) not ready|not ready(?= \\.)|(?:i have|ive got|im left with|now have|left with|have got) no (?:tablets|meds|medication|inhaler|insulin|pills)|sent (?:me|us|him|her|my \\w+) (?:home|away)(?! with (?:\\w+ ){0,3}(?:advice|antibiotics|tablets|reassurance|a plan))|(?:when|once) (?:i|we) got there (?:\\w+ ){0,4}(?:they|she|he) (?:said|told)', 0.6],
  // Rhetorical questions and exasperation: "why can't I book online like every other surgery?",
  // "when are you going to sort the phones out?", "are you even reading these?", "Not again!".
  ['like (?:every|any) other (?:surgery|practice|gp|doctors|surgeries)|when (?:are|is|will) (?:you|they|someone|the surgery|the practice) (?:going to |gonna )?(?:sort|fix|do something|answer|start answering)|who (?:thought|came up with)|(?:anyone|anybody|someone|somebody|you) (?:ever )?going to (?:explain|answer|reply|tell|respond|ring|call)|(?:has|have|must|got) to be a better way|(?:are|is) (?:you|they|anyone|anybody) even (?:reading|listening|looking|bothered|there)|when you could (?:just )?(?:see|get|book|ring|speak|walk)|ill believe it when|not again(?= (?:\\. |$))|every single time(?= (?:\\. |$))', 1],
  ['same old (?:story|thing|rubbish|excuses?)|as usual(?= (?:\\. |$))', 0.6],
  // Manner: "which I found intrusive", "curt", "judgemental".
  ['intrusive|insensitive|tactless|unsympathetic|curt|brusque|offhand|off hand|flippant|judge?mental', 1],
  // NOBODY + HAS + DONE: "nobody has reviewed her medication in two years".
  ['(?:nobody|no one|noone) (?:has|have|had|ever|has ever|have ever) (?:\\w+ )?(?:reviewed|checked|seen|called|contacted|explained|followed|examined|looked at|rung|phoned|replied|responded)', 1],
  // ASKING FOR A LONG TIME: "been asking for a referral since March".
  ['(?:been|keep|kept|still) (?:asking|requesting|chasing|begging|pushing) (?:\\w+ ){0,4}(?:since|for (?:weeks|months|ages|years|\\d+|two|three|four|five|six))', 1],
  // NEVER ABLE to reach: "I can never ring when I'm on my break", "never speak to a real person".
  ['(?:can|could)(?:nt|not)? (?:never|hardly ever|rarely) (?:ring|call|get|see|book|speak|reach|phone)|(?:never|cant|cannot|couldnt) (?:\\w+ )?(?:speak|talk) to (?:a real|an actual|a human|a person|anyone)', 1],
  ['told (?:that )?there (?:werent|wasnt|were no|was no|arent|isnt|are no|is no)(?= )|(?:\\d+|two|three|four|five|several|multiple|numerous) attempts|(?:didnt|did not|doesnt|dont|does not) (?:seem to |even |appear to )?know (?:anything|what|how)', 1],
  ['(?:kept|keeps|keep)(?<!(?:mine|my \\w+) \\w+) (?:crashing|freezing|failing|breaking|going down|cutting out|timing out)|left without (?:my |any |his |her |our )?(?:\\w+ )?(?:medication|meds|tablets|insulin|inhaler|prescription|help|support|care)', 1],
  // "Not on." as a sentence of its own is disapproval.
  ['not on(?= (?:\\. |$))(?<![a-z0-9] not on)', 1],
  // Calling it worthless or a dump.
  ['worthless|(?:this|that) dump|hell ?hole', 1],
  ['(?:re ?train|retrain|train) (?:your |the |their )?staff|(?:was|were) (?:the|a real|a big|a major) (?:issue|problem)|the (?:main |biggest |real )?(?:issue|problem) was', 1],
  // Rhetorical questions about the service: "is anyone actually answering the phones", "does
  // anyone there talk to each other", "or is it just a myth", "so I'm expected to know…".
  ['(?:is|are|does|do|can|has) (?:anyone|anybody|any one|someone|somebody|the staff|reception) (?:\\w+ )?actually (?:\\w+ )?(?:answering|reading|working|listening|able|bothered|there|in)|(?:anyone|anybody|ever|even|actually|never|dont|doesnt|do not|does not)(?: \\w+){0,2} (?:talk|speak|communicate) (?:to|with) (?:each other|one another)|or is it (?:all )?(?:just )?(?:a )?(?:myth|recording|rumour)|so (?:im|i am|we are|were|people are|patients are) (?:\\w+ )?(?:expected|supposed|meant) to|how is it (?:acceptable|ok|okay|right|fair|possible|legal)', 1],
  // Telling the practice what to do instead: "spend less time posting and more time answering".
  ['(?:spend|spent|spending) less time|(?:and |spend |spent |spending )more time (?:answering|picking up|on the phones?|helping|seeing|treating)|(?:stop|quit) posting|answer (?:your|the|my|our) (?:emails?|messages?)|(?:staff|receptionists?|reception|they|she|he|doctors?|gps?|someone|whoever) (?:\\w+ ){0,2}needs? (?:some |more |a bit of |proper |better |basic |serious )?(?:\\w+ )?training(?! (?:day|session|afternoon|course|closure))|needs? (?:some |more |a bit of |proper |better |basic |serious )(?:\\w+ )?training', 1],
  // Access given up on: "tired of fighting to be seen", "I know I won't be seen", "cannot get through".
  ['(?:fighting|fight|battling|battle|begging|struggling) (?:just )?to (?:be seen|get seen|get (?:an? )?(?:appointment|appt)|see (?:a|the|any) (?:doctor|gp))|tired of (?:fighting|chasing|ringing|begging|trying|being fobbed)|(?:wont|will not|will never|never going to) (?:\\w+ )?(?:be|get) seen|never (?:be|get|going to be|going to get) seen|cannot (?:ever )?get through|(?:impossible|near impossible|nearly impossible) to (?:see|get (?:seen|in|hold)|book|reach|contact|speak)|only way to (?:get seen|be seen|get (?:an? )?(?:appointment|appt)|see (?:a|the) (?:doctor|gp))|wait (?:until|till|til) (?:its|it is|it becomes|im|i am|hes|shes) (?:an emergency|serious|dying|dead|too late)', 1],
  ['(?:cant|cannot|couldnt|can never|never) get in(?! (?:touch|contact|the (?:car|door)))', 0.6],
  // Doing it on purpose, turning people away, a bonus for it: "doing it on purpose to put people off".
  ['(?:doing it|is (?:it|that|this)|its|that was|done) (?:\\w+ )?(?:on purpose|deliberate(?:ly)?)|(?:to )?put (?:people|patients|us|folk) off|(?:get|getting|on|paid) (?:a )?bonus (?:for|per)|(?:turn|turning|turned) (?:people|patients|us|them|folk) away|(?:people|patients|folk) (?:\\w+ ){0,3}(?:turn|turned|turning) away', 1],
  ['genuinely asking|(?:keep|keeps|always) posting (?:about|that)|whats (?:going on|happening) (?:in there|over there|at that \\w+)', 0.6],
  // Comparisons with the writer's own work: "if I treated my customers like this I'd be sacked".
  ['if i (?:treated|ran|did|spoke to|behaved|ran my business|worked) (?:\\w+ ){0,4}(?:like this|like that|this way|that way)|(?:id|i would|wed|we would) (?:be )?(?:sacked|fired|out of business|out of a job)|(?:get to|can|could|should|allowed to) ignore (?:people|patients|us|me|them)', 1],
  // Sarcastic confidence: "oh I'm sure the new system will fix everything".
  ['(?:oh )?(?:im|i am) sure (?:the|that|this|it|your) (?:new )?(?:\\w+ ){0,3}(?:will|is going to|gonna) (?:fix|sort|solve|change|help|work)|like the last one did', 1],
  // The same failure, counted: "third month running", "not on the system".
  ['(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:\\w+ )?(?:month|week|time|day|year)s? (?:running|in a row)|(?:months|weeks|times|days) in a row|(?:im|i was|i am|we were|wasnt|werent|not|youre not|you are not) (?:\\w+ )?on the system|(?:two|three|four|five|\\d+) different (?:people|answers|stories|things|excuses|versions|reasons)', 1],
];

/** Access trouble that is also about being seen, said without the word "appointment". */
export const ACCESS_APPOINTMENT_RULES: readonly PhraseRule[] = [
  ['(?:(?:ring|phone|call)(?:ing)? back|(?:ring|phone|call)(?:ing)? (?:again|up)) (?:day after day|every (?:day|morning)|each (?:day|morning)|the next day)|(?:a )?lottery (?:every|each) (?:morning|day)', 1],
  ['(?:queue )?position (?:\\d+|number \\d+)|caller (?:number )?\\d+|(?:queue|queuing|booking) system|gave up (?:at|after)', 0.6],
  ['(?:refused|refuse|wouldnt|would not|wont|will not) (?:to )?see (?:me|him|her|us|my \\w+)|(?:theres|there is|there was|was|is|there are|theres) nothing (?:left|available)|nothing left', 1],
  [`(?:\\d+|two|three|four|five|six|eight) (?:week|month|day) wait (?:to see|for|to get)|(?:nothing|no (?:\\w+ )?(?:${APPT}|slots?)|earliest|first (?:available )?(?:${APPT}|slot)) (?:\\w+ ){0,3}(?:till|until|til|is|was|in) (?:the (?:end|middle|start) of )?(?:next (?:week|month)|(?:\\d+|two|three|four|five|six) (?:weeks|months)|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter)`, 1],
  ['(?:8 ?am|8 oclock|eight oclock|8 00) (?:phone )?(?:system|lines?|calls?|ringing|queue)|(?:get|got|getting) (?:thru|through) (?:\\w+ ){0,4}(?:form|online)', 1],
  ['fill (?:in|out) (?:a|the|an) form|form online|(?:kicked|cut|thrown) (?:me|us) (?:out|off)|back to the start', 0.6],
  ['(?:any chance of|can i (?:get|have)|could i (?:get|have)|can (?:i|we) request|id like|i would like) (?:a )?(?:call ?back|phone call|telephone call)|(?:book|rebook|cancel|change|rearrange|reschedule|move|arrange|organise) (?:in )?(?:my|a|the|his|her|our|their) (?:\\w+ )?(?:bloods|blood tests?|smear|jab|vaccine|review|check ?ups?|checks?|tests?|scans?|ecg|x ?ray|injection|dressing)', 1],
  ['(?:is|are|does|do) (?:the )?(?:physio|pharmacist|midwife|health visitor|nurse|doctor|gp|(?:dr|nurse) \\w+)s? (?:still )?(?:doing|do|working|work|in|on|running|available|here) (?:on )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|today|tomorrow|this week|next week)', 1],
  ['(?:can|could|do|should) (?:i|we|you|he|she|they) (?:just )?(?:turn up|walk in|drop in|pop in|come in|come down)(?: for| to| and)', 1],
  ['(?:could|can|will|would) (?:someone|somebody|anyone|a doctor|a nurse|the nurse|you) (?:please )?(?:have a look at|take a look at) (?:my|his|her|him|me|us|it)|(?:could|can|will|would) (?:someone|somebody|anyone|a doctor|a nurse|the nurse) (?:please )?check (?:my|his|her|him|me|us)(?! (?:records|notes|results|prescription|repeat|details|address))|(?:need|want) (?:someone|a doctor|a nurse|a gp) to (?:look at|check|see)|(?:where|how) (?:do|can|would|should) (?:i|we) (?:go to )?(?:get|have) (?:my|his|her|a|an|the) (?:\\w+ ){0,2}(?:syringed|checked|done|removed|looked at|tested|taken out|sorted)|do (?:i|we) (?:need|have) to come in|do (?:i|we) (?:just )?(?:pop|come|drop|turn up|walk) in|(?:earliest|soonest|next) (?:\\w+ ){0,3}(?:you can see|i can see|we can see|available|appointment|slot)|(?:cant|cannot|wont be able to) make (?:it|my|the|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|today|tomorrow)|(?:move|change|swap|switch) it to (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|another|a different|next|the)', 1],
  // Implicit requests: "any slots Friday?", "could I get in before the weekend", "is anyone free to see her".
  ['any (?:slots?|spaces?|availability|openings)|(?:can|could|may) (?:i|we|he|she) (?:get|come|pop) in (?:today|tomorrow|this|next|before|on|at|for|asap)|(?:anyone|someone|somebody|a doctor|a gp|a nurse|the nurse) (?:free|available|around) to see|(?:need|want|need to see) (?:a|the) (?:gp|doctor|nurse) (?:today|tomorrow|this|asap|urgently|next)', 1],
  ['(?:\\d+|six|eight|twelve) (?:week|month|year) (?:checks?|reviews?|jabs?|vaccinations?|immuni[sz]ations?|injections?)', 0.6],
  ['(?:request|ask for|get|book|arrange) (?:a )?(?:call ?back|telephone call|phone call) (?:from|with) (?:a |the )?(?:doctor|gp|nurse)|(?:option|way) to (?:request|ask for|get|book) (?:a )?call ?back|(?:let|allow) (?:us|people|patients|me) (?:to )?book|book (?:more than|further|further ahead|ahead|in advance)|(?:cant|cannot|couldnt) book', 1],
  // Being seen at all: "impossible to see", "fighting to be seen", "we're the ones who can't get in".
  ['(?:impossible|near impossible|hard|difficult) to see|(?:fighting|fight|battling|battle|begging|struggling) (?:just )?to (?:be seen|get seen)|(?:cant|cannot|couldnt) (?:ever )?get in(?! (?:touch|contact|the (?:car|door)))|(?:couldnt|could not|cant|cannot|wouldnt|wont) (?:even )?see (?:my|me|him|her|us)(?= )|(?:any )?chance of (?:seeing|getting) (?:someone|somebody|anyone|a doctor|a gp|the doctor|a nurse|in)|told (?:me |us )?to (?:ring|call|phone) back (?:tomorrow|at 8|in the morning|next week)|(?:waited|waiting|wait|sat) (?:in )?(?:\\w+ ){0,3}for (?:a|the|my|his|her) call ?back(?! from (?:the )?(?:practice )?manager)|(?:online|e|video) consultations?|(?:\\d+|two|three|four|six) weeks in advance', 1],
];
