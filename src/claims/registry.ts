/**
 * Every claim kind, in one list. The order is the priority: when rules of
 * several kinds fire on one sentence, the first kind wins. A patient's story
 * stays a story even when it praises results; what a treatment is said to do
 * (cure, efficacy, safety) outweighs the offer attached to it (urgency, call
 * to action). Adding a kind: one module in ./kinds, its id in kinds.ts, one
 * line here (decision 005 lists the rest).
 *
 * The pre-checks are computed from the kinds' stems rather than kept by hand.
 */
import { approval } from './kinds/approval';
import { callToAction } from './kinds/call-to-action';
import { cure } from './kinds/cure';
import { efficacy } from './kinds/efficacy';
import { safety } from './kinds/safety';
import { socialProof } from './kinds/social-proof';
import { testimonial } from './kinds/testimonial';
import { urgency } from './kinds/urgency';
import { CLAIM_KINDS, type ClaimKind } from './kinds';
import { type ClaimKindModule, pattern } from './rule';

export const CLAIM_KIND_MODULES: readonly ClaimKindModule[] = [
  testimonial,
  cure,
  efficacy,
  safety,
  approval,
  urgency,
  callToAction,
  socialProof,
];

const stemsPattern = (stems: readonly string[]) => pattern(new RegExp(stems.join('|'), 'i'));

const moduleOf = (kind: ClaimKind): ClaimKindModule => {
  const found = CLAIM_KIND_MODULES.find((m) => m.kind === kind);
  if (!found) throw new Error(`claim kind without a module: ${kind}`);
  return found;
};

/** Per kind: a sentence without any of the kind's stems skips that kind's rules. */
const KIND_HINT = new Map(CLAIM_KINDS.map((kind) => [kind, stemsPattern(moduleOf(kind).stems)]));
// In the order of CLAIM_KINDS, as before the split: the scanner runs this pattern globally over
// the page, and the order of the alternatives decides which one a match starts with. A stem two kinds
// share is kept once, at its first place (a later copy of an alternative can never match first).
const CLAIM_HINT = stemsPattern([...new Set(CLAIM_KINDS.flatMap((kind) => moduleOf(kind).stems))]);
/** The pre-checks of claims found without a trigger (first-person stories). */
const UNTRIGGERED_HINTS = CLAIM_KIND_MODULES.flatMap((m) => (m.withoutTrigger ? [m.withoutTrigger.hint] : []));

/**
 * The trigger words as one global pattern, for the page-wide pass that
 * decides which blocks the claims engine reads (see citations/scan).
 */
export function claimHintPattern(): RegExp {
  // Only whether a block holds a trigger word matters there, so a plain stem that holds another plain stem
  // ("helped" holds "help", "regained" holds "gain") adds nothing: every text it matches, the other matches within.
  // Dropping them keeps the pattern, which ships in every page's content script, about 400 bytes shorter.
  const stems = [...new Set(CLAIM_KINDS.flatMap((kind) => moduleOf(kind).stems))];
  const plain = (stem: string) => /^[a-z]+$/i.test(stem);
  const kept = stems.filter(
    (stem) =>
      !(plain(stem) && stems.some((other) => other !== stem && plain(other) && stem.toLowerCase().includes(other.toLowerCase()))),
  );
  // Likewise a stem of words and spaces only ("full\s+recovery", "is\s+back") whose words hold a plain stem.
  const plainKept = kept.filter(plain).map((stem) => stem.toLowerCase());
  const spelled = (stem: string) => !plain(stem) && /^(?:[a-z-]+|\\s\+?|\\b)+$/i.test(stem);
  const covered = (stem: string) =>
    stem
      .toLowerCase()
      .split(/\\[sb]\+?/)
      .some((word) => word && plainKept.some((p) => word.includes(p)));
  const minimal = kept.filter((stem) => !(spelled(stem) && covered(stem)));
  return new RegExp([stemsPattern(minimal), ...UNTRIGGERED_HINTS].map((re) => re.source).join('|'), 'gi');
}

/**
 * Cheap test that lets text without any trigger word skip classification;
 * with `kind`, whether the text holds a stem of that kind's rules.
 */
export function mayContainClaim(text: string, kind?: ClaimKind): boolean {
  if (kind) return KIND_HINT.get(kind)?.test(text) ?? false;
  return CLAIM_HINT.test(text) || UNTRIGGERED_HINTS.some((hint) => hint.test(text));
}
