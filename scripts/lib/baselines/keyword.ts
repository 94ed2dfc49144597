import { CATEGORY_IDS, type CategoryId } from '../../../src/core/categories.ts';

/**
 * The "Moderation-Assist style" baseline: a dozen keywords per category, lower-case substring
 * match, nothing else. It shows what CalmReply's rules have to beat.
 */
export const BASELINE_KEYWORDS: Record<CategoryId, readonly string[]> = {
  urgent: ['chest pain', 'stroke', "can't breathe", 'cant breathe', 'collapsed', 'unconscious', 'bleeding', 'overdose', 'suicide', 'suicidal', 'allergic reaction', 'emergency', 'rash'],
  complaint: ['complaint', 'complain', 'rude', 'disgrace', 'disgusting', 'terrible', 'awful', 'useless', 'joke', 'shocking', 'worst', 'unacceptable', 'ridiculous'],
  appointment: ['appointment', 'appt', 'book', 'booking', 'cancel', 'reschedule', 'see a doctor', 'see the doctor', 'get seen', 'slot', 'same day', 'walk in'],
  prescription: ['prescription', 'repeat', 'script', 'meds', 'medication', 'pharmacy', 'chemist', 'inhaler', 'tablets', 'pills', 'refill', 'dose'],
  results: ['results', 'result', 'blood test', 'bloods', 'scan', 'x-ray', 'xray', 'test back', 'biopsy', 'smear', 'sample', 'ecg'],
  abuse: ['idiot', 'stupid', 'moron', 'fuck', 'shit', 'bitch', 'bastard', 'cunt', 'twat', 'scum', 'clowns', 'muppets', 'useless lot'],
  personal_data: ['nhs number', 'date of birth', 'dob', 'my address', 'postcode', 'phone number', 'my number', 'call me on', 'ring me on', 'diagnosed', 'my medication', 'born on'],
  praise: ['thank', 'thanks', 'brilliant', 'excellent', 'amazing', 'fantastic', 'great', 'lovely', 'wonderful', 'kind', 'helpful', 'well done', 'grateful'],
};

export function keywordBaseline(text: string): CategoryId[] {
  const lower = text.toLowerCase();
  return CATEGORY_IDS.filter((id) => BASELINE_KEYWORDS[id].some((k) => lower.includes(k)));
}
