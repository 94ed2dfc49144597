import { MEDICINES } from './personalData.ts';
import type { PhraseRule } from './types.ts';

/**
 * A medicine's checks, not the medicine asked for: "who does my warfarin checks now", "my
 * lithium levels", "the nurse checked my inhaler technique".
 */
const CHECKED = '(?! (?:checks?|checked|levels?|bloods|blood tests?|monitoring|clinic|technique|options))';
/**
 * "Me" said for "my" ("me inhaler's been refused", "can I get me HRT"), not the object of a verb:
 * "gave me antibiotics", "had me on antibiotics by teatime".
 */
const ME = '(?<!(?:give|gave|given|giving|gives|sorted|had|have|got|get|getting|helped|help|put|started|all|sent|use|used|take|took|explained) )me';
/** Repeat prescriptions, medication requests, pharmacies not receiving scripts. */
export const PRESCRIPTION_RULES: readonly PhraseRule[] = [
  // "Repeat for a week" is the verb: doing the same again is not a repeat prescription ("had to
  // repeat my whole history", "rinse and repeat", "not one I'd rush to repeat"), nor is a repeat
  // test or sick note ("repeat bloods in 2 weeks"). "A repeat for 10 days" is the noun again. An
  // optician's prescription is not the practice's ("need a new glasses prescription").
  ['(?<!(?:glasses|optical|spectacles?|eye|lens|lenses|contact lens) )prescriptions?|perscriptions?|presciptions?|prescribed|scripts?|(?<!(?:rinse and|to) )repeats?(?! (?:every|each|daily|the same|again|this|that|it|after|until|till|ad|myself|yourself|himself|herself|themselves|ourselves|forever|next|(?:(?:my|his|her|our|their|the|your) )?(?:\\w+ ){0,2}(?:story|history|details|name|date|address|symptoms|dob|self|process)|tests?|bloods|blood tests?|scans?|smears?|x ?rays?|samples?|sick notes?|fit notes?)(?= )|(?<!(?:a|my|the|your|his|her) repeats?) for (?:a |an |\\d+ |two |three |the )?(?:week|weeks|days?|months?|hours?|while|rest)(?= ))|repeat meds|repeat request', 1],
  [`(?:my|${ME}|ma|his|her|more|the|of|out of|run out of|ran out of|running out of|running low on|order|collect|renew) (?:\\w+ )?(?:meds|medication|medicine|medicines|tablets|pills|inhalers?|insulin|antibiotics|hayfever tablets|painkillers|pain relief|rescue packs?|epipens?|patches|dosette box(?:es)?|blister packs?|test strips)${CHECKED}`, 1],
  ['meds|medication|medicine|inhalers?|antibiotics|tablets|pills', 0.5],
  // (Sent to the chemist instead of being seen is not about a prescription: "told to go to the
  // pharmacy, the pharmacy sent me back".)
  ['(?<!(?:go|went|gone|going|goes|back|(?:sent|sends|sending|send) (?:me|us|him|her|people|them)(?: back)?) to (?:the )?|(?:try|use) (?:the )?)(?:the )?(?:pharmacy|pharmacist|chemist|boots|lloyds|superdrug|asda pharmacy|tesco pharmacy)', 0.4],
  // The chemist without the script, or the script's own words: "the chemist says nothing's come
  // through", "Boots say you haven't signed it", "pharmacy has none, national shortage", "it's not
  // been authorised", "the app says request rejected".
  ['(?:pharmacy|pharmacist|pharmacists|chemist|chemists|boots|lloyds)(?= (?:\\S+ ){0,8}(?:(?:sent|send|sending|signed|sign) (?:it|them|nothing|anything|my|the|his|her|off)|(?:havent|hasnt|not|never|wasnt) (?:been )?(?:sent|signed)|received|come through|came through|(?:had|got|have|has) nothing|nothing from|authori[sz]\\w*|approved|rejected|declined|requests?|out of stock|shortages?|(?:doesnt|dont|does not|do not) have (?:it|them|my|any)|has none|got none|cant get (?:my|it|them|any)|havent got (?:my|it|them|any))(?= ))', 1],
  // A medicine sent on to the chemist: "sent the antibiotics straight to the pharmacy", "can you
  // send it over to Boots" (not a patient sent there instead of being seen).
  ['(?:sent|send|sending) (?!(?:me|us|him|her|people|patients|them|everyone|everybody) )(?:\\w+ ){1,3}(?:straight |over |through )?to (?:the |my |a |your )?(?:pharmacy|chemist|boots|lloyds)', 1],
  // Ordering is the prescription's verb on a GP page ("ordered through the app 5 days ago", "can I
  // order for my husband"), unless it is out of order or a takeaway.
  ['(?<!(?:out of|in that|of|in) )order(?:ed|ing|s)?(?! (?:a |an |some |the )?(?:new )?(?:\\w+ ){0,2}(?:pizza|takeaway|chinese|curry|login|password))', 1],
  // The nominated pharmacy ("how do I change my nominated one"), dispensing, how much at a time
  // ("a 3 month supply instead of monthly", "only 28 days at a time"), a dose changed, the next
  // lot issued, the contraceptive pill.
  ['nominat(?:e|ed|ing|ion)(?! (?:the |a |her |him |them )?(?:nurse|doctor|receptionist|team|staff|for|as))|dispens(?:e|es|ed|ing)(?!r)', 1],
  ['(?:\\d+|one|two|three|four|six) ?(?:days?|weeks?|months?)(?: s)? (?:supply|supplies|worth)|(?:\\d+|one|two|three|four|six) (?:days?|weeks?|months?) at a time|(?:\\d+|two|three|six) (?:months?|weeks?) instead of|(?:only|just|instead of) (?:28|56|84) days', 1],
  ['(?:up|increase|increasing|reduce|reducing|lower|lowering|change|changed|changing|double|halve|upped|cut) (?:my|his|her|the|me|their) dose|dose (?:was |to go |has been |been |is being )?(?:up|changed|increased|reduced|lowered|cut)', 1],
  ['(?:will|ll|youll|theyll|wont|to|can|cant|not|you|they|u|refuse to|refused to) issue (?:it|them|my|his|her|a|the|any)|(?:my|his|her) next (?:pack|lot|supply|batch|box|script)', 1],
  ['(?:the|my|mini|morning after|contraceptive) pill(?! checks?)', 1],
  ['(?:emergency )?supply of|dose|dosage|run(?:ning)? out|ran out|running low|on repeat|sen[dt] (?:it )?(?:through|over)', 0.6],
  [`(?:get|need|want|have|order) (?:more|some more|a repeat|another supply|a supply) of|re ?order\\w*|emergency supply|prescribe|(?:my|${ME}|ma|his|her|their|the|of) (?:\\w+ ){0,2}(?:meds|medication|tablets|pills|inhalers?)${CHECKED}`, 1],
  // A medicine named, also with a word before it: "my usual zopiclone", "her new sertraline".
  [`(?:my|${ME}|ma|his|her|their|the) (?:(?:usual|normal|regular|daily|current|new|repeat|\\d+ ?mg) )?(?:${MEDICINES})${CHECKED}`, 1],
  // Changing where the scripts go: "how do I change my pharmacy on the app?".
  ['(?:change|changing|changed|switch|switching|move|moving) (?:my |our |the |his |her |your )?(?:nominated )?(?:pharmacy|chemist)|nominated (?:pharmacy|chemist)', 1],
  // Being on a medicine is a health detail (personal data), not yet a request: "I'm on warfarin,
  // can I have the flu jab", "we're both on Seretide". With a word of supply it is one: "I'm on
  // sertraline and it ran out".
  [`on (?:\\d+ ?mg )?(?:${MEDICINES})`, 0.5],
];
