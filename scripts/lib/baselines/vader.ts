import { createRequire } from 'node:module';

/**
 * The sentiment baseline: VADER (npm `vader-sentiment`), a comment counts as a complaint when
 * its compound score is at most -0.05 (VADER's own threshold for "negative").
 */
interface Vader {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}
const vader = createRequire(import.meta.url)('vader-sentiment') as Vader;

export function vaderCompound(text: string): number {
  return vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
}

export function vaderComplaint(text: string): boolean {
  return vaderCompound(text) <= -0.05;
}
