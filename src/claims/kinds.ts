/** The kinds of promotional claim the claims engine recognises. */
export const CLAIM_KINDS = [
  'cure',
  'efficacy',
  'safety',
  'approval',
  'testimonial',
  'urgency',
  'call-to-action',
  'social-proof',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Plain names of the kinds, for markers and the popup. */
export const CLAIM_KIND_LABEL: Record<ClaimKind, string> = {
  cure: 'Cure',
  efficacy: 'Effect',
  safety: 'Safety',
  approval: 'Approval',
  testimonial: 'Patient story',
  urgency: 'Urgency',
  'call-to-action': 'Call to action',
  'social-proof': 'Social proof',
};

/** What a marker beside a sentence can say: a claim of one kind, or a misdescription of a cited study. */
export const MARKED_KIND_LABEL: Record<ClaimKind | 'misdescription', string> = {
  ...CLAIM_KIND_LABEL,
  misdescription: 'Source misdescribed',
};

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
