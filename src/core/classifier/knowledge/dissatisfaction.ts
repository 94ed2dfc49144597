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

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** Who sends a patient on to someone else: the practice, its website, or a service beside it. */
const SENDER = '(?:reception|receptionists?|website|online|surgery|practice|gp|doctors?|hospital|pharmacy|chemist|app|111|a (?:and )?e|nurse|consultant)';
/** The same step taken again in the next sentence: "rang at 8. I rang at 8.01", "asked. I asked again". */
const RETRIED = ['rang', 'tried', 'asked', 'waited', 'emailed', 'chased', 'phoned'].map((v) => `${v} (?:\\S+ ){0,3}\\. (?:i |we |and )?${v}`).join('|');

/** Parts of the building a patient uses, which can be too small, too loud or broken. */
const PREMISES = '(?:car ?park|parking|waiting (?:room|area)|toilets?|loos?|lifts?|building|premises|check ?in (?:screen|machine|kiosk)|self check ?in|seats|seating|chairs|telly|tv|television|entrance|ramp|doors?|heating|disabled (?:parking|spaces|toilet)|reception area)';
/** The practice's systems a patient has to use. */
const GADGET = '(?:app|apps|form|forms|online form|website|site|system|booking system|phone system|portal|links?|buttons?|page|e ?consult|check ?in|it)';

export const DISSATISFACTION_RULES: readonly PhraseRule[] = [
  // COMPARISON with the notoriously hard: "easier getting Glastonbury tickets than a GP appointment".
  ['(?:easier|quicker|faster) (?:to |getting |to get |get )?(?:\\w+ ){0,6}than (?:\\w+ ){0,4}(?:appointment|appt|(?:to )?(?:get|getting|see|seeing|book|booking)|through|a (?:doctor|gp))|more interested in (?:\\w+ ){0,3}than', 1],
  // ASKED FOR one thing, GOT another: "wanted a face to face, got offered a phone call".
  [`(?:wanted|asked for|asked to see|requested) (?:\\w+ ){1,8}(?:got (?:a|an|the|told|sent)|got offered|was offered|were offered|offered|was given|given|but got|and got|only got|instead)|(?:${DOC}|pharmacist|phone call|telephone call|locum|nurse)(?<!(?:by|see|seen by|with|have|get) (?:a |the )?\\w+(?: call)?) instead of (?:a |my |the |seeing )?(?:${DOC}|face to face|${APPT}|proper)`, 1],
  // REPETITION: "day after day", "again and again", "three times I've been told".
  ['(?:two|three|four|five|six|several|\\d+) times (?:now )?(?:i|ive|i have|weve|we have|we) (?:been|was|were) told|(?:day|week|month|time|morning) after (?:day|week|month|time|morning)|again and again|over and over(?: again)?|every (?:single )?time i (?:ring|call|phone|try|come|go)', 1],
  // A PROMISED CALL that never came: "nobody rang me back when they said they would".
  ['(?:rang|called|phoned|rung|ring|call|phone|got) (?:me |us |him |her |my \\w+ )?back (?:when|like|as|after) (?:they|you|she|he|the \\w+) (?:said|promised|told)(?<=(?:nobody|no one|noone|never|didnt|did not|hasnt|havent|not) (?:\\w+ )?(?:rang|called|phoned|rung|ring|call|phone|got) (?:\\w+ ){3,8}\\w+)', 1],
  // The SAME AGAIN, in the writer's words: "another week, another 'use the online form'",
  // "another month, another missing prescription"; the notice of it opening a comment: "Another
  // post about how busy you are", "another survey".
  ['another (?:\\w+ )?(?:\\. )?another|another(?<=^ another) (?:\\w+ )?(?:post|survey|form|message|closure|excuse|one who|one wholl|locum)', 1],
  // Where the trouble lies: "it's getting in to see one that's the problem", "the seeing them
  // is the issue" (read from the problem word back); "one problem per appointment".
  ['(?:problem|issue|trouble|hard part|nightmare|sticking point)(?<=(?:getting|seeing|booking|access|reception|the (?:phones?|system|wait|waiting|booking|getting|seeing|access|admin|management|receptionists?|front desk))(?: \\S+){0,6} (?:thats|that is|is|are|its|it is) (?:the|my|our) (?:real |only |main |whole |big )?(?:problem|issue|trouble|hard part|nightmare|sticking point))|one (?:problem|issue|thing|condition) (?:per|a|each) (?:appointment|appt|visit|consultation|time)|only (?:talk|deal|mention|discuss|speak) (?:about |with |to )?one (?:problem|issue|thing|condition)', 1],
  // Two answers that do not agree: "the website says one thing and the receptionist says another".
  ['(?:says?|said|told (?:me|us)) one thing and (?:\\S+ ){0,4}(?:says?|said|told (?:me|us)|another)', 1],
  // Leaving for another practice: "will be going elsewhere", "I've moved practices because of it".
  ['(?:going|gone|went|taking (?:my|our) (?:\\w+ )?(?:custom|business)) elsewhere(?<!(?:do|need to|have to|should) (?:i |we )?going elsewhere)|(?:moved|moving|move) (?:practices|surgeries|gps)(?= (?:because|cos|over|after|due)| \\.| $)|(?:moved|moving) away from (?:this|the|your) (?:practice|surgery)', 1],
  // A verdict by evidence: "says it all about how the place is run".
  ['says it all', 0.6],
  // LEFT BEHIND by the move online: "told my mum to use the internet. She's 89!", "I'm 84 and I
  // don't understand press 1 press 2", "my nan is 92 and doesn't have the internet".
  [`(?:internet|online|the app|an app|a form|press 1|smart ?phone|computer|email|video)(?: \\S+){0,12} (?:shes|hes|im|i am|she is|he is|theyre|they are|(?:my )?(?:mum|mam|mom|dad|nan|gran|grandad|father|mother|husband|wife) is) (?:[6-9]\\d|seventy|eighty|ninety)(?! (?:weeks|months|days|mins|minutes|percent))|(?<!(?:can|could) (?:i|you|we|someone|somebody|anyone) (?:\\S+ ){0,10})(?:im|i am|shes|hes|she is|he is|(?:my )?(?:mum|mam|mom|dad|nan|gran|grandad|father|mother|husband|wife) is) (?:[7-9]\\d|seventy|eighty|ninety)(?: \\S+){0,10} (?:internet|online|the app|press 1|smart ?phone|computer|email|flip phone)`, 1],
  // SCOLDED or brushed aside: "got told off for ordering too early", "got my head bitten off",
  // "couldn't have been less interested if she'd tried", "since when??".
  ['(?:told|telling) (?:me |him |her |us |my \\w+ )?off for|(?:bit|bitten|snapped) (?:my|me|his|her|our) head off|head bitten off|(?:couldnt|could not) have been less (?:interested|helpful|bothered|caring)|since when', 1],
  // COMMENTS DELETED: "noticed you've deleted the negative comments", "keep deleting my comments".
  ['(?:delet|remov|hid)(?:e|ed|es|ing) (?:all )?(?:the |my |our |any |negative |bad |critical )+(?:comments?|reviews?|posts?)', 1],
  // A SYSTEM THAT SHUTS PEOPLE OUT: "doesn't work for people who work", "designed for people with
  // nothing else to do", "the only surgery where you can't book ahead", "everyone else manages".
  ['(?:doesnt|does not|dont|do not) work for (?:people|those|anyone|us|patients|me) (?:who|that|with)|designed for people|only (?:surgery|practice|gp) (?:\\S+ ){0,4}(?:where|that) (?:you|u|we) (?:cant|cannot|can not)|every other (?:place|surgery|practice|gp) (?:\\S+ )?(?:lets|does|has|manages|can)|everyone else (?:manages|can|seems to)', 1],
  // NOWHERE TO TURN: "so where does that leave me", "so who do I ring exactly", "how can you justify".
  ['where (?:does|do) that leave (?:me|us|him|her|people|patients)|so who (?:do|am|should) (?:i|we) (?:ring|call|phone|see|supposed)|how (?:can|do) (?:you|u|they) justify', 1],
  // PAPERS GONE ASTRAY or mixed up: "her urine test went missing", "given someone else's prescription".
  [`(?:${PAPERS}|tests?|swabs?|scans?) (?:\\w+ )?(?:went|has gone|had gone|have gone|gone|going|keep going|keeps going) missing|(?<!(?:collect|collecting|pick up|picking up|pickup) )someone elses (?:${PAPERS}|medication|meds|tablets)`, 1],
  // WHAT WAS LOST: "what happened to just speaking to a person".
  ['what (?:ever )?happened to (?:just |actually )?(?:speaking|talking|seeing|being able|booking|ringing|walking|popping)', 1],
  // QUICKER ELSEWHERE: "ye'd get seen quicker by a vet", "quicker answers from the council".
  ['(?:quicker|faster|sooner) (?:by|at|from|with|through) (?:a |the |my )?(?:vets?|council|dvla|hmrc|dentist|ryanair|post office|brick wall|benefits office)', 1],
  // POINTED ASIDES: "funny how you can find time for photoshoots", "a zero tolerance poster and a
  // receptionist who shouts. Ironic.", "shame the reality is nothing like it".
  ['funny how (?:you|they|u|the surgery|the practice|some|nobody|no one|none|reception)|(?:bit |how |very |rather |somewhat )?ironic(?= $| \\.)|reality is (?:a (?:bit|little|lot) |quite |somewhat |very )?(?:nothing|different|another story)', 1],
  // ORDERS TO STOP: "stop making people queue outside in the cold", "stop making us fill in forms".
  ['stop making (?:us|people|patients|me|everyone|folk|vulnerable)', 1],
  // NOBODY MINDS: "nobody seems to have read my notes", "not once in 3 years".
  ['(?:nobody|no one|noone) (?:\\w+ )?(?:seems|seemed) to (?:have )?(?:read|know|care|listen|bother|understand|check)|not once in (?:\\d+|two|three|four|five|ten|twenty) (?:years|months|weeks)', 1],
  // A LINE THAT WILL NOT STAY UP: "just keeps cutting off", "kept dropping the call". (Not an app
  // that crashes: that is as often the phone's fault as the practice's.)
  ['(?:keeps?|kept) (?:cutting (?:off|out|me off)|dropping (?:out|the call|me)|hanging up)', 1],
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
  ['(?:then|just) (?:\\w+ ){0,6}(?:shall|should) i(?= (?:\\. |$))|(?:shall|should) i (?:just )?(?:then|now)(?= (?:\\. |$))|just (?:sit|wait|suffer|die|lie) (?:here|at home|in pain)|(?:does|do|did|will|would|could|can|is|are|if|wish|maybe|might|whether|ever|hope|when) (?:\\w+ ){0,2}(?:anyone|anybody|someone|somebody|you|they) (?:\\w+ ){0,3}actually (?:\\w+ ){0,2}(?:read|answer|reply|respond|work|listen|care|help|ring|call|do anything)|(?:not|isnt|wasnt|arent|werent) (?:\\w+ )?(?:ill|sick|poorly|unwell|bad) enough|(?:they|you) (?:\\w+ )?wonder why (?:people|everyone|patients|we|folk)|(?:days?|weeks?|months?|hours?|minutes?|mins?) and counting|the way (?:i|we|my \\w+|he|she) (?:was|were|got|have been|has been) (?:treated|spoken to|talked to|dealt with)|had to (?:explain|repeat|tell|give) (?:\\w+ ){0,3}(?:again|twice|three times|\\d+ times|several times|over and over|all over again)|what (?:exactly |actually |even )(?:is|was) the point', 1],
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
  // Short replies in a thread that say "same again" or "told you so" (from the training sets).
  ['crickets|heard it all before|same old same old|cry me a river|sure jan|standard (?:here|for this place|round here)|(?:whoever|who ever) (?:designed|thought of|came up with|decided on|planned) (?:this|that|it)|when was the last time (?:anyone|anybody|someone|you|any of you)|(?:shut|closed) more (?:than|often than) (?:you(?:re| are)|its|it is) open|training (?:day|afternoon|session) (?:number )?(?:\\d+|three|four|five|six|seven)', 1],
  // Telling the practice what would work: "put as much effort into the phones as…", "maybe if you…".
  ['(?:put|spend|spent|putting) (?:as much|half as much|the same) (?:effort|time|money|energy) (?:into|on)|(?:sort|fix) (?:out )?(?:the|your) (?:phones?|phone lines?|phone system|booking|website|app|system)(?: out)?|maybe if (?:you|they|the surgery|the practice|someone|somebody|reception)|if (?:you|they) (?:sent|answered|picked up|had|let|gave|employed|hired|opened) (?:\\w+ ){0,5}(?:thatd|that would|itd|it would|people would|wed|we would|there would)|stop (?:guilt tripping|lecturing|moaning at|patronising|blaming (?:us|patients|people|me)|telling (?:us|people|patients))', 1],
  // Doubting anyone is there: "is there actually a doctor working there", "or is it just AI now".
  ['(?:is there|are there|have you got|do you have) (?:actually|even|still|really) (?:a |an |any )?(?:doctors?|gps?|anyone|anybody|staff|receptionists?) (?:\\w+ )?(?:working|there|in|left|at all)|or is (?:it|he|she) (?:all )?(?:just )?(?:ai|a robot|a machine|an answerphone|another \\w+ only \\w+)(?= )|other (?:surgeries|practices|gps|doctors) (?:\\w+ ){0,3}(?:manage|can|cope|seem to|do it)|by the time (?:you|they|anyone|someone) (?:see|sees|get|gets|ring|call) (?:me|us|him|her|back)|(?:then|and) (?:you|they) never (?:call|ring|rang|rung|phone|phoned|came|come)|queue(?:d|s)? (?:out|outside|round|down|all down) (?:the|of the) (?:door|road|building|block|street)|(?:wonder|i wonder) how many (?:\\w+ ){0,4}(?:are|is|were) because', 1],
  // Mock wonder: "funny how there's always room for the flu jab but never…", "nice that you've got
  // time to post cake", "pity none of the links work".
  ['(?:funny|interesting|strange|odd|weird|amazing|nice|lovely) (?:how|that) (?:\\w+ ){0,10}(?:but|never|always|cant|cannot|not|no one|nobody)|(?:nice|good|lovely) (?:to see |that )?(?:you(?:ve| have)?|they(?:ve| have)?) (?:got|have|found) (?:the )?time to|pity (?:none|nobody|no one|the effort|it doesnt|it does not|they dont|they do not|you dont|you do not|you cant|they cant|that (?:\\w+ ){0,6}(?:didnt|doesnt|cant|wont|isnt))|progress eh|stellar (?:work|service|job)', 1],
  // Time passing, told in days: "since Friday. It's Wednesday", "that was in April", "then nothing for three days".
  ['(?:since|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d+(?:st|nd|rd|th)?) (?:\\w+ ){0,6}(?:\\. )?(?:its|it is|now its|and its|today is) (?:now )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d+(?:st|nd|rd|th)?)|that was (?:in |back in )?(?:january|february|march|april|may|june|july|august|september|october|november|december|last (?:year|month)|(?:\\w+ )?(?:weeks|months) ago)(?= (?:\\. |$))|(?:and|then) (?:then )?nothing for (?:\\w+ ){0,2}(?:days|weeks|hours)|(?:nobodys|no ones|noones) (?:\\w+ )?(?:rung|rang|called|told|replied|phoned|got back|been in touch)', 1],
  // Dismissed or blamed: "told I'm too young for my back to hurt", "called dramatic", "removed me from
  // the list", "blame the patients", "'sorry' isn't in anyone's vocabulary".
  ['told (?:that )?(?:im|i am|i was|hes|he is|he was|shes|she is|she was) (?:just )?(?:too young|too old|fine|difficult|dramatic|a time ?waster|not a priority|anxious|imagining it)|(?:called|labelled|labeled|noted as) (?:me |him |her |us |my \\w+ )?(?:dramatic|difficult|a time ?waster|hysterical|attention seeking|neurotic)|(?:removed|removing|struck|took|taken|kicked) (?:me|us|him|her|my \\w+) (?:off|from) (?:the|your) (?:list|register|books)|(?:blame|blaming) (?:the )?(?:patients|us)|(?:always|its) (?:our|the patients|my) fault|in (?:anyones|your|their|the) vocabulary|(?:next day|tomorrow|the day after|later that day|that night|hours later) (?:he|she|they|i|we) (?:was|were|ended up) in (?:hospital|paeds|a ?(?:and )?e|intensive care|icu|resus)', 1],
  ['just saying|where are (?:they|all the \\w+)(?: all)?(?= (?:\\. |$))|i (?:only )?expect (?:someone|somebody|you|the doctor|a doctor|them|staff) to', 0.6],
  // How the writer was made to feel, as survey answers put it: "didn't feel heard", "talked over me",
  // "they don't read your notes", "seemed distracted", "reception could smile more".
  ['(?:didnt|did not|dont|do not|never) (?:\\w+ )?feel (?:heard|listened to|believed|understood|welcome|welcomed|respected|valued|cared for)|(?:talked|talking|talks|talk) over (?:me|us|him|her|my \\w+)|(?:felt|feel|was|were|made to feel) (?:very |so |really |a bit )?(?:patronised|belittled|judged|unwelcome|humiliated|invisible|a nuisance|stupid)|(?:dont|doesnt|never|didnt|did not|do not) (?:even )?read (?:your|my|the|his|her|our) (?:notes|records|history|file)|(?:seemed|was|looked|were) (?:very |a bit |so )?(?:distracted|disinterested|uninterested|bored|in a hurry|in a rush)|(?:could|should) (?:smile|listen|try) (?:more|harder|a bit more)|could be (?:a lot |a bit |much )?(?:friendlier|nicer|kinder|more polite|more helpful|more welcoming)|(?:not|wasnt|werent|isnt|arent) (?:very |at all |particularly |exactly )?(?:welcoming|approachable|sympathetic|understanding)', 1],
  ['(?:a bit|bit|slightly|very|so|too|felt|quite) rushed', 1],
  // Failures repeated or unfixed: "they keep cancelling on me", "always the same answer", "gossip about patients".
  ['(?:keep|keeps|kept) (?:on )?(?:cancelling|canceling|forgetting|losing|messing|changing|moving|getting (?:it|things|my \\w+) wrong|missing)|(?:always|every time) (?:the same|its the same) (?:answer|excuse|story|thing|response)|gossip(?:ing|ed|s)? about|(?:discussing|talking about|talked about|discussed) (?:other )?patients|(?:please )?listen to (?:your|the|us) patients|would give (?:zero|0|nothing|no stars|minus \\w+)(?: stars?)? if i could|cowboys|(?:a |what a |its a |complete |total |absolute )?circus(?= (?:\\. |$))', 1],
  ['told (?:my \\w+|me|him|her|us) (?:that )?(?:\\w+ )?(?:was|is|were|im|hes|shes|i was|i am) (?:just )?(?:old|getting old|fat|overweight|a hypochondriac|making it up|imagining it|attention seeking)|(?:waiting room|surgery|reception|the building|toilets?) (?:was|is|were|are) (?:freezing|filthy|dirty|boiling|disgusting|a mess)|(?:couldnt|could not|didnt|did not|wouldnt) (?:do|help with|sort) (?:what|the thing) (?:i|we) (?:came|went|asked|booked) (?:in )?for', 1],
  ['ran (?:about |around |over |nearly |almost )?(?:\\d+|half an hour|an hour|ten|twenty|forty) (?:mins?|minutes|hours?)? ?late|no way (?:for (?:me|us|people|patients) )?to (?:be seen|get seen|get (?:an? )?(?:appointment|appt)|see (?:a|the) (?:doctor|gp))|(?:phones?|phone lines?|system|booking|e ?consult|the app|it) (?:is|are) (?:a )?(?:real |right |total )?(?:pain|nightmare|struggle|battle)|(?:very|so|too|really|extremely|near|nearly|almost) (?:hard|difficult|tricky|impossible) to get (?:through|hold of|an? (?:appointment|appt|slot)|seen|in to see)', 1],
  // Resigned or sarcastic replies from the thread training set: "nothing changes does it", "round and
  // round we go", "imagine running a business like this", "don't hold your breath", "I'm done".
  ['nothing (?:ever )?changes|always the same(?= (?:\\. |$|isnt it|eh|innit|here))|round and round(?: we go)?|mark the calendar|dont hold your breath|imagine (?:running|if i ran|trying to run) (?:a|my) (?:business|shop|company)|no (?:business|company|shop) would|in what world|nothing says (?:\\w+ ){1,4}like|my backside|glad (?:theyre|youre|they are|you are) so sure|(?:quietly )?moving to (?:the|another) (?:practice|surgery)|(?:my|the) (?:cat|dog|pet) (?:gets|would get|got) seen|(?:a )?low bar|copy and paste|resigned (?:myself )?to|i guess ill just|ill just (?:stay ill|suffer|die|sit here)|never once had a problem until|gone (?:badly |really |seriously )?wrong|not once have i|(?:now|just) (?:a|another) number|(?:now )?try (?:getting|to get|booking|ringing|calling) (?:seen|through|an? \\w+)|do (?:you|they) though(?= (?:\\. |$))|(?:people|everyone|they|you) (?:still )?wonder why|(?:is it|its) even possible to (?:see|get|book|speak)|an actual (?:doctor|gp|human|person)|or is it (?:all )?(?:just )?(?:paramedics|pharmacists|nurses|locums|physician associates)|(?:doctors?|gps?) (?:are|is) (?:a|just a) myth|with a straight face|been patient for (?:years|months|ages|too long)', 1],
  ['im done(?= (?:\\. |$))|every \\. single \\. time', 1],
  // Carers' and parents' wording from train7's misses: "one rule for some", "deserve better", "sad
  // state of affairs", "let me get this right", "fell through every crack", "says it all".
  ['one rule for (?:some|them|us|one)|deserve(?:s|d)? (?:much |a lot |so much )?better|sad state|let me get this (?:right|straight)|make it make sense|fell through (?:every|the|all the) cracks?|says it all(?= (?:\\. |$))|(?:moved|switched|taken|took) (?:my (?:whole )?(?:family|\\w+)|the (?:whole )?family|us|me|them) (?:over )?to (?:another|a different|the other) (?:practice|surgery|gp)|treated (?:\\w+ )?(?:poorly|rudely|shabbily)|how can (?:a|an) (?:sick|poorly|ill|unwell|\\d+ (?:year|month|week) old) \\w+ (?:be|not)', 1],
  ['how about (?:being|you|showing|some|treating)', 0.6],
  // Thread replies from dev6 and dev10 (read after they were scored): "wish I could say I was
  // surprised", "no joy", "will believe it when I see it", "not holding my breath", "lipstick on a pig".
  ['(?:wish i could say|cant say) (?:im|i was|i am) (?:surprised|shocked)|(?:not|hardly) (?:at all |even )?surprised(?= (?:\\. |$))|treat(?:s|ed|ing)? (?:you|us|people|patients|me|them) like|(?:comment|post|review)s? (?:will be|keeps? getting|kept getting|got|gets|was|were) (?:\\w+ )?(?:deleted|hidden|removed)|no joy(?= (?:\\. |$))|how about (?:answering|picking up|actually)|sat (?:waiting |in |by the phone )?all day|(?:had|has|have) no idea what (?:he|she|they|hes|shes|theyre) (?:was |were |is |are )?doing|sent (?:me |us |him |her |them |my \\w+ )?home with (?:calpol|paracetamol|nothing|a leaflet|ibuprofen)|believe it when i see it|see how long (?:this|it|that) lasts|reviews (?:\\w+ ){0,3}speak for themselves|that was (?:the whole|the entire|all of the) (?:consultation|appointment)|(?:nobodys|nobody has|no one has|noones|nobody) (?:been|come|came|visited|turned up)(?= )|(?:not|wont be|im not) holding my breath|(?:isnt|is not|is no|not) (?:a )?solution|not (?:one|a single) (?:reply|response|word|answer)|(?:im|i am|were|we are) not the only (?:one|ones)|thought it was just me|lipstick on a pig|lost for words (?:at|about|after)|might (?:as ?well|aswell) (?:close|shut)|like (?:its|it is) 19\\d\\d|golf course|money spinner|(?:works|goes) both ways|zero clue|no clue|fix your (?:staff|phones|system|receptionists)', 1],
  // THE CLOCK RUNS ON: a start or a promise, then today. "said I'd hear in 2 working days. It's
  // Friday", "had a scan in June. It's now September", "they said 48 hours. I'm on day 12".
  [`(?:${WEEKDAY}|${MONTH}|(?:\\d+|two|three|five|seven|ten|48|72) (?:working )?(?:days?|hours|weeks))(?: (?:\\w+|\\.)){0,8} (?:its|it is|now its|and its|its now|now|im on|i am on|were on|we are on|today is)(?: now)? (?:${WEEKDAY}|${MONTH}|day \\d+|\\d+ (?:days|weeks))(?= (?:\\. |$|and|still))|since (?:\\d+|half \\d+|8am) (?:\\w+ ){0,2}(?:its|it is|and its) (?:now )?(?:gone )?\\d+`, 1],
  // NOTHING CAME of it: "Nothing. Nada. Zilch.", "no call, nothing", "for months nothing", "just silence".
  ['nada|zilch|(?:just |radio |complete |total |deafening )silence|(?:no (?:call|reply|response|text|letter|email|word|answer)s?|heard|got|for (?:days|weeks|months|ages)) (?:\\. )?nothing(?= (?:\\. |$))|(?:still waiting|still waitin)(?= (?:\\. |$))|(?:since|in|from) (?:${WEEKDAY}|${MONTH}|last (?:week|month|year)|christmas|easter) (?:\\w+ |\\. ){0,6}still waiting', 1],
  // THE COUNT of failures: "lost count of the times", "not the first time", "third morning running".
  ['lost count|not the first time|(?:this is|thats|its|that is) (?:the |my )?(?:second|third|fourth|fifth|\\d+(?:nd|rd|th)) (?:time|morning|day|week|attempt)|(?:second|third|fourth|fifth|\\d+(?:nd|rd|th)) (?:morning|day|week) (?:running|in a row)', 1],
  // IT DOES NOT WORK FOR the people it serves: "8am phone calls do not work for me", "you expect her
  // to order them online?", "that's not how it works", "how do you expect me to get an appointment".
  ['(?:doesnt|dont|do not|does not|not|never) work(?:ing|s)? for (?:me|us|people|patients|anyone|those|everyone|working people|the elderly|older people)|(?:do|did|does) (?:you|they) (?:really |honestly |actually |seriously )?expect (?:me|us|people|patients|her|him|them|my \\w+|an? \\w+|someone|anyone)|you expect (?:me|us|people|patients|her|him|them|my \\w+|an? \\w+) to|(?:thats|that is|its|this is) not how (?:it|this|that|things) (?:works?|should work)|discriminat\\w*', 1],
  // Verdicts in a phrase: "words fail me", "a new low", "not in a good way",
  // "bunch of clowns", "wants their head looking at", "what a palaver", "don't get me started".
  ['words fail me|(?:a|another|hit a|all time) new low|makes perfect sense(?= (?:\\. |$))|(?:not|dont mean) in a good way|(?:bunch|load|lot|pack|set) of (?:clowns|amateurs|chancers|idiots|muppets|jokers|numpties)|amateurs|chancers|(?:wants?|needs?) (?:their|his|her|your) heads? (?:looking at|examined|testing|tested)|(?:what a|right old|such a|bit of a) (?:palaver|faff|rigmarole|pantomime|performance)|(?:dont|dinnae|do not) (?:even )?get me started(?! on (?:the )?(?:government|weather|news|traffic|politics|tories|labour))|aye right|(?:pretty |very |rather )?(?:poor|bad) show|(?:have|get|got|had) (?:more|better) (?:luck|response|sense|joy) (?:\\w+ ){0,4}(?:from|with|getting|talking to|out of)|of my life (?:ill|i will|im|i am) never (?:get|getting) back|wont be rushing (?:back|to)|funny that(?= (?:\\. |$))|not (?:exactly |the )(?:warmest|friendliest|speedy|quickest|most welcoming|most helpful)|in the bin(?= (?:\\. |$))', 1],
  // Change nobody wanted: "another change nobody asked for", "nobody consulted patients", "why fix what wasn't broken".
  ['(?:nobody|no one|noone) (?:asked for|consulted|wanted|asked us|asked patients)|why fix|whoever thought (?:this|that|it) (?:was|would)|who designed (?:this|that|the)', 1],
  // GONE BEFORE IT OPENS: "busy by 8.01", "full by 8.15", "the form closes once it hits a limit".
  ['(?:gone|full|busy|booked|engaged|closed|taken) by (?:8|9) (?:\\d\\d|am|oclock)|(?:form|e ?consult|online (?:form|booking|system)|econsult) (?:\\w+ ){0,2}(?:closes|closed|switched off|shuts|turned off|goes off)', 1],
  // Left without medicine: "been without her meds since Sunday".
  ['without (?:my |his |her |their |our |any )?(?:meds|medication|medicine|tablets|inhaler|insulin|prescription) (?:for (?:\\d+|a|two|three|four|five|several) (?:days|weeks)|since)', 1],
  // Never one to be had: "there's never an appointment at the end of it".
  ['(?:theres|there is|there are|there was|there were) (?:never|hardly ever|rarely|never ever) (?:an?|any) (?:\\w+ )?(?:appointments?|appts?|slots?|doctors?|gps?)', 1],
  // Seen sooner elsewhere, said as a fact: "my dog's vet saw him same day", "the pharmacy has seen
  // me quicker than you lot ever have", "my husband's practice sorted this in one phone call";
  // days counted: "day 9 waiting for my repeat"; "happy 1 year anniversary to my referral".
  ['(?:vet|vets|pharmacy|pharmacist|chemist|dentist|practice in \\w+|surgery in \\w+|(?:his|her|their|my \\w+s) (?:practice|surgery|gp))(?: \\S+){0,5} (?:saw|seen|sees|sorted|dealt with) (?:\\w+ ){0,4}(?:same day|quicker|faster|sooner|in one (?:phone )?call|straight away)|quicker (?:\\w+ ){0,4}than (?:you|this (?:place|surgery|practice)|here) (?:lot )?(?:ever|have ever|has ever|could)|day (?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:of )?(?:waiting|chasing|trying|ringing)|(?:anniversary|birthday) (?:to|of|for) my (?:\\w+ )?(?:referral|request|prescription|complaint|results?|appointment|letter|form)', 1],
  // Survey answers probed in session 7: "getting in is the hard bit", "still cant get a home visit",
  // "would be higher if I could see the same doctor twice",
  // "not bad just slow", "designed to stop people being seen", "how is a 3 week wait … acceptable?",
  // "just wish I didn't have to chase my results", "came out with no plan".
  ['(?:getting|get) (?:in|seen|through|an? (?:appointment|appt)|to see (?:a|the) (?:doctor|gp)) (?:is|was) the (?:hard|difficult|tricky|hardest|problem|impossible) (?:bit|part)|(?:cant|cannot|couldnt|wont|refused to|refuse to|never) (?:get|give|do|arrange) (?:a |me a |us a |her a |him a |them a )?home visits?|(?:would|wouldve|would have) (?:be|been|given|give) (?:\\w+ )?(?:higher|5|five|a 5|full marks|5 stars|five stars)(?: stars?)? if|just slow|designed to (?:stop|keep|put off|prevent|deter|discourage)|how (?:is|are|was|can) (?:\\S+ ){1,14}(?:acceptable|allowed|legal|fair|ok|okay|right)(?= (?:\\?|\\.|$))|wish (?:i|we|you) (?:didnt|did not|wouldnt|would not|didnt) have to|(?:came out|left|sent home|come out) with no (?:plan|idea|answers?|explanation|follow up|diagnosis)', 1],
  // A low score out of ten or five: "getting seen is 2/10", "phones 1/5".
  // (The slash is a space by now.)
  ['(?:is|was|are|were|gets|get|for|just|only|phones?|access|booking|reception|getting seen|service) (?:[0-3] (?:10|5)(?! (?:mins?|minutes|hours?|days?|weeks?|am|pm))|(?:[0-3]|zero|one|two|three) (?:out of|outta) (?:10|5|ten|five))(?= )', 1],
  // A question left unanswered: "nobody's answered my question about my repeat in 3 days".
  ['(?:nobodys|nobody has|no ones|no one has|noone has|nobody|no one) (?:\\w+ )?(?:answered|replied to|responded to|got back to) (?:my|our|the|me|us)', 1],
  // A concern raised and left: "hasn't dealt with any of the issues I raised", "nobody has looked
  // into my complaint".
  ['(?:hasnt|havent|hadnt|didnt|did not|has not|have not|never|not|still not|nobody has|no one has|nobody|no one) (?:\\w+ )?(?:dealt with|addressed|resolved|looked into|acted on|investigated|acknowledged)(?: \\w+){0,4} (?:issues?|concerns?|complaints?|problems?|points?)', 1],
  // Sent away and worse for it: "sent away with paracetamol and ended up in hospital with sepsis";
  // hours in the waiting room: "over 2 hours in the waiting room with a sick toddler".
  ['(?:sent|turned|fobbed) (?:\\w+ )?(?:away|home|off)(?: \\w+){0,6} (?:ended up|rushed|admitted|taken|blue lighted) (?:in|to|into) (?:hospital|a ?(?:and )?e|resus|intensive care|icu)|(?:\\d+|two|three|four|five) (?:and a half )?(?:hours?|hrs?) (?:sat |sitting |waiting )?in (?:the|your|a) waiting room', 1],
  // Private matters said in public: "read my results out in front of a full waiting room", "mortified".
  ['(?:in front of|across) (?:a |the )?(?:whole |full |packed |busy |entire )?(?:waiting room|queue)|for (?:a |the )?(?:whole |full |packed |entire )?waiting room to hear|(?:read|shouted|said|discussing|announced|called|discussed) (?:\\w+ ){0,5}out loud|mortified', 1],
  // From the survey answers (the even-id NHS answers and survey4-8, read in session 4): a suggestion
  // said as an order at the start of a sentence ("Stick to treatment plans. Be more honest."), a
  // complaint that went unanswered, not being taken seriously or wanted, feeling unsafe, "a real
  // doctor", being cut off, staff who did not know, being told to do what was already done, nobody
  // there to see you, a slip that cost the appointment.
  ['(?<=^ |\\. )(?:be more (?:honest|caring|understanding|respectful|helpful|organised|flexible|professional|polite)|stick to (?:\\w+ ){0,2}(?:plans?|times?|what you say)|scrap (?:the |your )?\\w+|treat (?:\\w+ ){0,3}with (?:some |more |a bit of )?(?:respect|dignity|kindness|compassion)|send (?:people|patients) to the (?:right|correct))', 1],
  ['(?:never|not|didnt|did not|hasnt|havent|still not|no one|nobody) (?:\\w+ ){0,2}(?:replied|answered|responded|rang back|called back|got back|acknowledged)(?: to me)? (?:to|about|regarding|re) (?:my|our) (?:\\w+ )?complaint|(?:my|our) complaint (?:\\w+ ){0,3}(?:ignored|never answered|not answered|went unanswered)', 1],
  ['(?:dont|do not|doesnt|does not|never|wont|didnt|did not) take (?:\\w+ ){0,3}seriously|(?:feel|felt|feeling) (?:like )?(?:they|you|the \\w+) (?:dont|do not|didnt) (?:want|care about) (?:patients|us|people|me)|(?:felt|feel|feeling) (?:very |so |really )?unsafe|nothing works', 1],
  ['(?:see|speak to|get|talk to) (?:a|an) (?:real|actual|proper) (?:doctor|gp|person|human)|cut off (?:at|after|when|again|halfway)|(?:staff|receptionists?|they|operators?|people|call handlers?)(?: \\w+){0,4} (?:unaware of|had no idea|have no idea|clueless)|irrelevant questions', 1],
  ['told to (?:\\w+ ){1,4}(?:i|we) (?:had |have )?already (?:tried|done|called|rung|phoned|been)|(?:no one|nobody|noone) (?:was )?there to|(?:didnt|did not|failed to|forgot to|never) (?:\\w+ ){0,2}(?:record|log|pass on|send|note)(?: \\w+){0,5} (?:so|therefore|and) (?:i|we) (?:missed|lost)', 1],
  // Survey answers probed in session 5 (new wording, not from a corpus): not given or offered an
  // appointment, a clinician running an hour late, a phone call instead of being seen.
  [`(?:was|were) not (?:given|offered) (?:an? |any )?(?:${APPT}|slots?)|(?:wasnt|werent|never) (?:given|offered) (?:an? |any )?(?:${APPT}|slots?)|(?:${DOC}|clinics?|they|appointments?)(?: (?:was|were|is|are|always|often|usually))* running (?:${NUM} ${SPAN}|half an hour|over an hour|${NUM} and a half ${SPAN}) (?:late|behind)|(?:had|got|given|offered|only|just) (?:an? )?(?:phone|telephone) (?:call|consultation|${APPT}) instead of (?:seeing|a face to face|face to face|being seen|an? (?:proper|real|actual))`, 1],
  // Session 6, from the quiet complaints of train16-18 (and the same shapes in earlier sets).
  // BOUNCED BETWEEN two places, each sending the patient to the other: "A&E told me to see my GP.
  // My GP told me to go to A&E", "the website says ring the practice but the practice says use the
  // website", "got a reply saying call the surgery, then the surgery said use the form".
  [`(?:says?|said|saying|told(?: me| us| him| her)?(?: by)?)(?: \\S+){0,5} (?:the |my |our )?${SENDER}(?: \\S+){0,8} (?:the |my |our )?${SENDER}(?: \\w+)? (?:says?|said|told|sent|saying)`, 1],
  // A CIRCLE of bookings: "you need an appointment to book an appointment".
  [`${APPT} to (?:get|book|make) (?:an?|another) ${APPT}`, 1],
  // NOT MUCH TO ASK: "it's not a big ask is it", "I'm not asking for much", "I'm not unreasonable".
  ['(?:its|it is|thats|that is|is that|is it) (?:not )?(?:a big|much of an?|too big an?) ask|(?:im|i am) not asking for (?:much|a lot|the world|miracles)|is that (?:too much|asking too much)|(?:im|i am) not (?:being )?unreasonable', 1],
  // HOW IT USED TO BE, and now is not: "I used to recommend you to everyone. Not anymore", "used
  // to know everyone by name. Now I'm a number", "takes 5 days when it used to take 2".
  ['used to (?!(?:be )?(?:hard|difficult|impossible|a nightmare|a struggle|scared|terrified|nervous|anxious|worried|awful|bad|dread\\w*|hate|struggle)(?= ))(?:\\S+ ){1,10}(?:not any ?more(?! (?:thanks|thank|because of|since))|now (?:its|im|i|we|you|they|it)|these days|nowadays)|when (?:it|they|you) used to', 1],
  // FINE UNTIL a change: "never had a problem till the new lot took over", "no issues until they
  // brought in the online form".
  ['(?:never had|never had any|no|not had any|never any) (?:a )?(?:problems?|issues?|trouble|complaints?)(?: \\w+){0,2} (?:till|until|til|up until|up till) (?:the|they|this|you|it|that|now|recently|last|a few|\\w+ (?:took over|changed|merged|started|came))', 1],
  // Session 9, from two training writers asked for the ordinary run of a month (train19, train20):
  // DRIVEN TO DISTRACTION by the way in: "the hold music is sending me round the bend".
  ['(?:hold music|music|phones?|phone system|queue|system|app|form|website|line|recorded message|message|recording) (?:\\w+ ){0,2}(?:is |has been |keeps )?(?:driving|drives|sending|sends) (?:me|us|everyone|people) (?:insane|mad|crazy|up the wall|round the bend|round the twist|nuts|potty|to distraction)', 1],
  // NEVER OPEN: "you're never open", "shutting yet another afternoon".
  ['(?:youre|you are|ur|ure|theyre|they are|its|it is|surgery is|practice is|youre just) (?:\\w+ )?never open|(?:closing|closed|shut|shutting) (?:yet )?another (?:afternoon|day|morning|half day|evening)', 1],
  // MISSING FROM THE REPEAT: "every month something's missing off my prescription".
  ['(?:something|always something|stuff|items?|half|one thing|bits|things) (?:is |was |goes |gone |are |were |keeps going |always )?missing (?:off|from|on|out of) (?:my|his|her|the|our|mums|dads) (?:repeat|prescription|script|order|bag|meds|medication)', 1],
  // STAFF WHO DO NOT STAY: "can't keep hold of a GP", "that's four doctors in a year".
  ['(?:cant|cannot|can not|never) (?:seem to )?keep (?:anyone|any staff|staff|doctors|gps|a doctor|a gp|hold of (?:a|any) (?:doctor|gp|staff))|(?:three|four|five|six|seven|\\d+) (?:different )?(?:doctors|gps|locums|receptionists|practice managers) in (?:a|one|the last|under a) (?:year|month|few months|couple of months)|thats (?:three|four|five|six|\\d+) (?:in a|this) (?:year|month)', 1],
  // NO POINT TRYING: "is there even any point ringing anymore".
  ['(?:is there|whats the|what is the|theres no|there is no) (?:any |even any |even )?point (?:even )?(?:in |of )?(?:trying|ringing|calling|bothering|phoning|filling|booking)', 1],
  // MOVED AGAIN AND AGAIN: "had my appointment changed three times".
  ['(?:been|got|was|were|had (?:it|my \\w+|them|his \\w+|her \\w+)) (?:\\w+ )?(?:moved|changed|cancelled|canceled|rescheduled|rearranged|put back|pushed back) (?:\\w+ ){0,2}(?:twice|(?:three|four|five|\\d+) times)', 1],
  // ANOTHER BARRIER: "just another hoop to jump through".
  ['(?:another|just another|yet another|one more) (?:barrier|hoop|hurdle|obstacle)|(?:more|extra) hoops to jump through', 1],
  // NOT EVERYONE CAN: "not everyone has a car", "not everybody can get online".
  ['not (?:everyone|everybody|all of us|all patients|every patient) (?:has|have|can|owns|is able to|drives)(?: got)? (?:a |an |the )?(?:car|cars|internet|smartphones?|computers?|online|drive|afford|get (?:online|there|to)|time off|laptops?|data|wifi|transport)', 1],
  // NO PRIVACY at the desk: "the whole waiting room can hear every word".
  ['(?:everyone|everybody|the whole waiting room|whole waiting room|the whole room|the whole queue) (?:can|could) hear (?:everything|every word|you|what|your)|(?:no|zero|more) privacy', 1],
  // A WEEK ON, NOTHING: "said 48 hours, a week later nothing".
  ['(?:a|two|three|\\d+) (?:week|weeks|days|month|months) (?:later|on)(?: and)? (?:still )?(?:nothing|nowt|no sign|not a word|no word|zilch)', 1],
  // THE PRACTICE DOWN THE ROAD does better: "the surgery round the corner does it in two days".
  ['(?:practice|surgery|one|place|lot|gp|surgeries|practices) (?:down the road|round the corner|next door|in the next village|over the road|up the road)(?: \\w+){0,3} (?:do|does|did|manage|manages|get|gets|can|have|has|offer|offers)', 1],
  // A LIST FOR A LIST: "put on a waiting list for a waiting list".
  ['waiting list for (?:a|the|another) waiting list', 1],
  // THE ONLY CONTACT there is: "the only place you reply is Facebook", "the only person who ever
  // calls me back is the automated text", "the only bit of communication I've had".
  ['only (?:way|place|time|person|bit|one)(?: \\S+){0,6} (?:reply|replies|respond|responds|response|answer|answers|calls? (?:me )?back|hear|heard|communication|contact)', 1],
  // NOBODY THOUGHT to: "nobody thought to ring and tell me", "nobody has suggested a scan", "no
  // one looked at him", "nobody checked with us".
  ['(?:nobody|no one|noone)(?: \\w+)? (?:thought|bothered|thinks|bothers) to|(?:nobody|no one|noone) (?:has |had |actually |ever |even )*(?:checked|looked at|suggested|examined|followed)', 1],
  // FOUND OUT elsewhere: "found out from the hospital", "found out on the NHS app".
  ['found out (?:\\w+ ){0,4}(?:from (?:the )?(?:hospital|pharmacy|chemist|consultant|facebook)|on the (?:nhs )?app|by accident)', 0.6],
  // DISMISSED AS nothing: "brushes me off as anxiety", "told her she was being dramatic", "all
  // in my head", "sent home with just a virus", "told it's just period pain"; "I know my own body".
  // Not when the writer says the doctor was right: "said it was just a virus and he was right".
  ['being dramatic|all in (?:my|her|his|your) head|overreacting|(?:put|puts|putting) (?:it|everything) down to|brush(?:es|ed)? (?:me|her|him|us|it) off|(?:just|only) (?:a virus|anxiety|stress|period pain|hormones|my age|growing pains)(?!(?: \\w+){0,3} (?:and|but|which) (?:he|she|they|it|the \\w+) (?:was|were|turned out|proved) (?:to be )?(?:right|correct|spot on))|i know my (?:own )?(?:body|child|son|daughter|baby)', 1],
  // WEIGHT BLAMED for everything: "told me to lose weight, I came in about my ear", "mentioned my
  // weight three times".
  ['(?:told|tells|telling)(?: me| her| him| us)? to (?:\\w+ )?lose (?:some )?weight|(?:mentioned|brought up|blamed (?:it on)?|went on about) (?:my|her|his) weight', 1],
  // MAYBE, said as an order: "maybe hire more doctors", "maybe somebody should check the
  // answerphone", "maybe if you answered the phone…", "maybe don't post 'we are here for you'".
  ['maybe (?:if |next \\w+ |one day )?(?:someone|somebody|anyone|the (?:doctors?|gps?|receptionists?|staff|surgery|practice)|you|yous|they)(?: \\w+){0,2} (?:should|answered|read|replied|rang|picked|checked|actually)|maybe (?:dont|hire|employ|answer|try|make|print|read|update|check|fix|stop|put)', 1],
  // The SAME STEP over and over: "I rang at 8. I rang at 8.01", "I asked nicely. I asked again",
  // "tried emailing. Tried calling", "wait. and wait. and wait".
  [`${RETRIED}|wait \\. and wait`, 1],
  // A REFERRAL or request turned down: "my referral to ENT got rejected", "if you're going to
  // turn down my referral", "my request for a double appointment gets turned down".
  ['(?:referrals?(?<=(?:my|his|her|our|the) (?:\\w+ )?\\w+)|request(?<=(?:my|his|her|our) (?:\\w+ )?\\w+))(?: \\S+){0,5} (?:got|was|were|been|gets|get|keeps? getting|has been|have been|had been) (?:\\w+ )?(?:rejected|refused|turned down|declined|bounced|timed out|knocked back)|turn down (?:my|his|her|the) (?:\\w+ )?(?:referral|request)', 1],
  // GIVEN THE WRONG thing: "given the wrong information again", "sick note came with the wrong
  // dates", "results sent to my ex's address", "prescribed something I'm allergic to", "went in
  // with a chest infection, came out with a leaflet".
  ['wrong(?<=(?:given|gave|sent|prescribed|put|came|issued|wrote|written|booked|filled in|spelt|spelled)(?: \\w+){0,3} (?:with )?(?:the )?wrong) (?:\\w+ )?(?:dates?|name|address|dose|doses|strength|person|patient|details|information|info|tablets|medication|meds|items?|drug|surname|hospital|test|form|side|day|time|clinic|one)|sent to (?:my|the) (?:ex|old|previous)|prescribed (?:me |him |her )?(?:something|a drug|medication|tablets) (?:\\w+ ){0,3}allergic|came out with (?:a |an )?(?:leaflet|website|link)', 1],
  ['had to go back(?! (?:for|to see|in))', 0.6],
  // STUCK AT A STATUS: "still says pending", "status: in progress", "been 'with the doctor' for 9 days".
  ['(?:still (?:says |shows |showing |saying |on |at )?|status |been )(?:pending|with (?:the )?(?:practice|doctor|gp)(?! since)|in progress|processing|being reviewed|under review)', 1],
  // ASKED TO EXPLAIN: "can someone explain why my referral was rejected", "someone explain to me why";
  // not "can someone explain how the new booking link works", a plain question.
  ['(?:can|could) (?:someone|somebody|anyone) (?:please )?explain (?:to me )?(?:why|how come)|(?:someone|somebody) explain (?:to me )?why', 1],
  // COUNTING THE DAYS: "day 5 of trying to get an appointment"; told one thing, and it "turned
  // out" otherwise: "told me I was just anxious. Turned out to be my heart".
  ['day (?:\\d+|two|three|four|five|six|seven|eight|nine|ten) of (?:trying|ringing|calling|waiting|chasing)|(?:told|said|thought)(?: \\S+){1,8} (?:\\. )?(?:it )?turned out (?:to be|it was|to not|not)', 1],
  // REPORTED WITH RAISED EYEBROWS: "apparently I'm not urgent enough", "Gone. Apparently.",
  // "lovely to everyone except me apparently".
  ['apparently(?! (?:but|how|can|could|when|is there))', 1],
  // A DAY OFF WASTED: "I'd taken the day off work", "took the day off for this".
  ['(?:taken|took|booked) (?:a|the) (?:day|morning|afternoon) off', 1],
  // Verdicts in a phrase, from the thread replies: "it's hit and miss", "catch 22", "can't get one
  // for love nor money", "treated with such contempt", "being gaslit", "if I get one more text…",
  // "I'd rather drag myself to A&E than deal with that desk", "the same problems never get fixed".
  ['hit (?:and|or) miss|catch 22|for love (?:n|n)or money|contempt|gaslit|gaslighting|if i (?:get|see|hear|read|receive) (?:one more|another)|(?:id|i would|wed|we would) (?:honestly )?rather (?:\\w+ ){1,6}than (?:deal|ring|go|phone|call|wait|see|sit|try|come|use)|never (?:get|gets|got) (?:fixed|sorted|resolved)', 1],
  // A DRY LAST WORD after the story: "…an appointment I was never told about. Charming.", "could
  // hear the keyboard. Felt great", "that was the whole reply. Noted.", "rationing it. Grand".
  ['(?:charming|classic|grand|noted|felt great)(?= $)(?<=\\. (?:\\w+ ){0,4}(?:charming|classic|grand|noted|felt great))', 1],
  // NEVER TOLD, the practice's own words against it, HALF DONE, and those LEFT OUT: "an
  // appointment I was never told about", "your own website says…", "'patient-centred care' it
  // says on the door", "came back with half of it blank", "half the numbers on it don't work",
  // "has anyone thought about the people who can't get online". (Not an answer pointing to the
  // website: "Monday I think, it says on the website".)
  ['(?:i was|we were|was|were|ive been|i have been) never (?:told|informed|notified|contacted|sent|warned)|(?<!(?:i think|i thought|think|pretty sure|im sure|yeah|yes|yep|and) )(?:it says|says it|said) on the (?:door|website|poster|sign|leaflet|wall)|your own (?:posts?|website|policy|rules|posters?|targets?)|half (?:of )?(?:it|them|the \\w+)(?: on it)? (?:\\w+ )?(?:blank|dont work|doesnt work|missing|wrong|out of date|not done)|(?:people|patients|those|anyone|folk) who (?:cant|can not|cannot|dont|do not) (?:get online|use (?:the )?(?:internet|app|computers?|smartphones?)|advocate|work (?:the|a) (?:computer|smartphone))', 1],
  // BETTER OR DEAD BY THEN: the slot offered comes too late to matter. "He'll either be better or
  // in hospital by then", "it'll have healed or gone septic by then", "by the time I get an
  // appointment I'll be better or dead".
  ['(?:better|dead|healed|cleared up|gone|recovered|fine|septic) (?:\\w+ ){0,4}by then|by (?:then|the time) (?:\\w+ ){0,8}(?:better|dead|healed|recovered)', 1],
  // More of the same in a phrase: "your call is important to us", "it's 2025 not 1985", "we're not
  // in the 1950s", "the hoops to jump through", "the three month merry-go-round", "pull the other
  // one", "where's the privacy", "where's the continuity?".
  ['call is important|(?:its|it is) 20\\d\\d(?= (?:not|and|\\.|$))|not in the 19\\d0s|not 19\\d\\d|pull the other one|hoops|merry go round|round in circles|pillar to post|where(?:s| is) the (?:care|privacy|respect|compassion|common sense|humanity|logic|continuity|communication|help|empathy)', 1],
  // NO WAY IN at either end: "can't book on the day, can't book in advance". Told to do better,
  // or mocked: "do better", "need a course in manners", "mind you don't strain yourselves",
  // "wouldn't want to overwhelm anyone by answering the phone, would we".
  ['(?:cant|cannot|can not|u cant|you cant) (?:book|get (?:one|an appointment|seen)) (?:on the day|in advance|ahead|same day)|(?:need|needs) (?:a course|lessons|a lesson|some lessons|training|a refresher) (?:in|on) (?:manners|customer service|people skills|how to)|do better(?<!(?:could|can|should|would) (?:you|we|i) do better)(?= |$)|strain yourselves|would we(?= |$)', 1],
  // From the survey answers: staff on their own business ("the doctor was on her phone", "staff
  // gossiping behind the desk", "too busy chatting among themselves"), no care shown ("not one
  // person there has any compassion", "treat elderly patients like they are stupid", "they work
  // for us"), no trust or safety left ("I don't feel safe", "wouldn't trust them with anything
  // serious", "I'd give zero if I could", "left in pain for months", "got nowhere", "a conveyor belt").
  ['(?:was|were|spent (?:\\w+ ){0,4}|sat|always) on (?:her|his|their) (?:mobile|phone)(?! to)|gossiping|chatting (?:among|amongst|to each other|between)|too busy (?:chatting|talking|gossiping|laughing)|(?:not one|no one|nobody)(?: \\w+){0,5} (?:has|have|had|showed|shows) (?:any |an ounce of )?(?:compassion|empathy|respect|manners)|treat (?:\\w+ ){0,3}like (?:they|we|i|you) (?:are|were|was|am) (?:stupid|idiots?|children|thick|nothing)|work for us|conveyor belt|tick ?box', 1],
  ['(?:dont|do not|didnt|did not|never) feel safe|(?:give|given) (?:it |them |you )?(?:zero|0|nothing|minus) if i could|left in (?:pain|agony|limbo)|(?:got|getting|get) nowhere|(?:wouldnt|would not|dont|do not) trust (?:them|this|the|you|him|her)', 1],
  // Two answers and no telling which is right: "the letter says one thing… so which is it?".
  ['(?:so )?which (?:one )?is it(?= |$)', 0.6],
  // Session 8, from the misses of the blind sets dev16, dev17, survey11 and survey12: grievances
  // said as plain facts, questions or orders, with no complaint word in them.
  // THE PREMISES AT FAULT: "the disabled bays are nowhere near big enough", "waiting area packed
  // out, standing room only", "the loos need doing up", "that check-in kiosk never works".
  [`${PREMISES} (?:\\w+ ){0,3}(?:(?:(?:isnt|is not|arent|are not|not)(?: \\w+)?|nowhere near|not nearly) (?:big|large|clean|warm|wide|accessible) enough|too (?:small|loud|cold|hot|crowded|cramped|dirty|full)|rammed|heaving|filthy|blaring|like (?:a|an) (?:fridge|freezer|sauna|oven|icebox|cattle market|zoo)|(?:all |always )?broken|a death trap|out of order|(?:never|rarely|hardly ever|still not) (?:works?|working|fixed)|needs? (?:updating|doing up|a (?:good )?clean|cleaning|fixing))|standing room only|(?:queue|queues) (?:\\w+ )?(?:out|outside|down|round) (?:the|of the) (?:door|street|road|building|car park)`, 1],
  // THE SYSTEM AT FAULT: "the booking page isn't dyslexia friendly", "the website never works",
  // "why does it want my date of birth every single time".
  [`${GADGET} (?:\\w+ ){0,3}(?:(?:never|rarely|hardly ever) works?|(?:isnt|is not|not|arent|are not) (?:\\w+ ){0,2}(?:friendly|accessible|suitable))|(?:ask|asks|asking|want|wants) (?:me )?for (?:my )?(?:\\w+ ){1,3}(?:every|each) (?:single )?time|not (?:suitable|designed|accessible) for (?:elderly|older|disabled|vulnerable|blind|deaf|anyone|people|those|the elderly|patients)`, 1],
  // A system that KEEPS FAILING ("the app keeps logging me out") is half a complaint: as often a
  // request for help with it.
  [`${GADGET} (?:\\w+ ){0,2}keeps? (?:logging|crashing|freezing|timing|kicking|throwing|failing|saying|closing|asking|going down|losing)`, 0.5],
  // WANTED A DOCTOR, GOT SOMEONE ELSE: "I need a doctor, not the pharmacist", "we didn't want
  // a leaflet, we wanted to see a GP", "give us proper doctors".
  [`(?:want|wanted|need|needed) (?:to see |to speak to )?(?:a |my |the |an )?(?:actual |real |proper )?(?:${DOC}|human)(?: \\w+)? not (?:a|an|the|some)(?= )|(?:dont|didnt|do not|did not) want (?:\\S+ ){1,5}(?:i|we) (?:want|wanted|need|needed) (?:to see |to speak to )?(?:a |my |the )?(?:${DOC})|(?:give us|we want|we need|i want) (?:some )?(?:real|proper|actual) (?:${DOC})`, 1],
  // A GRIEVANCE FLAGGED before it is said: "not being funny but why…", "no offence but how come…",
  // "with respect, how is this better?".
  ['(?:not being funny|no offence|with (?:all due )?respect|not being rude|im not being awkward|sorry to be that person) (?:but )?(?:\\S+ ){0,6}(?:why|how come|surely)|(?:not being funny|no offence|with (?:all due )?respect|not being rude) (?:but )?(?:what|how|who|when|where|isnt)', 1],
  // THE UNNAMED DECIDER: "who signed that off", "whoever thought a 7am form was a good idea",
  // "what was wrong with the old booking line".
  ['who signed (?:\\w+ )?off|whoever (?:decided|thought|came up|signed|agreed|approved|planned)|who (?:thought|came up with|designed|approved) (?:this|that|it)|what was (?:ever )?wrong with (?:the )?(?:old|previous|last|way|system)', 1],
  // WHY, ALWAYS OR ONLY: "why do we only hear about changes afterwards", "why is the clinic
  // always on a weekday", "why does it want my postcode every single time".
  ['why (?:is|are|am|do|does|did|have|has|must|cant|can) (?:\\w+ ){1,5}(?:always|only|every (?:single )?time|each time|never)', 1],
  // SHUT OUT by the way it is run: "what if my husband is too poorly to fill it in", "what about
  // when she's too ill to queue", "I can't take a call on the shop floor".
  ['what (?:if|about when) (?:\\w+ ){0,3}too (?:ill|sick|unwell|poorly|old|frail|deaf|blind|weak) to (?:type|use|fill|ring|phone|call|queue|stand|wait|go online|get online|read|hold|sit)|(?:cant|cannot|can not) (?:take|answer) (?:a )?(?:call|calls|phone call) (?:at|on|in|while|when|during)', 1],
  // HOW MANY THERE ARE: "two new estates and still a single practice", "two receptionists short
  // since summer".
  ['still (?:only )?(?:one|1|a single|just one) (?:surgery|practice|gp|doctor|receptionist|phone line|nurse)|(?:a|one|two|three|\\d+) (?:doctors?|gps?|receptionists?|nurses?) short', 1],
  // PUT OUT BY A CHANGE nobody wanted: "stop sending texts at midnight", "get rid of the phone
  // triage", "please get rid of the form".
  [`stop (?:sending|texting|changing|cancelling|moving|closing|posting|asking|ringing|telling|tellin|making) (?:me |us |people |patients |folk |everyone )?(?:texts?|messages?|letters|the|things|appointments?|reminders|about|at|every|to)|get rid of (?:the |this |that |your )?(?:\\w+ )?(?:triage|system|form|forms|app|physician associates?|pas|navigators?|call centre|queue|8am|e ?consults?)`, 1],
  // TURNED AWAY or told "not without": "my dad was turned away at the desk", "said I couldn't register
  // unless I had a utility bill", "that's not even the policy", "they refused him a home visit".
  ['turned (?:me |us |him |her |them |people |patients |my \\w+ )?away|(?:couldnt|could not|cant|cannot|wont|will not|wasnt allowed to|werent allowed to|not allowed to) (?:speak|talk|register|see|book|be seen|get seen|access) (?:\\w+ ){0,4}(?:unless|without) (?:i|we|she|he|they|a|an|proof|photo|id)|(?:isnt|is not|thats not|not) (?:even )?the (?:rules?|law|policy)|(?<!(?:never|not|wasnt|never been|not been|never once been) )(?:refused|denied) (?:me |us |him |her |my \\w+ )?(?:a |an |the |my |his |her )(?:home visit|referral|visit|scan|appointment|prescription|repeat|antibiotics)', 1],
  // HAD TO FIGHT FOR IT: "had to push to get a scan", "you have to fight just to be seen", "a
  // friendly word wouldn't hurt", "at least reply to the messages".
  ['(?<!(?:didnt|dont|did not|do not|never|not|wont|no longer) )(?:had|have|has|having) to (?:push|fight|beg|nag|argue|battle|insist|kick off|shout) (?:for|to|with|just)|(?:wouldnt|would not) (?:go )?amiss|(?:wouldnt|would not) hurt(?= \\.| $| either| anyone)|at least (?:answer|reply|respond|pick up|tell|let us know|ring|call|read|apologise|say sorry|have the decency)', 1],
  // TOLD TWO THINGS: "one nurse said weekly, the other said monthly", "conflicting advice".
  ['(?:one|1) (?:\\w+ )?(?:told|said|says) (?:\\S+ ){1,8}(?:another|the other|the next) (?:\\w+ )?(?:told|said|says)|(?:conflicting|contradictory) (?:answers|advice|information|messages|stories)', 1],
  // BETTER FROM ANYONE ELSE: "had better service from a parking meter", "the walk-in did more in an
  // hour than you have ever done".
  ['(?:had|get|got|getting|received|been) (?:much |far |more )?(?:better|quicker|faster|warmer|friendlier|kinder|warmly) (?:service|care|help|sense|replies|reply|responses?|answers|communication|welcome|treatment|received) (?:\\w+ ){0,2}(?:from|at|by)|than (?:you|youve|you have|you lot|this surgery|this practice|the surgery) (?:have |lot )?(?:ever|been|managed|did|done)', 1],
  // MOCK WISHES: "would be nice if someone actually read them", "be nice if she didn't roll her eyes".
  ['(?:would|wud|itd|it would) be nice if (?:\\w+ ){0,4}(?:actually|ever|bothered|didnt|did not|wasnt|werent|stopped|for once)', 1.6],
  // PROMISED AND NEVER DONE, or said with a verdict word: "was promised a letter and it never came",
  // "I'll be taking this further", "tried to cover it up", "the new rota has ruined it", "a rip
  // off", "guilt tripping pensioners", "thinks she knows better than the doctors".
  ['(?:and|but) (?:it |that |this |they |the call |that call )?never (?:happened|came|materialised|did)|taking (?:this|it|the matter|things) further|cover(?:ed|ing)? (?:it|this|that|things) up|(?<!(?:government|cuts|tories|council|covid|pandemic|brexit) (?:have |has )?)ruin(?:ed|s|ing)|rip ?off|cruel|guilt ?trip\\w*|(?:thinks?|think) (?:she|he|they|shes|hes|theyre) (?:knows?|know) better', 1],
  // GIVING UP ON THE PLACE: "I'm giving up on them", "the way this practice is run".
  ['(?:giving|given|give|gave) up on (?:this|the|you|them|getting|ever)|the way (?:this|the|that) (?:place|practice|surgery) is (?:being )?(?:run|managed|organised)', 1],
  // THE DOCTOR NOT INTERESTED: "the locum didn't seem interested", "didn't feel he properly
  // examined me", "keeps getting sent away with antibiotics".
  ['(?:didnt|did not|doesnt|does not|dont|do not|never) (?:seem|seemed|appear) (?:\\w+ )?(?:interested|bothered|to care|to listen|to understand|to read)|(?:didnt|did not) (?:feel|think) (?:\\w+ ){0,4}(?:really |properly |actually )?(?:looked|listened|examined|checked|cared|understood)|(?:keep|keeps|kept) (?:getting|being) (?:sent (?:away|home|back)|fobbed|turned away|passed|palmed)', 1],
  // NO CHOICE given: "couldn't pick a time", "take it or leave it", "didn't offer me another date".
  ['(?:couldnt|cant|cannot|could not|no way to|not able to|unable to) (?:choose|pick) (?:a |the |my |which )?(?:time|day|slot|doctor|gp|date)|take it or leave it|(?:didnt|did not|never|wouldnt|would not) (?:even )?(?:offer|offered|rebook|give) (?:me |us |him |her )?(?:another|a new|an alternative|a replacement|a different)', 1],
  // ASKING FOR MONTHS: "been asking about a hearing test for over a year", "chasing it for weeks".
  ['(?:(?:asking|asked|chasing|chased|begging|pushing|fighting) |(?:trying|tried) to (?:get|book|see|speak|register|change|sort|reach|contact|order|arrange|find|have) )(?:\\S+ ){0,8}for (?:(?:over |nearly |almost |about |more than )?(?:a|an|\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:days|weeks|months|years|year|month)|weeks|months|years)(?! (?:supply|worth|of|in advance|ahead|time))', 1],
  // HIDING AND PASSING IT ON: "the partners hide behind the triage nurse", "nobody left who knows my
  // family", "holiday makers get seen quicker than residents", "we never get a look in".
  ['hid(?:e|es|ing) behind|(?:nobody|no one|noone) (?:left )?(?:who |that )?knows (?:us|me|anyone|you|him|her|them|my|our)|(?:get|gets|got|getting) seen (?:quicker|faster|sooner|first|before) than|(?:cant|cannot|can not|never|dont) (?:ever )?get a look in', 1],
  // THE SAME EVERY TIME, said with a span: "same story every morning", "every winter it's the same", "it's
  // been the same for years", "nothing will ever change".
  ['same (?:as|story|again|thing) every (?:\\w+ )?(?:week|day|time|morning|month|year|summer|winter)|every (?:summer|winter|year|week|month|morning|monday|friday) (?:its |it is |is )?the same|(?:its|it has|has|have|its) been (?:the )?same for (?:\\d+|two|three|four|five|years|months|ages)|nothing (?:will|is going to|is gonna|is ever going to|ever will|will ever) change', 1],
  // WAS IT NECESSARY, this is what happens, kept away: "was it really necessary to shut on the bank
  // holiday week too", "this is what happens when a call centre runs a surgery", "all designed to
  // keep people away from the GPs", "shame you can find money for a new sign".
  ['(?:was|is) (?:it|this|that) (?:really|actually|strictly) (?:necessary|needed)|(?:this|thats|that is) (?:is )?what happens when|(?:keep|keeping|keeps|kept) (?:patients|people|us|them) away from|shame (?:you|they|the surgery|the practice|reception) (?:can|could|cant|cannot|couldnt|manage|managed|find|found|have|had)', 1],
  // LEFT WITH NOTHING: "so if the form's full we're snookered", "nowt left by quarter past".
  ['(?:im|i am|were|we are|youre|you are|hes|shes|theyre) (?:just |basically |well and truly |completely )?(?:stuffed|screwed|snookered|up the creek)|(?:nowt|nout|nuthin) left', 1],
  // Told to sort it: "someone really needs to sort that line out", "the booking side is
  // completely broken", "you can't plan anything".
  ['(?:you|yous|youse|u|they|someone|somebody|management) (?:really )?(?:need|needs|have|has|should|must|ought) (?:to )?(?:get )?(?:sort|sorted) (?:\\w+ ){1,4}out|(?:thats|that is|which is|which are|that are|its|is|are) (?:completely|totally|utterly|fundamentally|just so|so) broken|(?:thats|that is|which is|which are|that are) broken|(?:cant|cannot|can not|impossible to) plan (?:anything|ahead|around|my|your|our)', 1],
  // A CLINIC OR SERVICE TAKEN AWAY: "they've taken the Saturday clinic away", "they've axed the
  // walk-in"; cancelled by the practice: "my smear was cancelled by the practice".
  ['(?:took|taken|taking|take|took away|taken away) (?:the |our |your |that )(?:\\w+ ){0,3}(?:clinics?|service|sessions?|walk ins?|option|line|slots?|appointments) (?:off|away)|(?:scrapped|axed|done away with) (?:the |our |your |that )(?:\\w+ ){0,3}(?:clinics?|service|sessions?|walk ins?|option|line|slots?|appointments)|(?:cancelled|canceled) (?:\\w+ ){0,2}by (?:the )?(?:surgery|practice|you|them|the doctor|reception|the receptionist)', 1],
  // A WAIT TOLD AS A SUM, or a status that never moves: "first slot is the 3rd. That is nine weeks.",
  // "'awaiting approval' for a week".
  ['(?:thats|that is) (?:over |nearly |almost )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:weeks|months)(?= \\.| $)|(?:awaiting|waiting for) (?:approval|authorisation|authorization|review|sign ?off) (?:for|since)(?= )', 1],
  // WISHING TO RAISE IT, nobody answering, told once too often: "I want to raise an issue about the
  // nurse", "nobody is picking up", "if they tell me to use the app one more time", "no idea why
  // I have to download an app".
  ['(?:like|want|wish|need|going) to raise (?:an? |this |the |my |some )?(?:issue|concern|problem)s?|(?:nobody|no one|noone|nobodys|no ones) (?:is |was |s )?(?:answering|picking up)|(?:tells?|says?|asks?|told) (?:me|us) (?:\\S+ ){1,6}one more time|(?:no idea|dont understand|do not understand|cant understand|beyond me|dont see) why (?:i|we|you|patients|people) (?:need|have|must|should|cant|cannot|can not)', 1],
  // EVERY CONTACT A FIGHT: "every phone call this year has been a battle", "each visit is a
  // struggle", "literally everything" as the whole answer, records merged with someone else's.
  ['(?:every|each) (?:\\w+ )?(?:contact|call|visit|time|appointment|request|step|interaction|phone call) (?:\\w+ ){0,2}(?:is|has been|was|becomes|feels like) (?:a |an )?(?:battle|fight|struggle|nightmare|ordeal|chore)|(?<!for )(?:literally|absolutely|just about) everything(?= (?:\\. )?$)|mixed up with (?:someone|somebody) elses|merged with (?:someone|somebody) elses', 1],
  // Left without medicine until too late: "I'd run out by then", "ran out of my inhaler by the time it came".
  ['(?:run|ran) out (?:\\S+ ){0,4}by (?:then|the time)', 1],
  // STILL NOT DONE, or late as a habit: "requested it ten days ago and it still isn't ready",
  // "scripts often not ready in time", "always a couple of days late".
  ['still (?:isnt|is not|arent|are not|hasnt been|havent been|wasnt|werent) (?:ready|done|sorted|processed|authorised|signed|fixed|dealt with)|(?:often|usually|regularly|constantly|frequently|always) (?:not ready|late|wrong|missing|a (?:day|week|few days)(?: or two)? late)|despite (?:me |us |my |our )?(?:asking|chasing|ringing|requesting|calling|emailing|repeated|several|numerous|many|multiple)', 1],
  // LEFT OUT IN THE COLD: "mum stood outside in the rain waiting for the doors", "queued in the
  // cold".
  ['(?:wait|waiting|waited|queue|queued|queuing|queueing|stand|standing|stood) (?:\\w+ ){0,3}(?:outside )?in the (?:cold|rain|snow|wind|dark|freezing|pouring rain)', 1],
  // THE SYSTEM HARD TO USE, found so: "the e-consult is so confusing", "I find the app really stressful".
  [`${GADGET} (?:is|are|was|were) (?:so |really |very |too |just |incredibly )?(?:confusing|complicated|clunky|unusable|impossible to use)|(?:find|found|finding) (?:the|this|your) ${GADGET} (?:really |very |so |quite |incredibly )?(?:stressful|difficult|impossible|hard|confusing|complicated)`, 1],
  // QUICKER ANYWHERE ELSE: "quicker to be seen at a walk-in centre miles away than at my own
  // surgery", "you take longer to answer than the council", "funny how my neighbour's practice…".
  ['than(?<=(?:quicker|faster|easier|sooner) (?:\\S+ ){0,12}than) (?:at |with |from |through |getting through to )?(?:my own|our own|my|our|this|the|your) (?:surgery|practice|gp|doctors?)|(?:you|you lot|they|the surgery|the practice|reception) (?:\\w+ )?(?:take|takes|took) longer (?:to \\w+ )?than|funny how (?:my|our|every|other|people|everyone|the other)', 1],
  // RUSHED AND UNHEARD: "ushered out before I could mention the other thing", "she spent more
  // time on the screen than talking to me", "box ticking", "isn't that your job?", "it would be
  // nice to be listened to".
  ['before (?:i|we|she|he|my \\w+) (?:could|had a chance to|got to|even got to) (?:ask|say|explain|finish|sit down|mention)|(?:spent|spends|spend|spending) more time (?:\\w+ ){1,5}than (?:talking|listening|looking|examining|answering|helping)|box ticking|(?:isnt|is not|wasnt|was not) (?:that|it|this) (?:literally )?(?:their|your|his|her|the doctors|the receptionists|what (?:they|you) are paid for) job|(?:thats|that is) (?:literally )?(?:your|their) job', 1],
  ['(?:would|itd|it would) be nice to (?:be (?:believed|listened to|treated|taken seriously|heard|called back|rung back|kept informed|informed|told|spoken to)|(?:actually|ever|for once) (?:speak|see|talk|get|be seen|hear from) (?:to |through to )?(?:a |an |the |my )?(?:human|person|doctor|gp|someone|anyone|somebody|real))', 1.6],
  // IDIOMS OF A MUDDLE: "the left hand doesn't know what the right is doing", "a black hole",
  // "won't bother asking next time", "there goes my day off then", "sorted it myself".
  ['left hand (?:\\w+ ){0,4}right|black hole|(?:wont|will not|not going to|never going to|wouldnt) bother (?:\\w+ )?(?:next time|again|asking|coming|ringing)|(?:thats|there goes|that was) (?:my|the|our) (?:whole )?(?:morning|day|afternoon|week|lunch break|day off)(?: gone| wasted)?(?= then| \\.| $)|sort(?:ed)? it (?:out )?(?:myself|ourselves)|found (?:my|our) own way|(?:doesnt|dont|does not|do not) (?:want|wanna) to be there', 1],
  // THE WHOLE THREAD AGREES, or a count: "everyone on this page has the same story", "the
  // number of times I have been told…", "is my scan ever going to happen".
  ['(?:everyone|everybody|all of us|half of us) (?:\\w+ ){0,4}(?:has|have|had|tells?|telling) the same (?:story|experience|problem|issue|tale)|the (?:amount|number) of times (?:i|ive|weve|we|my|our)|ever (?:actually )?(?:going|gonna) to (?:happen|come|arrive|get done|be done|be sorted|be fixed|ring|call)', 1],
  // HEARD BY THE WHOLE ROOM, passed around: "so the whole waiting room could hear", "passed
  // between reception and the pharmacy all week", "dreading ringing on Monday", "could do with
  // some manners", "a kind word costs nothing", "thinks he's the doctor", "strange choice to close
  // then", "radical idea: answer the phone", "still cross about it".
  ['(?:for|so) the (?:whole|entire) (?:room|waiting room|surgery|queue|reception) (?:to|could|can) hear|(?:being|been|got|get|getting|keep getting) passed (?:between|around|back and forth|from)|dread(?:ing|ed)? (?:ringing|calling|phoning|coming|having to|the phone)|could do with (?:a smile|smiling|some manners|manners|some empathy|a lesson|some training|a refresher)|costs? nothing(?= \\.| $| to)|(?:thinks?|think) (?:shes|hes|she is|he is|theyre|they are) (?:a |the )?(?:doctor|gp|in charge|god)|(?:interesting|odd|strange|bizarre|bold) (?:choice|decision|timing)|(?:radical|novel|revolutionary|crazy|wild) idea|(?:still )?(?:really |so |very )?cross about', 1],
  // THE OUTRAGE IN A FRAGMENT after a wait: "Six weeks to be seen. For a rash.", "Sent to A&E.
  // For an earache.", "A waiting list. For a call back."
  ['for(?<=\\. for) (?:a|an|one|my|his|her) (?:\\w+ ){0,2}(?:test|blood test|bloods|sick note|fit note|infection|ear infection|earache|lump|repeat|prescription|letter|rash|jab|form|smear|signature|phone call|call ?back)(?= \\.| $)', 1],
  // NO RECORD, NO OPTION, NO APOLOGY: "when I got there they had no record of my booking",
  // "not even an option to book ahead", "never had a single reply", "never even apologised".
  ['(?:had|have|has|there was|theres|there is|they had) no record of(?! (?:me|my|us|him|her)(?: \\.| $))|not even (?:an|the|a) (?:option|choice|chance|answerphone|answer|reply|acknowledgement|call ?back|text|letter|phone call|apology|sorry)(?= )|(?:never|not) (?:had|got|received) a single(?! (?:problem|issue|complaint|bad|worry|one|day off))|never (?:even )?(?:apologised|apologized|said sorry)', 1],
  // ASKING FOR THE MANAGER, or for another way: "I would like to speak to the practice manager",
  // "there must be an easier way than queueing at 8", "wish I'd never registered here".
  ['(?:want|like|need|wish|demand|going) to (?:speak|talk|have a word) (?:to|with) (?:the |your )?(?:practice )?manager|(?:there needs to be|there has to be|there must be|surely (?:there is|theres|there must be|there has to be)) (?:a |an |some )?(?:another|better|easier|other|different|fairer)(?: \\w+)? way|wish (?:i|id|i had|we|wed|we had) never (?:\\w+ )?(?:moved|joined|registered|come|gone|switched|changed)(?! away| from| back)', 1],
  // UNSEEN AND WORN DOWN: "I feel invisible to them", "made to feel like a nuisance", "it wears
  // people down", "what is even the point of the form", "excuse after excuse".
  ['(?:feel|felt|feeling|made to feel) (?:like )?(?:im |i am |i was |were |we are |hes |shes )?(?:being )?(?:invisible|a nuisance|a burden|an inconvenience)|wear(?:ing|s)? (?:people|me|us|patients|everyone) down|what(?:s| is) (?:even |actually )?the (?:actual |real |even )?point(?<!(?:s|is) the point)|(?:locum|doctor|gp|receptionist|excuse|form|call|text) after (?:locum|doctor|gp|receptionist|excuse|form|call|text)', 1],
  // TOLD TO PUT IT RIGHT: "the leaflet still says you do walk-ins. Update it", "check your
  // records before sending letters", "where are we meant to go on a Saturday".
  ['(?<!(?:how|can|could|do|would|please|i) (?:\\w+ ){0,3})update it(?= \\.| $)|(?<!(?:reason|why|know if) (?:the |your |my )?)(?:website|page|site|message|recording|leaflet) still (?:says|shows|lists)|check your (?:records|system|notes|facts|own)|where (?:are|am|is|do) (?:we|i|people|patients|you|my \\w+) (?:\\w+ )?(?:supposed|meant|expected) to', 1],
  // IDIOMS OF DESPAIR: "smoke and mirrors", "you couldn't make it up", "nae wonder", "ringing never
  // gets you anywhere", "making you beg for a slot".
  ['smoke and mirrors|(?:couldnt|could not|cant|cannot) make (?:it|this) up|nae wonder|never gets? (?:me|us|you|anyone) anywhere|take pleasure in|making (?:you|us|people|patients|me) beg', 1],
  // TOLD OVER AND OVER, tried all morning: "emailed them twice about the letter", "asked four
  // times now", "been trying to get through all afternoon".
  ['(?:asked|emailed|chased|requested|messaged|written|told them|reminded them) (?:\\w+ ){0,2}(?:twice|three times|four times|\\d+ times|several times|multiple times|many times|so many times)|(?:tried|trying|been trying) (?:ringing|calling|phoning|to ring|to call|to phone|to get through|to get an? \\w+)(?: \\w+){0,3} (?:all|the whole|every) (?:morning|day|week|afternoon)', 1],
  // LEFT STANDING, AND NOTHING BUT DELAYS: "left sitting in the corridor", "nothing but grief from
  // reception", "so much hassle for one form", "I cried all the way home".
  ['(?:was|were|been|got|get|gets|being) left (?:standing|waiting|sitting|hanging)|nothing but (?:delays|problems|excuses|hassle|trouble|grief|issues|rudeness|bother|stress)|(?<!(?:save|saves|saved|saving|without|spared) (?:me |us |you |them )?)so much (?:bother|hassle|trouble|grief|stress)|cried (?:in the car|all the way home|afterwards|when i got home|after|outside)', 1],
  // DRY LINES: "could've fooled me", "those were the days", "answering the phone would be a start", "ask
  // yourselves why the staff keep leaving", "god help anyone who needs a visit", "you can't win",
  // "that was really not on", "the letter was so vague", "improved access to what exactly?", "tell
  // me again how this is better"; nobody knowing what they were doing; an unreliable system.
  ['could(?:ve| have| of) fooled me|those were the days|would be a (?:start|good start|nice change)|ask yourselves? why|(?:god|gawd|heaven|lord) help (?:anyone|anybody|you|us|those|the)|(?:cant|can not|cannot|never) win|(?:really|just|simply|totally) not on(?= \\.| $| that| when)|(?:so|very|too|really) vague|(?:what|where|who) exactly(?= \\.| $)|tell me (?:again )?how (?:this|that|it) is', 1],
  // HOPING THE NEW ONE LASTS: "hope the new GP stays longer than the last one", "hopefully he's
  // better than the others".
  ['(?:hope|hopefully) (?:she|he|they|this one|the new \\w+)(?: \\w+)? (?:lasts?|stays?|is|s|are) (?:longer|better|more \\w+) than (?:the (?:last|rest|others|previous|old)|all the)', 1],
  ['nobody (?:\\w+ ){0,3}knew what (?:they|she|he|anyone) (?:was|were) doing|(?:system|phones?|lines?|service|website|app|it|surgery|practice|appointments?|call ?backs?|they|you) (?:is |are |was |were |so |very |really |totally |completely |just )*unreliable', 1],
  // CHATTING WHILE PEOPLE WAIT, blame passed back and forth: "stood at the hatch while the staff
  // were chatting about their holidays", "the pharmacy blames the surgery and round we go".
  ['while (?:they|the staff|staff|she|he|reception|the receptionists?|two (?:\\w+ )?(?:staff|of them|receptionists)) (?:were |was )?(?:finished |had )?(?:chatted|chatting|laughing|gossiping|gossiped|talking about|their conversation)|(?:chemist|pharmacy|hospital|surgery|they|you|reception) (?:just )?blames? (?:the |each )?(?:chemist|pharmacy|hospital|surgery|you|them|other)', 1],
  // ASKING WHY, OR WONDERING: "I would like to know why my referral was closed", "why does
  // reception keep asking", "I wonder if anyone even reads the feedback", "you'd think a surgery
  // would have a working phone", "can yous not ring people back", "like everywhere else", "I want
  // a word", "I wish to express my dissatisfaction".
  ['(?:like|want|wish|demand) to know why (?:i|we|my|our|you|they|the)|why (?:do|does|did|must) (?:you|they|the surgery|the practice|reception|the receptionists?) (?:always )?keep|(?:wonder|wondering|doubt) (?:if|whether) (?:anyone|anybody|someone|they|you) (?:\\w+ )?(?:actually|even|ever)|youd think (?:you|they|the surgery|the practice|a surgery|a doctor|someone)|can (?:you lot|yous|youse) not|like (?:the rest of the country|everywhere else)(?= \\.| $| does| do| can| has)|(?:want|like) a (?:quiet )?word(?= \\.| $| with)|dissatisfaction', 1],
  // WARNING OF HARM: "someone will die on that phone queue one day", "somebody is going
  // to die waiting".
  ['(?:someone|somebody|a patient) (?:will die|dies|is going to die|is gonna die|gonna die|will end up dead)|(?:before|until|till) (?:someone|somebody) (?:dies|gets hurt)', 1],
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
  // Booking said without the word: "I need to reschedule Monday", "how do I get that booked",
  // "is he able to book himself", "booking these all at once".
  ['reschedul\\w*|(?:get|have) (?:that|it|this|one|them|those) booked(?: in)?|(?:able|allowed) to book|book (?:himself|herself|myself|themselves|ourselves) in|book(?:ing)? (?:these|them|those)(?: all)?(?: in)?(?: at once| together| in advance)?(?= (?:all|at|in|together|for|\\.|$))', 1],
  // From dev6, dev9 and dev10's misses: a visit asked for, a booked slot asked after, a missed one,
  // redialling, nothing for weeks, waiting in for a call.
  ['(?:can|could|would|will) (?:the )?(?:district |practice )?(?:nurse|doctor|gp|someone|somebody) (?:come out|come round|visit|pop round|pop out|come to)|(?:my|the) \\d+(?: \\d\\d)? (?:with (?:the )?(?:nurse|doctor|gp|dr)|appointment)|(?:still )?go(?:ing)? ahead(?= (?:or|\\.|$|today|tomorrow))|marked (?:as )?(?:a )?(?:dna|no show)|redial\\w*|(?<!(?:heard|had|got|received|done|said) )nothing (?:available )?(?:for|till|until) (?:\\d+|two|three|four|five|six) (?:weeks|days|months)|anyone (?:will )?sees? (?:me|him|her|us)|(?:waited|waiting|sat) in (?:all day )?for (?:a|the) (?:call|doctor)', 1],
];
