import type { CategoryId } from '../../categories.ts';
import { APPT } from './types.ts';

/**
 * Negation cues. Each pattern is cut out of the text before the category rules run, so
 * "not rude at all" cannot fire "rude" and "no complaints" cannot fire "complaint"; when the
 * negated phrase is itself praise ("couldn't fault them") it scores for `credit`.
 */
export interface Neutraliser {
  pattern: string;
  credit?: CategoryId;
}

const NEGATOR = '(?:not once|never once|not|never|wasnt|isnt|werent|arent|wouldnt|no|nothing|nowt|naught|without|hardly|didnt|dont|doesnt|havent|hasnt|not been|never been|not once been|never once been)';
const NEGATIVE_WORD = '(?:rude|let (?:me |us |him |her )?down|hang up on|hung up on|hurr(?:y|ied) (?:me|us|him|her)|fobbed off|fob (?:me |us |him |her |them |my \\w+ )?off|shouted at|snapped at|rush (?:me|us|him|her)|(?:a )?nuisance|(?<!(?:youre|you are|ur|your) not )(?<!(?:im|i am|just|feel like|i feel|ill be|be) )a burden|stupid|silly|judged|unhelpful|unfriendly|rushed|rudeness|(?<!(?:not|isnt|its not|thats not) (?:my|your|our|their) )problems?|issues?|(?<!(?:my|our|his|her|your|their|the) )complaints?(?! (?:procedure|process|form|policy|system|department|team|line|email|address|manager|leaflet))|complain(?: about)?|bad|disappointed|disappointing|a problem|an issue|trouble|too much trouble|hassle|fuss|worries|faults?|moan(?:s|ing)?|grumbles?|concerns?|dramas?)';

/** Another practice than this one: "my old surgery", "his practice", "my mum's GP". */
const OTHER_PRACTICE = '(?:(?:my|our) (?:old|previous|last|other|former) (?:surgery|practice|gp|doctors)|(?:his|her|their|(?:my|our) \\w+s) (?:surgery|practice|gp|doctors))';
/** Another service than this practice: "111", "A&E", "my mate's practice", "his surgery". */
const ELSEWHERE = `(?:the |my local |the local )?(?:hospitals?|a ?(?:and )?e|ambulance(?: service)?|111|walk in(?: centre)?|out of hours|${OTHER_PRACTICE})`;

/** Excusing a delay: "not his fault", "but ok", "I know it's busy", "they apologised". */
const EXCUSE = '(?:ok|okay|fine|thats fine|that is fine|thats ok|no problem|no bother|fair enough|understandabl[ey]|to be expected|not (?:his|her|their|your|anyones|the \\w+s) fault|i know (?:its|it is|they are|theyre|how|she was|he was) (?:so |very |really )?(?:busy|stretched|hard|short staffed)|(?:the \\w+|they|she|he) (?:(?!never|didnt|did|not|wont|nobody)\\w+ ){0,6}(?:apologised|said sorry|explained why|let us know|told us why)|(?:the \\w+|they|she|he) had (?:an|a) (?:emergency|urgent case)|apologi[sz]ed|said sorry|(?:honestly |tbh |to be fair )?(?:the wait was |it was |it were )?(?:well |totally |so |definitely )?worth (?:it|the wait|waiting))';

export const NEUTRALISERS: readonly Neutraliser[] = [
  // A trouble that used to be and is over is praise of the change: "it used to be hard to get in but
  // not any more", "used to dread ringing, not now".
  { pattern: 'used to (?:be )?(?:really |so |a bit )?(?:hard|difficult|impossible|a nightmare|a struggle|a battle|a pain|awful|terrible|dread\\w*|hate|scared|nervous|anxious|terrified)(?: \\w+){0,6} (?:but )?(?:not any ?more|not now|not these days)(?! (?:thanks|thank|because of|since))', credit: 'praise' },
  // "Not complaining, but…" or "not a moan, just…" introduces a question or a complaint, and is
  // not praise.
  { pattern: '(?:not|im not|i am not|not that im|not that i am) (?:\\w+ )?complain(?:ing|ed)|(?:not|no|i dont want|i do not want|dont want|i never|i dont usually|i dont normally|i rarely) (?:to |a |an )?(?:moan|moaning|complaint|complain|fuss|make a fuss|whinge|grumble|criticism|criticise)(?: as such| really| exactly| about anything| on here)?(?=(?: \\w+){0,6} (?:but|just|however))|(?:not|never) (?:one|the type|the sort|someone|a person) (?:to|who) (?:complain|moan)s?' },
  // Asking for a way round the queue is not a complaint about it: "rather than wait in the queue".
  { pattern: '(?:rather than|instead of|without) (?:having to )?(?:wait|waiting|queue|queuing|queueing|ringing|hanging on|being on hold)(?: (?:in the queue|on hold|weeks|days|ages|for \\w+))?' },
  // Others' wait, beside the writer's luck: "amazing as there was a three hour wait for people
  // who were just turning up", "fitted in when there's a two week wait for everyone else".
  { pattern: '(?:a |an )?(?:\\w+ ){0,2}(?:mins?|minutes?|hours?|hrs?|days?|weeks?) (?:wait|waiting list) for (?:(?:other people|others|everyone else|everybody else|anyone else)|(?:people|those|patients) (?:who (?:were |are )?)?(?:just )?(?:turning up|turned up|walking in|walked in|without (?:an )?appointments?))'},
  // A wait elsewhere: "had a 2 hour wait at the walk in years ago but here? never more than 10".
  { pattern: '(?:a |an )?(?:\\w+ ){0,2}(?:hours?|hrs?|minutes?|mins?|days?|weeks?) wait (?:at|in) (?:the |a )?(?:walk ?in|a ?(?:and )?e|hospital|other (?:surgery|practice)|old (?:surgery|practice)|my old \\w+)' },
  // Praise in the past tense is a complaint about now: "used to be brilliant".
  { pattern: 'used to be (?:so |really |very |a |an |the )?(?:brilliant|excellent|great|good|lovely|fantastic|amazing|fab|decent|nice|best)(?: \\w+)?', credit: 'complaint' },
  // "Couldn't have asked for more", also as said: "couldnt of asked any more than they did".
  { pattern: '(?:couldnt|could not|cant|cannot|can not|wouldnt) (?:have |of |a )?(?:fault|complain|ask(?:ed)? (?:for )?(?:a |any |anything )?(?:better|more)(?! (?:help|time|appointments|staff|info\\w*|support|than (?:that|this) [a-z0-9]))|praise \\w+ enough|thank \\w+ enough)', credit: 'praise' },
  { pattern: '(?:no|zero|not any|not a single|never (?:had )?(?:a|any)) complaints?(?! (?:procedure|process|form|policy|system|department|team|line|email|address|manager|leaflet))', credit: 'praise' },
  { pattern: '(?:cant|cannot|can not|couldnt|could not) (?:have been|be) (?:(?:more|any more) (?:helpful|kind|caring|lovely|friendly)|kinder|nicer|friendlier|lovelier|better|quicker)', credit: 'praise' },
  // "Never known it this bad" is the opposite of the negated-complaint shape that follows.
  { pattern: '(?:never|not|havent|hadnt) (?:ever )?(?:known|seen|experienced) (?:it|things|them|the \\w+|this \\w+|service|anything|care) (?:this|so|as) (?:bad|awful|poor|terrible|slow|dire|chaotic)', credit: 'complaint' },
  // "Nothing is ever done about complaints" is a complaint, not a negated one (read below as "no
  // complaints", praise).
  { pattern: 'nothing (?:is |was |gets |got |has |ever |been |really |actually )*(?:done|happens|happened|changes|changed) (?:about|with|after|from) (?:\\w+ ){0,2}(?:complaints?|concerns?|problems?|issues?|it|this|that|them)', credit: 'complaint' },
  // A milder fault named instead: "I wouldn't say the staff are rude, just completely disorganised",
  // "not rude exactly, more dismissive" is still a complaint.
  { pattern: '(?:i )?(?:wouldnt|would not|wont|cant|cannot|couldnt) (?:say|call) (?:\\w+ ){0,4}(?:rude|bad|unhelpful|awful|terrible|lazy|useless)(?: exactly| as such| really)?(?= (?:just|but|more like|more|rather|only) )|not (?:rude|unhelpful|nasty) (?:exactly|as such)(?= (?:just|but|more like|more|rather|only|very|really) )|not (?:bad|terrible|awful|rude)(?= just (?:slow|late|disorganised|rushed|chaotic|busy|hard|difficult|impossible))', credit: 'complaint' },
  // Politeness and fears that came to nothing: "no worries if not", "expected the worst but…".
  { pattern: 'no (?:worries|problem|bother) if (?:not|you cant|its not|there isnt)|(?:expected|expecting|feared|was dreading|dreaded) the worst' },
  // Defending the practice against its critics is praise: "sick of people slagging this place off".
  { pattern: '(?:sick|fed up|tired) (?:of|with) (?:people|everyone|folk|all the people|all these people|the people|some people) (?:on here )?(?:slagging|moaning|complaining|having a go|criticising|bashing|knocking|going on|kicking off)', credit: 'praise' },
  // An appointment had, named only to say when: "doctor said at my appointment Tuesday she'd do
  // it", "had them done at my appointment thursday". Not a request to be seen.
  { pattern: '(?<!(?:wont|will not|cant|cannot|not|unable to|couldnt|could not|wasnt|was not|late|early|be) (?:be |make it |get )?)(?:at|during|in) (?:my|his|her|our|the) (?:last |recent |previous )?(?:appointment|appt)(?: on)? (?:on )?(?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|this morning|last week|today)(?= (?:and|but|she|he|they|the|so|\\.|$|\\w+ (?:said|told|took|did|done)))' },
  // Blame lifted from the practice: "that's not your fault", "it's not the staff's fault". Neither
  // praise nor a complaint (the training writers give it no tag), so it comes before the negated
  // complaint words below, which would read it as praise.
  { pattern: '(?:not|isnt|wasnt|is not|was not|never|no) (?:your|their|his|her|the staffs|the nurses|the gps|the receptionists|the doctors|the surgerys|the practices|anyones) fault(?: (?:that )?there (?:arent|are not|isnt|is not) enough (?:gps|doctors|staff|nurses|appointments))?' },
  // The writer's own conduct, not the staff's: "I wasn't rude, I was just asking", "not rude, not
  // angry, just disappointed".
  { pattern: '(?:i|we|im|were) (?:wasnt|was not|werent|were not|am not|not|wasnt being|was not being|never was|was never) (?:\\w+ )?(?:rude|aggressive|abusive|nasty|shouting|angry|difficult|demanding|upset|annoyed|cross|moaning|complaining|stupid|thick|daft|an idiot|making (?:it|this) up|imagining (?:it|things)|lying|a hypochondriac|a time ?waster)(?: at all| really| as such)?(?!(?: even| anymore| any more| \\.)* (?:just|but|im|i am|more|only) (?:\\w+ )?(?:tired|disappointed|fed up|frustrated|sad|exhausted|done|hurt|let down|sick|worried|scared))|(?<= (?:\\.|^) )not (?:rude|angry|shouting)(?= not )' },
  // Praise for what is over, and thanks refused, are complaints: "I used to recommend this surgery
  // to everyone", "she's ok now but no thanks to the surgery".
  { pattern: '(?:(?:i|we|everyone) |(?<=^ ))used to (?:recommend|rate|love|praise) (?:you|this|the|them|it)(?: \\w+){0,2}|no thanks to (?:you|the|them|this|your)(?: \\w+)?', credit: 'complaint' },
  // …but not "never had a problem till the new lot took over" (session 9), nor "never felt so let
  // down" or "never had such problems": a degree is a complaint; nor
  // "not right, really floppy, moaning": an unwell child is never a negated complaint; nor what is
  // not done about a complaint ("they don't take complaints seriously", "hasn't dealt with the
  // issues I raised").
  { pattern: `(?<!(?:hard|difficult|impossible|tough) )${NEGATOR}(?: (?!happy|impressed|good|helpful|pleased|great|nice|listen\\w*|interested|caring|kind|so|such|this|more|right|well|floppy|breathing|responding|waking|feeding|himself|herself|myself|take|takes|taken|took|care|cares|deal|deals|dealt|respond\\w*|repl\\w*|answer\\w*|acknowledg\\w*|handl\\w*|address\\w*|resolv\\w*|investigat\\w*|fix\\w*|sort\\w*|done|raise\\w*|log\\w*|record\\w*|accept\\w*)\\w+){0,4} ${NEGATIVE_WORD}(?: at all| whatsoever)?(?! (?:\\w+ ){0,2}(?:till|until|til|up until|up till) )`, credit: 'praise' },
  { pattern: '(?<!should |shouldnt )(?:never|not|no|hardly|didnt|dont) (?:had to |have to |need to |a |any |much |long )?(?:wait|waited|waiting|waits)(?: long| at all| around)?|(?:wasnt|not|never|no) (?:a )?long wait|(?:wasnt|werent|not|never|wasnt ever) (?:\\w+ )?(?:kept|left) (?:waiting|hanging on|on hold)(?: long| at all| around)?|(?<!should |shouldnt )(?:did not|didnt|not|never) (?:have|get|had) (?:a |to )?(?:long )?wait', credit: 'praise' },
  // A wait of a few minutes is no grievance: "waited 5 minutes and was seen".
  { pattern: '(?:waited|waiting|wait of|took|takes|only|just|on hold for|in the queue for|held for) (?:about |around |just |only |less than |under |literally |barely |like )?(?:[1-9]|10|five|ten|two|three|four|a few|a couple of|couple of) (?:mins?|minutes)(?! (?:on hold|in the queue|in a queue|to get through|late|past|behind))' },
  // A wait expected, not had: "was expecting a 3 week wait and got seen tomorrow", "expecting a
  // queue".
  { pattern: '(?:expecting|expected|thought (?:there would be|thered be|id have|i would have|it would be)) (?:a |an )?(?:\\w+ ){0,2}(?:wait|queue|nightmare|battle|fight)|(?:expecting|expected|thought (?:i|id|i would|we would|wed|hed|shed))(?: be)? (?:to be )?(?:turned away|fobbed off|sent away|told no|refused|rushed|waiting (?:weeks|ages|days|months))' },
  // Recommending against is a complaint, whatever it names: "wouldn't recommend this surgery".
  { pattern: '(?:wouldnt|would not|would never|do not|dont|not) recommend(?: (?:this|the|them|it|here|to anyone|anyone))?(?: (?:surgery|practice|place|doctor|gp|service))?', credit: 'complaint' },
  // The writer's own dread, not the practice's doing: "I hate needles but the nurse…".
  { pattern: '(?:i|im|i have|ive|ive always|i always|my \\w+|he|she|they) (?:always |just |really |absolutely )?(?:hates?|hated|dreads?|dreaded|dreading) (?:needles|injections|jabs|blood tests|having|being|going|getting|smears|hospitals|doctors|the dentist|it|them)' },
  // Busy-ness offered as an excuse beside praise: "even though they were short staffed, everyone was lovely".
  { pattern: '(?:even though|although|though|despite|while|whilst|considering) (?:being |they |you |the \\w+ (?:\\w+ )?|everyone |it )?(?:were |are |was |is |being |must be )?(?:so |very |really |clearly |obviously |extremely |incredibly )?(?:busy|short staffed|understaffed|stretched|packed|heaving|rammed|full|rushed off (?:their|your) feet|under (?:so much |a lot of )?pressure)' },
  // Another practice's failings, told to praise this one: "the old surgery was awful, this one…".
  { pattern: '(?:(?:my |the |our )?(?:old|previous|last|other|former) (?:surgery|practice|gp|gps|doctors?|one)|(?:my|our|a|the) \\w+s (?:one|surgery|practice|gp))(?: (?!here|this)\\w+){0,3} (?:was|were|is|are) (?:\\w+ )?(?:awful|terrible|useless|rubbish|dreadful|a nightmare|shocking|appalling|bad|hopeless|a joke|diabolical)' },
  // Someone else's failings, not the practice's: "A&E kept my nan on a trolley 14 hours, absolute
  // disgrace that hospital", "the chemist on Queen St is the worst", "that's the government not you".
  { pattern: '(?:the |that |this |our |my local |the local )?(?:hospitals?|hospital pharmacy|a ?(?:and )?e|ambulance(?: service)?|government|council|funding|nhs|111|walk in(?: centre)?|(?:chemist|pharmacy) (?:in|on|at|down) (?!the surgery)\\w+(?: \\w+)?)(?: (?!(?:you|your|surgery|practice|gps?|doctors?|receptionists?|reception|here)(?= ))\\w+){0,3} (?:is|was|are|were|s|has been|have been|is even|was even) (?:\\w+ )?(?:awful|terrible|useless|rubbish|a shambles|shambolic|the worst|worse|a disgrace|disgraceful|shocking|appalling|broken|a nightmare|a joke|diabolical|hopeless)|(?:a |an )?(?:absolute |total |utter )?(?:disgrace|shambles|joke|nightmare) (?:that|the|this) (?:hospital|government|council|pharmacy|chemist)|(?:thats|its|that is|it is) the (?:government|hospital|pharmacy|council|chemist|nhs) not (?:you|the surgery|the practice)|(?:not|nothing to do with) (?:you guys|you lot|the surgery|the practice|the doctors)(?= (?:\\. |$|at all|this time|just|i know|though|tbh))' },
  { pattern: '(?:the )?(?:government|council|ministers|politicians|tories|westminster|health secretary) (?:should|ought to) be ashamed(?: of (?:themselves|what (?:\\w+ ){1,2}done(?: to \\w+)?))?' },
  // A wait somewhere else, held up against this practice: "111 kept me on hold for 2 hours, the
  // surgery sorted me in 10 minutes", "my mate's practice in Swindon has a 4 week wait, we are lucky".
  { pattern: `${ELSEWHERE}(?: in \\w+)? (?:kept|had|left|made) (?:me|us|him|her|them|my \\w+) (?:on hold|waiting|hanging on|wait|sat)(?: (?:for |over |nearly |about )?(?:\\d+|an|a few|two|three|four|five|six|ten) (?:mins?|minutes|hours?|days|weeks))?|${ELSEWHERE}(?: in \\w+)? (?:has|have|had|gets?|got) (?:a |an )?(?:\\d+|two|three|four|five|six|eight) (?:day|week|month|hour)s? (?:wait|waiting list)` },
  { pattern: `(?:has |have |had )?(?:been )?waiting (?:\\w+ ){0,3}(?:at|with) ${OTHER_PRACTICE}` },
  // A delay the writer excuses in the same breath is no grievance: "ran 25 mins late, not his fault
  // I know it's busy", "running 15 min late but the receptionist told us and apologised", "I wait
  // 20 minute but ok".
  { pattern: `(?:ran|running|was running|were running|waited|wait|sat|on hold)(?: for)? (?:about |around |over |nearly |almost |only |just )?(?:\\d+|five|ten|fifteen|twenty|thirty|forty|a few|half an|an) (?:mins?|minutes?|hours?)(?: (?:late|behind|past (?:my|the|our) (?:appointment |appt )?(?:time|slot)))?(?: (?:but|and|though|tho))? ${EXCUSE}`, credit: 'praise' },
  // A complaint given up: "I was about to complain about the wait but then…", "was going to moan".
  { pattern: '(?:was|were|am|was just) (?:about|going|gonna|all set|ready) to (?:complain|moan|kick off|have a moan|put in a complaint)(?: about (?:the |my |our )?\\w+)?' },
  // Other commenters' words, and the writer standing up for the staff against them: "shame about
  // some of the comments on here", "such a shame the online abuse has got so bad", "sorry to those
  // who've had a rough time", "whoever said you can't get an appointment here hasn't tried".
  { pattern: '(?:such a |what a |its a |a )?(?:shame|pity|sad|sorry|disgusted|appalled|gutted) (?:about |at |by |to see |to read |that |how )?(?:some of |all |half )?(?:the |these |those |this )?(?:negative |nasty |horrible |vile |online )?(?:comments|abuse|negativity|moaning)(?: on here| on this \\w+| online| here)?(?: (?:has|have) got| (?:is|are))?(?: so)?(?: (?:bad|vile|nasty|awful|horrible|disgusting))?', credit: 'praise' },
  { pattern: '(?:sorry|sad|sorry to hear) (?:to|for|about) (?:those|anyone|people|everyone|others)(?: who| that)?(?: have| has)? (?:whove |whos |thats )?(?:had|having|been having) (?:a |such a )?(?:\\w+ )?(?:rough|bad|hard|tough|awful|horrible|terrible|different|poor|worse) (?:time|times|experience|experiences)' },
  { pattern: '(?:whoever|anyone who|anybody who|people who|those who|why (?:do )?(?:people|folk|some people|everyone|anyone)) (?:ever )?(?:says?|said|thinks?|reckons?|claims?)(?: that)?(?: (?!but )\\w+){1,8}(?= (?:\\.|hasnt|havent|has never|have never|never|clearly|obviously|must|should|needs? to)(?= ))' },
  // Another patient's distress, which took the doctor's time: "the man before me who was really upset".
  { pattern: '(?:the|a|an|another) (?:\\w+ )?(?:man|woman|lady|person|patient|bloke|chap|girl|lad|family|mum|dad|gentleman|child|baby|couple) (?:before|ahead of|in front of|after) (?:me|us)(?: \\w+){0,2} (?:who|that) (?:was|were|is) (?:so |really |very |clearly |obviously )?(?:upset|distressed|crying|in tears|unwell|poorly|struggling)' },
  // Short staffing told as the staff's excuse, not a complaint: "the staff are doing their best with
  // not enough doctors", "doing their best with what they've got" (only the excuse is cut: the
  // complaint rules read "doing their best" themselves).
  { pattern: '(?<=(?:doing|do|did|try|trying|tried) (?:their|your|her|his|its) (?:very |absolute |level )?best )(?:with|despite|given) (?:not enough|too few|so few|half the|limited|little|what) (?:\\w+ ){0,3}?(?:doctors|staff|gps|resources|funding|money|nurses|they have|theyve got|they have got|you have|youve got|weve got|is available)' },
  // The staff deserve better than the abuse or the funding they get (a complaint when patients do).
  { pattern: '(?:your|the|our|all the|these|those|nhs) (?:\\w+ )?(?:staff|receptionists|team|nurses|doctors|gps|girls) deserve (?:much |so much |far |a lot )?better(?! than this)' },
  // A complaint dealt with well is praise, and the anger it began with is over: "thank you for the
  // way you dealt with my complaint. I was very angry at the time but…".
  { pattern: '(?:dealt with|handled|responded to|resolved|sorted|sorted out|listened to|followed up) (?:my|our|the) (?:\\w+ )?complaint', credit: 'praise' },
  { pattern: '(?:i|we) (?:was|were) (?:very |so |really |absolutely )?(?:angry|cross|upset|annoyed|fuming|frustrated|livid|furious) at the time' },
  // Through at the first try is praise, whatever the queue: "got through first time, number 2 in the queue".
  { pattern: 'got (?:straight )?through (?:first time|first go|first try|straight away|on the first (?:ring|try|attempt|go))(?: (?:today|this morning|at 8(?:am)?))?(?: (?:number|no) (?:[1-5]|one|two|three|four|five) in (?:the )?queue)?', credit: 'praise' },
  // Calm or company that lasted, not a wait: "he was calm the whole time", "she stayed with me the whole time".
  { pattern: '(?<=(?:calm|lovely|kind|patient|chatting|talking to (?:me|us|him|her)|reassuring|there|with (?:me|us|him|her)|smiling|cheerful|relaxed|fine|happy) )(?:the )?(?:whole|entire) (?:time|way through)' },
  { pattern: '(?:non|not|never|wasnt|werent|without being) (?:judgemental|judgmental)|nonjudge?mental', credit: 'praise' },
  // The writer's own state in the past, not an appointment not got: "six months ago I couldn't get
  // out of bed" (never "can't get up": a fall now may be an emergency).
  { pattern: '(?<=(?:\\w+ (?:months|weeks|years) ago|last (?:year|month|winter|spring|summer)|back then|at the time) )(?:i|we|he|she) (?:couldnt|could not|could barely|could hardly) (?:get out of bed|get dressed|get to sleep|get off the sofa)' },
  // Owning up to having been wrong about the practice, or waiting gladly: "I was wrong about this place".
  { pattern: '(?:i|we) (?:was|were|am|are|have been|ve been) (?:so |totally |completely )?wrong about (?:this|the|you|them)|(?:been )?waiting for this (?:for )?(?:ages|years|months|so long|a long time)?' },
  // Strong words about a minor illness, the weather or the news (never symptoms that may be an
  // emergency: these neutralisers run before the urgent rules), not the practice: "awful cough", "the
  // weather is terrible", "frustrated with my eczema", "gutted Dr Patel is retiring".
  { pattern: '(?:awful|terrible|horrible|dreadful|shocking|worst|horrendous|ridiculous|rubbish|appalling|nasty|bad|nightmare|a nightmare|what a nightmare) (?:\\w+ )?(?:coughs?|colds?|flu|virus|bug|sore throat|night|nights|week|weekend|year|day|morning|weather|news|traffic|luck|eczema|hayfever|hay fever|bout|side effects?|toothache|handwriting|jokes?|puns?)' },
  // The writer's own feelings: "I feel awful", "annoyed at myself", "upset since my diagnosis".
  { pattern: '(?:i feel|i felt|i still feel|still feeling|im feeling|i am feeling|feeling|ive felt|ive been feeling) (?:so |really |very |absolutely |just |a bit |quite )?(?:awful|terrible|dreadful|rough|rubbish|horrible|unwell|poorly|ill|sick|bad|guilty)|(?:annoyed|angry|cross|frustrated|fed up) (?:at|with) (?:myself|me)|(?:fed up|sick and tired|had enough) (?:of|with) (?:being (?:ill|sick|poorly|in pain|unwell)|this (?:cough|cold|pain|bug|virus))|upset (?:since|about|after|because|that|my) (?:\\w+ ){0,2}(?:diagnosis|died|passed|death|loss|news|results)|(?:is it|am i being|would it be|is that) (?:\\w+ )?(?:ridiculous|silly|stupid|daft) (?:to|if)' },
  { pattern: '(?:my |the |this |his |her )?(?:coughs?|colds?|weather|anxiety|depression|eczema|back|night|week|year|skin|mental health|sleep|flu) (?:is|was|has been|have been|are|were) (?:so |really |very |absolutely |just )?(?:awful|terrible|horrendous|dreadful|horrible|rubbish|ridiculous|unbearable|bad|shocking)' },
  { pattern: '(?:frustrat\\w*|fed up|sick and tired|struggling) (?:with|by|of) (?:my|his|her|this|these|the) (?:\\w+ )?(?:eczema|condition|symptoms|pain|skin|asthma|back|health|weight|cough|cold|anxiety|migraines?|sleep)' },
  { pattern: '(?:gutted|sad|sorry|disappointed|shame|such a shame|a shame|pity|a pity|what a pity) (?:to hear |to see |that )?(?:\\w+ ){0,3}(?:is |are |will be )?(?:leaving|retiring|retire|leave|moving on|closing|going)' },
  // Blame on other patients, or standing up for the staff: "shocking how many people don't turn up".
  { pattern: '(?:(?:its |it is )?(?:shocking|disgusting|terrible|awful|appalling|ridiculous|sad|shameful) (?:how|that|the way) (?:many |some )?)?(?:people|patients|folk|others|some people) (?:who )?(?:\\w+ ){0,3}(?:dont turn up|do not turn up|miss (?:their|appointments)|missing (?:their|appointments)|waste (?:appointments|slots|time)|talk to|speak to|treat|are rude to|abuse)(?: (?:\\w+ ){0,3}(?:are|is) the (?:problem|issue))?' },
  // Nothing went wrong: "no appointments were missed".
  { pattern: `no (?:\\w+ )?(?:${APPT}|visits?|calls?|doses?) (?:were|was|got|have been|has been) (?:missed|cancelled|late|lost|forgotten)`, credit: 'praise' },
  // Good care not received is a complaint, whatever the praise word inside it.
  { pattern: '(?:not|never|werent|wasnt) (?:\\w+ )?(?:receiving|getting|given|giving|get|got|provided|offered) (?:a |any )?(?:good|proper|decent|adequate|appropriate|great|the right) (?:\\w+ )?(?:care|service|treatment|support|help|advice)', credit: 'complaint' },
  { pattern: 'nothing (?:was )?too much (?:trouble|bother)', credit: 'praise' },
  // Respect not shown is a complaint, whatever the praise word inside it: "I was not treated with respect".
  { pattern: '(?:not|never|wasnt|werent|isnt|arent) (?:\\w+ )?(?:treated|spoken to|dealt with|listened to) (?:with )?(?:respect|dignity|kindness|compassion|courtesy|properly)', credit: 'complaint' },
  // Quick, said in minutes: "took me 2 mins", "through in 6 mins", "4th in the queue and through in 6".
  { pattern: '(?:took|takes|taking) (?:me|us|him|her) (?:about |around |just |only |less than |under )?(?:[1-9]|10|one|two|three|four|five|ten|a few|a couple of) (?:mins?|minutes|seconds)|(?:through|sorted|booked|done|seen|answered) (?:it |mine |that |everything |me |us |him |her )?(?:out )?(?:in|within|under) (?:about |around |just |only |less than |under )?(?:[1-9]|10|one|two|three|four|five|ten|a few|a couple of) (?:mins?|minutes|seconds)|(?:\\d+(?:st|nd|rd|th)|number \\d+) in (?:the )?queue (?:and )?(?:got )?(?:through|answered|seen)|(?:\\d+(?:st|nd|rd|th)|number \\d+) in (?:the )?queue (?:but |and |yet )?(?:still )?(?:got |had |was )?(?:a call ?back|called back|rung back|rang back|seen)(?: (?!not|no)\\w+){0,5}? (?:the )?(?:same day|same morning|that (?:morning|day|afternoon)|by (?:\\d+|lunch|lunchtime|dinner)|within (?:the|an|the same|half an) (?:hour|morning))|(?:spoke|speaking|talking|talked|got through) to (?:someone|somebody|a (?:real |actual |live )?(?:person|human(?: being)?)|(?:a|the) (?:receptionist|doctor|gp|nurse)) (?:in|within|under) (?:about |around |just |only |less than |under )?(?:[1-9]|10|one|two|three|four|five|ten|a few|a couple of) (?:mins?|minutes|seconds)', credit: 'praise' },
  { pattern: 'why (?:didnt|did not|hadnt) (?:i|we) (?:do|try|use|switch to|start) (?:this|it|that)(?: (?:years|months|ages) (?:ago|before|sooner))?', credit: 'praise' },
  { pattern: '(?:much|so|far|loads|a lot|heaps|miles) better (?:since|now|than (?:before|it was|it used to be))', credit: 'praise' },
  { pattern: '(?:hates?|hated|dreads?|dreaded|scared of|terrified of|frightened of|petrified of) (?:the )?(?:needles|injections|jabs|blood tests|doctors|the doctors|hospitals|the dentist|going to the doctors|phoning|ringing up|making phone calls|phone calls|talking on the phone|using the phone)' },
  { pattern: 'fobbed off (?:elsewhere|at (?:my |the |another )?(?:old|previous|last|other) (?:surgery|practice|gp))' },
  // "Deserve much better" is a complaint, not the praise "much better".
  { pattern: 'deserve(?:s|d)? (?:much |a lot |so much |far |a whole lot )?better', credit: 'complaint' },
  // Standing up for the staff: "nobody deserves to be shouted at", "the stuff they get called is disgusting".
  { pattern: '(?:nobody|no one|noone) deserves to be (?:\\w+ ){0,3}(?:shouted at|sworn at|abused|spoken to like that|treated like that)|the (?:stuff|things|names|abuse) (?:they|staff|the staff|receptionists|the receptionists|she|he) (?:get|gets|got) (?:called|told|said to them|given)(?: (?:is|are) (?:\\w+ )?(?:disgusting|awful|shocking|terrible|appalling|vile))?' },
  // Being seen as a person is praise: "treated like a person, not a number".
  { pattern: '(?<!(?:to be|should be|could be|would be|want to be|wish to be) )(?:treated|treats?(?: (?:you|me|us|him|her|people|patients|everyone))?|made (?:me|us|him|her|my \\w+) feel|felt) like (?:a person|a human|a human being|an individual|family)(?:,? (?:not|and not|rather than|instead of) (?:just )?a number)?', credit: 'praise' },
  { pattern: '(?:didnt|did not|never) (?:even )?(?:feel|notice) (?:it|a thing|the needle|the jab|anything)', credit: 'praise' },
  // Relief told as what was spared: "made me feel like I wasn't wasting his time", "don't know how
  // we'd have got through without her", "saved me waiting months on the hospital list".
  { pattern: 'made (?:me|us|him|her) feel (?:like|as if|as though) (?:i|we|he|she) (?:wasnt|was not|werent|were not) (?:wasting|a (?:burden|nuisance|bother)|bothering)(?: (?:his|her|their|your) time)?|made (?:me|us|him|her) feel (?:like|as if|as though) (?:it was|it is|its|that was|that is|thats|i was|we were|i am|im) (?:completely |totally |perfectly |absolutely )?(?:normal|ok|okay|fine|alright|nothing|no bother|no trouble|no problem|the right thing|understandable|important|a priority|worth it|their only patient|the only patient)|(?:dont|do not|didnt) know (?:how|what) (?:i|we|id|wed|i would|we would)(?: have| of)? (?:got through|managed|coped|done)(?: \\w+){0,6} without (?:her|him|them|you)|saved (?:me|us|him|her|my \\w+) (?:from )?(?:waiting|a trip|a wait|having to wait)(?: (?:months|weeks|ages|years))?', credit: 'praise' },
  // A chore that was spared is praise: "didn't have to chase once", "never needed to ring back",
  // "didn't even need the GP in the end" (but "shouldn't have to chase" stays a complaint).
  { pattern: '(?<!should |shouldnt |should not |wish (?:i|we|you) |if (?:i|we|you) )(?:didnt|did not|never|not|without) (?:even )?(?:need(?:ed)? to|have to|had to|having to) (?:chase|ring back|call back|phone back|ring again|ask twice)(?: (?:it|them|anyone|anything|up|once|at all))*|(?<!(?:decided|thought|said|told me|tell me) (?:that )?(?:i|he|she|we) )(?:didnt|did not) (?:even need (?:to see )?(?:the|a) (?:gp|doctor)|need (?:to see )?(?:the|a) (?:gp|doctor) in the end)', credit: 'praise' },
  // A call back that came within minutes: "they rang me 20 mins later", "called back within 10 minutes".
  { pattern: '(?:rang|called|phoned|rung|got back to) (?:me |us |him |her )?(?:back )?(?:(?:about |around |only |just )?(?:\\d+|five|ten|fifteen|twenty|thirty|a few|a couple of) (?:mins?|minutes) later|within (?:\\d+|five|ten|fifteen|twenty|thirty|a few|a couple of) (?:mins?|minutes))', credit: 'praise' },
  // Someone else's rudeness, borne by the staff: "dealt with a very rude man with the patience of a saint".
  { pattern: '(?:a|an|the|some|this|that) (?:very |really |so |extremely )?(?:rude|abusive|aggressive|angry|difficult|nasty|irate|shouty|obnoxious) (?:man|woman|lady|bloke|gentleman|customer|person|people|chap|guy|fella|members? of the public)(?! (?:on|at|behind|from) (?:the )?(?:reception|desk|front desk|phones?|surgery|practice))|(?:with|has|had|have|showed|shows|showing) (?:the )?patience of a saint', credit: 'praise' },
  // A grumble about the car park or the weather beside praise is not about the care.
  { pattern: '(?:shame|pity) about the (?:parking|car park|weather|traffic|coffee|chairs|music)|(?:shame|pity|its a shame|but|although|though|tho|only (?:thing|gripe|downside|negative) is) (?:that )?(?:the )?(?:parking|car park|weather|traffic|roadworks) (?:was|is|were|are) (?:\\w+ )?(?:a nightmare|nightmare|awful|terrible|horrendous|rubbish|a joke|shocking|dreadful|a pain|grim)' },
  // The old way, named to praise the new: "a vast improvement on the old 8am lottery".
  { pattern: '(?:improvement on|better than|no more|gone are the days of|beats|unlike) (?:the )?(?:old )?(?:\\w+ ){0,3}(?:lottery|scramble|queue|free for all|phone system|system|rush)' },
  { pattern: '(?:no one|nobody|noone|no \\w+) (?:could|can|would) (?:have )?(?:done|been|asked|do|be|given|wish for) (?:more|better|kinder|nicer|any more|anything more|more caring|more helpful)', credit: 'praise' },
  // (Not a patient no better: "sent home with nothing and she's no better".)
  { pattern: '(?:nothing|not anything|dont think (?:there is|theres|there was) anything|cant think of anything)(?: \\w+){0,6}(?<! (?:no|not|isnt|wasnt|never|none the)) (?:better|improved|differently|improve)', credit: 'praise' },
  // Not when the writer then sides with them: "I know people moan but this time it's justified".
  { pattern: '(?:what|why) (?:people|everyone|some people|folk|others) (?:are |is )?(?:moan\\w*|complain\\w*)(?: about)?|(?:dont|do not) listen to the (?:moaners|haters|negative \\w+)|(?:people|some|others|folk) (?:moan|complain|slate)\\w*(?! (?:\\w+ ){0,2}but (?:this time|its justified|it is justified|they have a point|theyre right|they are right|i have to agree|i agree))', credit: 'praise' },
  { pattern: '(?:not|isnt|arent) (?:rude|unhelpful) like', credit: 'praise' },
  // A negated compliment is a complaint: "not happy", "wasn't very helpful", "not good enough"; not
  // a writer not good with computers.
  { pattern: '(?:not|never|wasnt|isnt|werent|arent|hardly|far from|not at all|not exactly) (?:so |very |that |too |at all |particularly |really |remotely |the most |overly |always (?:this |that |so |as )?)?(?:happy|impressed|helpful|pleased|satisfied|good|great|kind|caring|friendly|professional|polite|interested|listening|bothered|acceptable|accurate|nice|brilliant|excellent|fair|ok|okay|right|grateful|thankful|enough (?:doctors|staff|gps))(?! with (?:the |a |my )?(?:computers?|technology|tech|internet|phones?|apps?|online|forms?|that sort|tablets|ipads?))(?: (?:enough|at all|with (?:the|this|my|how|your) \\w+))?', credit: 'complaint' },
  // Fault found, after none found: "can't fault the doctors, can fault everything else".
  { pattern: '(?:can|could) (?:still |also |easily |definitely )?fault (?:\\w+ ){0,2}(?:everything|everyone|all the rest|the rest|all of it)', credit: 'complaint' },
  // How an appointment went is not about getting one ("kept waiting past my appointment time").
  { pattern: `(?:lovely|great|good|best|brilliant|fab|fantastic|excellent|helpful|reassuring) (?:\\w+ )?${APPT}`, credit: 'praise' },
  { pattern: `(?:awful|terrible|worst|rushed|pointless|useless|wasted|horrible|dreadful) (?:\\w+ )?${APPT}`, credit: 'complaint' },
  { pattern: `(?:during|throughout|whole|entire) (?:of )?(?:my |the |his |her )?(?:\\w+ )?${APPT}|(?:turned up|went|got there|arrived|attended|left|came out of|walked out of) (?:for |to |at )?(?:my|the|his|her) (?:\\w+ )?${APPT}(?! (?:had|has|was|got) (?:been )?(?:cancelled|canceled|moved|changed))|at (?:my|the|his|her) (?:\\w+ )?${APPT} (?:the|today|yesterday|this|last|he|she|they|i)|${APPT} (?:lasted|went|was (?:spot on|on time|great|lovely|brilliant|rushed|awful|a waste|pointless|useless|fine|good|really))` },
  { pattern: `(?:past|after|late for|before|of|beyond) (?:my |the |your |our )?${APPT}(?: time| slot)|(?:past|after|late for|before) (?:my|the|your|our) ${APPT}|(?:\\d+|five|ten) (?:min|minute|mins|minutes) ${APPT}` },
  { pattern: '(?:going to|gonna|will|is going to) kill (?:someone|somebody)(?: one day| eventually| soon)?', credit: 'complaint' },
  { pattern: '(?:couldnt|could not|cant|cannot) be (?:any )?(?:happier|more pleased|better)', credit: 'praise' },
  // A past event is history, not an emergency now.
  { pattern: '(?:had|has had|have had|suffered) (?:a |an )?(?:stroke|heart attack|seizure|fit|overdose|mini stroke|tia)s? (?:last (?:year|month)|\\w+ (?:years?|months?) ago|years? ago|months? ago|in (?:19|20)\\d\\d|back in)' },
  { pattern: '(?:fine|ok|okay|k|right) (?:thanks|thank you|thank u|ty|cheers)(?! (?:so much |very much )?for (?:\\w+ ){0,4}(?:so |very |really )?(?:quick|quickly|fast|promptly|soon))' },
  // The writer's own state on the way in, not the practice's doing: "felt so anxious coming
  // down", "was really scared to come in with it", "turned up in bits". Nor a bad time at another practice
  // told to praise this one: "after a terrible experience at my old surgery".
  { pattern: '(?:was|were|am|im|felt|feeling|been) (?:so |very |really |quite |a bit |a little |extremely |incredibly |absolutely )?(?:nervous|anxious|embarrassed|distressed|scared|terrified|frightened|worried|apprehensive|upset|petrified|in bits|in tears|in a state|panicking) (?:about |to |before |when )?(?:coming|come|going|go|ringing|calling|phoning|booking|being seen|seeing)(?: (?:in|down|up|along))?|(?:came|come|went|walked|turned up|arrived|got there) (?:in )?(?:so |very |really |quite |extremely |absolutely )?(?:distressed|upset|anxious|nervous|in bits|in tears|in a state|panicking|scared|frightened|worried)|(?:bad|awful|terrible|horrible|poor|negative|horrendous) (?:experiences?|times?) (?:elsewhere|at (?:my |another |a |the )?(?:old|previous|last|other|former|different) (?:surgery|practice|gp|doctors|one)|at another (?:surgery|practice|gp)|with (?:my |a |the )?(?:old|previous|last|other|former) (?:surgery|practice|gp|doctors?))' },
  // Another practice doing what this one will not, and an excuse granted before the grievance, are
  // not praise: "my last surgery sorted it no bother", "I do understand you are all stretched but…".
  { pattern: `${OTHER_PRACTICE} (?:did|does|used to do|would do|gave|prescribed|sorted|issued) (?:it|this|that|them|me|mine)(?: \\w+)? (?:no problem|no bother|no questions asked|without (?:a |any )?(?:problem|fuss|issue)|fine)|(?:i|we) (?:do |totally |fully |really )?(?:appreciate|understand|realise|realize) (?:that )?(?:the |you |your |everyone |they )?(?:\\w+ )?(?:are|is|were|re) (?:so |very |really |all |clearly )?(?:overworked|busy|stretched|under (?:a lot of |so much )?pressure|short staffed|understaffed|doing (?:their|your) best)` },
  // "Thanks for that" closing a grievance is a jab, not thanks: "paid to go private in the end. Cheers for that".
  { pattern: '(?:thanks|cheers|ta) for that(?: (?:diagnosis|advice|help|one|lot|then))?(?: (?:receptionist|doctor|nurse|reception|guys|lot|everyone|all))?(?= (?:\\. )*$)' },
  // "It's all well and good…, but" brings in a complaint; it is not praise.
  { pattern: '(?:its|it is|thats|that is|all) (?:all )?(?:well and good|very well)(?= (?:\\w+ ){0,8}(?:but|however))' },
  // Nobody made the writer feel small is praise: "no one made me feel silly for asking".
  { pattern: `(?:nobody|no one|noone|none of (?:them|the staff|the team)) (?:ever |once |at all |has |have )?(?:made|makes|make) (?:me|us|him|her|them|my \\w+) feel (?:like )?(?:i was |i am |im |we were )?(?:\\w+ )?${NEGATIVE_WORD}(?: at all| whatsoever)?|(?:nobody|no one|noone) (?:ever |once |has |have )?(?:rushed|hurried|judged|dismissed|patronised|lectured|fobbed (?:me |us |him |her )?off|snapped at|shouted at|talked down to)(?: (?:me|us|him|her|my \\w+))?(?: at all| once)?`, credit: 'praise' },
  // Care that came back to check, a span of days told as attention, not a delay: "phoned a week
  // later to check how I was doing", "texted two days later to see if the cream had worked".
  { pattern: '(?:rang|called|phoned|texted|rung|messaged|got in touch|followed (?:it |me |us )?up)(?: (?:me|us|him|her|my \\w+))?(?: back| up)? (?:a few|a couple of|\\d+|two|three|four|five|six|seven|a|the next|the following) (?:days?|weeks?|morning)(?: later)?(?= (?:to|and|just to) (?:check|see|ask|find out|make sure|follow))', credit: 'praise' },
  // A span that ends in a verdict of ease is speed, not a delay: "ready at the pharmacy a
  // day later, brilliant", "arrived the next day. Painless".
  { pattern: '(?:ready|done|there|waiting|sorted|arrived|back|through|delivered|in)(?: (?:for (?:me|us) )?(?:at|in|from|on) (?:the |my )?(?:chemist|pharmacy|surgery|app|post|system))? (?:the )?(?:next day|same day|(?:\\d+|a|one|two|a couple of) (?:days?|hours?) later)(?= (?:\\. )?(?:easy|brilliant|great|perfect|spot on|no (?:problems?|issues?|fuss|hassle)|job done|simple|sorted|so easy|thank|thanks|cheers|excellent|amazing|fab|lovely|painless|quick|impressive|impressed))' },
  // The writer's own niggle, told with how long it has lasted, is not a wait for the practice: "my
  // knee had been giving me gyp for months", "something that had been bothering me for weeks".
  { pattern: '(?:giving me (?:gyp|grief|jip|bother|trouble)|bothering me|playing up|troubling me) for (?:\\d+ |a few |several |many |a couple of )?(?:months|weeks|years|ages)' },
  // The writer's own hard time, not the practice's doing: "I've had a rough few months and the team
  // have been incredible", "a tough year".
  { pattern: '(?:a |such a |an )?(?:rough|tough|hard|difficult|horrible|horrendous|bad) (?:few |couple of )?(?:months|weeks|years?|time|patch|spell|days)(?! (?:with|at|from|because of|thanks to|dealing with|getting|trying|waiting|chasing|on hold|of (?:it|trying|chasing|waiting)))' },
  // A usual trouble that did not happen this time is praise: "normally a battle to get in but
  // this time I was seen straight away"; and disbelief at good luck: "couldn't believe my luck".
  { pattern: '(?:usually|normally|often|always|generally) (?:a nightmare|a struggle|a battle|impossible|hard|difficult|a pain|awful|a faff)(?: \\w+){0,6} (?:but|except|yet) (?:today|this time|this morning|not today|for once|not this time)|(?:couldnt|could not|cant|cannot|can not) believe (?:my luck|my eyes|how (?:quick|quickly|fast|easy|lucky|smooth)\\w*|it(?= (?:\\. )?(?:a |an )?(?:same day|first time|through|seen|appointment)))', credit: 'praise' },
  // Grumbles of the past given up, lateness put down to care, and no complaint to make: "we grumbled
  // about the surgery for ages but fair play…", "he runs behind because he takes time with people",
  // "Complaints: none".
  { pattern: '(?:i|we|everyone) (?:moaned|complained|grumbled|whinged|used to moan|used to complain) about (?:this|the|you)(?: \\w+){0,4} (?:but|however)(?= (?:\\w+ ){0,5}(?:improved|better|changed|brilliant|great|have to say|must say|fair play|credit|turned (?:it|things) around))|(?:runs?|running|ran) (?:a bit |bit )?(?:late|behind) (?:because|as|but thats because|but its because|cos) (?:she|he|they|the doctors?) (?:gives?|takes?|spends?|never rushe?s?)|complaints? (?:\\. )?(?:none|nil|nothing|zero|not one)(?= )', credit: 'praise' },
  // A check planned, not a wait: "going to recheck my bloods in 6 weeks", "wants to review me in
  // 3 months".
  { pattern: '(?:will|to|going to|gonna|wants to|want to|booked (?:me )?in to|is going to|are going to) (?:check|review|recheck|repeat|redo|retest|test|monitor|follow up|see (?:me|us|him|her|them) again)(?: (?:it|them|me|us|him|her|that|this|my \\w+|the \\w+|on (?:me|us|him|her|it)))?(?: again)? (?:in|after) (?:\\d+|a few|a couple of|two|three|four|six|eight|twelve) (?:days|weeks|months)' },
  // Surprise at what the practice offers: "never knew you did that", "didn't realise the
  // pharmacist could do it".
  { pattern: '(?:didnt|did not|never) (?:even )?(?:know|knew|realise|realised|realize|realized)(?: that| there was| there were)? (?:(?:this|that|it|they|you|there|nurses|pharmacists|the \\w+) )?(?:existed|was (?:a thing|possible|an option|available|on offer|there|on there)|were there|(?:could|can|did|do|does|were able to) \\w+)' },
  // Thanks for all the staff do, and sympathy for their lack of staff: "grateful for all you
  // do", "a pity about the staff shortages, hope it eases soon".
  { pattern: '(?:thank(?:s|you| you| u)?|grateful|appreciate(?: you)?|appreciated) (?:\\w+ ){0,2}for (?:all )?(?:what|everything|all) (?:you|they|she|he|you all|you guys|the \\w+) (?:do|does|did|have done|has done|all do|are doing|do for us)', credit: 'praise' },
  { pattern: '(?:such a |what a |its a |a )?(?:shame|pity|sad) (?:about|to hear about|to see) (?:the )?(?:staffing|staff shortages?|shortages?|funding|cuts|pressures?|strain)(?= (?:\\w+ ){0,4}(?:hope|hopefully|must be|you (?:all )?do|not your fault|thank))' },
  // Hard work told as praise: "you lot never stop", "they never stop x".
  { pattern: '(?:you|they|she|he|you lot|you guys|you all|the staff|the nurses|the team)(?: (?:literally|honestly|just|really))? never stop(?= (?:x+ |\\. )*$)', credit: 'praise' },
  // Something long asked for, now done, with thanks: "we've been waiting for text
  // reminders for ages. Thanks", "been hoping for this for years, brilliant".
  { pattern: '(?:been|have been|ive been|weve been|were|im) (?:asking|waiting|hoping|begging|wishing|crying out) for(?= (?:this|that|it|(?:\\w+ ){1,3}?)(?:for )?(?:years|ages|months|so long|a long time|forever) (?:\\. )?(?:thank|thanks|cheers|great|brilliant|well done|about time|at last|finally|love|so pleased|so glad|excellent|fantastic|amazing))', credit: 'praise' },
  // Praise for a check nobody else had done: "the GP reviewed all my tablets, which no one
  // had done for ages".
  { pattern: '(?:which|that|something) (?:nobody|no one|noone|no \\w+) (?:else )?(?:has|had|have)(?: ever)? (?:done|bothered|checked|asked|offered|explained)(?: (?:to do|before|that|it))?(?: (?:in|for) (?:years|ages|a long time|decades|\\d+ years))?', credit: 'praise' },
  // A cancelled referral is a grievance, not a booking; asking to cancel one is neither. (Only
  // referrals: cutting "prescription" out would hide it from the prescription rules.)
  { pattern: '(?:cancelled|canceled) (?:my |the |a |your |our |his |her |their )?(?:\\w+ )?referrals?', credit: 'complaint' },
  { pattern: 'cancel (?:my |the |a |his |her |their )?(?:\\w+ )?referrals?' },
  // Whether a vaccine is safe or due is a health question, not a request to book one.
  { pattern: '(?:safe|ok|okay|alright|fine|too late|too early) to (?:have|get|take) (?:the |a |my |her |his |their )?(?:\\w+ )?(?:jabs?|vaccines?|vaccinations?|boosters?)|(?:priority|eligible) for (?:the |a )?(?:\\w+ )?(?:jabs?|vaccines?|vaccinations?|boosters?)' },
  // Session 9, praise-only comments read as complaints (a probe round written to test the promise
  // that praise is never a complaint). A complaint word as an intensifier of praise: "scarily
  // efficient", "ridiculously quick".
  { pattern: '(?:shockingly|ridiculously|insanely|stupidly|scarily|unbelievably|absurdly|criminally|disgustingly|obscenely|silly) (?:efficient|quick|fast|easy|good|helpful|kind|organised|smooth|well run|lovely|friendly|thorough|underrated|reassuring)', credit: 'praise' },
  // A dread that came to nothing, said before the praise: "I hate to say it but…", "thought I'd
  // hate the new form", "was expecting a battle".
  { pattern: '(?:i )?hate to (?:admit|say)(?: it)?|thought (?:i|id|i would|i was going to|i was gonna) (?:hate|dread|struggle with)(?: it| the \\w+)?|(?:was |were )?expecting (?:a |an )?(?:fight|battle|nightmare|struggle|argument|runaround)' },
  // No grievance held: "got no beef with them", "no gripes at all".
  { pattern: '(?:ive got|i have got|i have|ive|i got|got|have) no (?:beef|gripes?|grumbles?|qualms?|moans?) (?:with|about|at)', credit: 'praise' },
  // Sad to leave is fondness: "gutted we're moving away", "sad to be leaving the area". (Sad that a
  // GP is leaving is neither, above.)
  { pattern: '(?:gutted|sad|heartbroken|devastated|upset)(?: to be| were| we are| im| i am)? (?:moving|leaving)(?: away| out| house| the area)', credit: 'praise' },
  // The feeling a practice spares people: "never makes me feel like I'm wasting their time",
  // "doesn't make you feel a nuisance".
  { pattern: '(?:doesnt|didnt|never|dont|does not|did not) (?:ever |once )?(?:make|makes|made) (?:me|you|us|patients|people|anyone) feel (?:like )?(?:(?:im|i am|were|we are|youre|you are|theyre|a|an) )?(?:wasting (?:their|your|his|her) time|(?:a )?(?:nuisance|burden|hypochondriac)|stupid|rushed|judged|silly)', credit: 'praise' },
  // Standing up for the practice against its critics: "anyone saying this place doesn't care
  // hasn't met the nurses", "whoever said they're rude has never seen them on a Monday".
  { pattern: '(?:anyone|anybody|people|whoever|those|folk|everyone) (?:who (?:says?|said|thinks?|reckons)|saying|that says?|moaning that|claiming|says|said|thinks|reckons) (?:\\w+ ){0,5}(?:doesnt care|dont care|are rude|is rude|rude|useless|awful|a joke)(?! (?:is|are) right| (?:has|have) a point)', credit: 'praise' },
  // Slang and second thoughts as praise: "the nurses have been unreal with me", "you've proved me
  // wrong", "I was wrong about this place".
  { pattern: '(?:been|was|were|is|are) (?:absolutely |just |honestly )?unreal (?:with|to|for) (?:me|us|my \\w+|our \\w+|him|her)|(?:proved|proven) (?:me|us|them|everyone|the doubters) wrong|i was wrong about (?:this place|you|this surgery|this practice|the \\w+)', credit: 'praise' },
  // A second praise round, the same session: "not once in ten years have I felt rushed", "not
  // once has anyone sighed at me" (the negation reaches further than four words here).
  { pattern: '(?:not once|never once|never)(?: in (?:\\w+ ){1,2}(?:years|months))? (?:have|has|did|do|does) (?:i|anyone|anybody|they|she|he|we|a single \\w+)(?: \\w+){0,6} (?:felt|feeling|been|left|made to feel)? ?(?:rushed|sighed at|judged|fobbed off|ignored|turned away|a nuisance|a burden|unwelcome|stupid)', credit: 'praise' },
  // Surprise at how good: "proper unreal how fast the callback was", "shocked at how good the
  // service was", "didn't even have time to make a brew".
  { pattern: '(?:unreal|shocked|shocking|gobsmacked|stunned|mad|insane|crazy)(?: \\w+){0,2} (?:at )?how (?:good|quick|quickly|fast|easy|kind|helpful|lovely|efficient|smooth)|(?:didnt|did not|never) even (?:have|get) (?:time|a chance) to (?:make|finish|drink|sit|put|take)(?: \\w+){0,3}', credit: 'praise' },
  // Nothing wrong with the place at all: "nothing wrong with this surgery at all, people just like
  // a moan". (Not "nothing wrong with the doctors, it's getting in that's the problem".)
  { pattern: '(?:nothing|nowt|not a thing) (?:wrong|bad) (?:with|about) (?:this|the|you|them|our|my) ?(?:surgery|practice|place|lot|staff|doctors|service)? (?:at all|whatsoever)(?! (?:\\w+ ){0,3}(?:but|its|it is|except|apart from|though))', credit: 'praise' },
  // No bother at all: "never any bother", "never any fuss".
  { pattern: '(?:never|not) (?:any|a bit of|a spot of|an ounce of) (?:bother|fuss|hassle|trouble|problem|drama)', credit: 'praise' },
  // Others' criticism, answered: "don't get the hate on here", "can't understand all the moaning".
  { pattern: '(?:dont|do not|cant|cannot|never) (?:get|understand) (?:the|all the|why the) (?:hate|negativity|moaning|complaints|stick|bad press|slagging)(?: on here| this place gets| they get)?', credit: 'praise' },
  // A bad review that was never written: "was gonna leave a bad review but…".
  { pattern: '(?:was|were|am|was going to|was gonna) (?:going to |gonna |about to |all set to |ready to )?(?:leave|write|post|give) (?:a |them a |you a )?(?:bad|negative|stinking|scathing|one star|1 star|poor) review' },
  // The writer's own mistake: "turned up at the wrong surgery on the wrong day", "my fault, I
  // booked the wrong day".
  { pattern: '(?:i|we|me) (?:\\w+ ){0,5}(?:turned up|went|came|rang|booked|showed up|arrived) (?:at |to |on |for )?(?:the )?wrong (?:surgery|practice|day|time|date|building|place|clinic)(?: (?:on|at) the wrong (?:day|time|date))?' },
  // The writer's own want of skill is neither praise nor a complaint: "I'm not very good with the
  // app", "not great with computers".
  { pattern: 'not (?:very |too |that |so |great |brilliant |the best )?(?:good|great) (?:at|with) (?:the |a |my |using )?(?:computers?|technology|tech|internet|phones?|apps?|online|forms?|tablets|ipads?|that sort)' },
  // Figures of speech for a bad phone queue, not red flags: "this queue is giving me chest pains"
  // (only the figure is cut: the queue stays a grievance), "every time I ring I die a little inside".
  { pattern: '(?<=(?:queue|phones?|hold music|receptionists?|system|app|form|surgery|this place|you lot|8am|ringing|waiting|scramble)(?: \\w+){0,3} )(?:is |are |keeps |will |s )?(?:nearly |almost |practically )?(?:giving|give|gives|gave) (?:me|us) (?:chest pains?|a heart attack|palpitations|a stroke|an aneurysm|a coronary)|(?:want to |wanna |i )?die a (?:little|bit) (?:more )?inside' },
  // A child's brave moment: "didn't even cry at her jabs", "never even flinched".
  { pattern: '(?:didnt|did not|never) even (?:cry|cried|flinch|flinched|notice|noticed|wince|winced|feel it|felt it|feel a thing|felt a thing)', credit: 'praise' },
];
