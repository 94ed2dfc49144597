/**
 * Whether the red flags a comment names are happening now. The urgent rules read words ("chest
 * pains", "overdose"); this reads the comment around them: a story from long ago, a settled scare
 * of last week, a television scene, a cold sore, a rash that fades under the glass. Only index.ts
 * asks, and only to rule urgent out, so that neither the rules nor the urgent model tag it.
 */

/**
 * Whether the comment's red flags (the urgent rules' quotes) are shown not to be happening now.
 * With no flags (`null`: the rules found none), whether the comment is told as long ago, so that
 * the urgent model does not tag it either.
 */
export function notHappeningNow(norm: string, flags: readonly string[] | null): boolean {
  if (flags === null) return LONG_AGO.test(norm) && !HAPPENING_NOW.test(norm);
  return toldLongAgo(norm, flags) || notARedFlagNow(norm, flags);
}

/**
 * A red flag told as a story from long ago is not an emergency now: "had chest pains last year,
 * all fine now", "two years ago I took an overdose and this practice saved me". Only when every
 * red flag sits in a sentence that dates it, and nothing in the comment says it is happening now
 * or again ("the same pain as then since this morning", "lost my wife in March … won't be here
 * much longer"): a missed emergency costs far more than a false alarm.
 */
const LONG_AGO = / (?:as a (?:kid|child|baby|teenager|toddler)|when i was (?:a kid|a child|little|young|a baby|a teenager|\d+)|last (?:year|summer|winter|spring|autumn|christmas|easter|new year|half term|january|february|march|april|june|july|august|september|october|november|december)|years ago|(?:a|one|two|three|four|five|six|few|couple of|\d+) (?:months?|years?) (?:ago|back)|in (?:january|february|march|april|june|july|august|september|october|november|december)|(?:back )?in (?:19|20)\d\d|when (?:he|she|they|you) (?:was|were) (?:a kid|a child|little|young|a baby|a toddler|small|\d+))(?= )/;
const HAPPENING_NOW = / (?:(?<!(?:warm|fine|ok|okay|better|grand|good|alright|brilliantly|great|well|\d+) )now (?!(?:fine|ok|okay|well|better|all|doing|back|recovered|home|thriving|safe|stable|grateful|sorted|married|running|at work|walking|tho|though|thankfully|\d))|right now|tonight|(?<!(?:turned|turns|turning|birthday|anniversary|\d(?:st|nd|rd|th)) (?:\w+ )?)today|this (?:morning|afternoon|evening|week)|(?<!(?:ever|recovery|recovered|fine|well|better|right) )since|much longer|at the moment|currently|again|keeps?|kept|getting worse|saving|same)(?= )/;

/**
 * A few days back and settled since: "thought I was having a stroke the other day but it was just
 * my foot gone to sleep", "chest pain last week, ECG came back clear". Both are needed: a recent red
 * flag with no all-clear may still be going on.
 */
const RECENT_PAST = / (?:the other (?:day|week)|tother day|(?:a|one|two|three|few|a few|couple of|a couple of) weeks? (?:ago|back)|last (?:week|weekend|month)|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?= )/;
const RESOLVED = / (?:but (?:it )?(?:was|twas|turned out)(?: to be)? (?:just|only|nothing)|turned out (?:to be )?(?:nothing|fine|just|only)|(?:all|was|were|came back|come back) (?:all )?clear|nothing serious|turned out (?:to be )?(?:indigestion|heartburn|trapped wind|wind|a pulled muscle|muscular|anxiety|a panic attack|a virus)|(?:wasnt|was not|werent) hurt|back to (?:her|his|their|my) (?:usual |normal |old |smiley |cheeky |happy )?(?:self|selves)|(?:made a )?full recovery|(?:warm|fine|ok|okay|better|grand|right as rain|all good|back to normal) now)(?= )/;

function toldLongAgo(norm: string, flags: readonly string[]): boolean {
  if (flags.length === 0 || HAPPENING_NOW.test(norm)) return false;
  const sentences = norm.split(' . ');
  const settled = RESOLVED.test(norm);
  return flags.every((flag) => sentences.some((s) => s.includes(flag) && (LONG_AGO.test(` ${s} `) || (settled && RECENT_PAST.test(` ${s} `)))));
}

/**
 * Red-flag words that the comment itself shows are not an emergency, each only when every red flag
 * read is of that kind: blood lost giving blood; a question about a condition's signs, of no one
 * in particular ("what are the signs of sepsis?"); a scene from television ("watched a Holby
 * episode where a man had a stroke"); lip swelling from a cold sore or filler ("lip puffed up from a cold
 * sore"); a tight chest on and off for years ("with my asthma, nothing new"); a wheeze with
 * breathing said to be fine ("bit wheezy but breathing ok"); a rash that fades under the glass
 * ("did the glass test and the spots went away"); a leaflet, poster or video about a condition
 * with no one real named; speech gone funny from the dentist's numbing and worn off; a pastime
 * that "gives me chest pains lol"; ribs aching from laughing; "my face dropped when I stepped on
 * the scales"; a scare laughed off ("lol, turned out to be the sausage rolls").
 */
const FICTION = / (?:episode|storyline|documentary|holby|eastenders|corrie|emmerdale|hollyoaks|greys anatomy|soap opera|(?:on|watching|watched) casualty|24 hours in a)(?= )/;
/** Someone real in the same sentence: then the red flag may be theirs ("watching Corrie when my chest went tight"). */
const SOMEONE_REAL = / (?:i|im|ive|my|me|mum|dad|nan|grandad|husband|wife|partner|son|daughter|baby|he|she|hes|shes|his|her|him)(?= )/;
const SWELLING = /swel|puff/;
const AIRWAY = /throat|tongue|breath|face/;
const LOCAL_CAUSE = / (?:cold sores?|mouth ulcers?|lip fillers?|fillers|split lip|fat lip)(?= )/;
const WHEEZE = /^(?:wheez\w*|whistl\w*)$/;
const BREATHING_FINE = / (?<!not |isnt |arent )(?:breathing (?:is |s )?(?:absolutely |totally |completely )?(?:fine|ok|okay|normal|alright|grand)|no (?:trouble|problems?|difficulty|bother) (?:with )?breathing)(?= )/;
const GLASS = /glass|blanch/;
const CHEST_OR_BREATH = /chest|wheez|breath/;
/** Speech or a face gone funny from the dentist's numbing, worn off: "his speech went all funny after the dentist numbed his mouth, it wore off by teatime". */
const SPEECH_OR_FACE = /speech|face|droop|slur|words|mouth|lip/;
const NUMBED = / (?:dentist|dentists|numbed|numbing|anaesthetic)(?= )/;
const WORN_OFF = / (?:wore|worn|wearing) off(?= )/;
/** Said in jest of a pastime: "watching the rugby gives me chest pains every saturday lol". */
const GIVES_ME = / (?:gives?|giving|gave) (?:me|him|her|us) (?:\w+ )?(?:chest pains?|a heart attack|heart attacks|palpitations|a stroke)(?= )/;
/** Aching from laughing: "my chest hurts from laughing at the christmas jumper post". */
const FROM_LAUGHING = / from (?:laughing|laughter)(?= )/;
const ACHES = / (?:chest|ribs|belly|stomach|tummy|sides)/;
const HEART = / (?:chest|heart|stroke|palpitation)/;
const FACE = /face/;
const FACE_FELL = / (?:my|our) faces? (?:dropped|fell) when (?:i|we) (?:saw|stepped|opened|read|heard|got|looked|checked|found)(?= )/;
const TURNED_OUT = / turned out (?:to be )?(?:just |only )?(?:the|my|a|an|some)(?= )/;
const JOKING = / (?:lol|lmao|haha\w*|ha ha|jk)(?= )/;
const LONG_STANDING = / (?:on and off (?:for )?(?:years|months|ages)|for years|nothing new|same as always|always had|had it for years)(?= )/;
const BLOOD = /blood|bleed/;
const DONATION = / (?:giving|gave|give|donating|donated|donate) blood| blood (?:donation|donor|donors|bank)(?= )/;
const STILL_BLEEDING = / (?:wont stop|will not stop|not stopping|still bleeding|keeps? bleeding|pouring|gushing|soak\w*|spurt\w*|faint\w*|dizzy|woozy|light ?headed|collaps\w*|pass(?:ed|ing)? out)(?= )/;
const SIGNS_OF = / (?:what are|whats|what is|how do (?:you|i|we) (?:spot|tell|know)|how would (?:you|i) know|how to spot) (?:the )?(?:main |early |warning )?(?:signs|symptoms)(?: \w+)? (?:of|for) /;
/**
 * Information about a condition ("saw the leaflet about paracetamol overdose", "know the signs of
 * sepsis: slurred speech…", "what does non-blanching mean on the poster?"), only when no one real
 * is named anywhere in the comment and the red flags are in its sentence: "what does it mean if
 * the rash doesn't fade? my daughter's is just out" is a red flag.
 */
const ABOUT_INFO = / (?:know the (?:main |early |warning )?signs|(?:leaflet|poster|posters|post|article|course|project|quiz|campaign|video|story) (?:about|on|in)|on the news|what (?:does|do) (?:\w+ ){1,2}mean)(?= )/;
/** Said not to fade anywhere ("the fever went away but the spots did not fade"): never ruled out. */
const STAYS = / (?:(?:not|dont|doesnt|didnt|wont|isnt|arent|never|no) (?:\w+ )?(?:fade|fades|fading|faded|go|going|gone|disappear\w*|change|blanch\w*|white|pale)|stay|stays|stayed|still there)(?= )/;
const FADES = / (?<!(?:not|dont|doesnt|didnt|wont|isnt|arent|never|no) (?:\w+ )?)(?:fades|fading|faded|goes away|going away|went away|disappears|disappeared|disappearing|goes white|went white|turns white|turned white|going white|blanches|blanched)(?= )/;

function notARedFlagNow(norm: string, flags: readonly string[]): boolean {
  if (flags.length === 0) return false;
  // Giving blood, whenever it was: "lost a lot of blood giving blood today haha". Not when it is
  // still bleeding or the donor is faint: "gave blood this morning, arm won't stop bleeding".
  if (flags.every((f) => BLOOD.test(f)) && DONATION.test(norm) && !STILL_BLEEDING.test(norm)) return true;
  // A rash that faded under the glass is not the non-blanching rash, whenever it is told.
  if (flags.every((f) => GLASS.test(f)) && FADES.test(norm) && !STAYS.test(norm)) return true;
  // "My face dropped when I stepped on the scales": the idiom, not the stroke sign.
  if (flags.every((f) => FACE.test(f)) && FACE_FELL.test(norm)) return true;
  if (HAPPENING_NOW.test(norm)) return false;
  const sentences = norm.split(' . ');
  // A scare laughed off, in the red flag's own sentence: "lol my chest pain turned out to be the
  // sausage rolls".
  if (JOKING.test(norm) && flags.every((f) => sentences.some((s) => ` ${s} `.includes(` ${f} `) && TURNED_OUT.test(` ${s} `)))) return true;
  // A question about a condition, asked of no one in particular: "what are the signs of sepsis?
  // asking for a school project" (not "…? asking cause grandad's face looks different since his nap").
  if (flags.every((f) => sentences.some((s) => ` ${s} `.includes(` ${f} `) && SIGNS_OF.test(` ${s} `) && !SOMEONE_REAL.test(` ${s} `)))) return true;
  if (!SOMEONE_REAL.test(norm) && flags.every((f) => sentences.some((s) => ` ${s} `.includes(` ${f} `) && ABOUT_INFO.test(` ${s} `)))) return true;
  if (FICTION.test(norm)) {
    if (flags.every((flag) => sentences.some((s) => s.includes(flag) && FICTION.test(` ${s} `) && !SOMEONE_REAL.test(` ${s} `)))) return true;
  }
  if (flags.every((f) => SWELLING.test(f) && !AIRWAY.test(f)) && LOCAL_CAUSE.test(norm)) return true;
  // A chest that has been tight on and off for years with asthma, nothing new.
  if (flags.every((f) => CHEST_OR_BREATH.test(f)) && LONG_STANDING.test(norm)) return true;
  if (flags.every((f) => SPEECH_OR_FACE.test(f)) && NUMBED.test(norm) && WORN_OFF.test(norm)) return true;
  if (FROM_LAUGHING.test(norm) && flags.every((f) => ACHES.test(` ${f}`))) return true;
  if (GIVES_ME.test(norm) && JOKING.test(norm) && flags.every((f) => HEART.test(` ${f}`))) return true;
  if (flags.every((f) => WHEEZE.test(f)) && BREATHING_FINE.test(norm)) return true;
  return false;
}
