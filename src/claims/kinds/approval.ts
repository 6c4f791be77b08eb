/**
 * Approval: credentials offered as endorsement ("FDA-registered laboratory",
 * "board-certified", "licensed by COFEPRIS").
 */
import { words } from '../language/vocabulary';
import { type ClaimKindModule, pattern, rule } from '../rule';

/**
 * "approved by the FDA for some conditions": a statement of the limits of an
 * approval. Second branch: "approved … for the treatment of…" in a sentence
 * without "our", "we" or "us" (the lookahead at its start says none is there).
 */
const APPROVED_FOR_SOME = pattern(
  /\bapproved\b[^.!?]{0,40}\bfor\s+(?:some|certain|only|a\s+few|specific|limited|a\s+small\s+number\s+of)\b|^(?![\s\S]*\b(?:our|we|us)\b)[\s\S]*\bapproved\b[^.!?]{0,60}\bfor\s+(?:the\s+)?(?:treatment|use|weight|people|adults|children|patients)\b/i,
);

export const approval: ClaimKindModule = {
  kind: 'approval',
  stems: words`
    fellow members?\s+of society academy association college board follow meet licen[cs] holds?\s granted received
    approv regist licen[cs] certif accredit inspect cleared compliant complies compliance gmp guideline regulat
    authori
  `,
  rules: [
    rule(/\bFDA[- ]?(?:approved|registered|cleared|compliant|inspected|licensed|certified)\b/gi, {
      negation: 'limit',
      unless: APPROVED_FOR_SOME,
    }),
    rule(/\b(?:approved|registered|licensed|inspected|accredited|certified|authori[sz]ed|regulated)\s+(?:by|under|with|on)\b/gi, {
      negation: 'limit',
      unless: APPROVED_FOR_SOME,
    }),
    rule(/\b(?:board[- ]certified|board\s+certified|certified|accredited|licensed|c?GMP)\b/gi, {
      // A clinician's licence is a qualification, not an approval of the treatment.
      unless:
        /^only\b|\bonly\s+(?:have|go\s+to|choose|use)\b|\b(?:licensed|certified|board[- ]certified)\s+(?:\w+\s+)?(?:physicians?|doctors?|clinicians?|providers?|nurses?|practitioners?|surgeons?|staff|professionals?|internists?|specialists?|dermatologists?|team)\b/i,
    }),
    rule(
      /\b(?:holds?|has|have|granted|received)\s+(?:a|an|the)\s+(?:\w+\s+)?licen[cs]e\b|\b(?:with|under)\s+(?:a|an)\s+(?:\w+\s+)?licen[cs]e\b/gi,
    ),
    rule(/\b(?:members?|fellows?)\s+of\s+the\s+(?:[A-Za-z-]+\s+){0,4}(?:society|academy|association|college|board)\b/gi),
    // A bare "approved" counts only in the seller's own voice: skipped unless "our", "we" or "us" is in the sentence.
    rule(/\bapproved\b/gi, { negation: 'limit', unless: /^(?![\s\S]*\b(?:our|we|us)\b)/i }),
    rule(
      /\b(?:follows?|meets?|complies\s+with|compliant\s+with|in\s+compliance\s+with)\s+(?:all\s+)?(?:\w+\s+)?(?:FDA|federal|government|regulatory)\b/gi,
      { negation: 'limit' },
    ),
    rule(/\bpassed\s+(?:an?\s+)?(?:\w+\s+)?inspection\b/gi, { negation: 'limit' }),
  ],
};
