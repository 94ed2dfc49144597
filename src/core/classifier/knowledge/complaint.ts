import { APPT, DOC, type PhraseRule } from './types.ts';

/**
 * Dissatisfaction with the practice's service, staff, access or care, or a wish to complain.
 * Strong words count 1 on their own; weaker signals (waiting, "nobody", "again") need company.
 * Negated forms ("not rude at all", "no complaints") are removed first by NEUTRALISERS.
 */
const WAIT_UNIT = '(?:mins?|minutes?|hours?|hrs?|hr|days?|weeks?|wks?|months?)';
const NUM = '(?:\\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|many|few)';
export const COMPLAINT_RULES: readonly PhraseRule[] = [
  // Explicit wish to complain.
  ['(?:make|making|made|put in|lodge|raise|submit(?:ted)?|file|sent|send|formal|official) (?:a |my |an )?(?:formal |official )?complaint', 1],
  ['(?:how|where|who) (?:do|can|would) (?:i|we|you) (?:complain|make a complaint)|want to complain|going to complain|will be complaining|reporting you|report (?:this|you|them)', 1],
  ['complain(?:ed|ing|t|ts)?', 0.6],
  // Strong negative judgements.
  ['disgrace(?:ful)?|disgust(?:ing|ed)|discusting|shocking|shocked|appall?(?:ing|ed)|awful|terrible|terrable|dreadful|atrocious|horrendous|horrific|diabolical|abysmal|woeful|pathetic|pathatic|rubbish|rubish|useless|hopeless|shambles|shambolic|farce|ridiculous|ridiculus|rediculous|unacceptable|not acceptable|inexcusable|outrageous|scandalous|a disgrace', 1],
  ['(?:a|an|absolute|total|complete|utter) (?:joke|shambles|nightmare|farce|disgrace)|(?:its|is this|this is|what) a joke|joke of a|cant believe|can not believe|cannot believe|no wonder|shame about|another story|law unto|hate|hated|hates|having a laugh|beggars belief|unbelievable|unreal|fuming|furious|livid|seething|raging|angry|annoyed|fed up|sick (?:and tired )?of|frustrat\\w*|gutted|upset|distressed', 1],
  ['disappoint(?:ed|ing|ment)|let (?:me|us|him|her|them|my \\w+) down|let down|failed (?:me|us|him|her|my)|failing|neglect\\w*|abandoned', 1],
  ['rude(?:ly|ness)?|rood|arrogant|patroni[sz]ing|condescending|dismissive|abrupt|unprofessional|unhelpful|uncaring|heartless|incompeten\\w*|inept|obstructive|belittl\\w*|snotty|stroppy|nasty|cold and', 1],
  ['attitude', 0.5],
  ['(?:spoke|speak|talked|talk|spoken) (?:to|down to) (?:me|her|him|us|my \\w+) (?:like|as if|with)|talked down to|spoke down to|(?:laughed|shouted|snapped) at|hung up on|put the phone down|cut (?:me )?off|treated (?:like|me like|terribly|badly|appallingly|so badly|with contempt)|made (?:me|her|him) feel (?:like|stupid|small)|made (?:me|my \\w+|her|him) cry|time ?waster|wasting (?:their|your|my|our) time|waste of (?:time|space)|fobbed off|brushed off|palmed off|ignored', 1],
  ['worst(?! headache| pain)|worse|going downhill|gone downhill|(?:gets|getting|got) worse|goes from bad to worse|bad to worse|avoid|stay away|not fit for purpose|beyond a joke', 1],
  ['(?:very |so |really |extremely )?poor(?!ly| health| things?| souls?| girls?| staff| lads?| woman| man| lass)|substandard|bad (?:service|experience|care|attitude|practice|surgery)|(?:very|so|really|pretty) bad|not (?:very )?(?:good|great)(?: enough)?|no good', 0.8],
  ['(?:not|never|wasnt|isnt|werent|arent|not very|not at all) (?:happy|impressed|helpful|pleased|satisfied|interested|listening|bothered|acceptable|on|right|fair|professional|caring|kind|good enough|ok|okay)|unhappy|unimpressed|dissatisfied|not good enough', 1],
  ['(?:couldnt|could not|dont|doesnt|do not|does not|didnt|did not) (?:care|give a|give a damn|care less)|couldnt care less|(?:dont|doesnt|didnt) (?:listen|bother)|(?:wasnt|didnt|dont|doesnt|never) listen\\w*|no(?: one|body) (?:cares|listens|listened|bothers|bothered|apologised|explained)|lack of (?:care|compassion|empathy|communication|respect|continuity|support|staff|help)|no (?:compassion|empathy|respect|care|communication|apology|explanation)', 1],
  ['(?:should|ought to) be ashamed|ashamed|embarrass(?:ing|ment)|shame on|how dare|how is (?:this|that) (?:acceptable|ok|right|fair)|(?:is it|its) too much to ask', 1],
  ['(?:changing|change|moving|move|leave|leaving|switching) (?:surgery|surgeries|practice|practices|doctors|gp|gps|to another|elsewhere)|struck off|(?:deregister|de register)\\w*', 1],
  ['(?:[0o1] stars?|zero stars?|no stars|one star|[01] ?out of (?:5|10|five|ten)|[01] 10)(?: service)?', 1],
  ['sort (?:it|this|yourselves|yourself|your selves) out|get (?:your|a) grip|(?:needs?|want) (?:sacking|sorting)|needs? (?:customer service )?training', 1],
  // Access: the phone, the 8am queue, waiting.
  ['(?:the )?8 ?(?:am|oclock|o clock|00)(?: (?:scramble|rush|free for all|lottery|phone|call|queue|dash|fight|battle))?|ring(?:ing)? at 8|scramble|free for all|lottery|glastonbury|hunger games', 0.8],
  [`(?:on hold|in (?:a|the) queue|queueing|queuing|on the phone|hanging on)(?: for)? (?:over |nearly |almost )?${NUM}? ?${WAIT_UNIT}|${NUM} ${WAIT_UNIT} (?:on hold|in (?:a|the) queue|on the phone)|on hold for|(?:number|no|caller) \\d+ in (?:the )?queue|\\d+(?:st|nd|rd|th)? in (?:the|a) queue|(?:still )?in the queue|on hold`, 1],
  ['(?:phone|line|phones) (?:just )?(?:rings|ringing|rang|engaged|busy)(?: out| and rings)?|rings out|engaged|cant (?:ever )?get through|couldnt get through|impossible to get through|never get through|(?:no(?: one|body)|never)(?: ever)? (?:answers|answer|picks up|pick up|answered|rings back|rang back|calls back|called back|called me|rang me|rings you back|phones back|got back|gets back)|(?:answer|pick up) the phone|(?:not once|still no|no) (?:call back|callback|reply|response|phone call|letter)|never (?:rang|rung|called|phoned|heard back|heard anything)|heard nothing|not heard (?:back|anything)|(?:rang|phoned|called|tried) \\d+ times|\\d+ (?:calls|times)', 1],
  [`(?:still (?:waiting|no)|been waiting|kept waiting|waiting (?:over|for over|nearly|almost|since)|waited (?:over|for over|nearly|almost)?|(?:a|an|the) (?:${NUM} )?${WAIT_UNIT} (?:wait|waiting list)|(?:${NUM}) ${WAIT_UNIT} (?:wait|later|past)|wait(?:ing)? (?:times?|list) (?:is|are|of)|long waits?|waiting times?|waiting months|waiting weeks)`, 0.8],
  [`(?:${NUM}|over|nearly|almost) ${WAIT_UNIT}`, 0.3],
  [`(?:no|cant|cannot|couldnt|never|impossible to|hard to|difficult to|struggle to|struggling to|not able to|unable to) (?:get|book|see|make|find)(?: a| an| any| my)? (?:${APPT}|${DOC}|(?:a )?slot|seen|anyone)|nothing (?:left|available)|(?:all|appointments?|appts?) (?:gone|went|taken|booked up)|no (?:${APPT}|slots|availability|one available)(?: left| available)?|none left`, 1],
  [`(?:ring|call|phone|try) (?:back )?(?:tomorrow|later|next week)|try again tomorrow|(?:cancelled|canceled|lost|lose|losing|missed|forgot(?:ten)?|messed up|mixed up|wrong) (?:my|the|our|his|her|me|it|it again|again|by text)|(?:again|yet again|every single day|every time|every day|second time|third time|3rd time|2nd time|\\d+(?:nd|rd|th) time)`, 0.6],
  ['(?:no(?: one|body)) (?:\\w+ )?(?:knows?|has|have|visited|bothers|bothered)|nobody|no one|(?:in|for) (?:months|weeks|ages|years)|liars|lying|lied|apologi[sz]\\w*|call ?back', 0.6],
  ['(?:still|yet) (?:no|nothing|not|waiting)|chas(?:e|ed|ing)|(?:told|asked) (?:me )?to (?:go to a ?(?:and )?e|ring back|call back|try)|refused|denied|(?:cant|cannot|couldnt) (?:even|ever)|never (?:get|any|able)|(?:can|could) never|(?:the|you|this) lot(?: of (?:you|them))?|this place|running this place|on (?:reception|the desk|that desk)|who employs', 0.5],
  ['(?:whats the|theres no|there is no|no) point|(?:dont|doesnt|nobody|no one|noone) knows? what (?:they|theyre|they are|he|she|hes|shes|im|youre|you are) (?:\\w+ )?doing|not (?:one|a single) (?:person|one|call|phone call|apology)|(?:been|got|was|were|get|gets|keeps? getting) (?:lost|cancelled|canceled|missed|ignored|forgotten)|(?:lost|mislaid|lose|losing) (?:my|his|her|our|the)|couldnt get (?:me|us|him|her) out|(?:felt|was|were|so) rushed|rushed (?:me|us|out)|how many (?:more )?times|(?:think|remember) they are (?:doctors|not doctors)|acting like (?:doctors|gps|a doctor)|act like (?:doctors|gps)|playing doctor|stuck up|snooty|up themselves|jobsworths?|(?:sh[i1*]te?|crap|crappy|poxy|bloody|effing|fcking|fucking|f\\*+ing|flaming) (?:service|surgery|practice|place|system|staff|doctors?|receptionists?|reception|phones?|joke|appointments?)', 1],
  ['(?:take|took|taking) (?:a|the) day off|s[ia]t on the phone|get hold of|(?:cant|cannot|couldnt) get (?:my|a|an|any|hold|through|anyone|anything)|(?:its|it has|been) (?:been )?(?:a|\\d+|over|nearly|almost|two|three|four|five|six) (?:months?|weeks?|days?)|didnt (?:tell|inform|let) (?:me|us)|(?:havent|hasnt|not|never|still not) (?:been )?(?:sent|received|done|signed|processed|approved|arrived|come through|gone through)', 0.6],
  // Weaker signs of a bad experience: two of them make a complaint.
  [`(?:wait|waited|waiting|took|takes|taking|sat|been) (?:\\w+ ){0,3}(?:over |nearly |almost |about |around )?(?:\\d+|several|many|two|three|four|five|six|seven|eight|ten|\\d+ and (?:a )?half) ${WAIT_UNIT}|had to wait|took (?:ages|forever|so long|too long|a long time)|too long|far too|(?:got|was|were|been) (?:put back|passed|sent) (?:\\w+ )?(?:around|from|to the wrong|back)|passed (?:down|around|from pillar)`, 1],
  ['(?:should|could|would) (?:have|of|ve)|(?:shouldnt|wouldnt|couldnt|didnt|wasnt|werent|not) (?:\\w+ )?(?:help|listen|believe|answer|attend|turn up|get|pick up|call|ring|explain|examine|bother|able)|(?:no|any) (?:help|use|support|answer|response|one (?:actually )?helped)|not able to|unable to|wrong|twice|mistakes?|error|failure|failed|kept (?:getting|being|on)|stressful|traumatic|crazy|terrified|scared|worried|uneasy|uncomfortable|anxious|confusing|confused|irrelevant|pointless|lack|lacking|slow|too much|not enough|no longer|short staffed|understaffed|stop|everything|literally|close down|wouldnt recommend|not recommend|never again|no sign|still no', 0.5],
  ['faster|quicker|sooner|improve|improving|better|more staff|less waiting|be more|keep to|on time|turn up|answer (?:calls?|the phone|phones)|answering|listen(?:ing)? (?:more|to)|respect|communication|informed', 0.4],
  ['waiting|waited|wait|delay(?:ed|s)?|late|hours|weeks|months|difficult|struggle|hard to|impossible|nightmare|fight|battle|again', 0.3],
  ['(?:need|needs|should|must|have) to (?:improve|listen|answer|be more|sort|get better|communicate|change|employ|hire)|(?:more|better) (?:staff|communication|access|availability|receptionists|doctors|appointments)|improve(?:ment)?s? (?:the|your|in|on|needed)|needs? (?:improving|improvement)', 0.6],
  ['why (?:is|are|do|does|cant|can|should|has|have|did|would)|how (?:hard|difficult) (?:is it|can it be)|what are (?:we|people|patients) (?:meant|supposed)|supposed to be|meant to be|are we meant to|is this how', 0.5],
];

/**
 * Sarcasm: praise words used to complain. Each tags complaint and cancels the praise it contains.
 */
export const SARCASM_RULES: readonly PhraseRule[] = [
  ['(?:thanks|thank you|thanks very much|cheers|ta) (?:for nothing|for (?:wasting|losing|ignoring|nothing|not)|a lot for (?:nothing|wasting|losing|ignoring))', 1],
  ['(?:great|fantastic|brilliant|excellent|amazing|fab|wonderful|lovely|good|top|5 star) (?:\\w+ |\\. ){0,4}not(?: at all)?(?= $)', 1],
  ['(?:great|brilliant|fantastic|wonderful|lovely|fab|oh great|wow|well done|love how|love it|so glad|thanks a lot|cheers|nice one)(?: (?!but )\\w+){0,6} (?:another|again|lost|only took|managed to|waited|never|cancelled)', 1],
  ['yeah real \\w+|real caring|yeah right', 1],
  ['thanks a lot|cheers for that', 0.5],
];
