import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../../src/claims/find-claims';
import { isNotTheSellersClaim } from '../../../../src/claims/language/not-the-seller';
import { normalise } from '../../../../src/claims/language/sentences';

describe('sentences that are not the seller’s claims', () => {
  it.each([
    // A study's cohort reported.
    [
      'In a cohort of 252 patients treated at one center, pain and knee flexion improved over the follow-up visits after PRP injections [6].',
    ],
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
    // Statements of need, author-voice reports, future research, ideas offered as ideas.
    ['Treatments must protect the brain and spinal cord, calm harmful immune responses and repair damage.'],
    ['Children with autism deserve treatments that address more than symptoms.'],
    ['The authors explored whether the cells might show early signs of benefit.'],
    ['The researchers set out to learn whether giving the cells once was feasible and safe.'],
    ['Future studies may explore whether higher doses slow the disease.'],
    ['Larger randomized trials are needed before the treatment can be recommended.'],
    ['They release molecules that can calm inflammation, an idea often called the bystander effect.'],
    ['One hypothesis is that the cells release signals that might calm this inflammation.'],
    // A finding reported with its in-text citation, in the past tense.
    ['More patients given these cells than placebo had combined remission at 24 weeks (Panes et al., 2016).'],
    // Disclaimers in other words, cookie notices, how common the disease is, results that vary.
    [
      'Stem cell therapies offered by our partner clinics are not approved by the FDA to diagnose, treat, cure or prevent any disease.',
    ],
    ['We use cookies to improve your experience on our site.'],
    ['In the United States alone there are more than 12,000 new cases each year.'],
    ['Everyone heals at a different pace.'],
    // A clinician's biography: qualifications, not claims about the treatment.
    ['Dr. Moreno is board-certified in sports medicine and completed a fellowship in Denver.'],
    ['He has practised in the valley since 2008 and coaches youth football.'],
    ['The programme is led by Ruth Adler, MD, who trained in transplant cardiology in Boston.'],
    // Reported speech with a clause before the verb, ideas proposed, research taken part in, no change measured.
    ['The clinic’s brochure, which a reader sent to us, said the cells would "restore lost function."'],
    ['Researchers have proposed that the cells might calm inflammation; this has not been proven in people.'],
    ['More than 200 patients have taken part in cell therapy studies at our hospital.'],
    ['Tom says he sleeps better since the trip, though his doctors measured no change in his lung function.'],
    ['In the largest trial, 206 patients received either donor cells or a placebo within days of their stroke.'],
    ['Their results should help show who benefits most and at what risk.'],
    // What a regulator or a society says, aims, hearsay, laboratory findings, how a procedure works.
    ['The FDA has warned that unapproved stem cell products must be licensed before they are sold.'],
    ['The International Society for Stem Cell Research says products should be shown to be safe and effective first.'],
    ['Our programme aims to calm inflammation and help wounds heal.'],
    ['Some callers have been told by a friend that stem cells cured someone’s arthritis.'],
    ['In animal models of MS, transplanted cells have reduced inflammation.'],
    ['Mesenchymal cells release molecules that can calm immune cells in the laboratory.'],
    ['High-dose chemotherapy wipes out the immune system, and the stored stem cells are returned to rebuild it.'],
    ['In 2004 our founder began asking why people who took the tea felt more energetic.'],
    ['In a trial of 54 people, both groups improved over a year, with no difference between them (de Vos et al., 2010).'],
  ])('%s', (sentence) => {
    expect(isNotTheSellersClaim(normalise(sentence), false)).toBe(true);
    expect(classifySentence(sentence)).toBeNull();
  });
});

describe('sentences that stay the seller’s', () => {
  it.each([
    // The seller's own study or patients.
    ['Our study found that nine in ten patients improved.'],
    // A clinician's count of treatments given is the seller's social proof.
    ['Dr. Moreno has performed over 9,000 regenerative injections in the past 12 years.'],
    // A goal with a result claimed beside it, a finding in mice sold as proof, a hospital's own count.
    ['Our goal is to improve your quality of life, and most patients do notice improvement.'],
    ['Harvard scientists have shown that NMN turns back the clock in mice.'],
    ['Our hospital has treated more than 1,000 patients with regenerative medicine.'],
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
