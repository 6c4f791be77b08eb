import type { Study } from '../../../src/evidence/schema';

/** A minimal valid study; tests override the fields they are about. */
export function makeStudy(overrides: Partial<Study> = {}): Study {
  return {
    id: 'test_study',
    conditions: [],
    conditionGroups: [],
    ids: { pmid: null, doi: null, pmcid: null, registry: [] },
    title: null,
    authors: [],
    journal: { name: null, abbrev: null },
    year: null,
    volume: null,
    issue: null,
    pages: null,
    citation: null,
    publicationType: null,
    peerReviewed: null,
    phase: null,
    randomized: null,
    control: null,
    controlDetail: null,
    blinding: null,
    n: { enrolled: null, treated: null, analysed: null, note: null },
    population: null,
    intervention: { cellType: null, source: null, route: null, dose: null },
    primaryEndpoint: { text: null, met: null, note: null, measures: null, judged: null },
    secondaryEndpoints: null,
    followUp: null,
    keyResult: null,
    harms: { serious: null, common: null },
    limitations: [],
    status: { retracted: false, expressionOfConcern: false, notice: null, noticeDate: null, correction: null, notes: null },
    funding: null,
    conflicts: null,
    sponsor: { sellsTreatment: null, note: null },
    review: null,
    laterEvidence: [],
    clinicCitations: [],
    sources: {},
    verification: { level: 'partial', date: '2026-11-26', missingCoreFields: [], notes: null },
    ...overrides,
  };
}

export function n(enrolled: number | null, treated: number | null = null): Study['n'] {
  return { enrolled, treated, analysed: null, note: null };
}
