import { APPT, DOC, SOMEONE, type PhraseRule } from './types.ts';

/**
 * Getting, booking, changing or cancelling an appointment, or how to be seen — also when the
 * comment is a complaint about access. Praise for a past appointment is handled in index.ts.
 */
const JAB = '(?:flu jabs?|flu vaccines?|flu clinic|covid (?:jabs?|vaccines?|vaccinations?|boosters?)|boosters?|jabs?|vaccinations?|vaccines?|immuni[sz]ations?|smears?|smear tests?|cervical screening|health checks?|blood pressure checks?|blood tests?|ear syringing|ear wax|ear irrigation|coil fitting|baby clinic|6 week checks?|six week checks?|(?:asthma|diabetes|diabetic|annual|copd|blood pressure|bp) reviews?|physio|dressing change)';
export const APPOINTMENT_RULES: readonly PhraseRule[] = [
  // A hospital's appointment is not the practice's diary ("the hospital appointment letter came"),
  // nor is a count of other people's no-shows ("1,200 missed appointments last month"), nor one
  // that has happened, told as a story ("had my appointment and the doctor hadn't read my notes",
  // "in tears after that appointment", "had my first appointment with her today"), nor one somewhere
  // else ("my appointment at the infirmary", "my appointment letter from the hospital").
  [`${APPT}(?<!(?:hospitals? (?:\\w+ ){0,2}|(?:\\d+|of|many) missed |(?:^ | \\. | just | i | we | she | he )had (?:my|a|an|our|his|her|the)(?: first| last| \\d+(?:am|pm)?| phone| telephone)? |after (?:that|my|the|this) )${APPT})(?! (?:letters? )?(?:at|in|from) (?:the )?(?:hospital|infirmary|royal|dentist|opticians))`, 1],
  // "Book" is the diary's verb unless it is the thing on a shelf ("bring the red book"), a trip, or
  // the hospital's doing ("the hospital booked it for when I'm away").
  ['(?<!a |the |this |that |red |my |your |his |her |good |hospital |hospitals |dentist |dental )book(?:ing|ed)?(?! (?:a |an |our |my |the )?(?:holiday|flights?|table|hotel|taxi|trip|club|transport))|bookings', 1],
  // On a GP page, cancelling is about appointments unless a prescription is what is cancelled
  // ("cancelled my repeat", "my prescription has been cancelled"), or the hospital does it ("the
  // hospital cancelled my op").
  ['(?<!hospitals? (?:\\w+ ){0,2})(?<!(?:prescriptions?|scripts?|repeats?|meds|medication|order|referrals?|operation|op|scan|procedure) (?:has |have |had |was |were |is |are |been |got |gets |getting |keeps? getting |just )*)cancel(?:l?ing|l?ed|lations?|s)?(?! (?:my |the |a |your |our |his |her )?(?:prescriptions?|scripts?|repeats?|referrals?|order|meds|medication|subscription|direct debit)| if (?:you|they|people) (?:cant|cannot|can not))', 1],
  [`(?:book|booking|booked|rebook|re book|cancel|cancelling|canceling|cancelled|change|changing|rearrange|re arrange|reschedule|move|moving|make|get|getting|need|needs|want|have|got|bring|(?<!(?:\\d+|of|many) )missed|make my)(?<!hospitals? \\w+)(?: in)?(?: for)?(?: a| an| my| another| the| her| his| him| me| any| our)?(?: (?!hospital |dental |dentist )\\w+)? ${APPT}(?! (?:letters? )?(?:at|in|from) (?:the )?(?:hospital|infirmary|royal|dentist|opticians))`, 1],
  [`(?:book|booking|booked|get|have|need|cancel|change|rearrange|re arrange|reschedule|move|rebook) (?:in |a |an |my |me |him |her |for |the |his |our )*(?:\\w+ )?${JAB}(?! (?:records?|history|status|certificates?|cards?|passport))`, 1],
  [`(?:how|hw|where|when|can|could|what number) (?:do|can|would|should|to) (?:i|we|you|my \\w+)? ?(?:book|make(?! (?:a |an )?(?:formal |official )?(?:complaint|suggestion|comment|donation|payment))|rebook|cancel|see(?! (?:my |the |your |his |her )?(?:\\w+ )?results?)|arrange|ring to book|get (?:(?:him|her|them) )?(?:an? )?(?:${APPT}|seen|in|to see|booked|slot|${DOC}))|(?:ring|call|phone) to book|how to book`, 1],
  // …unless what they want to get is something other than an appointment ("can I get my results").
  ['(?:can|could|may) (?:i|we|my \\w+|he|she) (?:book|see|get seen|be seen|have|change|cancel|rearrange|get)(?! (?:my |the |our |his |her |a |an )?(?:results?|test results|blood results|prescriptions?|scripts?|repeats?|meds|medication|letters?|sick notes?|fit notes?|copy))', 0.6],
  ['(?:online|phone|telephone) booking|book(?:ing)? online|book (?:in|with)|booking system|booked (?:in|online)', 1],
  // Seeing a clinician, not a welcome back ("lovely to see Dr Grant back") nor a post to read ("people
  // need to see this").
  [`(?<!after |before |since |(?:lovely|great|good|glad) to )(?:see|seeing) (?:a|the|my|my own|our|your|another|any|same|a female|a male)? ?(?:${DOC}|gp|someone|anyone|physio|pharmacist)|(?:speak to|speaking to|talk to) (?:a|the) (?:doctor|gp|nurse)|(?:female|male|lady|woman|man) (?:doctor|gp|dr|nurse)|(?:get|be|being|getting) (?:him |her |them |me |us |my \\w+ )?seen|needs? (?:seeing|to be seen|to see(?! (?:it|this|that|these|what)))|needed (?:seeing|to be seen)|seen (?:today|tomorrow|this week|asap)|nobody can see|no one can see`, 1],
  [`(?:any|no|some|available|free|spare|routine|urgent|same day|emergency|telephone|phone|face to face|f2f|home|double|evening|weekend|late|early|walk in|nurse|doctors?|gp) ${APPT}|${APPT}(?<!(?:^ | \\. | just | i | we | she | he )had (?:my|a|an|our|his|her|the)(?: first| last)? ${APPT}) (?:left|available|today|tomorrow|tmrw|this week|next week|for (?:kids|children|my)|with (?:a|the|dr)|at the weekend)`, 1],
  // A slot is the diary's unit, whoever holds it: "move my thursday slot", "a double slot".
  ['slots?', 1],
  [`(?:8|eight) ?am|at 8|since 8|8 this morning|ring at|ringing at|try tomorrow|ring back tomorrow|(?:all|none|nothing) (?:gone|left|taken)|scramble|get through|release(?:d)? (?:${APPT}|them)|book more than|in advance|routine`, 0.6],
  [`(?:get|got|find|make|there) (?:${SOMEONE} )?(?:an?|any)(?: single)? (?:${APPT}|${DOC}|slot)|(?:wait|waiting) (?:for|list for) (?:an?|routine) ${APPT}|${APPT} (?:was |got |has been |is )?(?:cancelled|canceled|changed|moved)`, 1],
  [`(?:see|seen|with) (?:dr|doctor|nurse) [a-z]+ (?:again|next|please)|book (?:in )?with (?:dr|doctor|nurse)`, 1],
  ['walk ?in(?! centre| to (?:hand|drop|pick|collect|return|bring|deliver|post))|home visits?|telephone (?:consultation|call|consult)|phone call instead|face to face|e ?consults?|cancellation list|running (?:\\d+ (?:mins?|minutes) )?late|still be seen', 1],
  // A jab named with its kind counts once: "flu jab" is not also a bare "jab"; a jab's record is
  // paperwork ("who do I ask if her vaccination record is wrong").
  [`(?<!(?:flu|covid|travel|shingles|pneumonia|hpv|mmr|cough|blood|ear|smear) )${JAB}(?! (?:records?|history|status|certificates?|cards?|passport))`, 0.5],
  // "Same day" is as often a result or a prescription as an appointment.
  ['same day', 0.6],
  ['do (?:you|u) (?:still )?(?:do|offer|have)|with (?:the|a|my) (?:gp|doctor|nurse|dr)|cancel\\w*', 0.4],
  ['(?:any )?cancellations|(?:on the|a) list for|call ?back from (?:the|a) (?:doctor|gp|nurse)|no (?:doctors|gps|one|nurses) available', 1],
  [`(?:\\d+|two|three|four|five|six) (?:days|weeks|months) (?:for|to get) (?:a|an|my) (?:\\w+ )?(?:${APPT}|${JAB}|${DOC}|gp)`, 1],
  ['(?:8 ?am|8 oclock|eight oclock) (?:phone )?(?:fight|scramble|rush|battle|lottery|queue|free for all|dash)|(?:cant|couldnt|cannot) (?:even )?book|book (?:a|an) (?:phone|telephone|face to face) (?:call|appointment|consultation)', 1],
  ['(?:clinic|clinics)', 0.4],
  // ("Whoever answered the phone at 8" is about a person, not the way in.)
  ['book (?:a|an|my|the|in for a|in for my) (?:\\w+ )?review|(?:get|be|been) (?:squeezed|fitted|fit) in|(?:tele)?phone (?:consultations?|consults?|appointments?|reviews?)|video (?:appointments?|calls?|consultations?)|(?<!answered the |answers the )(?:ring|call|phone) (?:back )?at 8|always (?:full|booked)(?<!(?:park|parking|bays|car park|waiting room|corridor) (?:is |are )?always \\w+)|fully booked|booked up', 1],
  ['squeezed in|fitted in|triage|online (?:form|consultation)', 0.6],
  // How to be seen includes getting through on the phone (access complaints are appointment too),
  // but not a prescription "put on hold by the doctor", nor a duty doctor "who told me" after the call.
  ['(?<!music |its |it is )on hold(?! by)|(?:number|no) \\d+ in (?:the )?queue|\\d+(?:st|nd|rd|th)? in (?:the|a) queue|in the (?:phone )?queue|(?:cant|couldnt|cannot|never|impossible to) (?:ever )?get through|(?:rang|phoned|called|tried|ringing|rung) (?:\\d+|\\w+ty(?: \\w+)?|a hundred|hundreds of) times(?! for (?:my |the |his |her |our )?(?:\\w+ )?(?:results?|prescriptions?|repeats?|meds|medication|scripts?))|ringing since|book(?:ing)? ahead|book in advance|request (?:a )?(?:specific )?(?:gp|doctor)|specific (?:gp|doctor)|duty doctor(?! (?:who|spoke|was|said|told))|walk ?ins?(?! centre| center| to (?:hand|drop|pick|collect|return|bring|deliver|post))|dressings?(?: changes?)?|can (?:anyone|someone|somebody|you) see (?:my|him|her|us|me)|(?:when will|is) (?:dr|doctor|nurse) \\w+ (?:be )?back|(?:dr|doctor|nurse) \\w+ (?:still )?(?:work|works|working|doing)|still (?:work|works|working) (?:on )?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays)|waiting (?:since|for) (?:\\w+ ){0,3}(?:review|follow up|appointment)|gatekeeping', 1],
  ['call ?back|callback|follow ?up', 0.6],
  ['how far (?:ahead|in advance)|(?:my|the) (?:call ?back|callback)(?: \\w+){0,2} (?:meant|supposed|due|system)|(?:ways?|how) to book|(?:need|have|has) to book|urgent enough|(?:never|not) (?:actually )?(?:seen|see|been seen by) (?:a|the|any) (?:doctor|gp)|(?:start|back) of the queue|someone (?:i|we) can see|trying to (?:book|get (?:an? )?(?:appt|appointment|seen))|trying (?:for \\w+ )?to get (?:in(?! touch)|(?:an?|my|his|her) (?:\\w+ )?(?:review|consultation|check ?up|slot|phone call|face to face))|(?:\\w+ )?clinic (?:on|running|still|this|next)|next (?:\\w+ )?clinic', 1],
  ['is the (?:practice )?nurse (?:able to|doing|still doing)|(?:able|available) to do', 0.5],
  ['(?:meant|supposed) to (?:book|get seen|see (?:a|the) (?:doctor|gp))', 1],
  ['(?:get|getting|gettin|be|being) (?:\\w+ ){0,3}seen|(?:who|what) (?:can|should|do) (?:i|we) see|can (?:i|we|he|she) (?:just )?(?:come|pop|drop) (?:down|in|by)|(?:any )?availability|rebook\\w*|re book|(?:annual|diabetic|diabetes|health|nhs|new patient|well woman|well man|baby|6 week|blood pressure|bp|asthma|copd) (?:check|checks|check up|checkup|review)s?|not (?:one|a single) (?:appointment|appt|slot)', 1],
  ['who (?:do|does|can|should) (?:i|we|she|he|they) (?:ring|call|contact|see|speak to|book with)|(?:want|wants|need|needs) (?:it |this |them )?look(?:ing|ed) at|looked at', 0.6],
  [`like (?:gold dust|hens teeth|rocking horse \\w+)|get in to see|(?:squeeze|fit) (?:me|him|her|us|my \\w+) in|(?:any chance of|chance of) (?:being|getting) seen|ring (?:up )?for an? (?:${APPT}|slot)|e ?consult|askmygp|accurx|patchs|waiting list for (?:a|an) (?:${APPT}|doctor|gp)`, 1],
  // The phone lines' opening minute: "lines open at 8 busy by 8 01".
  ['(?:phone )?lines? open at (?:8|eight)', 1],
  // Told to try again another day: "call back tomorrow", "ring tomorrow", "come back tomorrow".
  ['(?:ring|call|phone|come|try|rang|called|phoned) (?:back |again )?(?:tomorrow|the morra|tmrw)', 1],
  // Ringing at opening time, said with the minutes: "rang at 7 59", "cut off at 8 30", "after 8 15".
  ['(?:rang|ring|ringing|rung|phoned|phoning|called|calling|trying|tried|through|cut off|hung up on|queue|busy by|gone by|message) (?:\\w+ ){0,2}(?:at|after|since|by|from|til|till|until) (?:7|8) [0-5]\\d(?: ?am)?', 1],
  // The 8am rush as a game of chance: "the 8am thing is a lottery", "like the hunger games".
  ['(?:8 ?am|8 oclock|eight oclock) (?:\\w+ ){0,3}(?:lottery|hunger games|free for all|bun fight)|hunger games', 1],
  // The first free slot: "the earliest the doctor can see me", "next available is Thursday".
  ['(?:the )?(?:earliest|next available|soonest|next free)(?: one)? (?:is|was|the|they|you|youve|i|we|he|she|available|appointment|appt|slot|doctor|gp|nurse|date)', 1],
  // Which clinician: "see my usual doctor", "prefer to see a woman", "can I see any1".
  ['(?:see|seeing) (?:my|a|the|any|their|your|his|her) (?:usual|named|regular|normal|own|same|preferred|registered) (?:doctor|dr|gp|nurse)|(?:see|seeing) (?:a |any )?(?:woman|female|lady|any1|anyone else|someone else)', 1],
  // Wanting a problem seen: "how do I get it looked at", "get this checked".
  ['get (?:it|this|that|them|these|him|her|my \\w+) (?:looked at|checked out|seen to)', 1],
  // A clinician's call instead of a visit, today: "can a doctor ring me today", "a call from the
  // dr instead of coming in" (a call about results or medication is those, not this).
  ['(?:can|could|will|would) (?:a|the|my) (?:doctor|dr|gp|nurse) (?:please )?(?:ring|call|phone) (?:me|us|him|her)(?: back)? (?:today|this|sometime|at some point|asap|instead)|(?:call|ring) from (?:the|a|my) (?:dr|doctor|gp)(?: \\w+)? (?:today|instead|sometime|this)', 1],
  // Ways in besides booking: "any drop in sessions", "sit and wait clinic", "can I self refer to the
  // physio" (not the talking therapies, which are not the practice's diary).
  ['drop ?in (?:clinics?|sessions?|service)|sit and wait|first come first served|self ?refer\\w*(?! (?:to |for )?(?:the )?(?:talking|mental health|iapt))', 1],
  // How long the list is: "how long is the waiting list for physio", "how long is the wait".
  ['how long(?: is|s) the (?:waiting list|wait)|waiting list (?:for|is) (?:a |the )?(?:physio|review|phone call|call back|\\w+ referral)', 1],
  // Booking said in other ways: "bookable through the app", "book for someone else", "ring on my
  // behalf to book", "ring me to rearrange", "get my depo injection booked", "what do I press for booking".
  ['bookable|book (?:for|on behalf of) (?:someone|somebody|my|him|her|them|a)|book (?:together|jointly)|(?:ring|call|phone)(?: \\w+){1,3} to (?:book|rebook|rearrange|reschedule)|(?:get|have|need) (?:(?:my|the|a|an|his|her|it|them|him|me|this) )?(?:\\w+ ){0,3}(?:booked|booking)(?! system| line| app)|(?:press|option|lines?|number|open) (?:\\w+ )?for (?:booking|appointments?)', 1],
  // Someone free now: "is there a doctor free now", "anyone free for a quick look".
  ['(?:anyone|anybody|someone|a doctor|a gp|a nurse|any doctors?|a dr) (?:free|available) (?:now|today|for|to|this)', 1],
  // (The text ends in a space, so the end is " $": "do I need to bring him in?".)
  ['bring (?:him|her|them|my \\w+) (?:in|down)(?= (?:or|to|for|with|today|tomorrow|now|\\.|$))', 1],
  // Time spent on the phone to get in: "52 minutes on the phone", "sat on the phone from 8",
  // "the high volume of calls message again".
  ['(?:\\d+|an?|two|three|four|five|half an?) (?:mins?|minutes|hours?|hrs?) (?:on the phone|in (?:the|a) queue|trying to get through)|(?:sit|sat|sitting|hanging|hangin|stuck|spent|spend) on the phone (?:for|at|from|fae|since|till|until|all)|high (?:volume of calls|volumes? of calls|call volumes?)', 1],
  // The slots going or coming: "have all the slots gone", "ring back at 1 for the afternoon slots",
  // "what time do new slots get released".
  ['slots? (?:have |had |are |were |was )?(?:all )?(?:gone|taken|went)|(?:morning|afternoon|evening|new|on the day|same day|emergency|urgent) slots?', 1],
  // A wait named for a routine visit: "three weeks for a wee check up", "a month for a review".
  ['(?:\\d+|a|two|three|four|five|six|seven|eight) (?:days?|weeks?|months?) (?:for|to get) (?:a|an|my|his|her) (?:\\w+ )?(?:check ?ups?|reviews?|consultations?|smears?)|(?:days?|weeks?|months?|ages|fight|battle|struggle|nightmare) to get in(?! touch)', 1],
  // Can't even get the least way in: "we can't even get a phone call".
  ['(?:cant|can not|cannot|couldnt|could not) (?:even )?get (?:a|an) (?:phone call|call ?back|review|face to face|look in)', 1],
  // Bringing someone in for a named jab or clinic: "can I bring my 2 year old for the nasal spray".
  [`bring (?:my|him|her|them)(?: \\w+){0,3} (?:for|to) (?:the|his|her|their|a) (?:\\w+ ){0,2}(?:${JAB}|spray|clinic)`, 1],
  ['book (?:me|him|her|us|them|my \\w+) in (?:with|for)', 1],
  // The phone line as the way in (an access complaint is an appointment too): "getting through to
  // reception", "the line cuts you off after 20 mins", "still engaged", "queue 19, got to 3",
  // "been trying since 8", "told to ring back four days running", "I give up ringing", "got cut off
  // again", "removed from the queue", "took me 3 days to get through", "told to keep trying".
  ['(?:get|getting) through to (?:the )?(?:reception|surgery|switchboard)|(?:line|phone|call|phones|lines) (?:cuts?|cut) (?:me |you |us )?off|(?:cut|cuts) off after|queue (?:\\d+|number \\d+)|queue (?:this|every|each) morning|(?:trying|ringing|calling|phoning|on hold|on the phone|rung|rang) since (?:8|eight)', 1],
  ['(?:told|had|have|has|having) to (?:ring|call|phone) (?:back|again)(?! (?:\\w+ ){0,2}(?:for|about) (?:my |the |his |her )?(?:\\w+ )?results?)|engaged (?:tone|since|all (?:day|morning)|every)|(?:still|constant|constantly) engaged|(?:line|phone|lines|phones)s? (?:\\w+ ){0,2}engaged|(?:gave|give|given|giving) up (?:on )?(?:ringing|calling|phoning|trying to (?:get|book|ring|call))', 1],
  ['(?:got|get|getting|keep getting|always get) cut off|cut off (?:twice|again|\\w+ times)|cuts? you off|line went dead|hangs? up on you|removed from the queue|(?:days?|weeks?|all week|all morning|hours|ages) to get through|trying to get through|expected to get through|(?:told|telling|tell) (?:\\w+ )?to keep trying|keeping trying', 1],
  // The clinician's call as the appointment: "waited in for a phone call all day", "a call that might
  // come any time", "can my GP do a phone call", "can she have her review over the phone", "a call
  // back between 8 and 6".
  ['(?:wait|waited|waiting|sat|stayed|stay) in (?:all day |all morning )?for (?:a|the) (?:phone )?call|(?:a|the) (?:phone )?call that (?:might|may|could|never) come|(?:do|have|give|offer|get) (?:me |him |her |us )?a (?:phone|telephone|video) (?:call|consultation)|(?:have|do|get) (?:my |her |his |a |the )?(?:\\w+ )?(?:review|appointment|consultation) over the phone', 1],
  ['(?:call|call back|callback|phone call|window) (?:\\w+ )?between \\d+(?: ?am| ?pm)? and \\d+', 1],
  // Wanting someone to look, or a particular someone: "I need a doctor", "I needed someone to look at
  // it", "can she be looked at this week", "nobody will see him", "a doc seeing my lad", "to see an
  // actual doctor", "who's best to see", "ask to see her", "prefer a woman", "switch my named GP".
  ['(?:i|he|she|we) (?:really |just |actually )?(?:need|needs) a (?:doctor|gp)|(?:needed|need|want|wanted|needs) (?:someone|somebody|a doctor|a gp|a nurse) to (?:look at|see|examine|check)|(?:can|could) (?:she|he|i|we|it|they|my \\w+) be looked at|(?:someone|somebody|a doctor|a nurse|the doctor|the nurse) (?:to |can |could )?(?:have|take) a look at|(?:nobody|no one|noone) (?:will|would|can|wants to) see (?:him|her|me|us|them|my)|(?:doc|doctor|gp|nurse|dr) seeing (?:my|him|her|me|us)', 1],
  ['(?:see|speak to|talk to|chat to|speak with) (?:an actual|a real|a proper) (?:doctor|gp|dr)|who(?:s| is| would be) (?:the )?best (?:person )?to (?:see|speak to|talk to)|ask(?:ed)? to see (?:her|him|dr \\w+|a (?:female|male|woman|man)|the same)|prefer (?:to see )?(?:a |an )?(?:woman|female|lady|man|male)|(?:change|switch|swap) (?:to )?(?:a different |my named |my |another )?(?:gp|doctor|dr)s? (?:within|in the practice|at the practice)|(?:change|switch|swap) my named (?:gp|doctor)|(?:get|getting|have|arrange|request|ask for|asked for) (?:a |an )?(?:home )?visit', 1],
  // What the diary has, or has not: "no GP capacity", "you were full", "never anything available",
  // "can I get another today", "do you do same day for kids", "the GP is impossible to get hold of".
  ['(?:no|zero|not enough) (?:gp |doctor |appointment )?capacity|(?:you were|youre|you are|surgery was|surgery is) (?:always |already |just |completely )?(?:full|fully booked)|(?:nothing|never anything|nowt) (?:\\w+ )?(?:available|left|free)(?! to)|(?:get|have|book) another (?:one )?(?:today|tomorrow|this week)', 1],
  ['(?:do|does|get in|get seen|got seen|gets seen|get) (?:the )?same day(?! for the same)|same day (?:un|one|ones)|same day for (?:kids|children|babies|toddlers|under)|(?:gp|doctor|doctors|gps|surgery|practice) (?:is|are) (?:\\w+ )?(?:impossible|hard|difficult|a nightmare) to get hold of|(?:impossible|hard|difficult|a nightmare|a struggle|a battle) to get (?:\\w+ ){1,3}looked at', 1],
  // Triage as the door, and being kept out of it: "triaged as not urgent", "total triage", "got the
  // queue again", "so you don't have to see us", "before I can actually see one".
  ['triaged (?:by|as|out)|total triage|(?:the|back (?:in|to) the) queue again|back in the queue|(?:dont|do not|never|wont|doesnt) (?:have to |want to |need to )?see (?:us|patients|anyone|people)|(?:can|could|cant|couldnt) (?:actually |even |ever )?see one', 1],
  // Getting in at all: "easier to see the Pope than a GP", "getting in is the problem", "before the
  // on the day ones are gone", "any chance of a late one", "has everything gone by then".
  ['(?:easier|quicker|more chance) (?:to|of) (?:see|seeing|get|getting) (?:\\w+ ){1,3}than (?:a|the|to see a|see a|getting a) (?:gp|doctor|appointment|appt)|getting (?:in|into) (?:is|to see|thats|that is)|getting in to see|(?:on the day|same day) (?:ones|appointments|appts)|do on the day|any chance of (?:a|an) (?:late|early|earlier|later|evening|morning|afternoon|sooner) one|(?:everything|its all|theyre all|all) (?:has |have |is |are )?gone by', 1],
  // The appointment as "one" or "mine", and other ways of waiting for it: "the rest of us can't get
  // one", "I missed mine Thursday", "sat by the phone from 8", "ring back at 2pm", "can the district
  // nurse come today", "best way to get a med review".
  ['(?:cant|couldnt|cannot|never) (?:even )?get (?:one|a single one)|(?:missed|turned up for|cant make|cant keep|cancel) mine|(?:sat|sitting|waited|waiting|glued) (?:\\w+ )?by the phone|(?:ring|call|phone) back at \\d+(?: ?pm| ?am)?|district nurse (?:to )?(?:come|visit|call)|best way to get (?:a|an) (?:\\w+ )?(?:review|appointment|appt|check)', 1],
  // A review wanted, moved or waited for: "need my steroid review done", "bring his review forward",
  // "asked for a review three times".
  ['(?:need|needs) (?:my|his|her|a) (?:\\w+ )?review (?:done|booked|for|forward|brought)|(?:swap|move|bring) (?:my|his|her|their) (?:\\w+ )?review|asked for a review|waitin[g]? (?:on|for) (?:a|an|my|his|her) (?:\\w+ )?(?:referral )?review', 1],
  // The forms that replace the phone: "explain how the triage works", "the form closes at 12",
  // "submitted a form 4 days ago", "sent an online request Monday", "reached capacity for today".
  ['how (?:does|do|will) (?:the |your |this |that )?(?:new )?(?:triage|booking|call ?back|callback|appointments?|online (?:form|system)|phone system|e ?consult|patchs|accurx|askmygp)(?: \\w+){0,2} work|how the (?:\\w+ )?(?:triage|booking|call ?back|callback|appointment)(?: \\w+)? works?|form (?:closes|closed|shuts|shut)|(?:submitted|filled in|filled out|sent in|send in|submit) (?:a|the|my|an) (?:\\w+ )?form(?! (?:to register|to change|for (?:my |his |her |the |a )?(?:\\w+ )?(?:power of attorney|passport|insurance|blue badge|registration|gym|council|dvla|pip)))|(?:sent|put in|submitted|tried) (?:an? |the )?online (?:request|consult)|online consult (?:form )?(?:has been|is|was) (?:unavailable|closed|shut|full)|reached capacity', 1],
  // Session 6 (from the misses of train15–train18, worded otherwise here). Each starts at a word the
  // filter can list (the call, the clinic, "seen by"); who asks is a lookbehind, so that common
  // words ("can", "they", "any") do not make the rule a candidate everywhere. Where the lookbehind
  // is long it comes after the first words and repeats them, so a plain scan tries it only there.
  // A clinician's phone call asked for is a telephone consultation: "could Dr Singh ring me when
  // he's free", "can a GP call my daughter instead", "any chance the doctor could give me a ring
  // back" (not a call about results, which is results).
  [`(?:ring|call|phone|give) (?:me|us|him|her|my \\w+)(?<= (?:can|could|will|would|need|needs|please|chance|for|if) (?:a |the |my |any |our |your )?(?:practice |duty |same )?(?:doctor|dr|gp|nurse|doc)(?: [a-z]+)? (?:please |possibly |maybe |just )?(?:(?:can|could|to|please|possibly) )?(?:ring|call|phone|give) (?:me|us|him|her|my \\w+))(?<!(?:results?|tests?|bloods|scans?)(?: \\S+){1,16})(?! (?:\\w+ ){0,6}(?:results?|bloods|swabs?|scans?|x ?rays?)(?= ))`, 1],
  // Waiting on that call, or it never coming: "still waiting for the GP to ring me back", "waited in
  // for the doctor's call", "the call back never came", "the doc never rings back".
  ['for (?:the|a|my) (?:doctors?|gps?|nurses?|drs?) (?:to )?(?:call ?back|callback|call|ring|phone)(?<= (?:waiting|waited|sat|stayed) (?:in )?(?:\\w+ ){0,3}for (?:the|a|my) (?:doctors?|gps?|nurses?|drs?) (?:to )?(?:call ?back|callback|call|ring|phone))(?! (?:\\w+ ){0,6}(?:results?|bloods|scans?|x ?rays?)(?= ))|never (?:came|come|comes|happened|arrived)(?<= (?:call ?back|callback|call) (?:\\w+ )?never (?:came|come|comes|happened|arrived))|never (?:calls?|rings?|rang|called|phoned|phones?) (?:\\w+ )?back(?<= (?:doc|doctor|gp|nurse|dr)s? (?:\\w+ )?never (?:calls?|rings?|rang|called|phoned|phones?) (?:\\w+ )?back)', 1],
  // Advice to another commenter on how to be seen: "ring and say it's for a baby", "mention it when
  // you call", "they'll fit you in", "keep at them till they see you", "ask for her by name".
  ['(?:ring|call|phone) (?:them |up )?and (?:say|tell them|mention)|(?:say|mention) (?:that |it |this )?when (?:you|they|u) (?:ring|call|phone)|(?:see you|get you in|fit you in|squeeze you in)(?<= (?:they|theyll|she|shell|he|hell|the (?:doctor|gp|nurse|receptionists?)) (?:\\w+ ){0,2}(?:see you|get you in|fit you in|squeeze you in))(?! as)(?<!wants? to see you)|ask for (?:them|her|him|dr \\w+) (?:specifically|by name|next time|when you (?:ring|call|phone))', 1],
  // Which clinician, asked for: "ask for a different GP", "asked for a female doctor".
  ['(?:ask|asked|asking|request|requested) for (?:a |the )?(?:different|same|female|male|lady|woman|named|particular|specific|regular|usual) (?:doctor|gp|dr|nurse)', 1],
  // The phone queue as the way in: "the phone queue is an hour", "put the phone queue position on
  // the message"; when to try: "best time to get through", "working out when to ring".
  ['(?:phone|telephone) queue(?! (?:music|song|songs))|(?:(?:best|quietest|easiest|good|better|right) time to (?:ring|call|phone|get through)|when to (?:ring|call|phone))(?! (?:for|about) (?:my |the |his |her )?(?:\\w+ )?results?)', 1],
  // Someone able or free to see: "would the nurse be able to see me", "is there anyone I can see
  // today", "a nurse I can talk to", "are the GPs still seeing people with coughs".
  ['able to see (?:me|him|her|us|them|my \\w+)(?<= (?:nurse|doctor|gp|dr|someone|somebody|anyone|anybody|they|you) (?:be )?able to see (?:me|him|her|us|them|my \\w+))|(?:anyone|anybody|somebody|a (?:nurse|doctor|gp)) (?:i|we) (?:can|could) (?:see|talk to|speak to)|(?:doctors?|gps?|nurses?|you) (?:still )?seeing (?:people|patients|anyone|children|kids|babies)', 1],
  // Who does it: "can I get my ear checked by the nurse", "have her looked at by a GP".
  ['(?:checked|looked at|seen|done|syringed|dressed) by (?:a|the) (?:nurse|doctor|gp|pharmacist|physio)(?<= (?:get|have) (?:my|his|her|it|this|him|them) (?:\\w+ )?(?:checked|looked at|seen|done|syringed|dressed) by (?:a|the) (?:nurse|doctor|gp|pharmacist|physio))', 1],
  // A day in the diary: "is the phlebotomist in on Fridays", "is the flu clinic still on Saturday",
  // "what time does the baby clinic finish on Wednesdays".
  [`(?:is|are|will) (?:the )?(?:phlebotomist|midwife|health visitor|paramedic|practice nurse|nurse practitioner|hca)s? (?:\\w+ )?(?:in|on|about|working|available) (?:on |this |next )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|today|tomorrow)|clinics? (?:is |are )?(?:still )?(?:on|running|open|finish(?:es)?|start(?:s)?|close(?:s)?) (?:\\w+ )?(?:on |this |next |at )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)`, 1],
  // When a clinic runs: "what day is the baby clinic", "whens the nxt smear clinic", "when do the
  // booster clinics open", "any flu clinics left before Christmas", "is the minor op clinic back on".
  ['clinics?(?<= (?:when|whens|what day|what days|what time|which day|which days|wot time) (?:is |are |does |do |will )?(?:the |there )?(?:be )?(?:any )?(?:next |nxt )?(?:\\w+ ){0,2}clinics?)|clinics?(?<= (?:any|extra) (?:\\w+ ){0,2}clinics?) (?:on|left|over|before|in|this|next|at|for)|clinics? (?:still |usually |normally )?(?:start|starts|starting|open|opens|run|back on)(?= )', 1],
  // Coming in at a time: "is it possible to come in at lunch", "could we pop in after school".
  ['(?:come|pop) (?:in|down) (?:at|on|after|before|this|today|tomorrow|later|sometime)(?<= (?:possible|can i|could i|can we|could we|ok) (?:to )?(?:come|pop) (?:in|down) (?:at|on|after|before|this|today|tomorrow|later|sometime))', 1],
  // Asking for the call or the visit: "how do I request a phone call rather than coming in",
  // "please can someone arrange a visit for her", "a call back from the practice nurse".
  ['(?:request|ask for|book|arrange) (?:a )?(?:phone|telephone|video) (?:call|consultation|consult)|(?:call ?back|ring ?back) from (?:the|a|my) (?:practice |duty )?(?:doctor|gp|nurse|dr)|(?:would|id) like a (?:call ?back|phone call) (?:from|with)', 1],
  // Not seen yet: "still not been seen after three days of ringing", "she hasn't been seen yet".
  ['still (?:not|hasnt|havent|hadnt|not been) (?:been )?seen|(?:not|hasnt|havent|hadnt) (?:been )?seen yet', 1],
  // A form or system that shuts, or a way in queued for: "the online system shuts at 10",
  // "cannot get there at 8am to queue".
  ['(?:online|triage|e ?consult) (?:system|form|request) (?:shuts|closes|closed|shut|switches off|goes off)|(?:to queue|queue|queuing|queueing|stand in (?:a|the) queue)(?: \\w+){0,3} (?:at|by|from|before) (?:8|eight) ?(?:am|oclock)', 1],
  // A day or slot asked for: "is there owt left for today", "any chance of a same day for a UTI",
  // "do I need to ring for a medication review", "how to get in if you cant get near a GP".
  ['(?:owt|anything|any) (?:left|free|on) (?:for )?(?:today|tomorrow|this (?:morning|afternoon|week))|same day(?<= (?:chance of|i get|i have) an? same day)|(?:ring|call|phone) (?:up )?for (?:a|an|my|his|her) (?:\\w+ ){0,2}(?:review|check ?up|smear|jab)|get near (?:a|the) (?:gp|doctor|dr)', 1],
  // The appointment as "one", moved: "can I move the nurse one", "cancel my 3pm one".
  ['(?:move|change|cancel|rearrange|swap|rebook) (?:the|my|his|her|our) (?:nurse|doctor|gp|dr|\\d+(?:am|pm)?|morning|afternoon|phone|other) one', 1],
  // Who is wanted to see you, and on which days: "a request for the doctor to see me", "what days
  // is the phlebotomist in", "is there a particular day the nurse does smears".
  ['to see (?:me|him|her|us|them|my \\w+)(?<= (?:for|want|wants|wanted|need|needs|needed|like) (?:the|a|my) (?:doctor|gp|nurse) to see (?:me|him|her|us|them|my \\w+))|(?:nurses?|doctors?|gps?|phlebotomist|physio|pharmacist|midwife) (?:does|do|doing|is in|in|works?|working)(?<= (?:which|what|particular|certain) days? (?:is |does |do |are )?(?:the )?(?:\\w+ )?(?:nurses?|doctors?|gps?|phlebotomist|physio|pharmacist|midwife) (?:does|do|doing|is in|in|works?|working))(?= )', 1],
  // Ways in told between commenters: "have you tried ringing at 2", "go in person", "the phone ones",
  // "keep trying every morning", "they turned me away at the desk", "does the GP do phone calls".
  ['(?:tried|try|trying) (?:ringing|calling|phoning) (?:at|after|before|later|in the)|(?:go|going|went|turn up|turned up) in person(?! to (?:drop|hand|pick|collect|return|bring|deliver))|(?:phone|telephone|video|face to face|f2f|evening|weekend|saturday|late|early) ones|keep (?:on )?(?:trying|ringing|calling|phoning)(?: \\w+){0,2} (?:each|every) (?:morning|day)|turned (?:me|us|him|her|them) away|(?:doctors?|gps?|nurses?) (?:still )?(?:do|offer|doing) (?:phone|telephone|video) calls', 1],
  // Too few appointments is about availability (DESIGN: appointment, also when phrased as a
  // complaint): "there are not enough appointments", "never enough slots". Before, only the
  // complaint was read.
  [`(?:not|never|nowhere near|still not) enough (?:\\w+ )?(?:${APPT}|slots)|(?:too few|shortage of|hardly any|never any) (?:\\w+ )?(?:${APPT}|slots)`, 1],
  // Probes written in session 7, each a way of asking to be seen without an appointment word:
  // "need something sorting for our Jayden", "need something looking at on my back", "will they
  // still see me if I'm late", "does that mean I have to come in?", "can I get a wart frozen",
  // "no reviews till March", "still waiting on the doctor ringing me back".
  ['(?:need|needs|needed|want|get) (?:something|summat|it|this|that|him|her|them|(?:my|our|his|her) (?!(?:repeat|prescription|meds|medication|script|tablets|pills|form|letter|note|sick note|fit note|results?|inhaler|records|address|car|boiler|phone) )\\w+) (?:sorting|looking at|seeing to|seen to|checking|checked over)(?! out (?:by|with) the pharmac)|(?:will|would|do|does|can) (?:they|you|she|he|the \\w+) still see (?:me|us|him|her|them|my \\w+)|(?:does that|will that|do i|does she|does he) (?:mean|need|have) (?:i |we |she |he )?(?:have|need|got) to (?:come|go) in|(?:get|have) (?:a |my |his |her |the )?(?:wart|verruca|mole|skin tag|cyst|ears?)s? (?:\\w+ )?(?:frozen|removed|burnt off|syringed|microsuctioned|cleaned out)|no (?:\\w+ )?(?:reviews?|smears?|bloods|blood tests|checks?|clinics?|jabs) (?:available )?(?:till|until|before|for (?:weeks|months|(?:a|an|another|\\d+|two|three|four|five|six) (?:weeks?|months?)))|waiting (?:on|for) (?:the |a |my )?(?:doctor|gp|nurse|dr \\w+) (?:ringing|to ring|calling|to call|phoning|to phone) (?:me |us |him |her )?back', 1],
  // Session 8 (from the misses of dev16, dev17, survey11 and survey12, worded otherwise here).
  // Two jabs in one visit is a booking question: "can they do my covid and flu together", "would
  // rather have both done on the same day", "is the RSV one at the same time". The rule starts at
  // the time words and looks back for the jab, so that "at" and "on" do not make it a candidate.
  [`(?:together|same time|same day|one go|one visit)(?<= (?:(?:flu|covid|rsv|shingles|pneumonia|jabs?|boosters?|vaccines?|one)(?: (?:jabs?|one|booster|vaccine))?(?: done| given)?|both done|them done|(?:get|have|do) both) (?:together|at the same time|on the same day|the same day|in one go|in one visit))`, 1],
  // More dates for a jab, or a jab at home: "any other days for the flu", "a second session of the
  // covid ones", "can dad have his done at home", "could she get her jab at home".
  [`(?:more|other|another|extra|new|second) (?:dates?|days?|sessions?|clinics?) (?:for|of) (?:the |my |his |her )?(?:flu|covid|rsv|shingles|pneumonia|jabs?|boosters?|vaccines?|vaccinations?)|home(?<= (?:have|get|do|give|having|getting) (?:hers|his|mine|theirs|ours|it|them|(?:her|his|my|their|the) (?:\\w+ )?(?:jabs?|vaccines?|boosters?|injections?|bloods?|blood tests?|dressings?|b12)) (?:done )?at home)`, 1],
  // Who does a service now, and when a visiting clinician comes in: "who fits coils these days",
  // "who does those now", "which day does the health visitor come in".
  [`who (?:does|do|is doing|can do|fits) (?:those|these|them|that|it|(?:the )?(?:implants?|coils?|coil fittings?|smears?|injections?|jabs?|vaccines?|ear syringing|dressings?|minor ops?|b12s?|ecgs?|spirometry))(?: \\w+)? (?:now|anymore|any more|these days|nowadays|here|there)|(?:midwife|midwives|health visitors?|phlebotomists?|physios?|podiatrists?|counsellors?|paramedics?|hcas?|pharmacists?)(?<= (?:what|which|wot) (?:days?|times?) (?:does|do|is|are|will) (?:the )?(?:\\w+ )?(?:midwife|midwives|health visitors?|phlebotomists?|physios?|podiatrists?|counsellors?|paramedics?|hcas?|pharmacists?))(?= (?:come|comes|coming|visit|visits|in|there|here|available|work|works|working|about)(?= ))`, 1],
  // Whether to come in at all: "is it worth booking for a rash", "worth getting it looked at?"
  // (not about results: "heard nothing about my scan, is it worth ringing").
  ['worth (?:ringing|calling|phoning|booking|coming (?:in|down)|seeing (?:a|the) (?:doctor|gp|nurse)|getting (?:it |this |him |her )?(?:checked|looked at|seen)|making an? (?:appointment|appt))(?<!(?:results?|scans?|x ?rays?|bloods)(?: \\S+){1,16})(?! (?:\\w+ ){0,4}(?:results?|bloods|scans?)(?= ))', 1],
  // Where to go to be seen: "where do we go if you're shut", "where am I supposed to go now", "or
  // where do I go" (not a door: "where do we go, front or side").
  ['where (?:else |exactly |on earth )?(?:do|should|can|are|am|would|will|is) (?:i|we|people|patients|parents|families|folk|pensioners|my \\w+|she|he|us|you)(?: (?:meant|supposed|expected|have|need|got))? (?:to )?go(?= (?:now|then|for|if|instead|when|or|\\.|$))', 1],
  // The phones as the way in, said as a verdict or a wish: "really hard getting through first thing",
  // "the wait on the phone is long", "queueing ages on the phone", "more phone lines please", "more
  // staff on the phones".
  ['(?:hard|harder|difficult|impossible|tricky|a nightmare|a struggle|a pain|a battle) (?:to )?get(?:ting)? through|phone(?<= (?:wait|waits|waiting|waited|wait times?|waiting times?|hold|queuing|queueing)(?: \\w+){0,2} on the phone)|(?:more|extra|another|second) (?:phone |telephone )?lines(?! of)|(?:more|extra) (?:staff |people |receptionists )?(?:on|answering) the phones', 1],
  // A wait named as so many weeks for something: "a six week wait for bloods", "2 month wait to see
  // the nurse".
  // (It starts at the span and looks back for the number, so that "a" does not make it a candidate.)
  ['(?:day|week|month|wk)s? wait (?:for|to (?:get|see|be seen)|just to)(?<= (?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:\\w+ )?(?:day|week|month|wk)s? wait (?:for|to (?:get|see|be seen)|just to))', 1],
  // A way in asked for or kept: "is there a video option for people who work", "keep the phone
  // option please", "bring in a callback option".
  ['(?:text|texting|telephone|phone|video|callback|call back|face to face|f2f) options?', 1],
  // So long for a call or for one at all: "a fortnight to get a call", "five weeks to see one".
  ['(?:\\d+|a|one|two|three|four|five|six|seven|eight|several) (?:days?|weeks?|months?|wks?|fortnight) (?:for|to get|to see|to be seen by) (?:(?:a|an|one)(?: \\w+)? (?:call|gp|doctor|dr)|one)(?! (?:\\w+ ){0,4}(?:meds|medication|prescriptions?|results?|repeats?|referrals?|letters?|forms?)(?= ))|fortnight (?:for|to get|to see) (?:a|an|one)(?: \\w+)? (?:call|one|gp|doctor|dr|appointment|appt)', 1],
  // The length of the wait said plainly: "the waiting times are far too long".
  ['(?:waiting|wait) times? (?:are|is) (?:\\w+ )?(?:too|so|far too|way too|very|really|ridiculously) long', 1],
  // Whom a clinician other than the GP will see: "can the physio see kids", "does the pharmacist at
  // the surgery see patients", "could the practice nurse deal with my son".
  ['(?:can|could|will|would|does|do) (?:the|a|your) (?:physio|pharmacist|nurse practitioner|practice nurse|paramedic|mental health nurse|hca|nurse)s? (?:\\w+ ){0,3}(?:see|treat|deal with) (?:children|kids|babies|me|him|her|people|patients|my \\w+|us)', 1],
  // A clinic asked after, a form that has shut, a talk asked for: "is there a menopause clinic",
  // "the online form was closed again", "would like a word with a doctor about it".
  ['clinics?(?<= (?:is|are) there (?:an?|any) (?:\\w+ ){0,2}clinics?)|form (?:is |was |gets |has been )?(?:closed|shut|switched off|turned off)|(?:chat|word|talk|conversation|natter) with (?:a|the|my|your|one of the) (?:gp|doctor|nurse|dr|gps|doctors)', 1],
  // Left with no way in: "so what are we supposed to do, wait till tomorrow", "she cant use a
  // smartphone so what is she meant to do" (not about a prescription, which is that).
  ['what (?:am|are|is) (?:i|we|people|she|he|my \\w+|patients|parents|folk) (?:meant|supposed|expected) to do(?<!(?:repeats?|prescriptions?|scripts?|patches|meds|medications?|tablets|inhalers?|pills)(?: \\S+){1,24})', 1],
  // When the call or the clinician comes: "roughly what time do the call backs happen", "how soon
  // do they ring you back", "is the physio in every day or just Tuesdays".
  ['(?:what time|what times|when|how soon) (?:\\w+ ){0,4}(?:callbacks?|call backs?|(?:call|ring|phone) (?:you|me|us|people) back)|(?:physio|pharmacist|nurse|doctor|gp|midwife|phlebotomist|health visitor|podiatrist|counsellor)s? (?:is |are )?(?:there|in|here|working|about|available) (?:every day|every \\w+day|on \\w+days|certain days|most days|all week|full time)', 1],
  // Saying it is not about an appointment, only a question, takes the word back: "I'm not after an
  // appointment, just a question about the blue badge form", "not asking for an appt, only whether
  // you take new patients" (not "not after an appointment, just a call with the doctor").
  [`(?:not|dont|do not) (?:asking for|after|looking for|wanting|ringing for|ringing about|booking) (?:an? |any )?${APPT}(?= (?:\\w+ ){0,2}(?:just|only|simply) (?:wondering|want(?:ed|ing)? to know|asking|a (?:quick )?(?:question|query)|curious|checking|whether|if))`, -1],
  // The appointment that did not happen, told as the practice's doing: "then told the GP had gone
  // home", "the nurse had already left for the day", "turned up and nobody was there", "showed up.
  // no record of it".
  ['(?:doctor|gp|dr|nurse|doc|clinician|locum)(?: \\w+)? (?:had|has|d|is|was|were) (?:already |just )?(?:gone|left) (?:home|for the day)|(?:turned|turn|showed|came) up (?:for|to) (?:my|his|her|our|the|an?) (?:\\w+ )?(?:appointments?|appts?)(?: \\.)? (?:\\w+ ){0,4}(?:no one|nobody|noone|no record|closed|cancelled)|(?:turned|turn|showed|came) up(?: \\.)? (?:\\w+ ){0,4}(?:no one|nobody|noone|no record)', 1],
  // Where, and by whom, one is seen: "can the GP do a visit instead", "could the midwife come to
  // the house", "can I talk to my usual doctor again", "are smears done here or at the clinic".
  ['(?:do|does|did|doing|refused to do|refuse to do|wouldnt do|wont do|rather than do|instead of) (?:a |an |the )?(?:home )?visits?|(?:health visitor|midwife|nurse|district nurse|doctor|gp|someone|anyone) (?:\\w+ ){0,2}(?:come|visit|pop) (?:to us|to the house|to our house|round|out to)|(?:speak|talk|speaking|talking) (?:to|with) (?:the|my|a) (?:same|usual|regular|named|own) (?:doctor|gp|dr|nurse)|(?:done|given|held|run) (?:here|at the surgery|at the practice) or (?:at )?(?:the )?(?:hospital|pharmacy|chemist|school|\\w+ centre|clinic)', 1],
];
