import { describe, expect, it } from 'vitest';
import { isNegated } from '../../../../src/claims/language/negation';
import type { Negation } from '../../../../src/claims/rule';

/** Whether `trigger` (its first occurrence) is cancelled in `sentence`. */
const negated = (sentence: string, trigger: string, negation: Negation) =>
  isNegated(sentence, sentence.indexOf(trigger), negation);

describe('isNegated', () => {
  it.each<[string, string, Negation, boolean]>([
    // Any negator in the clause cancels a trigger.
    ['There is no cure for MS.', 'cure', 'full', true],
    ['Stem cell therapy is not a cure.', 'cure', 'full', true],
    ['Stem cells cannot reverse MS.', 'reverse', 'full', true],
    ['Nobody knows whether it works.', 'works', 'full', true],
    ['It isn’t a cure.', 'cure', 'full', true],
    ['No product is safe and effective.', 'effective', 'full', true],
    // Not negators: "not only", "no longer".
    ['It is not only safe but effective.', 'safe', 'full', false],
    ['Patients no longer need surgery.', 'need', 'full', false],
    // A new clause ends the negation's scope: punctuation, "but", "and" before a verb.
    ['There is no cure, but our cells repair the damage.', 'repair', 'full', false],
    ['Our infusions do not require chemotherapy and are completely safe.', 'safe', 'full', false],
    // Negative triggers are cancelled only by a negated assertion.
    ['No surgery, no scars and no side effects.', 'no side', 'assertion', false],
    ['It is a myth that there are no side effects.', 'no side', 'assertion', true],
    ['It is not true that there are no side effects.', 'no side', 'assertion', true],
    // "only" limits a credential.
    ['We are only licensed by the state board.', 'licensed', 'limit', true],
    ['We are only licensed by the state board.', 'licensed', 'full', false],
    // Offers and deadlines are never cancelled.
    ['Don’t wait.', 'wait', 'none', false],
  ])('%s (%s, %s) → %s', (sentence, trigger, negation, expected) => {
    expect(negated(sentence, trigger, negation)).toBe(expected);
  });

  it('looks back at most 60 characters', () => {
    expect(negated(`Not ${'very '.repeat(10)}a cure.`, 'cure', 'full')).toBe(true);
    expect(negated(`Not ${'very '.repeat(14)}a cure.`, 'cure', 'full')).toBe(false);
  });
});
