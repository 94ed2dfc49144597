/**
 * The sample comment each category's preview is rendered on: the kind of comment the reply is
 * for, so the member of staff reads the reply as the commenter will.
 */
import type { CategoryId } from '../core/categories.ts';

export interface SampleComment {
  author: string;
  firstName: string;
  text: string;
}

export const SAMPLE_COMMENTS: Record<CategoryId, SampleComment> = {
  urgent: { author: 'Sarah Jones', firstName: 'Sarah', text: "My dad's got chest pain and his left arm has gone numb, can someone ring me back?" },
  complaint: { author: 'Dave Morris', firstName: 'Dave', text: 'On hold for 40 minutes at 8am and then told there were no appointments left. Not good enough.' },
  appointment: { author: 'Priya Shah', firstName: 'Priya', text: 'How do I book a smear test? The online system just says no availability.' },
  prescription: { author: 'Tom Hughes', firstName: 'Tom', text: "Ordered my repeat prescription a week ago and the pharmacy still hasn't got it." },
  results: { author: 'Emma Clarke', firstName: 'Emma', text: 'Had bloods done on Monday, when will the results be back?' },
  abuse: { author: 'Gary Fox', firstName: 'Gary', text: 'Useless lot, the receptionists are a joke and should be sacked.' },
  personal_data: { author: 'Linda Price', firstName: 'Linda', text: 'My NHS number is 943 476 5919, can you check my blood pressure tablets are ready?' },
  praise: { author: 'Jack Wilson', firstName: 'Jack', text: 'Huge thanks to the nurse who saw my little girl yesterday, so kind and patient.' },
};

/** The complaints note is inserted on a complaint, so it previews on one. */
export const COMPLAINTS_NOTE_SAMPLE = SAMPLE_COMMENTS.complaint;
