/**
 * The shared test of one claim kind, in the shape of ESLint's rule tester: a
 * table of sentences that are claims of the kind, a table of sentences that
 * look like it but are not claims, and a property test that keeps the kind's
 * stems in step with its rules. Every file in this folder calls it once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySentence, mayContainClaim } from '../../../../src/claims/find-claims';
import type { ClaimKindModule } from '../../../../src/claims/rule';

export interface KindTables {
  /** Sentences the engine gives this kind. */
  claims: readonly string[];
  /** Sentences that carry the kind's words but are not claims at all (negated, limited, decoys). */
  notClaims: readonly string[];
}

export function describeKind(kind: ClaimKindModule, { claims, notClaims }: KindTables): void {
  describe(`${kind.kind}: claims`, () => {
    it('has examples', () => expect(claims.length).toBeGreaterThan(0));
    it.each(claims)('%s', (sentence) => {
      expect(classifySentence(sentence)?.kind ?? null).toBe(kind.kind);
    });
  });

  describe(`${kind.kind}: not claims`, () => {
    it('has examples', () => expect(notClaims.length).toBeGreaterThan(0));
    it.each(notClaims)('%s', (sentence) => {
      // A counter-example the kind never looks at would test nothing.
      const looked = mayContainClaim(sentence, kind.kind) || (kind.withoutTrigger?.hint.test(sentence) ?? false);
      expect(looked, 'the kind looks at this sentence').toBe(true);
      expect(classifySentence(sentence)).toBeNull();
    });
  });

  describe(`${kind.kind}: the stems stay in step with the rules`, () => {
    it.each(kind.rules.map((rule, i) => ({ i, rule })))('rule $i: every text it matches passes the stems', ({ rule }) => {
      const generated = fc.stringMatching(new RegExp(withoutAssertions(rule.re.source)));
      for (const text of fc.sample(generated, { numRuns: 300, seed: 42 })) {
        rule.re.lastIndex = 0;
        if (rule.re.test(text)) expect(mayContainClaim(text, kind.kind), JSON.stringify(text)).toBe(true);
      }
    });
  });
}

/** Regular expressions without look-arounds and \b, which fast-check cannot generate from. */
function withoutAssertions(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source.startsWith('\\b', i)) {
      i++;
      continue;
    }
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      let depth = 0;
      for (; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
      continue;
    }
    out += source[i];
  }
  return out;
}
