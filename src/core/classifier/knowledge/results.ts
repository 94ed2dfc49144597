import type { PhraseRule } from './types.ts';

/** Asking about (or chasing) test, scan or sample results. */
const TEST = '(?:blood(?: test)?s?|test|tests|scan|scans|x ?rays?|xray|mri|ct|ecg|biopsy|smear|swab|urine(?: test| sample)?|stool sample|sample|samples|covid test|bloodwork)';
export const RESULTS_RULES: readonly PhraseRule[] = [
  ['(?<!as a )results?|resluts|outcome', 1],
  [`${TEST} (?:back|came back|come back|have come back|results?|outcome)`, 1],
  [`(?:news|heard|hear|hearing|word) (?:back )?(?:on|about|from) (?:my|the|his|her) ${TEST}`, 1],
  [`(?:any news on|anything back from|still waiting (?:on|for|to hear about)) (?:my|the|his|her) ${TEST}`, 1],
  [`(?:my|his|her|the) ${TEST}`, 0.4],
  ['bloods', 0.5],
  // "How long do bloods take", also without the verb: "how long bloods take to come back".
  ['(?:how long|when) (?:(?:do|does|will|for|until|till|should) (?:\\w+ ){0,3})?(?:results?|bloods|come back|be back|take to come back)', 1],
  ['come back|came back|back yet|taken', 0.4],
];
