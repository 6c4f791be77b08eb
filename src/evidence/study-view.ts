/**
 * What the extension ships and shows of a study: the record without its
 * research trail (sources, clinic pages), plus the derived level, label and
 * sentence, computed once at build time.
 */
import type { Answer } from './answer';
import { badgeLabel, designSentence, type EvidenceLevel, evidenceLevel } from './derive';
import type { Study } from './schema';

export type StudyView = Omit<Study, 'sources' | 'clinicCitations' | 'verification'> & {
  verification: Pick<Study['verification'], 'level' | 'date'>;
  level: EvidenceLevel;
  label: string;
  sentence: string;
};

export function toStudyView(study: Study): StudyView {
  const { sources: _sources, clinicCitations: _clinic, verification, ...rest } = study;
  return {
    ...rest,
    verification: { level: verification.level, date: verification.date },
    level: evidenceLevel(study),
    label: badgeLabel(study),
    sentence: designSentence(study),
  };
}

/** The empty view every field of which is unknown, for studies known only from an open list. */
function blankView(id: string): StudyView {
  return {
    id,
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
    verification: { level: 'partial', date: '' },
    level: { tier: 'unknown', rank: null },
    label: '',
    sentence: '',
  };
}

/**
 * What the claim notes may take from an answer the record does not hold: a
 * paper a list says was retracted, or a registration (a plan, not a result).
 * Other answers (a title's words, nothing) are not evidence; null.
 */
export function viewOfAnswer(answer: Answer): StudyView | null {
  if (answer.basis === 'retraction' && answer.listed?.kind === 'retracted') {
    const view = blankView(`listed:${answer.label}`);
    return {
      ...view,
      status: { ...view.status, retracted: true },
      level: { tier: 'retracted', rank: null },
      label: answer.label,
    };
  }
  if (answer.basis === 'registry' && answer.trial) {
    const t = answer.trial;
    const view = blankView(`registration:${t.nct}`);
    return {
      ...view,
      title: t.title,
      publicationType: 'registry-entry',
      phase: t.phase && /^[0-4][ab]?(?:\/[0-4][ab]?)?$/.test(t.phase) ? t.phase : null,
      n: { ...view.n, enrolled: t.enrollment },
      ids: { ...view.ids, registry: [t.nct] },
      level: { tier: 'context', rank: null },
      label: answer.label,
    };
  }
  return null;
}
