/** The kinds of promotional claim the claims engine recognises. */
export const CLAIM_KINDS = [
  'cure',
  'efficacy',
  'safety',
  'approval',
  'testimonial',
  'urgency',
  'call-to-action',
  'other',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** A promotional sentence found on a page. */
export interface ClaimFinding {
  /** Stable key of the claim on its page. */
  key: string;
  kind: ClaimKind;
  /** The sentence as it reads on the page (whitespace collapsed). */
  text: string;
  /** A hedged claim ("may help") is weaker than a flat one. */
  hedged: boolean;
}
