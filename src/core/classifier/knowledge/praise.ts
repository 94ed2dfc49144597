import type { PhraseRule } from './types.ts';

/** Thanks or positive feedback. */
export const PRAISE_RULES: readonly PhraseRule[] = [
  ['grateful|thankful|appreciated?|appreciat\\w+|cant thank (?:you|u) enough|forever grateful|indebted', 1],
  ['brilliant|excellent|amazing|amazin|fantastic|fab|fabulous|wonderful|superb|outstanding|exceptional|first class|top notch|top class|spot on|5 stars?|five stars?|10 10|ten out of ten|gr8|faultless|second to none|a credit|credit to|angels?|superstars?|cracking|diamonds?|(?:all|absolute|real|little|you are|youre|total) stars?|gem|legends?|heroes|hero|saved my life|life saver|lifesaver', 1],
  ['lovely|kind|kindness|caring|so helpful|very helpful|really helpful|super helpful|extremely helpful|helpful|friendly|professional|thorough|polite|patient with|reassuring|gentle|put (?:me|my \\w+) (?:right )?at ease|listened|understanding|compassionate|efficient|quick|quickly|fast|on time|well organised|smooth', 0.6],
  ['(?:great|good|brill|nice|lovely|smashing|fab) (?:\\w+ )?(?:job|service|practice|surgery|doctors?|docs?|gps?|nurses?|staff|team|care|experience|work|receptionists?|reception|people|bunch|advice|help|support)|best (?:surgery|practice|gp|doctors?|nurses?)', 1],
  ['(?:you|u|doctors?|docs?|gps?|drs?|nurses?|staff|team|receptionists?|reception|service|care|surgery|practice|people|everyone|she|he|they|it|pharmacist|physio|appointment|dr \\w+|nurse \\w+)(?: \\w+)? (?:are|is|was|were|have been|has been|always) (?:\\w+ )?(?:great|good|brilliant|lovely|amazing|fab|fantastic|excellent|wonderful|kind|helpful|friendly|caring|polite|brill|superb|outstanding|fabulous|spot on|on time)', 1],
  ['(?:cant|can not|cannot) believe how (?:quick|quickly|fast|easy|good|kind|helpful|lovely)|how (?:quick|quickly|fast|easy|kind|helpful|lovely) (?:that|it|everyone|they|you|the)|doing (?:so|really|very) well|doing (?:a )?(?:great|brilliant|good|fab|fantastic) job|glad to see|well done|top marks|full marks|well deserved|deserve (?:a medal|an award)|keep up the good work|good work|great work|hard work|above and beyond|over and above|cant praise|nothing but praise|(?:highly|would|definitely|thoroughly|100) recommend|recommend (?:this|them|the surgery|the practice|dr)|so lucky|very lucky|lucky to have|impressed|pleased|happy with|(?:so|really|very|extremely|more than) happy|love (?:the|this|my|our|you|u)|loved|thrilled|delighted|made my day|a breath of fresh air|breath of fresh air|no problems?|no issues?|never had (?:a|any) (?:problems?|issues?)', 1],
  ['great|good|nice|brill|wonderful|comfortable', 0.4],
  // "They saved my husband's life", "she's been a lifeline", "keep doing what you're doing",
  // "wouldn't change a thing", "worth waiting for" (probes written in session 7).
  ['saved (?:my|his|her|our|their) (?:\\w+ )?(?:life|lives|sanity|bacon)|(?:been|was|is|are|were|hes|shes|youre|theyre) (?:a |an )?(?:absolute |real |total |such a )?(?:lifeline|godsend|life ?saver|blessing)|keep (?:doing what (?:youre|you are|you do|theyre doing)|up the (?:great|brilliant|fab|amazing) work)|(?:wouldnt|would not|wouldnt ever) change (?:a thing|anything|a single thing)|(?:nothing|not a (?:single )?thing) (?:i|id|i would|wed|we would) change|worth waiting for', 1],
  ['worth (?:it|the wait)|nothing but (?:kindness|praise|good|positive|great|kind)|calm and (?:kind|reassuring|caring|professional)', 1],
  ['calm|sorted me out', 0.6],
  // "…and was so lovely": the praise word after a linking verb and an intensifier, subject anywhere.
  ['(?:was|were|is|are|been) (?:so|really|very|absolutely|just|super|extremely|incredibly) (?:lovely|calm|kind|helpful|caring|nice|brilliant|amazing|fab|fantastic|wonderful|friendly|reassuring|gentle|patient|thorough|efficient|understanding)', 1],
  ['(?:beautiful|gorgeous|stunning|lovely|smart|fab|fabulous) (?:new )?(?:waiting room|building|surgery|practice|garden|reception|decor|refurb\\w*|premises|makeover|mural|artwork)', 1],
  ['congrat\\w*|good luck|happy retirement|enjoy (?:your|ur) (?:well earned )?retirement|welcome to (?:the )?(?:new|our|team)|(?:will|youll|you will|she will|he will) be (?:sorely |so |really )?missed|lovely (?:photo|picture|news|idea)|looks (?:smart|great|lovely|amazing|fab|brilliant)|great (?:info|news|idea)|works a treat|cheered me up|cant speak (?:highly|well) enough|hats off|fair play|credit where|deserve (?:medals?|a medal|an award)|be kinder to them|loads better|much better|thank(?:s|you| you| u)? (?:for|4) (?:the|this|that) (?:update|info|information|reminder|heads up|post|news)|thank(?:s|you| you| u)? (?:for|4) (?:letting us know|sharing|posting)', 1],
  ['made (?:\\w+ ){0,2}(?:so much |a lot |much |all the )?better|so much better', 1],
  // QUALITY + WHO, without a verb: "really kind doctor", "friendly receptionists".
  ['(?:very|really|so|extremely|super|incredibly) (?:kind|lovely|caring|helpful|friendly|nice|patient|gentle|thorough|efficient|professional)|(?:friendly|helpful|kind|caring|lovely|polite|professional|efficient|knowledgeable|gentle|cheerful) (?:\\w+ )?(?:receptionists?|staff|doctors?|gps?|nurses?|team|people|reception|pharmacists?)', 1],
  ['put (?:my|his|her|our) mind(?:s)? at (?:rest|ease)|painless|made it (?:easy|painless|quick|bearable|so easy)|(?:fitted|squeezed|got) (?:me|us|him|her|my \\w+) in (?:the same day|same day|straight away|that day|today|quickly|at short notice)|could learn (?:a lot |a thing or two )?from (?:this|you|them)|quicker than (?:i )?expected', 1],
  // A call back that came when promised: "the GP rang me back same day".
  ['(?:got|had|received) (?:a )?(?:call ?back|phone call|reply|response) (?:the |on the )?(?:same day|within (?:the|an|a|the same|half an) (?:hour|day|morning|afternoon)|in (?:an|half an|under an|less than an) hour|straight away|promptly|quickly)', 1],
  ['(?:rang|called|phoned|rung|got back to) (?:me |us )?(?:back )?(?:the |on the )?(?:same day|within (?:the|an|a|the same|half an) (?:hour|day|morning|afternoon)|straight away|promptly|as promised|when (?:she|he|they) said)', 1],
  ['made (?:me|us|him|her) feel (?:so |very |really )?(?:comfortable|at ease|welcome|better|safe|reassured|listened)', 1],
  ['(?:can|could) (?:usually|always|normally) get|(?:usually|always|normally) (?:get|got|able to get) (?:an? |seen|through)|easy to (?:book|get|use|contact|talk)|works? (?:really |very |so )?well|supportive|satisfied|(?:take|takes|took|taking) (?:the )?time to|explain(?:s|ed)? things', 1],
  ['(?:very|really|so|extremely) good|treated with (?:respect|dignity|kindness|compassion)|(?:out of|go out of|went out of) (?:their|her|his|the) way|extra mile|felt listened to|(?:takes?|took|taking) (?:my|your|our|their|the) (?:concerns|worries|time)|always (?:looked|look|looks|been|call|calls|treated|there|answered|get|able|helpful|friendly|polite|seen)', 1],
  ['always|easy to|easy|explained|clearly|looked after|look after|sorted (?:everything|it|me|us)|quick to|prompt|responsive|efficient|well run|knowledgeable|respect|dignity|seriously|take (?:their|the) time', 0.6],
  // Admiration without a praise adjective: "one in a million", "that's dedication", "deserves a
  // medal", "best in the business", "the kindest doctor I've ever met".
  ['one in a million|what a (?:star|gem|legend|hero|lovely (?:lady|man|woman|team))|(?:shes|hes|she is|he is|she was|he was|they are|theyre|they were|you are|youre|you were|dr \\w+ is|nurse \\w+ is) (?:simply |just |honestly |genuinely )?the best(?= (?:\\. |$|x|thank|ever|doctor|gp|nurse))|deserves? (?:a medal|an award|a pay rise|a raise)|(?:thats|that is|such|real|true) dedication|best in the (?:business|country|world|area|county)|(?:kindest|nicest|best|loveliest|most caring|most helpful|most thorough) (?:\\w+ ){0,2}(?:ive|i have|weve|we have) ever (?:met|had|seen|known)|(?:really |so |very |brilliantly )?well organi[sz]ed|dead easy|(?:so|really|very) easy|went (?:really |so |very )?smoothly', 1],
  ['in and out in', 0.6],
  // Liking a named clinician or the clinicians: "I really like Dr Hughes", "love Dr Bell".
  ['i (?:really |do |genuinely )?like (?:the |my |our )?(?:doctors|nurses|gps|dr \\w+|nurse \\w+)|love (?:dr|doctor|nurse) \\w+', 1],
  // Praise in the UK's own words, from the training sets: "tidy job", "canny service", "sound as a
  // pound", "worth her weight in gold", "can't say owt bad", "big cwtch", "diolch", "nae bother".
  ['gold star|top job|tidy job|grand job|(?<!(?:get|find|got|getting) a )proper job|canny (?:service|job|nurse|doctor|lass|fella)|champion(?= (?:\\. |$))|lush|(?:is|was|are|were) boss|sound as a pound|(?:proper |dead )?sound (?:fella|lass|bloke|people)|worth (?:her|his|their) weight in gold|(?:cant|can not|cannot) say (?:owt|anything|a word|one thing) bad|shout ?(?:out|oot)|big (?:cwtch|hug|hugs)|diolch|made up with|easy peasy|nae bother|(?:sorted|sort) (?:me|my \\w+|it|him|her) (?:out )?(?:lovely|no bother|in no time|in one go|a treat)|bent over backwards|changed my life|(?:couldnt|could not|cant|cannot) ask for (?:more|better)|the (?:kindest|friendliest|nicest|loveliest) (?:person|face|doctor|nurse|gp|lady|man|people)|respect to (?:the|all|everyone)|proud of (?:our|the|my|you|them|everyone)|nothing but kind', 1],
  ['welcome (?:back|aboard|dr \\w+|nurse \\w+|welcome)|(?:lovely|great|nice|so good) to have (?:you|her|him|them)|worked (?:perfectly|a treat|like a dream|brilliantly|really well)|(?:first|only) (?:doctor|gp|nurse|one|person) (?:who )?(?:has )?(?:ever )?(?:taken|listened|believed|bothered)|(?:beautiful|gorgeous|lovely|fab) (?:\\w+ )?(?:decorations|tree|display|garden|flowers)|happy retirement', 1],
  ['(?:in )?a (?:different|whole other|different) (?:league|class)|(?:been|was|were|is|are) (?:\\w+ )?champion|(?:streets|miles) ahead', 1],
  // Goodwill too faint to tag, enough to keep the trained models from reading a complaint into it:
  // "poor Dr Smith had a full waiting room and still smiled".
  ['(?:still|always|kept|keeps) (?:smil\\w*|cheerful|polite|patient|calm|kind)|poor (?:dr|doctor|nurse|receptionists?|staff|things?|girls?|lasses|souls?|loves?)', 0.3],
  ['(?:really |right |dead |so )?handy', 0.6],
  ['compliments?|complimented|old fashioned (?:\\w+ )?(?:care|doctor|doctoring|service|gp|family doctor)', 1],
  // WHO + QUALITY without a verb, the verdict of a survey answer: "Doctors lovely", "staff helpful"
  // (a verb is read by the rule above). Half weight: with a mild word alone ("doctor good") it stays
  // below a tag, so index.ts can still lift it as the verdict of a clause beside a complaint.
  ['(?:doctors?|gps?|nurses?|staff|receptionists?|reception|physio|pharmacists?|dr \\w+|nurse \\w+|everyone) (?:all |always |really |very |so |absolutely )?(?:great|good|brilliant|lovely|amazing|fab|fantastic|excellent|wonderful|kind(?! of)|helpful|friendly|caring|polite|brill|superb|outstanding|spot on)(?= )', 0.5],
  // "The nurses are sound": good, in the North West's word.
  ['(?:are|is|was|were) (?:\\w+ )?sound(?= (?:\\. |$|but|though|its|it is))', 1],
  // Thanks to someone named, for something done: "cheers Dr Hall for sorting my knee".
  ['(?:thanks|thank you|thank u|thank|cheers|ta|big thanks) (?:to )?(?:dr|doctor|nurse|the nurse|the doctor) \\w+ (?:for|4)|(?:want|wanted|like|would like|must|just want|have) to (?:say (?:a )?(?:big |huge |massive )?)?thank', 1],
  // Liking how something is done, or glad of news: "I like that you can still walk in", "great to hear".
  ['i (?:really |do )?(?:like|love) (?:that|how|the way) (?:you|they|the|we|it|there)|(?:great|lovely|brilliant|fab|fantastic|wonderful|so good|really good|amazing) to (?:hear|see|read)', 1],
  // Care that came looking for the patient, or was there when needed: "followed up with a phone call
  // 2 days later", "rang me every fortnight to see how I was", "every time I've needed them they've
  // been there", "one of the good ones", "we are lucky here".
  ['(?<!(?:hasnt|havent|hadnt|didnt|never|not|nobody|no one|noone|wasnt|werent) (?:\\w+ )?)followed (?:me |it |this |that )?up (?:with|by|on (?:me|my|it|this|that|us))|(?:rang|called|phoned|texted) (?:me |us )?(?:back )?(?:every \\w+ )?to (?:check|see how)|(?:theyve|they have|youve|you have|shes|she has|hes|he has) (?:always |all )?been there(?= (?:\\. |$|for (?:me|us|my|him|her|them|everyone) |when ))|one of the (?:good|best|better|nice) (?:ones|surgeries|practices|doctors|gps)|remembered (?:my|our|his|her) (?:name|names|history|details|story)|(?:(?:we|you|i) (?:are|re|am|m|were)|were|youre|im) (?:so |very |really )?lucky (?:here|with (?:this|our|you|the|them))|count (?:myself|ourselves) (?:very |so |really )?lucky', 1],
  // Thanks for something done; bare "thanks" is weighed in index.ts (it may be mere politeness).
  ['(?:thank(?:s|you|yous|u)?|thank (?:you|u|yous)|thnx|thx|thanx|ty|ta|cheers)(?: (?:so|very) much| again| all| everyone)? (?:for|to|4|2)|much appreciated|shout ?out|(?:big|massive|huge) (?:thanks|thank you)|thank (?:you|u) (?:so|very) much|thanks again|thank (?:you|u) all', 1],
];

/** Thanks that is only politeness on a request ("can I book online? thanks"). */
export const POLITE_THANKS = / (?:thank(?:s|you|u)?(?: you| u)?(?: (?:in advance|very much|so much|x+))?|thnx|thx|ty|ta|cheers)(?= )/;
