/**
 * Finds promotional claims in the text of one page block (a paragraph,
 * heading, list item, button or call-to-action box).
 *
 * The block is split into sentences (language/sentences.ts); each sentence
 * gets at most one claim kind. The rules are lexical and deliberately
 * conservative: a false flag on a neutral sentence costs more trust than a
 * missed claim. In order:
 *
 * 1. Questions, and sentences that are not the seller's claims (disclaimers,
 *    findings reported from a study, third-party claims, expert quotes:
 *    language/not-the-seller.ts), are skipped.
 * 2. The kinds are tried in the registry's order, which is the priority
 *    (registry.ts); the first whose rules fire wins. A trigger preceded, in
 *    its clause, by a negation does not count (language/negation.ts).
 * 3. Each kind module (./kinds) declares its stems, its rules and its own
 *    exceptions: the sentence filters it skips on, whether a hedge ("may
 *    help") is kept on the claim, and claims found without a trigger.
 *
 * Runs in time linear in the length of the text: a single keyword pre-check
 * lets ordinary text skip classification at once, sentences are found in one pass, and
 * every pattern is applied once per sentence with bounded look-arounds.
 */
import { isHedged } from './language/hedges';
import { isNegated } from './language/negation';
import { continuesStudyReport, isNotTheSellersClaim, isStudyReport } from './language/not-the-seller';
import { isQuestion, normalise, splitSentences } from './language/sentences';
import type { ClaimKind } from './kinds';
import { CLAIM_KIND_MODULES, mayContainClaim } from './registry';
import { builtPatterns, type ClaimRule } from './rule';

export { claimHintPattern, mayContainClaim } from './registry';
export type { ClaimRule } from './rule';

/** A claim found in a block; `text` is exactly `input.slice(start, end)`. */
export interface ClaimMatch {
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  hedged: boolean;
}

/** The verdict on one sentence, or null when it is not a promotional claim. */
export interface SentenceVerdict {
  kind: ClaimKind;
  hedged: boolean;
}

/** Longer "sentences" are layout debris (menus, run-together lists), not claims; also the protocol's text limit. */
const MAX_SENTENCE = 600;

function fires(sentence: string, rules: readonly ClaimRule[]): boolean {
  for (const r of rules) {
    if (r.unless?.test(sentence)) continue;
    for (const m of sentence.matchAll(r.re)) {
      if (!isNegated(sentence, m.index, r.negation)) return true;
    }
  }
  return false;
}

/**
 * Classifies one sentence. `afterStudyReport` tells whether the previous
 * sentence of the block reported a study, so that its continuation ("It
 * reported…", "Seven of ten patients improved…") is read the same way.
 */
export function classifySentence(raw: string, afterStudyReport = false): SentenceVerdict | null {
  if (raw.length > MAX_SENTENCE || isQuestion(raw)) return null;
  const sentence = normalise(raw);
  if (isNotTheSellersClaim(sentence, afterStudyReport)) return null;
  for (const kindModule of CLAIM_KIND_MODULES) {
    if (kindModule.skipIf?.some((skips) => skips(sentence))) continue;
    const triggered = mayContainClaim(sentence, kindModule.kind) && fires(sentence, kindModule.rules);
    if (!triggered && !kindModule.withoutTrigger?.test(sentence)) continue;
    return { kind: kindModule.kind, hedged: kindModule.hedgeable === true && isHedged(sentence) };
  }
  return null;
}

/**
 * Every pattern the claims engine runs, for warming them up before a page is
 * read (see src/page/warm-up.ts): the record the factories in rule.ts keep,
 * complete once this module (which imports every part of the engine) is loaded.
 */
export function claimPatterns(): RegExp[] {
  return builtPatterns();
}

/**
 * Finds the promotional claims in one block of page text. Never throws; on
 * unexpected input it returns what it found so far (usually nothing).
 * Offsets are UTF-16 indices into `text`.
 */
export function findClaims(text: string): ClaimMatch[] {
  const found: ClaimMatch[] = [];
  try {
    if (typeof text !== 'string' || !text || !mayContainClaim(text)) return found;
    let afterReport = false;
    for (const { start, end } of splitSentences(text)) {
      const sentence = text.slice(start, end);
      const verdict = classifySentence(sentence, afterReport);
      afterReport = isStudyReport(normalise(sentence)) || (afterReport && continuesStudyReport(sentence));
      if (verdict) found.push({ kind: verdict.kind, text: sentence, start, end, hedged: verdict.hedged });
    }
  } catch {
    // Page text is untrusted: a failure here stays quiet on the page, and the block simply has no claims.
  }
  return found;
}
