import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';

const tagsOf = (text: string): string[] => classify(text).tags.map((t) => t.id);

// A fault named plainly in a clause of its own beside praise, even when no complaint rule reads
// it, and even when the dropped comma glues the praise to the next clause ("good reception").
// Reworded from survey4, survey7, survey8, train3, train6 and train11.
const FAULT_APART = [
  'Nurse really kind, doctor less so',
  'Staff lovely, building tired looking',
  'GP was kind, the waiting room was freezing',
  'Nurse good, receptionist rude',
  'The GP was brilliant. Admin still needs some work',
  'Lovely nurse, the building needs some work',
];

// Praise, then a turn to a chore or a lack: "but I had to ring…", "but they never…", "pity about".
// Reworded from dev5, survey6, survey8, train6 and train11.
const TURN_TO_FAULT = [
  'Lovely GP but I had to ring four mornings running',
  'The pharmacist is superb but the GPs never seem to check the notes',
  'Friendly receptionists, pity about the GPs',
];

// A fault named before the turn is not taken back by praise after it; "more than I can say for"
// is a turn. Reworded from survey7 and train11.
const FAULT_BEFORE_TURN = [
  'The app is useless but the nurses are lovely',
  'Booking system is awful but the nurse was lovely',
  'The nurse was lovely, which is more than I can say for the receptionist who ignored me',
];

// More turns and more praise said plainly: "no marks for", "all the more", liking a clinician, a
// practice that "is a shambles" beside praise. Reworded from train6 and train11.
const MORE_TURNS = [
  'Top marks for the physio. No marks for the five week wait',
  'I like the nurses but reception can be really abrupt',
  'Second to none, the midwife. Makes it all the more annoying that the GPs never ring back',
  'Nothing but praise for Nurse Ann. Everything else about this practice is a shambles',
  'Love Dr Reid but the phones are a nightmare',
];

// A mild praise word as the verdict of a short clause of its own, beside a complaint: too weak to
// tag alone, praise here. Reworded from survey6, survey8, train3 and train6.
const MILD_VERDICT = [
  'Helpful but very rushed',
  'The nurse was nice but I felt a bit rushed',
  'GP good. Had to chase my referral twice though',
  'Doctor thorough but the letter to the hospital took weeks to go',
];

// Praise told without a praise word: the complaint words inside it are not a complaint.
// Reworded from survey5, survey6, survey8 and train6.
const PLAIN_PRAISE = [
  'They treat you like a human being, not a number',
  "the GP made me feel like I wasn't wasting her time",
  "the nurse chatted away and I didn't even notice the jab",
];

describe('praise and a complaint in one comment', () => {
  test.each([...FAULT_APART, ...TURN_TO_FAULT, ...FAULT_BEFORE_TURN, ...MORE_TURNS, ...MILD_VERDICT])('%s', (text) => {
    expect(tagsOf(text)).toEqual(expect.arrayContaining(['praise', 'complaint']));
  });
  test.each(PLAIN_PRAISE)('%s', (text) => {
    const tags = tagsOf(text);
    expect(tags).toContain('praise');
    expect(tags).not.toContain('complaint');
  });
});
