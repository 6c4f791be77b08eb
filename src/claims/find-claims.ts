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
import type { BlockRole } from './block-role';
import type { ClaimKind } from './kinds';
import { CLAIM_KIND_MODULES, mayContainClaim } from './registry';
import { builtPatterns, type ClaimRule, pattern } from './rule';

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

/** A claim word capitalised inside a name: "Cell Boost", "NAD+ Restore drips", "Long COVID Recovery Package". */
const PRODUCT_NAME = pattern(
  /(?<=[A-Z][\w+]*\+?\s)(?:Boost|Restore|Reset|Renew|Repair|Recovery|Revive|Rejuvenation|Reboot|Refresh|Regen|Relief)\b/g,
);
/** What follows a product's name: nothing, punctuation, or a word saying what kind of product it is. */
const AFTER_NAME = pattern(
  /^(?:\s*(?:$|[,.;:)!?]|[-–—]))|^\s+(?:protocol|program|programme|package|drips?|IV|infusions?|therapy|treatment|shot|plan|kit|formula|serum|sessions?|facial|system|membership|bundle|injections?|series)\b/i,
);

/**
 * The sentence with product names blanked out (same length, so offsets hold):
 * a name made of claim words names a product, it claims nothing by itself.
 */
function withoutProductNames(sentence: string): string {
  PRODUCT_NAME.lastIndex = 0;
  return sentence.replace(PRODUCT_NAME, (name, at: number) =>
    AFTER_NAME.test(sentence.slice(at + name.length, at + name.length + 16)) ? 'x'.repeat(name.length) : name,
  );
}

/**
 * Classifies one sentence. `afterStudyReport` tells whether the previous
 * sentence of the block reported a study, so that its continuation ("It
 * reported…", "Seven of ten patients improved…") is read the same way.
 */
export function classifySentence(raw: string, afterStudyReport = false): SentenceVerdict | null {
  if (raw.length > MAX_SENTENCE || isQuestion(raw)) return null;
  const sentence = withoutProductNames(normalise(raw));
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

/** The kinds that make up a sales pitch: one page-level line in the popup, not a marker beside every button. */
export const PITCH_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['call-to-action', 'urgency']);

/**
 * A heading or a short list item claims something only with a verb or a
 * claim word ("Regain your mobility", "Clinically proven results"); a topic
 * heading ("Cognitive Improvements", "Potential Benefits of …") names a subject.
 */
const ASSERTION = pattern(
  /\b(?:is|are|was|were|can|could|will|would|may|might|helps?|heals?|repairs?|restores?|reverses?|regrows?|rebuilds?|regenerates?|renews?|cures?|works?|ends?|stops?|eliminates?|relieves?|improves|boosts?|fights?|gives?|delivers?|brings?|makes?|lets?|gets?|feel|look|say\s+goodbye|avoid|regain|restore|repair|reverse|heal|rebuild|regenerate|end|stop|eliminate|relieve|improve|boost|rejuvenate|revitali[sz]e|recover|return|walk|live|enjoy|proven|guaranteed|miracle|breakthrough|risk-free|painless|(?:FDA|fda)[- ]approved|cure|safe|effective|natural\s+solution|turn\s+back|strengthen|breathe|slows?|lasts?|firmer|stronger|younger|sharper|reclaim|wake|balance|fix|mend|better|backwards|no\s+side\s+effects|have\s+been|has\s+been|lose|losing|safer|fades|calms|reduces|smooths|tightens|plumps|firms|brightens|lifts|soothes|doubles|sees?|notices?|reports?|supports?|promotes?)\b/i,
);
/** A short line without a full stop, in title case or capitals: a heading, whatever its markup. */
const LOOKS_LIKE_HEADING = pattern(/^(?:\d{1,2}\s+)?(?:[A-Z0-9][\w'’-]*[\s,:&-]+){0,7}[A-Z0-9][\w'’-]*\s*$/);
/**
 * A reference-list entry: "Surname AB, Surname CD. Title. Journal. 2019;…", "[3] Surname, A. (2019)", "Freed et al. Title. N Engl J Med. 1992",
 * "ClinicalTrials.gov. Title.", with or without a label ("Related research: …"), or a registry listing ("NCT03838666 — adipose cells for rotator cuff repair").
 */
const REFERENCE_ENTRY = pattern(
  /^\s*(?:NCT\d{8}\b|(?:[A-Z][a-z]+(?:\s[a-z]+)?:\s+)?(?:\[?\d{1,3}[.)\]]\s*)?(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:\p{Lu}{1,3}|(?:\p{Lu}\.\s?){1,3})(?:,|\.\s|\s+et\s+al)|[A-Z][\p{L}'’-]+,?\s+et\s+al\.,?\s+(?=[A-Z(])(?=[\s\S]*\b(?:19|20)\d\d\b)|ClinicalTrials\.gov\.))/u,
);
/** Longest heading read as one claim. */
const MAX_HEADING = 160;

/** The text's span without its surrounding spaces. */
function wholeText(text: string): { start: number; end: number } {
  const start = text.length - text.trimStart().length;
  return { start, end: text.trimEnd().length };
}

/** An entry printed without authors: "Title. Front Aging. 2023;4. https://doi.org/…", "Title. Frontiers in Aging, 2023. doi…". */
const TITLE_JOURNAL_YEAR = pattern(
  /^[^.!?]{10,250}\.\s+(?:(?:[A-Z][\w&-]*|of|in|and|the|for)\.?,?\s+){1,8}(?:19|20)\d\d\b[\s\S]{0,120}\b(?:doi|https?:|PMID|PMC\d)/,
);

/** Whether a block is a reference-list entry (the study's title, not anyone's claim about it). */
export function isReferenceEntry(text: string): boolean {
  return REFERENCE_ENTRY.test(text) || TITLE_JOURNAL_YEAR.test(text);
}

/** A numbered step's one-word name: "2. Regenerate", "Step 3: Strengthen". */
const NUMBERED_STEP = pattern(/^\s*(?:step\s+)?\d{1,2}\s*[.):]\s*[\w-]+\s*$/i);
/** A breadcrumb trail: "Home › Blog › Knee › 9 Benefits of PRP". */
const BREADCRUMB = pattern(/[›»](?:[^›»]+[›»]){2}/);
/** More than one word: a one-word heading ("Regenerate") names a topic or a step. */
const TWO_WORDS = pattern(/\S\s+\S/);
/** A product's name with its dose: "NAD+ Recharge (500 mg)". */
const DOSED_NAME = pattern(/^\s*(?:[\w+-]+\s+){0,4}\(\d[\d,.]*\s?(?:mg|mcg|ml|mL|g|IU|units)\)\s*$/);
/** Kinds a short list item claims without a verb. */
const LIST_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['social-proof', 'safety']);
/** List items longer than this are read as sentences. */
const SHORT_ITEM_WORDS = 12;

function keepsForRole(role: BlockRole, kind: ClaimKind, sentence: string): boolean {
  if (BREADCRUMB.test(sentence)) return false;
  switch (role) {
    case 'chrome':
      return false;
    case 'pitch-box':
      return PITCH_KINDS.has(kind);
    case 'heading':
      if (DOSED_NAME.test(sentence)) return PITCH_KINDS.has(kind);
      // "2. Regenerate": a step of the programme named, not promised.
      // A one-word heading ("Regenerate") names a topic or a step.
      return PITCH_KINDS.has(kind) || (ASSERTION.test(sentence) && !NUMBERED_STEP.test(sentence) && TWO_WORDS.test(sentence));
    case 'list-item':
      if (DOSED_NAME.test(sentence)) return PITCH_KINDS.has(kind);
      // "Over 25,000 IV sessions delivered", "Zero side effects": social proof and safety need no verb.
      return (
        PITCH_KINDS.has(kind) ||
        LIST_KINDS.has(kind) ||
        sentence.split(/\s+/).length > SHORT_ITEM_WORDS ||
        ASSERTION.test(sentence)
      );
    case 'content':
      return PITCH_KINDS.has(kind) || !LOOKS_LIKE_HEADING.test(sentence.trim()) || ASSERTION.test(sentence);
  }
}

/**
 * Finds the promotional claims in one block of page text. `role` says what
 * part of the page the block is (block-role.ts): chrome holds no claims, a
 * sales box holds only its pitch, a topic heading none. Never throws; on
 * unexpected input it returns what it found so far (usually nothing).
 * Offsets are UTF-16 indices into `text`.
 */
export function findClaims(text: string, role: BlockRole = 'content'): ClaimMatch[] {
  const found: ClaimMatch[] = [];
  try {
    if (typeof text !== 'string' || !text || role === 'chrome' || !mayContainClaim(text)) return found;
    // A reference list entry holds the study's title, not the seller's claim.
    if (isReferenceEntry(text)) return found;
    let afterReport = false;
    // A heading is one claim, however many sentences it has ("Breathe Deeper. Live Fuller.").
    const spans = role === 'heading' && text.length <= MAX_HEADING ? [wholeText(text)] : splitSentences(text);
    for (const { start, end } of spans) {
      const sentence = text.slice(start, end);
      // A heading that asks ("Can Stem Cells Slow Parkinson's? What the Research Shows") claims only what follows
      // its question ("Tired of Knee Pain? Stem Cells Regrow Cartilage").
      const asked = role === 'heading' ? sentence.lastIndexOf('?') : -1;
      const answer = asked >= 0 ? sentence.slice(asked + 1) : sentence;
      const verdict = classifySentence(answer, afterReport);
      afterReport = isStudyReport(normalise(sentence)) || (afterReport && continuesStudyReport(sentence));
      if (verdict && keepsForRole(role, verdict.kind, answer)) {
        found.push({ kind: verdict.kind, text: sentence, start, end, hedged: verdict.hedged });
      }
    }
  } catch {
    // Page text is untrusted: a failure here stays quiet on the page, and the block simply has no claims.
  }
  return found;
}
