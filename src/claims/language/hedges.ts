/** Modal hedges: "may help", "could improve" make a claim weaker, not absent. */
import { pattern } from '../rule';

const HEDGE = pattern(/\b(?:may|might|could|possibly|potentially|perhaps|has\s+the\s+potential|have\s+the\s+potential)\b/i);

/** Whether the sentence hedges what it says. */
export function isHedged(sentence: string): boolean {
  return HEDGE.test(sentence);
}
