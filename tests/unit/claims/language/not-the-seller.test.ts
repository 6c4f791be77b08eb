import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../../src/claims/find-claims';
import { isNotTheSellersClaim } from '../../../../src/claims/language/not-the-seller';
import { normalise } from '../../../../src/claims/language/sentences';

describe('sentences that are not the seller’s claims', () => {
  it.each([
    // Disclaimers.
    ['Results may vary.'],
    ['Individual results vary and are not guaranteed.'],
    ['Please consult your physician before starting any new therapy.'],
    ['This product is not intended to diagnose, treat, cure, or prevent any disease.'],
    ['These statements have not been evaluated by the Food and Drug Administration.'],
    // Findings reported from a study.
    ['The researchers reported fewer relapses in the treated group.'],
    ['The trial found no difference between cells and placebo.'],
    ['A 2017 study at Duke University reported improvements on some behavior scales.'],
    ['Genchi et al. reported that the cells were safe over two years.'],
    // Someone else's marketing, an expert quoted, weak evidence admitted.
    ['One clinic’s website says its treatment "repairs nerve damage".'],
    ['"We simply do not know whether these treatments work," said Dr. Helen Park.'],
    ['The evidence that PRP improves graft survival is mixed.'],
  ])('%s', (sentence) => {
    expect(isNotTheSellersClaim(normalise(sentence), false)).toBe(true);
    expect(classifySentence(sentence)).toBeNull();
  });
});

describe('sentences that stay the seller’s', () => {
  it.each([
    // The seller's own study or patients.
    ['Our study found that nine in ten patients improved.'],
    // A patient's own quoted story that mentions doctors finding something.
    ['“The doctors found my lesions had shrunk, and I feel better than in years.”'],
  ])('%s', (sentence) => {
    expect(isNotTheSellersClaim(normalise(sentence), false)).toBe(false);
    expect(classifySentence(sentence)).not.toBeNull();
  });

  it('reads a past-tense sentence after a study report as part of it, unless it speaks to the reader', () => {
    expect(isNotTheSellersClaim('Seven of ten patients improved on at least one measure.', true)).toBe(true);
    expect(isNotTheSellersClaim('Seven of ten patients improved on at least one measure.', false)).toBe(false);
    expect(isNotTheSellersClaim('Our patients improved on every measure.', true)).toBe(false);
  });
});
