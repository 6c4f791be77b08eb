/**
 * Every publication type's words and its rung on the evidence ladder, in one
 * table: the badge, the card, the popup headline and the claim notes all read
 * them from here, so a type is described the same way everywhere.
 */
import type { PublicationType } from './schema';

/**
 * The evidence ladder, weakest to strongest. A rung says how well a design
 * can show that a treatment works; publications that test nothing (guidance,
 * commentary, registrations, overviews, harm reports) are off the ladder.
 */
export const RUNG = {
  lab: 0,
  caseReport: 1,
  caseSeries: 2,
  singleArm: 3,
  controlled: 4,
  randomized: 5,
  pooledRandomized: 6,
} as const;
export type Rung = (typeof RUNG)[keyof typeof RUNG];

export interface StudyTypeWords {
  /** The badge's first part: "Case series". */
  label: string;
  /** The card's "Type" row: plain words, the term in brackets. */
  name: string;
  /** The popup headline's count noun, singular and plural. */
  phrase: [singular: string, plural: string];
  /** A noun phrase with its article, for notes: "a case report (one or a few patients)". */
  noun: string;
  /** Its rung, or null when off the ladder. Reviews and cohorts are placed by what they hold (see derive.ts). */
  rung: Rung | null;
}

export const STUDY_TYPES: Record<PublicationType, StudyTypeWords> = {
  rct: {
    label: 'Randomized',
    name: 'randomized controlled trial',
    phrase: ['randomized trial', 'randomized trials'],
    noun: 'a randomized trial',
    rung: RUNG.randomized,
  },
  'nonrandomized-trial': {
    label: 'Controlled, not randomized',
    name: 'controlled trial without randomization',
    phrase: ['controlled trial without randomization', 'controlled trials without randomization'],
    noun: 'a trial that compared groups not chosen at random',
    rung: RUNG.controlled,
  },
  'single-arm-trial': {
    label: 'Single-group trial',
    name: 'trial without a comparison group (single-arm)',
    phrase: ['trial without a control group', 'trials without a control group'],
    noun: 'a trial with no comparison group',
    rung: RUNG.singleArm,
  },
  'case-series': {
    label: 'Case series',
    name: 'case series (a report on a group of treated patients)',
    phrase: ['case series', 'case series'],
    noun: 'a report on a group of treated patients (a case series), with no comparison group',
    rung: RUNG.caseSeries,
  },
  'case-report': {
    label: 'Case report',
    name: 'case report (one or a few patients)',
    phrase: ['case report', 'case reports'],
    noun: 'a report on one or a few patients (a case report)',
    rung: RUNG.caseReport,
  },
  cohort: {
    label: 'Observational',
    name: 'observational study (cohort)',
    phrase: ['observational study', 'observational studies'],
    noun: 'an observational study',
    rung: RUNG.caseSeries,
  },
  'systematic-review': {
    label: 'Systematic review',
    name: 'systematic review of studies',
    phrase: ['systematic review', 'systematic reviews'],
    noun: 'a systematic review of other studies',
    rung: null,
  },
  'narrative-review': {
    label: 'Narrative review',
    name: 'narrative review (an overview, no new data)',
    phrase: ['narrative review', 'narrative reviews'],
    noun: 'an overview of other work (a narrative review)',
    rung: null,
  },
  animal: {
    label: 'Animal study',
    name: 'animal study',
    phrase: ['animal study', 'animal studies'],
    noun: 'a study in animals',
    rung: RUNG.lab,
  },
  'in-vitro': {
    label: 'Lab study (cells)',
    name: 'laboratory study on cells',
    phrase: ['laboratory study on cells', 'laboratory studies on cells'],
    noun: 'a laboratory study on cells',
    rung: RUNG.lab,
  },
  commentary: {
    label: 'Commentary',
    name: 'commentary or editorial',
    phrase: ['commentary', 'commentaries'],
    noun: 'a commentary',
    rung: null,
  },
  guideline: {
    label: 'Guideline or statement',
    name: 'guideline or official statement',
    phrase: ['guideline or statement', 'guidelines or statements'],
    noun: 'a guideline or official statement',
    rung: null,
  },
  'registry-entry': {
    label: 'Registry entry, no results',
    name: 'trial registry entry',
    phrase: ['trial registry entry', 'trial registry entries'],
    noun: 'a trial registry entry',
    rung: null,
  },
  'company-report': {
    label: 'Company report',
    name: 'company report (not peer reviewed)',
    phrase: ['company report', 'company reports'],
    noun: 'a report by a company, not checked by independent scientists',
    rung: RUNG.caseSeries,
  },
  'harm-report': {
    label: 'Report of harm',
    name: 'report of harm after treatment (for example an outbreak or safety report)',
    phrase: ['report of harm', 'reports of harm'],
    noun: 'a report of harm after treatment',
    rung: null,
  },
};

/** The types not published in journals; every other type is. */
export const NOT_IN_JOURNALS: ReadonlySet<PublicationType> = new Set<PublicationType>([
  'guideline',
  'registry-entry',
  'company-report',
]);
