import { MEDICINES } from './personalData.ts';
import type { PhraseRule } from './types.ts';

/** Repeat prescriptions, medication requests, pharmacies not receiving scripts. */
export const PRESCRIPTION_RULES: readonly PhraseRule[] = [
  // "Repeat for a week" is the verb: doing the same again is not a repeat prescription.
  ['prescriptions?|perscriptions?|presciptions?|prescribed|scripts?|repeats?(?! (?:every|each|daily|the same|again|this|that|it|after|until|till|ad)(?= )| for (?:a |an |\\d+ |two |three |the )?(?:week|weeks|days?|months?|hours?|while|rest)(?= ))|repeat meds|repeat request', 1],
  ['(?:my|his|her|more|the|of|out of|run out of|ran out of|running out of|running low on|order|collect|renew) (?:\\w+ )?(?:meds|medication|medicine|medicines|tablets|pills|inhalers?|insulin|antibiotics|hayfever tablets)', 1],
  ['meds|medication|medicine|inhalers?|antibiotics|tablets|pills', 0.5],
  ['(?:the )?(?:pharmacy|pharmacist|chemist|boots|lloyds|superdrug|asda pharmacy|tesco pharmacy)', 0.4],
  ['(?:emergency )?supply of|dose|dosage|run(?:ning)? out|ran out|running low|on repeat|sen[dt] (?:it )?(?:through|over)', 0.6],
  ['(?:get|need|want|have|order) (?:more|some more|a repeat|another supply|a supply) of|re ?order\\w*|emergency supply|prescribe|(?:my|his|her|their|the|on|of) (?:\\w+ ){0,2}(?:meds|medication|tablets|pills|inhalers?)', 1],
  [`(?:my|his|her|their|the|on) (?:\\d+ ?mg )?(?:${MEDICINES})`, 1],
];
