import type { PhraseRule } from './types.ts';

/**
 * Insults, slurs, threats and hostile language aimed at staff or the practice. Matched against
 * the deobfuscated text (see normalise.ts), so "sh1t", "tw@t" and "f u c k" arrive spelt out;
 * asterisk masks ("f***ing", "c**t", "b*tch") are matched by the patterns themselves.
 */
export const ABUSE_RULES: readonly PhraseRule[] = [
  // Profanity, plain or masked; not as the intensifier of praise ("f***ing brilliant nurse").
  ['(?:f+u+c+k+\\w*|f[u*]c?k\\w*|fck\\w*|fk\\w*|fuk\\w*|fook\\w*|feck\\w*|f\\*+\\w*)(?! (?:brilliant|amazing|great|fantastic|excellent|lovely|ace|superb|awesome|good|class|brill|fab|helpful|quick|kind|relieved|grateful|chuffed|happy|spot on|legends?|stars?)(?= |$))|f off|f yourselves|f you|eff off|stfu|wtf', 1],
  ['sh[i*]te?s?|shite|sh\\*+t?|shyte|shitty|bullshit', 1],
  ['c[u*]nts?|c\\*+t?s?|cnuts?|kunts?|twats?|tw[a*]ts?|tw\\*+s?|bastards?|b[a*]st[a*]rds?|b\\*+s|b\\*+ds?|bitch\\w*|b[i*]tch\\w*|b\\*+ch\\w*|wank\\w*|w[a*]nk\\w*|dick ?heads?|dicks?|pricks?|arse ?holes?|ass ?holes?|arse|a\\*+holes?|knobs?|knob ?heads?|tossers?|bellends?|piss\\w*|scumbags?|scum|slags?|sluts?|whores?|cows?|witch(?:es)?|hitlers?|nazis?', 1],
  // Insults aimed at people.
  ['idiots?|morons?|muppets?|clowns?|imbeciles?|numpties|numpty|cretins?|halfwits?|thick as|parasites?|leeches|vultures|scroungers?|jumped up|power mad|power hungry|hitlers?|pack of (?:liars|idiots|clowns)|bunch of (?:\\w+ )?(?:clowns|idiots|muppets|incompetents|useless|morons|liars|lazy|cowboys)', 1],
  // An insult aimed at a person ("stupid woman on the phone"): name-calling, not a judgement of service.
  ['(?:stupid|thick|dozy|dopey|ignorant|fat|lazy|useless|brainless|miserable|jumped up|power mad) (?:old )?(?:woman|women|man|men|cow|cows|girl|girls|lad|mare|witch|bag|idiots?|morons?|muppets?|prats?|twats?|gits?|sods?|cows|trout|bat)', 1],
  ['thick|stupid|liars?|jobsworths?|pigs?|animals|lazy (?:\\w+ )?(?:lot|bunch|sods|so called|gits|staff|doctors|receptionists|b\\w+)|bunch of (?:\\w+ )?(?:clowns|idiots|muppets|incompetents|useless|morons|liars|lazy|cowboys)|pack of (?:liars|idiots|clowns)|bloody', 0.6],
  ['go to hell|rot in hell|hope you (?:all )?(?:rot|die|burn|get sacked|lose)|i hope you|drop dead|get lost(?= (?:\\.|you|u|loser|idiot|$))|piss off|sod off|bugger off|get stuffed', 1],
  // Name-calling as a verdict: "a butcher and a liar", "pen pushers", "a complete incompetent",
  // "pathetic excuse for a surgery", "the lot of you should be sacked".
  ['(?:a|you|youre|you are|are|is|hes|shes|theyre|bunch of|pack of) (?:\\w+ )?liars?|butchers?|pen pushers?|(?:an? )?(?:complete|utter|total) (?:incompetent|waste of space)|(?:pathetic|sorry|disgusting|poor|useless) excuses? for (?:an? )?(?:surgery|practice|doctors?|gps?|human beings?|humans?|people|staff|receptionists?|service)|(?:the lot of you|all of you|you all|you lot|every one of you|they all|they should all) (?:should|need to|ought to|deserve to) (?:all )?(?:be )?(?:sacked|fired|struck off|locked up|lose)', 1],
  ['(?:useless|lazy|pathetic|incompetent|brainless|bloody) (?:\\w+ )?lot(?= |$)|brainless|vile|gobby|(?:a|you|lying|slimy) snakes?|sh[i1*]t ?holes?|go back (?:to )?(?:where (?:you|u|she|he|they) (?:came|come) from|(?:your|ur|her|his|their) (?:own )?country)|learn (?:to speak )?(?:proper )?english', 1],
  ['karma (?:gets|will get|catches|will catch)|wait (?:till|until|til) i (?:see|get|catch) (?:you|u|her|him|them|that \\w+|the \\w+)|(?:be )?waiting for (?:you|u|her|him|them) (?:in|outside|after|one night)|(?:you|u) wont be (?:so )?(?:smug|laughing|cocky|brave)', 1],
  ['screw (?:you|u|ya|the lot of you|the lot|this place|you lot)', 1],
  // Threats.
  ['watch (?:your|ur) back|(?:i )?know where (?:you|u) live|(?:coming|come|be) down (?:there|to the surgery)|sort (?:that|him|her|them|you|the) \\w* ?out myself|(?:youll|you will|you ll|u will|they will|someone will|will) (?:pay|regret|get (?:what|whats))|whats coming|be trouble|(?:wants?|needs?|deserves?) (?:a|a good) (?:slap|smack|kicking|hiding|punch)|good hiding|(?:useless|worthless) lot|waste of (?:oxygen|space|skin)|brain ?dead|nasty piece of work|teach (?:her|him|them|you) (?:some )?manners|gobby|glorified|excuses? for (?:a )?human beings?|do one|lose your jobs?|know what car|what car you drive|know where you (?:live|park)|brick through|put (?:a brick|your windows)|see how you like it|wants? (?:shooting|locking up|a kicking)|smash (?:the place|it|you|your \\w+|the \\w+)(?: up)?|(?:slap|smack|punch|hit|batter|kill|deck|knock) (?:her|him|them|you|someone|the \\w+)(?! head| own| face on)|burn(?:s)? (?:it |the place |you )?down|be careful when you leave|when you leave work|i will find|ill find you|make sure (?:you|they) pay|on you and', 1],
];
