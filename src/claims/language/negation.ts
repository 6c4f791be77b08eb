/**
 * Negation and its scope: a trigger preceded, within its clause, by a
 * negator does not count ("there is no cure", "not FDA approved").
 */
import { type Negation, pattern } from '../rule';

/** Negators that cancel a trigger in the same clause: "no cure", "not FDA approved", "cannot reverse", "whether it works". */
const FULL_NEGATOR = pattern(
  /\b(?:not(?!\s+(?:only|just)\b)|no(?!\s+longer\b)|never|cannot|none|nothing|neither|nor|without|whether|unproven|lacks?|fail(?:s|ed)?\s+to|rather\s+than|instead\s+of)\b|n[’']t\b/i,
);
/** For triggers that are themselves negative ("no side effects"): only a negated assertion cancels them. */
const ASSERTION_NEGATOR = pattern(/\b(?:not(?!\s+(?:only|just)\b)|cannot|whether|untrue|false|myth)\b|n[’']t\b/i);
/** "approved only for", "only in a licensed clinic": a limit, not a credential. */
const LIMITER = pattern(/\bonly\b/i);
/**
 * Clause boundaries that end the scope of a negation. "and" starts a new
 * clause only before a new verb ("do not require chemotherapy and are
 * completely safe"), not in "no product is safe and effective".
 */
const CLAUSE_BREAK = pattern(
  /[,;:()—–]|\s-\s|\b(?:but|yet|while|whereas|although|though|however)\b|\band\s+(?=(?:is|are|was|were|has|have|had|can|will|does|do|carry|carries|it|they|we|you)\b)/gi,
);
const NEGATION_WINDOW = 60;

/** The part of the sentence before `index` that shares its clause, at most NEGATION_WINDOW characters. */
function clauseBefore(sentence: string, index: number): string {
  const from = Math.max(0, index - NEGATION_WINDOW);
  const before = sentence.slice(from, index);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) {
    cut = m.index + m[0].length;
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  return before.slice(cut);
}

/** Whether the trigger at `index` is cancelled by what precedes it in its clause. */
export function isNegated(sentence: string, index: number, negation: Negation): boolean {
  if (negation === 'none') return false;
  const clause = clauseBefore(sentence, index);
  if (negation === 'assertion') return ASSERTION_NEGATOR.test(clause);
  if (FULL_NEGATOR.test(clause)) return true;
  return negation === 'limit' && LIMITER.test(clause);
}
