import { APPT, DOC, SOMEONE, type PhraseRule } from './types.ts';

/**
 * Getting, booking, changing or cancelling an appointment, or how to be seen — also when the
 * comment is a complaint about access. Praise for a past appointment is handled in index.ts.
 */
const JAB = '(?:flu jabs?|flu vaccines?|flu clinic|covid (?:jabs?|vaccines?|vaccinations?|boosters?)|boosters?|jabs?|vaccinations?|vaccines?|immuni[sz]ations?|smears?|smear tests?|cervical screening|health checks?|blood pressure checks?|blood tests?|ear syringing|ear wax|ear irrigation|coil fitting|baby clinic|6 week checks?|six week checks?|(?:asthma|diabetes|diabetic|annual|copd|blood pressure|bp) reviews?|physio|dressing change)';
export const APPOINTMENT_RULES: readonly PhraseRule[] = [
  [`${APPT}`, 1],
  ['(?<!a |the |this |that )book(?:ing|ed)?|bookings', 0.6],
  // On a GP page, cancelling is about appointments unless a prescription is what is cancelled.
  ['cancel(?:l?ing|l?ed|lations?|s)?(?! (?:my |the |a |your |our |his |her )?(?:prescriptions?|scripts?|repeats?|referrals?|order|meds|medication|subscription|direct debit))', 1],
  [`(?:book|booking|booked|rebook|re book|cancel|cancelling|canceling|cancelled|change|changing|rearrange|re arrange|reschedule|move|moving|make|get|getting|need|needs|want|have|got|bring|missed|make my)(?: in)?(?: for)?(?: a| an| my| another| the| her| his| him| me| any| our)?(?: \\w+)? ${APPT}`, 1],
  [`(?:book|booking|booked|get|have|need|cancel|change|rearrange|re arrange|reschedule|move|rebook) (?:in |a |an |my |me |him |her |for |the |his |our )*(?:\\w+ )?${JAB}`, 1],
  [`(?:how|hw|where|when|can|could|what number) (?:do|can|would|should|to) (?:i|we|you|my \\w+)? ?(?:book|make(?! a complaint)|rebook|cancel|see|arrange|ring to book|get (?:(?:him|her|them) )?(?:an? )?(?:${APPT}|seen|in|to see|booked|slot|${DOC}))|(?:ring|call|phone) to book|how to book`, 1],
  // …unless what they want to get is something other than an appointment ("can I get my results").
  ['(?:can|could|may) (?:i|we|my \\w+|he|she) (?:book|see|get seen|be seen|have|change|cancel|rearrange|get)(?! (?:my |the |our |his |her |a |an )?(?:results?|test results|blood results|prescriptions?|scripts?|repeats?|meds|medication|letters?|sick notes?|fit notes?|copy))', 0.6],
  ['(?:online|phone|telephone) booking|book(?:ing)? online|book (?:in|with)|booking system|booked (?:in|online)', 1],
  [`(?<!after |before |since )(?:see|seeing) (?:a|the|my|my own|another|any|same|a female|a male)? ?(?:${DOC}|gp|someone|anyone|physio|pharmacist)|(?:speak to|speaking to|talk to) (?:a|the) (?:doctor|gp|nurse)|(?:female|male|lady|woman|man) (?:doctor|gp|dr|nurse)|(?:get|be|being|getting) (?:him |her |them |me |us |my \\w+ )?seen|needs? (?:seeing|to be seen|to see)|seen (?:today|tomorrow|this week|asap)|nobody can see|no one can see`, 1],
  [`(?:any|no|some|available|free|spare|routine|urgent|same day|emergency|telephone|phone|face to face|f2f|home|double|evening|weekend|late|early|walk in|nurse|doctors?|gp) ${APPT}|${APPT} (?:left|available|today|tomorrow|tmrw|this week|next week|for (?:kids|children|my)|with (?:a|the|dr)|at the weekend)`, 1],
  [`slots?|(?:8|eight) ?am|at 8|since 8|8 this morning|ring at|ringing at|try tomorrow|ring back tomorrow|(?:all|none|nothing) (?:gone|left|taken)|scramble|get through|release(?:d)? (?:${APPT}|them)|book more than|in advance|routine`, 0.6],
  [`(?:get|got|find|make|there) (?:${SOMEONE} )?(?:an?|any) (?:${APPT}|${DOC}|slot)|(?:wait|waiting) (?:for|list for) (?:an?|routine) ${APPT}|${APPT} (?:was |got |has been |is )?(?:cancelled|canceled|changed|moved)`, 1],
  [`(?:see|seen|with) (?:dr|doctor|nurse) [a-z]+ (?:again|next|please)|book (?:in )?with (?:dr|doctor|nurse)`, 1],
  ['walk ?in(?! centre)|home visits?|telephone (?:consultation|call|consult)|phone call instead|face to face|e ?consults?|cancellation list|running (?:\\d+ (?:mins?|minutes) )?late|still be seen', 1],
  // A jab named with its kind counts once: "flu jab" is not also a bare "jab".
  [`(?<!(?:flu|covid|travel|shingles|pneumonia|hpv|mmr|cough|blood|ear|smear) )${JAB}`, 0.5],
  // "Same day" is as often a result or a prescription as an appointment.
  ['same day', 0.6],
  ['do (?:you|u) (?:still )?(?:do|offer|have)|with (?:the|a|my) (?:gp|doctor|nurse|dr)|cancel\\w*', 0.4],
  ['(?:any )?cancellations|(?:on the|a) list for|call ?back from (?:the|a) (?:doctor|gp|nurse)|no (?:doctors|gps|one|nurses) available', 1],
  [`(?:\\d+|two|three|four|five|six) (?:days|weeks|months) (?:for|to get) (?:a|an|my) (?:\\w+ )?(?:${APPT}|${JAB}|${DOC}|gp)`, 1],
  ['(?:8 ?am|8 oclock|eight oclock) (?:phone )?(?:fight|scramble|rush|battle|lottery|queue|free for all|dash)|(?:cant|couldnt|cannot) (?:even )?book|book (?:a|an) (?:phone|telephone|face to face) (?:call|appointment|consultation)', 1],
  ['(?:clinic|clinics)', 0.4],
  ['book (?:a|an|my|the|in for a|in for my) (?:\\w+ )?review|(?:get|be|been) (?:squeezed|fitted|fit) in|(?:tele)?phone (?:consultations?|consults?|appointments?)|video (?:appointments?|calls?|consultations?)|(?:ring|call|phone) (?:back )?at 8|always (?:full|booked)(?<!(?:park|parking|bays|car park|waiting room|corridor) (?:is |are )?always \\w+)|fully booked|booked up', 1],
  ['squeezed in|fitted in|triage|online (?:form|consultation)', 0.6],
  // How to be seen includes getting through on the phone (access complaints are appointment too).
  ['(?<!music )on hold|(?:number|no) \\d+ in (?:the )?queue|\\d+(?:st|nd|rd|th)? in (?:the|a) queue|in the (?:phone )?queue|(?:cant|couldnt|cannot|never|impossible to) (?:ever )?get through|(?:rang|phoned|called|tried|ringing|rung) (?:\\d+|\\w+ty(?: \\w+)?|a hundred|hundreds of) times(?! for (?:my |the |his |her |our )?(?:\\w+ )?(?:results?|prescriptions?|repeats?|meds|medication|scripts?))|ringing since|book(?:ing)? ahead|book in advance|request (?:a )?(?:specific )?(?:gp|doctor)|specific (?:gp|doctor)|duty doctor|walk ?ins?(?! centre| center)|dressings?(?: changes?)?|can (?:anyone|someone|somebody|you) see (?:my|him|her|us|me)|(?:when will|is) (?:dr|doctor|nurse) \\w+ (?:be )?back|(?:dr|doctor|nurse) \\w+ (?:still )?(?:work|works|working|doing)|still (?:work|works|working) (?:on )?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays)|waiting (?:since|for) (?:\\w+ ){0,3}(?:review|follow up|appointment)|gatekeeping', 1],
  ['call ?back|callback|follow ?up', 0.6],
  ['how far (?:ahead|in advance)|(?:my|the) (?:call ?back|callback)(?: \\w+){0,2} (?:meant|supposed|due|system)|(?:ways?|how) to book|(?:need|have|has) to book|urgent enough|(?:never|not) (?:actually )?(?:seen|see|been seen by) (?:a|the|any) (?:doctor|gp)|(?:start|back) of the queue|someone (?:i|we) can see|trying to (?:book|get (?:an? )?(?:appt|appointment|seen))|(?:\\w+ )?clinic (?:on|running|still|this|next)|next (?:\\w+ )?clinic', 1],
  ['is the (?:practice )?nurse (?:able to|doing|still doing)|(?:able|available) to do', 0.5],
  ['(?:meant|supposed) to (?:book|get seen|see (?:a|the) (?:doctor|gp))', 1],
  ['(?:get|getting|be|being) (?:\\w+ ){0,3}seen|(?:who|what) (?:can|should|do) (?:i|we) see|can (?:i|we|he|she) (?:just )?(?:come|pop|drop) (?:down|in|by)|(?:any )?availability|rebook\\w*|re book|(?:annual|diabetic|diabetes|health|nhs|new patient|well woman|well man|baby|6 week|blood pressure|bp|asthma|copd) (?:check|checks|check up|checkup|review)s?|not (?:one|a single) (?:appointment|appt|slot)', 1],
  ['who (?:do|does|can|should) (?:i|we|she|he|they) (?:ring|call|contact|see|speak to|book with)|(?:want|wants|need|needs) (?:it |this |them )?look(?:ing|ed) at|looked at', 0.6],
  [`like (?:gold dust|hens teeth|rocking horse \\w+)|get in to see|(?:squeeze|fit) (?:me|him|her|us|my \\w+) in|(?:any chance of|chance of) (?:being|getting) seen|ring (?:up )?for an? (?:${APPT}|slot)|e ?consult|askmygp|accurx|patchs|waiting list for (?:a|an) (?:${APPT}|doctor|gp)`, 1],
];
