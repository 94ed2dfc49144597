import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// Praise words used to complain (reworded from train4-14 and dev3-dev11): a bare exclamation
// after a grievance, luck wished on others, thanks for a scolding, praise taken back in the same
// breath, kindness turned back on the staff, the way it used to be, resignation. Each is a
// complaint and not praise.
const SARCASTIC = [
  'Hold music for half an hour, then cut off. Lovely.',
  "Nobody's bothered getting back to me. Again. Smashing.",
  'Private scan in the end, forty quid. Ta very much.',
  'Had to pay to go private for a scan. Thanks for that',
  'Asked a question and got an eye roll. Class.',
  'good luck to anybody hoping to see a GP this year',
  'Ta for the telling off, just what I needed',
  'Heroes? Heroes my foot',
  "I'm sure the receptionists are lovely at home",
  'How about the staff being kind to patients for a change',
  'Bring back the old way, it used to be so simple',
  "Lovely, I'll just go without then",
  'Thanks for nowt',
  'Ninety percent happy? Who did they ask, the receptionists?',
  'No one in my street is happy with you lot',
  "Twenty years here and I'd never had to complain. Till now",
  "I'd get quicker answers from the DVLA",
  'Yay, another newsletter',
];

// Plain complaints with no complaint word (reworded from train1-14 and dev5-dev10): a call
// promised and not made, the same trouble again, where the trouble lies, one problem per visit,
// two answers that disagree, leaving for another practice, a verdict by evidence, the old left
// behind by the move online, a patient scolded, comments deleted, nowhere to turn, papers lost,
// a pointed aside, nobody minding, a line that drops.
const PLAIN = [
  'Nobody rang us back when they said they would',
  'Another week, another update about the phones',
  'Another locum this week',
  "Honestly it's seeing them that's the trouble",
  'Told I could only discuss one issue per visit',
  'The app said one thing and the nurse told us another',
  'I will be taking my custom elsewhere',
  "We've moved practices because of the phones",
  'They told my gran to fill in the online form. She is 91.',
  "I'm 86 and I haven't got an email address",
  'Asked where my letter was and got my head bitten off',
  "You've deleted my comment",
  'So where does that leave people like me',
  'My blood sample has gone missing again',
  'Posters about respect everywhere and then they shout at you. Ironic',
  'Not once in five years has anyone checked on me',
  'The line kept dropping the call',
  'Nobody here seems to check anything',
];

// A request that mentions age is a request, not a complaint.
const REQUEST = ["Hi, could you book my dad in, he's 88 and doesn't do online"];

// Real praise with the same words stays praise, never complaint.
const PRAISE = [
  'Got through first time, brilliant',
  'Thanks for that, really helpful',
  'Rang at 8, seen by 10. Brilliant.',
  "Couldn't get through at first but when I did she sorted it. Brilliant",
  'Booked online in two minutes. Great system',
  'They phoned me back when they said they would, lovely',
  'Moved surgeries last year to this one and it has been brilliant',
];

describe('complaints without complaint words', () => {
  test.each(PLAIN)('%s', (text) => {
    expect(tagsOf(text)).toContain('complaint');
  });
  test.each(REQUEST)('%s', (text) => {
    expect(tagsOf(text)).not.toContain('complaint');
  });
});

describe('sarcasm', () => {
  test.each(SARCASTIC)('%s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('complaint');
    expect(tags).not.toContain('praise');
  });
  test.each(PRAISE)('%s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('praise');
    expect(tags).not.toContain('complaint');
  });
});
