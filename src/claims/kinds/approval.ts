/**
 * Approval: official approval or endorsement said or implied of what is sold
 * ("FDA-registered laboratory", "licensed by COFEPRIS", "cGMP-certified
 * lab"). A clinician's board certification, a society membership or a
 * hospital's accreditation is a qualification, not an approval.
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

/** What is sold (cells, a product, the laboratory making it) named in the sentence. */
const PRODUCT_OR_LAB = String.raw`\b(?:lab|labs|laborator(?:y|ies)|facilit(?:y|ies)|cells?|products?|exosomes?|manufactur\w*|process(?:ed|ing)?|bank|tissue|biologics?|supplements?|formula|protocol|treatment|therapy|procedure|pharmac(?:y|ies)|compound\w*)\b`;

/**
 * A qualification rather than an approval: the sentence names no product or
 * laboratory, or it is about a clinician ("Dr. Hale is board-certified…").
 */
const NOT_THE_PRODUCT = new RegExp(
  String.raw`^(?![\s\S]*${PRODUCT_OR_LAB})|^only\b|\bonly\s+(?:have|go\s+to|choose|use)\b|\b(?:Dr\.?|MD|DO|DC|physiotherapists?|physios?|therapists?|physicians?|doctors?|clinicians?|providers?|nurses?|practitioners?|surgeons?|staff|professionals?|internists?|specialists?|dermatologists?|chiropractors?|team)\b[^.!?]{0,40}\b(?:board[- ]certified|certified|licensed)\b|\b(?:board[- ]certified|licensed|certified)\s+(?:[\w-]+\s+){0,4}?(?:physicians?|doctors?|clinicians?|consultants?|providers?|nurses?|practitioners?|surgeons?|staff|professionals?|internists?|specialists?|dermatologists?|team)\b|\bcertified\s+in\b|\baccredited\s+(?:\w+\s+){0,2}(?:qualifications?|courses?|training|programmes?|programs?|degrees?)\b|\b(?:state-)?licensed\s+(?:\w+\s+){0,2}pharmac(?:y|ies|ists?)\b`,
  'i',
);

/** A trial's registration in a registry, not the product's: "a phase II trial registered by UTHealth, NCT04506073". */
const TRIAL_REGISTRATION = pattern(
  /\b(?:trials?|stud(?:y|ies))\b[^.!?]{0,60}\bregistered\b|\bregistered\b[^.!?]{0,60}\b(?:NCT\d{8}|ClinicalTrials\.gov|trial\s+regist(?:ry|er))/i,
);
const UNLESS_REGISTERED = new RegExp(`${APPROVED_FOR_SOME.source}|${TRIAL_REGISTRATION.source}`, 'i');

/** Credit approval for financing is not the treatment's: "financing with approved credit". */
const ONLY_THEIR_OWN_VOICE = /^(?![\s\S]*\b(?:our|we|us)\b)|\bapproved\s+credit\b|\bcredit\s+approv|\bpre-?approved\b/i;

/** What the law requires of clinics, not what this one has: "clinics in Mexico must be licensed by COFEPRIS". */
const REQUIREMENT = pattern(
  /\bmust\s+(?:first\s+)?(?:be\s+(?:\w+\s+)?(?:approved|registered|licensed|certified|authori[sz]ed)|register|apply\s+for|obtain)\b/i,
);

export const approval: ClaimKindModule = {
  kind: 'approval',
  skipIf: [(sentence) => REQUIREMENT.test(sentence)],
  stems: words`
    follow meet holds?\s granted received
    approv regist licen[cs] certif accredit inspect cleared compliant complies compliance gmp guideline regulat
    authori
  `,
  rules: [
    // A regulator's name on the clinic or product: "COFEPRIS-certified, the Mexican equivalent of the FDA".
    rule(
      /\b(?:COFEPRIS|EMA|MHRA|TGA|ANVISA|INVIMA|PMDA|Ministry\s+of\s+Health|MOH)[- ](?:approved|registered|licensed|certified|accredited|authori[sz]ed)\b|\b(?:approved|registered|licensed|certified|accredited|authori[sz]ed)\s+by\s+(?:the\s+)?(?:COFEPRIS|EMA|MHRA|TGA|ANVISA|INVIMA|PMDA|(?:\w+\s+)?Ministry\s+of\s+Health)\b/gi,
      { negation: 'limit', unless: APPROVED_FOR_SOME },
    ),
    // "INVIMA, Colombia's FDA, approves every protocol our partners use."
    rule(/\b(?:COFEPRIS|INVIMA|ANVISA|FDA|EMA|MHRA|TGA|PMDA|Ministry\s+of\s+Health)\b[^.!?]{0,40}\bapproves\b/gi, {
      negation: 'limit',
    }),
    rule(/\bFDA[- ]?(?:approved|registered|cleared|compliant|inspected|licensed|certified)\b/gi, {
      negation: 'limit',
      unless: APPROVED_FOR_SOME,
    }),
    rule(/\b(?:approved|registered|licensed|inspected|authori[sz]ed|regulated)\s+(?:by|under|with|on)\b/gi, {
      negation: 'limit',
      unless: UNLESS_REGISTERED,
    }),
    // Accreditation and certification vouch for what is sold only when they are the laboratory's or the product's:
    // a hospital's accreditation or a clinician's board certification is a qualification, not an approval.
    rule(/\b(?:accredited|certified|licensed|c?GMP)\b/gi, {
      // "Made in the USA in a GMP facility": how a supplement is made, not an approval.
      unless: new RegExp(
        `${NOT_THE_PRODUCT.source}|made\\s+in\\s+(?:\\w+\\s+){0,4}?c?GMP\\s+facilit|\\bc?GMP\\s+(?:laborator|lab\\b)`,
        'i',
      ),
    }),
    rule(
      /\b(?:holds?|has|have|granted|received)\s+(?:a|an|the)\s+(?:\w+\s+)?licen[cs]e\b|\b(?:with|under)\s+(?:a|an)\s+(?:\w+\s+)?licen[cs]e\b/gi,
    ),
    // A bare "approved" counts only in the seller's own voice: skipped unless "our", "we" or "us" is in the sentence.
    rule(/\bapproved\b/gi, { negation: 'limit', unless: ONLY_THEIR_OWN_VOICE }),
    rule(
      /\b(?:follows?|meets?|complies\s+with|compliant\s+with|in\s+compliance\s+with)\s+(?:all\s+)?(?:\w+\s+)?(?:FDA|federal|government|regulatory)\b|\bunder\s+(?:\w+\s+){0,3}?(?:FDA|federal|government)\s+(?:regulations?|guidelines)\b/gi,
      { negation: 'limit' },
    ),
    rule(/\bpassed\s+(?:an?\s+)?(?:\w+\s+)?inspection\b/gi, { negation: 'limit' }),
  ],
};
