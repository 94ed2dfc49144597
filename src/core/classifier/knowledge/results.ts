import type { PhraseRule } from './types.ts';

/** Asking about (or chasing) test, scan or sample results. */
const TEST = '(?:blood(?: test)?s?|test|tests|scan|scans|x ?rays?|xray|mri|ct|ecg|biopsy|smear|swab|urine(?: test| sample)?|stool sample|sample|samples|covid test|bloodwork)';
/**
 * A test, scan or sample by name, for the shapes below that also need a word of waiting: the
 * sample, the test and what it measures ("my bloods", "the ultrasound", "her PSA", "my HbA1c").
 */
const TAKEN = '(?:bloods|blood (?:tests?|work|samples?|count)|bloodwork|tests?|scans?|x ?rays?|xrays?|mri|ct|ecg|biopsy|biopsies|smears?|swabs?|samples?|urine|ultrasound|echo|mammogram|psa|hba1c|egfr|histology|screening kit|(?:liver|kidney|thyroid|lung) function)';
/**
 * Waiting for word of a test: nothing heard yet, nobody has rung, not looked at or not received,
 * the report sent on, how one will know, or what it shows or means ("still no word", "nobody's
 * called", "the doctor hasn't looked at it", "the hospital sent it to you", "how will I know",
 * "does it show whether", "does that mean it's clear").
 */
const WAITING = '(?:(?:not|never|havent|hasnt|havnt|still not|still havent|yet to) (?:\\w+ )?heard|heard (?:nothing|a thing|owt|nowt|anything)|still (?:nothing|nowt|no word|no news|no letter|no results?|no call|no idea|waiting to hear)|nothing (?:back|yet|since)|nowt back|no (?:word|news|letter|call|callback|update)|nee word|(?:any|ony) (?:word|news|update)|(?:nobody|no one|noone)(?: has| have| had| s| will| ever)? (?:rang|rung|ring|rings|call|called|calls|phoned|contacted|told|tells|said|explained|been in touch|got back|mentioned)|(?:hasnt|havent|not|never) (?:been )?(?:looked at|reviewed|received)|sent (?:it |them )?(?:back )?(?:to (?:you|the (?:gp|surgery|practice)|my gp|gp)|over)|how (?:will|do|would|can|should) (?:i|we|you) (?:know|find out|hear|check)|when (?:will|would|should|do) (?:i|we) (?:know|hear|find out)|how long (?:until|till|til|before) (?:i|we|you) (?:hear|know|find out)|(?:does|do|did) (?:that|this|it) mean|(?:show|shows|showed) (?:whether|if|anything)|what does (?:\\S+ ){0,3}mean)';
/** Whose test: "my", "me", "her", "my husband's", "the". */
const WHOSE = '(?:my|me|ma|his|her|our|their|the|(?:my|his|her|our) \\w+s)';
/**
 * Results already given, told as done (thanks, not a question): "the nurse phoned me with my
 * bloods", "the GP explained my scan results", "got my results back so quickly", "results came
 * through on the app the same day". Not when nobody rang: "nobody phoned me with the results".
 */
const GIVEN = '(?:(?<!(?:nobody|no one|noone|never|not|didnt|hasnt|havent)(?: \\w+)? )(?:rang|phoned|called|rung|texted|ringing|phoning|calling|texting|got back to) (?:me|us|him|her|my \\w+)(?: \\w+){0,3} (?:with|about)|explained|went through|talked me through|went over) (?:my|me|the|his|her|our) (?:\\w+ ){0,3}';
const GIVEN_AFTER = '(?!(?: back| through)?(?: (?:so|really|very))? (?:quick|quickly|fast|the next day)| (?:back )?all (?:normal|fine|clear|good|ok)| (?:came|come|have come) (?:back|through)(?: \\w+){0,4} (?:same day|within|before|quick|quickly|fast))';
export const RESULTS_RULES: readonly PhraseRule[] = [
  // Not another kind of result: "as a result", "the survey results", "same result", "14 results",
  // a "Result!" said alone; nor the outcome of anything but a test.
  [`(?<!(?:as a|survey|same|search|end| \\d{1,3}) |${GIVEN})results?(?<!(?:^|\\.) result(?= (?:\\.|$)))(?! of (?:the|that|this|your|our|last) (?:\\w+ )?(?:survey|poll|vote|election|inspection|cqc))${GIVEN_AFTER}|resluts|outcome of ${WHOSE} (?:\\w+ ){0,2}${TAKEN}`, 1],
  [`(?<!${GIVEN})${TEST} (?:back|came back|come back|have come back|results?|outcome)${GIVEN_AFTER}`, 1],
  [`(?:news|heard|hear|hearing|word) (?:back )?(?:on|about|from) (?:my|the|his|her) ${TEST}`, 1],
  [`(?:any news on|anything back from|still waiting (?:on|for|to hear about)) (?:my|the|his|her) ${TEST}`, 1],
  [`(?:my|his|her|the) ${TEST}`, 0.4],
  ['bloods', 0.5],
  // "How long do bloods take", also without the verb: "how long bloods take to come back".
  ['(?:how long|when) (?:(?:do|does|will|for|until|till|should) (?:\\w+ ){0,3})?(?:results?|bloods|come back|be back|take to come back)', 1],
  ['come back|came back|back yet|taken', 0.4],
  // A test named and then the wait for word of it: "bloods done a fortnight ago, not heard a
  // thing", "the echo was last month and nobody's phoned". A test still to be booked is not
  // waiting for its result ("overdue a blood test but nobody told me").
  [`${TAKEN}(?<!(?:overdue|due|need|needs|needed|regular|monitoring|book|booked|booking) (?:a |an |my |the |his |her |some )?${TAKEN})(?! (?:to be )?(?:appointments?|appt|booked|booking|slots?|clinic|form|due|overdue))(?= (?:\\S+ ){0,10}${WAITING}(?= ))`, 1],
  // Asked to be rung or told about a test, or chasing it, or nobody ringing about it: "can someone
  // call me back re my mam's echo", "any update on the water sample", "who can I speak to about my
  // scan", "chasing my swab", "nobody has been in touch about my husband's PSA".
  [`(?:(?:call|calls|ring|phone|contact|hear|heard|news|word|update|explain|talk|speak|chase|chasing)(?: \\w+){0,2}|(?:nobody|no one|noone|never|not)(?: has| have| had| s| ever)? (?:rang|rung|phoned|called|contacted|told|been in touch)(?: with)?(?: me| us| him| her)?) (?:about|re|regarding|on|for) ${WHOSE} (?:\\w+ ){0,2}${TAKEN}(?! (?:to be )?(?:appointments?|appt|booked|booking|slots?|clinic|form|due|overdue|done))`, 1],
  // The report of a scan or an x-ray asked for: "how do I get a copy of my MRI report", "has the
  // report arrived from the hospital yet".
  [`${TAKEN} (?:reports?|findings)|(?:the|my|his|her) (?:\\w+ )?reports? (?:back|in|yet|come|arrived)`, 1],
];
