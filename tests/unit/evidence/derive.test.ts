import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgeLabel, designSentence, evidenceLevel, formatCount, showsBenefit } from '../../../src/evidence/derive';
import { PUBLICATION_TYPES, type PublicationType } from '../../../src/evidence/schema';
import { makeStudy, n } from './study-factory';

const retracted = {
  retracted: true,
  expressionOfConcern: false,
  notice: '10.1172/JCI126075',
  noticeDate: '2018',
  correction: null,
  notes: null,
};

describe('evidence level: one ordered ladder', () => {
  const rankOf = (type: PublicationType, extra = {}) => evidenceLevel(makeStudy({ publicationType: type, ...extra })).rank;
  it('orders lab < case report < case series < single-arm < non-randomized < randomized < systematic review', () => {
    const ladder = [
      rankOf('in-vitro'),
      rankOf('case-report'),
      rankOf('case-series'),
      rankOf('single-arm-trial'),
      rankOf('nonrandomized-trial'),
      rankOf('rct'),
      rankOf('systematic-review', { review: { pooled: 'randomized', certainty: null, verdict: null } }),
    ] as number[];
    expect(ladder).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(rankOf('animal')).toBe(0);
    expect(rankOf('company-report')).toBe(2);
  });

  it.each([
    ['registry-entry', 'context'],
    ['guideline', 'context'],
    ['narrative-review', 'context'],
    ['commentary', 'context'],
    ['animal', 'lab'],
    ['in-vitro', 'lab'],
    ['case-report', 'uncontrolled'],
    ['case-series', 'uncontrolled'],
    ['company-report', 'uncontrolled'],
    ['single-arm-trial', 'uncontrolled'],
    ['nonrandomized-trial', 'controlled'],
    ['rct', 'randomized'],
    ['systematic-review', 'context'],
  ] as const)('%s sits in tier %s', (type, tier) => {
    expect(evidenceLevel(makeStudy({ publicationType: type })).tier).toBe(tier);
  });

  it('a cohort with a comparison group is controlled; without one it is uncontrolled', () => {
    expect(evidenceLevel(makeStudy({ publicationType: 'cohort', control: 'usual-care' }))).toEqual({
      tier: 'controlled',
      rank: 4,
    });
    expect(evidenceLevel(makeStudy({ publicationType: 'cohort', control: 'none' }))).toEqual({ tier: 'uncontrolled', rank: 2 });
  });

  it('retracted is its own verdict whatever the design', () => {
    expect(evidenceLevel(makeStudy({ publicationType: 'rct', status: retracted }))).toEqual({ tier: 'retracted', rank: null });
  });

  it('an unknown publication type is unknown, not guessed', () => {
    expect(evidenceLevel(makeStudy())).toEqual({ tier: 'unknown', rank: null });
  });
});

describe('badge label', () => {
  it.each([
    [{ publicationType: 'single-arm-trial', phase: '1', control: 'none', n: n(null, 12) }, 'Phase 1 · no control · 12 people'],
    [
      {
        publicationType: 'rct',
        phase: '2',
        randomized: true,
        control: 'placebo',
        n: n(180),
        primaryEndpoint: { text: 'x', met: false, note: null, measures: null, judged: null },
      },
      'Phase 2 · randomized · placebo · 180 people · no benefit',
    ],
    [
      {
        publicationType: 'rct',
        control: 'placebo',
        n: n(180),
        primaryEndpoint: { text: 'x', met: false, note: null, measures: null, judged: null },
      },
      'Randomized · placebo · 180 people · no benefit',
    ],
    [{ publicationType: 'rct', status: retracted }, 'Retracted'],
    [{ publicationType: 'animal' }, 'Animal study'],
    [{ publicationType: 'in-vitro' }, 'Lab study (cells)'],
    [{ publicationType: 'registry-entry' }, 'Registry entry, no results'],
    [{ publicationType: 'case-report', n: n(1) }, 'Case report · 1 person'],
    [{ publicationType: 'case-series', n: n(70) }, 'Case series · 70 people'],
    [{ publicationType: 'cohort', control: 'usual-care', n: n(1200) }, 'Observational · usual care · 1,200 people'],
    [
      { publicationType: 'nonrandomized-trial', control: 'usual-care', n: n(40) },
      'Controlled, not randomized · usual care · 40 people',
    ],
    [{ publicationType: 'systematic-review' }, 'Systematic review'],
    [{ publicationType: 'narrative-review' }, 'Narrative review'],
    [{ publicationType: 'commentary' }, 'Commentary'],
    [{ publicationType: 'guideline' }, 'Guideline or statement'],
    [{ publicationType: 'company-report', peerReviewed: false, n: n(229) }, 'Company report · not peer reviewed'],
    [{ publicationType: 'single-arm-trial', n: n(20) }, 'Single-group trial · no control · 20 people'],
    [
      {
        publicationType: 'single-arm-trial',
        phase: '1',
        n: n(null, 12),
        primaryEndpoint: { text: 'x', met: false, note: null, measures: null, judged: null },
      },
      'Phase 1 · no control · 12 people · main goal not met',
    ],
    [{}, 'Study type not reported'],
    [
      {
        publicationType: 'single-arm-trial',
        phase: '2a',
        control: 'none',
        status: { ...retracted, retracted: false, expressionOfConcern: true },
      },
      'Expression of concern · Phase 2a · no control · size not reported',
    ],
  ] as const)('%o → %s', (fields, label) => {
    expect(badgeLabel(makeStudy(fields as never))).toBe(label);
  });
});

describe('design sentence: what the design can and cannot show', () => {
  it('says a phase 1 uncontrolled trial of 12 people cannot show the treatment works', () => {
    const s = designSentence(makeStudy({ publicationType: 'single-arm-trial', phase: '1', control: 'none', n: n(null, 12) }));
    expect(s).toBe(
      'A phase 1 trial of 12 people without a comparison group can show early safety signals and whether a treatment can be given; it cannot show whether the treatment works.',
    );
  });

  it.each(PUBLICATION_TYPES)('has one plain sentence for %s', (type) => {
    const s = designSentence(makeStudy({ publicationType: type, n: n(30) }));
    expect(s).toMatch(/^[A-Z].+\.$/);
    expect(s.split(/[.;] /).length).toBeLessThanOrEqual(3);
    expect(s).not.toMatch(/undefined|null/);
  });

  it('names a randomized trial that missed its goal', () => {
    const s = designSentence(
      makeStudy({
        publicationType: 'rct',
        n: n(196),
        primaryEndpoint: { text: 'x', met: false, note: null, measures: null, judged: null },
      }),
    );
    expect(s).toContain('did not find the benefit it was designed to find');
  });

  it('says retracted findings should not be relied on, and unknown types are unknown', () => {
    expect(designSentence(makeStudy({ publicationType: 'rct', status: retracted }))).toContain('retracted');
    expect(designSentence(makeStudy())).toContain('We do not know what kind of study this was');
  });
});

describe('formatCount', () => {
  it('writes numbers as en-US toLocaleString does, without its locale set-up', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e7, max: 1e7 }), fc.maxSafeInteger(), fc.double({ noNaN: true, min: -1e6, max: 1e6 })),
        (x) => {
          expect(formatCount(x)).toBe(x.toLocaleString('en-US'));
        },
      ),
      { numRuns: 2000 },
    );
    expect(formatCount(12)).toBe('12');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

describe('a review is as strong as what it pooled', () => {
  const review = (pooled: 'randomized' | 'mixed' | 'uncontrolled-or-animal' | null, certainty: 'low' | null = null) =>
    makeStudy({ publicationType: 'systematic-review', review: { pooled, certainty, verdict: null } });
  it.each([
    ['randomized', null, 'randomized', 'Systematic review · of randomized trials'],
    ['randomized', 'low', 'controlled', 'Systematic review · of randomized trials · low certainty'],
    ['mixed', null, 'controlled', 'Systematic review · of mixed studies'],
    ['uncontrolled-or-animal', null, 'uncontrolled', 'Systematic review · mostly uncontrolled or animal studies'],
    [null, null, 'context', 'Systematic review'],
  ] as const)('pooled %s, certainty %s → tier %s', (pooled, certainty, tier, label) => {
    expect(evidenceLevel(review(pooled, certainty)).tier).toBe(tier);
    expect(badgeLabel(review(pooled, certainty))).toBe(label);
  });

  it('says what a review of uncontrolled or animal studies cannot show, and the authors’ own verdict', () => {
    expect(designSentence(review('uncontrolled-or-animal'))).toContain('cannot show that the treatment works');
    expect(designSentence(review('randomized', 'low'))).toContain('Its authors judged the evidence to be of low certainty.');
  });
});

describe('a randomized trial is worded by what it measured, how it was judged, its size and blinding', () => {
  const endpoint = (fields: Partial<ReturnType<typeof makeStudy>['primaryEndpoint']>) => ({
    text: 'x',
    met: null,
    note: null,
    measures: null,
    judged: null,
    ...fields,
  });
  const rct = (fields: Parameters<typeof makeStudy>[0]) =>
    makeStudy({ publicationType: 'rct', randomized: true, control: 'placebo', blinding: 'double-blind', ...fields });

  it('keeps the strongest wording for a blinded trial of at least 100 people that showed a benefit between groups', () => {
    const passed = rct({ n: n(180), primaryEndpoint: endpoint({ met: true, measures: 'efficacy', judged: 'between-groups' }) });
    expect(showsBenefit(passed)).toBe(true);
    expect(designSentence(passed)).toMatch(/^A randomized trial of 180 people is the fairest single test/);
  });

  it('never uses it for an unknown size, a small trial or an open-label one', () => {
    const met = endpoint({ met: true, measures: 'efficacy', judged: 'between-groups' });
    const unknown = rct({ primaryEndpoint: met });
    expect(badgeLabel(unknown)).toBe('Randomized · placebo · size not reported');
    expect(designSentence(unknown)).toBe(
      'A randomized trial found a benefit on its main measure compared with the other group. Its size is not reported.',
    );
    const small = rct({ n: n(24), primaryEndpoint: met });
    expect(designSentence(small)).toContain('A trial this small can give chance results');
    const open = rct({ n: n(51), control: 'active', blinding: 'open-label', primaryEndpoint: met });
    expect(badgeLabel(open)).toBe('Randomized · active comparator, not blinded · 51 people');
    expect(designSentence(open)).toContain('people knew which treatment they got (not blinded)');
    for (const s of [unknown, small, open]) expect(designSentence(s)).not.toContain('fairest');
  });

  it('does not count a safety endpoint or a within-group change as a benefit', () => {
    const safety = rct({ n: n(30), primaryEndpoint: endpoint({ met: true, measures: 'safety' }) });
    expect(showsBenefit(safety)).toBe(false);
    expect(designSentence(safety)).toMatch(/^A randomized trial of 30 people that mainly tested safety was not designed to show/);
    const within = rct({ n: n(24), primaryEndpoint: endpoint({ met: true, measures: 'efficacy', judged: 'within-group' }) });
    expect(showsBenefit(within)).toBe(false);
    expect(designSentence(within)).toContain('did not show a benefit over the comparison group');
  });

  it('says on the card when a company or clinic that sells the treatment ran it', () => {
    const sold = rct({ n: n(51), sponsor: { sellsTreatment: true, note: 'a clinic group' } });
    expect(designSentence(sold)).toContain('It was run or paid for by a company or clinic that sells the treatment it tested.');
  });
});

describe('a study whose type is not classified is described by the design fields it has', () => {
  it('a controlled comparison with a blinded evaluator and 30 people', () => {
    const split = makeStudy({ control: 'active', blinding: 'blinded evaluator', n: n(30) });
    expect(badgeLabel(split)).toBe('Controlled · blinded · 30 people');
    expect(evidenceLevel(split).tier).toBe('controlled');
    expect(designSentence(split)).toContain('does not say whether people were assigned at random');
    expect(designSentence(split)).not.toContain('We do not know what kind of study');
  });
});

describe('a report of harm reads as one', () => {
  const harm = makeStudy({ publicationType: 'harm-report', peerReviewed: false, n: n(12) });
  it('is labelled a report of harm, with no "not peer reviewed" and no efficacy framing', () => {
    expect(badgeLabel(harm)).toBe('Report of harm · 12 people');
    expect(designSentence(harm)).toBe(
      'A report of harm in 12 people describes problems people had after a treatment; it is a warning about risks, not a test of whether the treatment works.',
    );
  });
});
