import { APPT, type PhraseRule } from './types.ts';

/**
 * Bare answers of a few words, the way people answer "what could we do better?" or "why did you
 * give that rating?": "More appointments", "Staff attitude", "Waiting times", "Friendly staff".
 * In a longer comment the same words are only a mention ("more staff on today, so…"), so these
 * rules run only when the whole comment is short (see SHORT_ANSWER_WORDS in index.ts).
 * `^` and `$` stand for the ends of the comment (the normalised text is padded with spaces).
 */

/** What a practice is judged on: the things people ask for more of, or name as the problem. */
const TOPIC = `(?:${APPT}|wait(?:s|ing)?(?: times?| lists?)?|access|availability|staff(?:ing)?|doctors?|gps?|nurses?|receptionists?|reception(?: staff)?|call handlers|operators|communication|empathy|compassion|privacy|follow ?ups?|continuity|(?:phone|telephone) (?:lines?|answering|access|system)|phones?|answering|listening|understanding|information|slots?|face to face|respect|booking|contact|consistency|care|help|support|time with|staff training|training)`;
/** Asking for more or better of it. */
const MORE = '(?:more|better|shorter|less|fewer|faster|quicker|easier|improved?|improving|reduce|reducing|reduced|increase|increased|extra|proper|earlier|sooner|longer)';
/** The part of the service that is named as the problem: "staff attitude", "phone answering". */
const PART = '(?:staff|receptionists?|reception|doctors?|gps?|nurses?|phones?|telephone|call|calls|waiting|wait|booking|access|communication)';
const PROBLEM = '(?:attitudes?|manner|manners|answering|times?|system|availability|access|lines?|queues?|process)';
/** "Appointment times" is as often a neutral note as a grievance; the system behind them is not. */
const APPT_PROBLEM = `${APPT} (?:system|availability|access|process)`;

export const SHORT_COMPLAINT_RULES: readonly PhraseRule[] = [
  // MORE + TOPIC: "more appointments", "shorter wait for an appointment", "better follow up".
  // Not welcomed: "great to see more appointments being offered".
  [`(?<!(?:great|good|nice|lovely|glad|pleased|happy|brilliant|fab|fantastic) to (?:see|hear|have)(?: \\w+){0,3} )${MORE} (?:\\w+ ){0,3}${TOPIC}`, 1],
  // PART + PROBLEM: "staff attitude", "phone answering", "waiting times".
  // Not the queue's music or hold message, which people also praise.
  [`${PART} ${PROBLEM}(?! (?:music|message|messages|song|songs))|${APPT_PROBLEM}`, 1],
  // The topic alone is the whole answer: "Appointments", "Access.", "Getting through on the phone".
  [`(?<=^ )(?:the )?(?:${APPT}|access|availability|waiting|the wait|communication|continuity|(?:getting|get) (?:through|seen|an? ${APPT}|${APPT})(?: \\w+){0,3}|phones?|the phones?|phone lines|telephone|(?:triage|booking|appointment|phone|telephone|online) system)(?= (?:\\. [a-z0-9 .]*)?$)`, 1],
  // A bare verdict: "Poor.", "Very poor", "REALLY REALLY BAD".
  ['(?<=^ )(?:very |really |so |too )*(?:poor|bad|awful|terrible|dreadful|slow|unhelpful|disappointing|a joke|joke|madness|nonsense|ludicrous|absurd|bonkers|farcical|shameful|stressful|traumatic|a sham|unbelievable)(?= (?:\\. )?$)', 1],
  ['(?<=^ )(?:cant|cannot|couldnt|could not|unable to|not able to|never able to) (?:ever )?(?:get (?:an?|any|through|seen|hold|in|to see)|book|see (?:a|the|my|any|someone|anyone)|speak to|reach|contact|access|use (?:the|your))', 1],
  // Telling the practice what to do: "Listen to patients", "Let us book more than 2 weeks ahead".
  ['(?<=^ )(?:listen (?:to|more)|be more|stick to|stop \\w+ing|let (?:us|people|patients)|allow (?:us|people|patients)|re ?train|retrain|train (?:your|the) staff|employ more|hire more|answer (?:the )?(?:phones?|calls?)|return (?:calls|phone calls)|keep (?:me|us|patients|people) (?:better |more )?informed|have (?:more |some )?(?:\\w+ )?(?:appointments?|appts?) (?:available|for))', 1],
  // Things as they are, in a few words: "waiting room too cramped", "prescriptions often go missing".
  ['(?:too|far too|very|so) (?:cramped|crowded|busy|small|hot|cold|dirty|noisy|long|slow)|(?:often|always|usually|regularly|sometimes) (?:go|goes|went|gets?|got) (?:missing|lost|wrong)', 1],
];

export const SHORT_PRAISE_RULES: readonly PhraseRule[] = [
  // QUALITY + WHO/WHAT: "friendly staff", "very thorough doctor", "helpful pharmacist".
  ['(?:very |really |so |always |extremely )?(?:friendly|helpful|thorough|kind|caring|efficient|polite|professional|prompt|useful|welcoming|attentive|reassuring|supportive|knowledgeable|good|great|quick|excellent|lovely) (?:(?!of )\\w+ )?(?:staff|doctors?|gps?|nurses?|receptionists?|reception|pharmacists?|team|service|care|communication|advice|reminders?|system|people|everyone|response|appointments?)', 1],
  // A verdict on how it went: "sorted quickly", "seen on time", "all fine thanks", "all good".
  ['(?:sorted|seen|dealt with|answered|arrived|done|treated) (?:\\w+ )?(?:quickly|promptly|on time|straight away|efficiently|well)|(?<=^ )(?:all|everything) (?:was )?(?:fine|good|great|ok|okay|perfect|brilliant)|(?:nothing|all) (?:\\. )?all (?:good|fine)|(?:really |very )?useful', 1],
  ['(?:ask|asked|wish) for (?:any )?more|(?:listened|listens) to (?:me|my|us)', 1],
];
