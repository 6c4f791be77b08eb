import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgeLabel, designSentence, evidenceLevel, formatCount } from '../../../src/evidence/derive';
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
      rankOf('systematic-review'),
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
    ['systematic-review', 'randomized'],
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
      'Expression of concern · Phase 2a · no control',
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
