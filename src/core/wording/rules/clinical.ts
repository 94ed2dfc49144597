/** Clinical detail or advice: none in a public reply; signpost instead. */
import type { PhraseRule } from '../types.ts';
import { NOT_CONDITIONAL, rules, SIGNPOST } from './common.ts';

/** Named medicines: naming one in a public reply is clinical detail on its own. */
const MEDICINES =
  'paracetamol|ibuprofen|aspirin|codeine|co-codamol|naproxen|amoxicillin|penicillin|antibiotics?|antihistamines?|' +
  'steroids?|sertraline|citalopram|fluoxetine|metformin|omeprazole|lansoprazole|statins?|atorvastatin|simvastatin|' +
  'insulin|morphine|tramadol|diazepam|salbutamol|calpol|nurofen|gaviscon|loperamide|cetirizine|loratadine|' +
  'hydrocortisone|antidepressants?|painkillers?|laxatives?|sudocrem|vaseline|e45|savlon|germolene|lemsip|strepsils|beechams|' +
  'piriton|sudafed|canesten|rennie|imodium|dioralyte|bonjela|deep heat|voltarol|anusol|olbas|vicks|night nurse|benylin';
/** Forms of treatment: only advice when someone is told to take or use them. */
const TREATMENTS = `${MEDICINES}|tablets?|pills?|capsules?|doses?|puffs?|spoonfuls?|inhalers?|creams?|ointments?|eye drops|nasal spray|pain relief`;
/** Everyday complaints a reply must not advise on. */
const SYMPTOMS =
  'coughs?|colds?|sore throats?|pain|fever|temperature|headaches?|sprains?|strains?|rash(?:es)?|itch(?:ing)?|swelling|' +
  'diarrhoea|sickness|vomiting|nausea|constipation|earache|toothache|back pain|heartburn|indigestion|hay fever|insomnia|' +
  'bites|stings|burns|bruises?|blisters?|spots|acne|flu|cold sores?|thrush|piles|haemorrhoids|cystitis|uti|ear infections?|eczema';
const ILLNESS =
  'virus|viral infection|infection|bug|cold|flu|influenza|covid|migraine|tonsillitis|sinusitis|uti|urine infection|' +
  'urinary tract infection|chest infection|anxiety|depression|asthma|diabetes|eczema|a sprain|sprain|strain|hay fever|' +
  'allergy|allergic reaction|gastroenteritis|norovirus|food poisoning|shingles|chickenpox|conjunctivitis|ibs|reflux|' +
  'heartburn|indigestion|a panic attack|panic attack|stress|a rash|rash|pulled muscle|tension headache|nothing serious|' +
  'cancer|sepsis|meningitis|a stroke|stroke|a heart attack|heart attack|angina|appendicitis|pneumonia|bronchitis|gout|' +
  'arthritis|anaemia|a trapped nerve|trapped nerve|sciatica|tennis elbow|a cyst|cyst|a hernia|hernia|vertigo|labyrinthitis|an ear infection|a water infection|cellulitis|impetigo|scabies|a slipped disc|'+
  'an underactive thyroid|thyroid problems?|long covid|dementia|a blood clot|dvt|an ulcer|ulcer|kidney stones?|gallstones';

export const CLINICAL_RULES: PhraseRule[] = rules('clinical', [
  ['\\d+(?:\\.\\d+)?\\s?(?:mg|mcg|µg|ml|milligrams?|micrograms?|millilitres?|units)', SIGNPOST],
  [`(?:take|taking|try|trying|use|using|apply|applying) (?:\\d+|one|two|three|four|a couple of|some|an?|more|extra|your)? ?(?:${TREATMENTS})`, SIGNPOST],
  [MEDICINES, 'Do not name medicines in a public reply. ' + SIGNPOST],
  ["you (?:should|need to|must|ought to|might want to|may want to|'d better|could try) (?:take|try taking|stop taking|start taking|keep taking|carry on taking|increase|reduce|lower|double|halve|cut down on|avoid|rest|drink plenty|apply)", SIGNPOST],
  ['(?:stop|start|keep|carry on|continue|avoid) (?:taking|using|applying)', SIGNPOST],
  ["(?:don't|do not|never) take more than|\\d+ (?:tablets|capsules|pills|doses|puffs|spoonfuls)|(?:one|two|three|four) (?:tablets|capsules|pills|doses|puffs|paracetamol|ibuprofen)", SIGNPOST],
  [`(?:it|this|that|these|those|they) (?:might|could|may|must|will|can) (?:just )?(?:be|mean) (?:an? )?(?:(?:early )?(?:signs?|symptoms?) of (?:an? )?)?(?:${ILLNESS})`, 'Do not guess what is wrong. ' + SIGNPOST],
  ['(?:increase|reduce|lower|raise|double|halve|up|change|adjust|skip|miss)(?: up)?(?: on)? (?:your|the) (?:dose|dosage|medication|medicine|tablets|inhaler|insulin|antibiotics)', SIGNPOST],
  ['(?:half an?|one|two|three|four|a|an extra) (?:tablet|capsule|pill|puff|dose|teaspoon|spoonful|sachet)s?', SIGNPOST],
  ['cut (?:down|back) on (?:salt|sugar|alcohol|caffeine|smoking|drinking|fatty|carbs|fat|red meat|coffee)|(?:stop|quit|give up) smoking|lose (?:some )?weight', SIGNPOST],
  ['(?:blood pressure|cholesterol|blood sugars?|sugar levels?|bmi|heart rate|temperature|iron levels?|vitamin d|thyroid|hba1c|kidney function|liver function|ecg|x-?ray|scan) (?:is|are|was|were|looks?|seems?|reading|readings|result) (?:a (?:bit|little) |slightly |very |quite |rather |within |completely |perfectly )?(?:high|low|raised|elevated|abnormal|normal|fine|clear|ok|okay|borderline|range)', SIGNPOST],
  // "Pharmacists are great for coughs and colds" is signposting, not advice.
  [`(?<!(?:pharmacists?|pharmacy|pharmacies|chemists?|111|nhs 111|111 online|nhs app|nhs website|nhs\\.uk|website) (?:are|is|can be) (?:also |really |very )?)(?:great|good|best|ideal|helpful|effective|brilliant|works?|helps?|the answer) for (?:a |an |the |your |any |most )?(?:${SYMPTOMS})|honey and lemon|salt ?water gargle|steam inhalation|warm compress|ice pack|hot water bottle`, SIGNPOST],
  ['(?<!(?:anyone|everyone|people|patients|someone|those|children|adults|babies) )(?:with|given) (?:those|these|your|such|the) symptoms', 'Do not judge symptoms in public. ' + SIGNPOST],
  [`${NOT_CONDITIONAL}you (?:should|need to|must|ought to) (?:be seen|see a doctor|see a gp|go to a&e|go to hospital|get (?:it|this|that) (?:checked|looked at))`, 'Do not triage in public. ' + SIGNPOST],
  ['(?:ice|elevate|raise|bandage|strap|compress) (?:it|the (?:area|leg|arm|ankle|knee|wrist|foot))|keep (?:it|the (?:area|wound|leg|arm)) (?:raised|elevated|clean|dry|covered|moving)|(?:ice|heat) packs?', SIGNPOST],
  ['(?:probably|likely|most likely|definitely|almost certainly) (?:muscular|viral|bacterial|hormonal|stress[- ]related|benign|harmless|a reaction|an allergy)|(?:pain|rash|cough|symptoms?|lump|headache|swelling|spots?)[^.!?]{0,20}? (?:is|are|sounds?|seems?) (?:probably|likely|usually|normally|often|just)', 'Do not guess what is wrong. ' + SIGNPOST],
  [`(?:to|need to|should|will|'ll) rule out|ruled out (?:an?|any|infection|the)|${NOT_CONDITIONAL}you(?:'ll| will) (?:need|have to have|have) (?:a|an|some) (?:blood test|scan|x-?ray|referral|ecg|biopsy|course|injection|operation|procedure|stronger)`, SIGNPOST],
  ['(?:days?|weeks?|nights?) of (?:rest|bed rest)|a few days(?:\'|\'s)? rest|rest (?:it|up)|bed rest', SIGNPOST],
  ['(?:can|may|might|could|will|does|often|commonly|sometimes) cause (?:dizziness|drowsiness|nausea|sickness|side[- ]effects|a rash|rashes|headaches?|diarrhoea|tiredness|weight gain|bleeding|constipation|insomnia)', SIGNPOST],
  ["(?:drink|drinking) alcohol (?:with|while|on)|(?:avoid|cut out) (?:alcohol|caffeine|dairy|gluten)|(?:shouldn't|should not|mustn't|must not) (?:drink|drive|eat|exercise|fly|swim|lift)", SIGNPOST],
  ["(?:sounds|looks|seems) like it (?:could|might|may|must) be|(?:most people|people|patients|you|it|this|symptoms|children|kids) (?:usually |normally |generally |will |should |often |'ll )?(?:recover|get better|feel better|settle|clear up) (?:from|within|in|after|on)", 'Do not guess what is wrong or how it will go. ' + SIGNPOST],
  [`${NOT_CONDITIONAL}you (?:need|needed|'ll need|will need|don't need|do not need|won't need) (?:stitches|antibiotics|an x-?ray|a scan|a referral|a blood test|surgery|an operation|a cast|a sling|physio|steroids|an inhaler|a tetanus|a course)`, SIGNPOST],
  [`(?:classic|typical|textbook) (?:case of |sign of |signs of |symptom of |symptoms of )?(?:an? )?(?:${ILLNESS}|${SYMPTOMS})`, 'Do not diagnose. ' + SIGNPOST],
  [`(?:stay|keep) (?:off|away from) (?:work|school|nursery)|take it easy|(?:should|will|can|may|might|could) (?:ease|relieve|soothe|settle|reduce|clear) (?:the |your |any )?(?:${SYMPTOMS}|cramps?|aches?|symptoms)`, SIGNPOST],
  ["based on (?:your|the|those|these|what you) (?:symptoms|description|photos?|described)|from what you(?:'ve| have)? (?:described|said|told us|written)", 'Do not judge symptoms in public. ' + SIGNPOST],
  ['(?:common|normal|usual|expected) (?:after|with|following) (?:the|a|an|your) (?:jab|vaccine|vaccination|injection|operation|procedure|treatment|medication|antibiotics|booster)|(?:symptoms?|rash(?:es)?|coughs?|colds?|sore throats?|pain|fever|temperature|infections?|virus(?:es)?|swelling|bruising|redness|soreness|headaches?) (?:normally|usually|typically|generally|should|will|often) (?:lasts?|clears? up|settles?|go(?:es)? away|pass(?:es)?|gets? better|resolves?|heals?|improves?)', SIGNPOST],
  [`(?:symptoms|this|that|it) (?:suggests?|indicates?|points? to|is typical of|are typical of|is consistent with|are consistent with) (?:an? )?(?:${ILLNESS}|you have|you've got)`, 'Do not guess what is wrong. ' + SIGNPOST],
  ['(?:normal|common|expected|usual|known) side[- ]effects?|(?:side[- ]effects?|symptoms?|rash|pain) (?:will|should) (?:pass|settle|go|ease|clear)', SIGNPOST],
  ['(?:once|twice|three times|four times|\\d+ times) (?:a|per) day|every \\d+ hours|every (?:four|six|eight|twelve) hours', SIGNPOST],
  [`(?:sounds|looks|seems) like (?:you(?: have(?! had| been)|'ve got| might have| may have| could have)|(?:it(?: is|'s| could be| might be) )?(?:just )?(?:an? )?(?:${ILLNESS}))`, 'Do not guess what is wrong. ' + SIGNPOST],
  [`(?:probably|likely|most likely|almost certainly|definitely|possibly|just|only) (?:just |only )?(?:an? )?(?:${ILLNESS})`, 'Do not guess what is wrong. ' + SIGNPOST],
  [`${NOT_CONDITIONAL}you (?:probably |might |may |could |likely |definitely )?(?:have|'ve got|have got|are suffering from|'re suffering from) (?:an? )?(?:${ILLNESS})`, 'Do not diagnose. ' + SIGNPOST],
  ["(?:it|this|that)(?: is|'s) (?:nothing|not anything) (?:to worry about|serious)|nothing to worry about|should (?:clear up|get better|settle|go away|pass) (?:on its own|by itself|in a few days|soon)", 'Do not reassure about symptoms. ' + SIGNPOST],
  ['(?:plenty of )?(?:fluids and rest|rest and fluids)|drink (?:plenty|lots) of (?:fluids|water)|keep (?:yourself )?hydrated|get plenty of rest', SIGNPOST],
  ["you (?:don't|do not|won't|will not) need (?:antibiotics|a referral|an x-?ray|a scan|a blood test|stitches|treatment|to see a doctor)", SIGNPOST],
  ["(?:antibiotics|medication|medicine|treatment) (?:won't|will not|don't|do not|wouldn't) (?:help|work)", SIGNPOST],
  ['side[- ]effects? (?:of|from) (?:your|the|this)', SIGNPOST],
]);
