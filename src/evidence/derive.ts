/**
 * What a study's design means, derived deterministically from its record:
 * its rung on the evidence ladder, a short badge label and one plain
 * sentence on what the design can and cannot show.
 */
import type { ControlKind, PublicationType, Study } from './schema';

/**
 * Tiers drive the badge colour. `rank` orders studies from weakest to
 * strongest (null where a publication is not evidence of an effect).
 */
export type EvidenceTier = 'retracted' | 'lab' | 'uncontrolled' | 'controlled' | 'randomized' | 'context' | 'unknown';

export interface EvidenceLevel {
  tier: EvidenceTier;
  /** 0 lab · 1 case report · 2 case series / company report · 3 single-arm trial · 4 controlled, not randomized · 5 randomized trial · 6 systematic review; null: not on the ladder */
  rank: number | null;
}

const RANK: Partial<Record<PublicationType, number>> = {
  'in-vitro': 0,
  animal: 0,
  'case-report': 1,
  'case-series': 2,
  'company-report': 2,
  'single-arm-trial': 3,
  'nonrandomized-trial': 4,
  rct: 5,
  'systematic-review': 6,
};

export type LevelInput = Pick<Study, 'publicationType' | 'control' | 'status'>;

export function evidenceLevel(study: LevelInput): EvidenceLevel {
  if (study.status.retracted) return { tier: 'retracted', rank: null };
  const type = study.publicationType;
  if (type === null) return { tier: 'unknown', rank: null };
  if (type === 'cohort') {
    // An observational cohort with a comparison group sits with controlled
    // non-randomized studies; without one it describes treated patients only.
    const controlled = study.control !== null && study.control !== 'none' && study.control !== 'pre-treatment';
    return controlled ? { tier: 'controlled', rank: 4 } : { tier: 'uncontrolled', rank: 2 };
  }
  const rank = RANK[type];
  if (rank === undefined) return { tier: 'context', rank: null };
  if (rank === 0) return { tier: 'lab', rank };
  if (rank <= 3) return { tier: 'uncontrolled', rank };
  if (rank === 4) return { tier: 'controlled', rank };
  return { tier: 'randomized', rank };
}

/** Number of people in a study, preferring those enrolled, then treated, then analysed. */
export function peopleCount(study: Pick<Study, 'n'>): number | null {
  return study.n.enrolled ?? study.n.treated ?? study.n.analysed;
}

export function peopleText(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'person' : 'people'}`;
}

/**
 * A number as en-US writes it ("12,000"). Whole numbers are grouped here:
 * the first `toLocaleString` on a fresh page sets up the locale data, which
 * took 36 ms in a trace of the content script.
 */
export function formatCount(n: number): string {
  return Number.isSafeInteger(n) && !Object.is(n, -0) ? String(n).replace(/\B(?=(?:\d{3})+$)/g, ',') : n.toLocaleString('en-US');
}

const CONTROL_SHORT: Record<ControlKind, string> = {
  none: 'no control',
  placebo: 'placebo',
  sham: 'sham',
  active: 'active comparator',
  'usual-care': 'usual care',
  historical: 'historical control',
  'pre-treatment': 'before/after only',
};

/** Plain words first, the term in brackets. */
export const CONTROL_PLAIN: Record<ControlKind, string> = {
  none: 'No comparison group (no control)',
  placebo: 'Compared with a dummy treatment (placebo)',
  sham: 'Compared with a fake procedure (sham)',
  active: 'Compared with another treatment (active control)',
  'usual-care': 'Compared with usual care',
  historical: 'Compared with past patients (historical control)',
  'pre-treatment': 'Compared only with the same patients before treatment',
};

const TYPE_LABEL: Record<PublicationType, string> = {
  rct: 'Randomized',
  'nonrandomized-trial': 'Controlled, not randomized',
  'single-arm-trial': 'Single-group trial',
  'case-series': 'Case series',
  'case-report': 'Case report',
  cohort: 'Observational',
  'systematic-review': 'Systematic review',
  'narrative-review': 'Narrative review',
  animal: 'Animal study',
  'in-vitro': 'Lab study (cells)',
  commentary: 'Commentary',
  guideline: 'Guideline or statement',
  'registry-entry': 'Registry entry, no results',
  'company-report': 'Company report',
  'harm-report': 'Report of harm',
};

/** Plain names of publication types, for cards and summaries. */
export const TYPE_NAME: Record<PublicationType, string> = {
  rct: 'randomized controlled trial',
  'nonrandomized-trial': 'controlled trial without randomization',
  'single-arm-trial': 'trial without a comparison group (single-arm)',
  'case-series': 'case series (a report on a group of treated patients)',
  'case-report': 'case report (one or a few patients)',
  cohort: 'observational study (cohort)',
  'systematic-review': 'systematic review of studies',
  'narrative-review': 'narrative review (an overview, no new data)',
  animal: 'animal study',
  'in-vitro': 'laboratory study on cells',
  commentary: 'commentary or editorial',
  guideline: 'guideline or official statement',
  'registry-entry': 'trial registry entry',
  'company-report': 'company report (not peer reviewed)',
  'harm-report': 'report of harm after treatment (for example an outbreak or safety report)',
};

export type LabelInput = Pick<
  Study,
  'publicationType' | 'phase' | 'randomized' | 'control' | 'n' | 'primaryEndpoint' | 'status' | 'peerReviewed'
>;

/** The badge label: 2–5 short parts joined by " · ". */
export function badgeLabel(study: LabelInput): string {
  if (study.status.retracted) return 'Retracted';
  const type = study.publicationType;
  const parts: string[] = [];
  if (study.status.expressionOfConcern) parts.push('Expression of concern');
  if (type === null) {
    parts.push('Study type not reported');
    return parts.join(' · ');
  }
  const people = peopleCount(study);
  const isTrial = type === 'rct' || type === 'nonrandomized-trial' || type === 'single-arm-trial';
  if (isTrial && study.phase) {
    parts.push(`Phase ${study.phase}`);
    if (type === 'rct') parts.push('randomized');
  } else {
    parts.push(TYPE_LABEL[type]);
  }
  if (isTrial || type === 'cohort') {
    if (study.control) parts.push(CONTROL_SHORT[study.control]);
    else if (type === 'single-arm-trial') parts.push(CONTROL_SHORT.none);
  }
  const countsPeople = isTrial || type === 'cohort' || type === 'case-series' || type === 'case-report';
  if (countsPeople && people !== null) parts.push(peopleText(people));
  if (study.primaryEndpoint.met === false) {
    parts.push(type === 'rct' || type === 'nonrandomized-trial' ? 'no benefit' : 'main goal not met');
  }
  if (type === 'company-report' || (study.peerReviewed === false && type !== 'registry-entry' && type !== 'guideline')) {
    parts.push('not peer reviewed');
  }
  return parts.join(' · ');
}

/** One plain sentence on what the design can and cannot show. */
export function designSentence(study: LabelInput): string {
  if (study.status.retracted) {
    return 'This paper was retracted: its findings should not be relied on.';
  }
  const type = study.publicationType;
  const people = peopleCount(study);
  const ofPeople = people !== null ? ` of ${peopleText(people)}` : '';
  switch (type) {
    case null:
      return 'We do not know what kind of study this was, so we cannot say what it can show.';
    case 'single-arm-trial': {
      const phase = study.phase ? `A phase ${study.phase} trial` : 'A trial';
      return `${phase}${ofPeople} without a comparison group can show early safety signals and whether a treatment can be given; it cannot show whether the treatment works.`;
    }
    case 'nonrandomized-trial':
      return `A trial${ofPeople} with a comparison group chosen without randomization can hint at an effect; differences between the groups may explain the results, so it cannot show for sure that the treatment works.`;
    case 'rct':
      if (study.primaryEndpoint.met === false) {
        return `A randomized trial${ofPeople} is the fairest test of whether a treatment works; this one did not find the benefit it was designed to find.`;
      }
      if (people !== null && people < 100) {
        return `A randomized trial${ofPeople} is a fair test of whether a treatment works, but one this small can miss uncommon harms and give chance results.`;
      }
      return `A randomized trial${ofPeople} is the fairest single test of whether a treatment works, for the people and the outcome it studied.`;
    case 'systematic-review':
      return 'A systematic review pools the studies on a question; it is as strong as the studies it includes.';
    case 'cohort':
      return `An observational study${ofPeople} can show how treated patients fared and spot associations; it cannot show that the treatment caused them.`;
    case 'case-series':
      return `A case series${ofPeople} describes treated patients without a comparison group; it can raise questions but cannot show whether the treatment works.`;
    case 'case-report':
      return 'A case report describes one or a few patients; it can describe what happened to them, not whether the treatment works or is safe for others.';
    case 'company-report':
      return 'A report by a company, not checked by independent scientists (not peer reviewed); it cannot show whether the treatment works.';
    case 'animal':
      return 'An animal study can suggest ideas to test in people; it cannot show that a treatment works or is safe in humans.';
    case 'in-vitro':
      return 'A laboratory study on cells can suggest how a treatment might act; it cannot show that it works or is safe in people.';
    case 'narrative-review':
      return 'A narrative review summarises other work in the authors’ own selection; it adds no new evidence of its own.';
    case 'commentary':
      return 'A commentary gives the authors’ view; it adds no new evidence of its own.';
    case 'guideline':
      return 'A guideline or official statement gives experts’ advice; it is not a test of a treatment.';
    case 'registry-entry':
      return 'A registry entry describes a planned or running trial; by itself it is not evidence that the treatment works.';
    case 'harm-report':
      return 'A report of harm describes problems people had after a treatment; it is a warning about risks, not a test of whether the treatment works.';
  }
}

/** The types that are not published in journals; every other type is. */
const NOT_IN_JOURNALS: ReadonlySet<PublicationType> = new Set<PublicationType>(['guideline', 'registry-entry', 'company-report']);
// Every type (TYPE_NAME has one key per type; the schema's list would bring zod into the content script).
const JOURNAL_TYPES: ReadonlySet<PublicationType> = new Set(
  (Object.keys(TYPE_NAME) as PublicationType[]).filter((t) => !NOT_IN_JOURNALS.has(t)),
);

/** Is this study a journal article (as opposed to a registry entry, guideline or company report)? */
export function isJournalArticle(s: Pick<Study, 'peerReviewed' | 'publicationType'>): boolean {
  return s.peerReviewed !== false && s.publicationType !== null && JOURNAL_TYPES.has(s.publicationType);
}
