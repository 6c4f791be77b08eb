/**
 * What a claim kind declares (one module per kind under ./kinds), and the two
 * factories that build every regular expression of the claims engine.
 *
 * The factories record what they build: `claimPatterns()` (find-claims.ts)
 * is that record, so the warm-up list cannot fall behind the rules. A
 * convention test checks that every pattern `findClaims` runs was recorded.
 */
import type { ClaimKind } from './kinds';

/**
 * Which words before a trigger, in its clause, cancel it (language/negation.ts
 * holds the negators and finds the clause).
 */
export type Negation =
  /** Any negator: "there is no cure", "not FDA approved", "cannot reverse", "whether it works". */
  | 'full'
  /** Only a negated assertion ("not", "cannot", "whether", "untrue", "a myth"), for triggers that are negative themselves: the "no" of "no side effects" must not cancel it. */
  | 'assertion'
  /** Any negator, and also "only": "approved only for…" states a limit, not a credential. */
  | 'limit'
  /** Nothing: offers and deadlines ("don't wait", "no obligation") say what they say. */
  | 'none';

/** One trigger pattern of a claim kind. */
export interface ClaimRule {
  /** Global and case-insensitive: every match is checked for a negation before it. */
  re: RegExp;
  negation: Negation;
  /** Sentences where the trigger means something else. */
  unless?: RegExp;
}

/** A test on a whole (normalised) sentence. */
export type SentenceTest = (sentence: string) => boolean;

/** Everything the claims engine knows about one kind; the registry lists them in priority order. */
export interface ClaimKindModule {
  kind: ClaimKind;
  /**
   * Regex fragments, one per stem, that every text a rule of this kind
   * matches contains. A sentence with none of them skips the kind's rules,
   * and a block with none of any kind's skips classification altogether. A
   * test generates texts from every rule and checks they pass the stems.
   */
  stems: readonly string[];
  rules: readonly ClaimRule[];
  /** A modal hedge ("may help", "could improve") is kept on the claim as `hedged`. */
  hedgeable?: boolean;
  /** Sentences this kind never claims, whatever its rules find (tested before the rules). */
  skipIf?: readonly SentenceTest[];
  /**
   * A claim of this kind that no trigger names (a patient's story told in the
   * first person), with the cheap pre-check that lets a block without one skip.
   */
  withoutTrigger?: { hint: RegExp; test: SentenceTest };
}

const built = new Set<RegExp>();

/** Records a pattern of the claims engine (every one must go through here or `rule`); returns it. */
export function pattern(re: RegExp): RegExp {
  built.add(re);
  return re;
}

/**
 * One trigger. `trigger` is a regex literal with the flags `gi`, or a
 * `String.raw` source built from vocabulary pieces (compiled with `gi`).
 * `negation` defaults to 'full'.
 */
export function rule(trigger: RegExp | string, options: { negation?: Negation; unless?: RegExp } = {}): ClaimRule {
  const re = pattern(typeof trigger === 'string' ? new RegExp(trigger, 'gi') : trigger);
  const { negation = 'full', unless } = options;
  return { re, negation, ...(unless ? { unless: pattern(unless) } : {}) };
}

/** Every pattern recorded so far, in the order they were built. */
export function builtPatterns(): RegExp[] {
  return [...built];
}
