/**
 * What a badge says about one citation, and where that answer comes from:
 * the curated record (the full card), a retraction list, a trial
 * registration, the reference's own title, or nothing. Retracted stays
 * unmistakable whichever source said it: a study is retracted when the
 * record or either list says so.
 */
import type { CitationIds } from '../citations/ids';
import type { ListedRetraction, RetractionList } from '../open-data/retractions';
import type { RegisteredTrial } from '../open-data/trials';
import { type EvidenceTier, peopleText } from './derive';
import type { StudyView } from './study-view';
import type { TitleReading } from './title-reading';

export const ANSWER_BASES = ['record', 'retraction', 'registry', 'title', 'none'] as const;
export type AnswerBasis = (typeof ANSWER_BASES)[number];

/** Badge tiers: the record's evidence tiers, plus a registration, a title reading and no answer. */
export type AnswerTier = EvidenceTier | 'registered' | 'title' | 'not-in-record';

/** A retraction list's verdict with the date of the list's data. */
export interface ListedRetractionFacts extends ListedRetraction {
  asOf: Partial<Record<RetractionList, string>>;
}

export interface Answer {
  basis: AnswerBasis;
  /** The badge text. */
  label: string;
  tier: AnswerTier;
  /** The curated record's study, when it has this citation. */
  studyId: string | null;
  /** What the open retraction lists say, when either lists the paper. */
  listed: ListedRetractionFacts | null;
  /** The trial registration, as registered, when the citation names one the export holds. */
  trial: (RegisteredTrial & { asOf: string }) | null;
  /** Design words read from the reference's own title. */
  reading: TitleReading | null;
  /** A PubMed search the person can open, for a reference we know nothing about (built here, requested by no one). */
  search: string | null;
}

/** The parts of a cited reference the answer reads. */
export interface CitedReference {
  surname: string;
  year: number;
  title?: string | null;
}

/** "Registered trial · phase 1/2 · randomized · 24 people · no results posted". */
export function registrationLabel(trial: RegisteredTrial): string {
  const parts = ['Registered trial'];
  if (trial.phase) parts.push(`phase ${trial.phase}`);
  if (trial.allocation === 'Randomized') parts.push('randomized');
  if (trial.enrollment !== null) parts.push(peopleText(trial.enrollment));
  parts.push(trial.resultsPosted ? 'results posted' : 'no results posted');
  return parts.join(' · ');
}

/** The words of a title worth searching for: up to 8, long ones first kept in order. */
function searchTerm(ref: CitedReference): string {
  const title = ref.title
    ?.replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 3)
    .slice(0, 8)
    .join(' ');
  return `${ref.surname}[1au] ${ref.year}[dp]${title ? ` ${title}` : ''}`;
}

/** A PubMed search link for a reference, for the person to open. */
export function pubmedSearch(ref: CitedReference): string {
  return `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(searchTerm(ref))}`;
}

/** The record's view of a study that a list says was retracted: retracted everywhere it is shown. */
export function withListedRetraction(view: StudyView, listed: ListedRetraction | null): StudyView {
  if (!listed) return view;
  if (listed.kind === 'retracted' && !view.status.retracted) {
    return {
      ...view,
      status: { ...view.status, retracted: true, notice: view.status.notice ?? (listed.notice ? `doi:${listed.notice}` : null) },
      level: { tier: 'retracted', rank: null },
      label: 'Retracted',
      sentence: 'A retraction notice was published for this paper: its findings should not be relied on.',
    };
  }
  if (listed.kind === 'concern' && !view.status.retracted && !view.status.expressionOfConcern) {
    return {
      ...view,
      status: {
        ...view.status,
        expressionOfConcern: true,
        notice: view.status.notice ?? (listed.notice ? `doi:${listed.notice}` : null),
      },
      label: `Expression of concern · ${view.label}`,
    };
  }
  return view;
}

export interface AnswerSources {
  study: StudyView | null;
  listed: ListedRetractionFacts | null;
  trial: (RegisteredTrial & { asOf: string }) | null;
  reading: TitleReading | null;
  ids: CitationIds;
  reference: CitedReference | null;
}

/** Chooses the strongest source that knows the citation: record, then lists, registry, title, nothing. */
export function composeAnswer({ study, listed, trial, reading, ids, reference }: AnswerSources): Answer {
  const base = { listed, trial, reading, search: null, studyId: study?.id ?? null };
  if (study) return { ...base, basis: 'record', label: study.label, tier: study.level.tier };
  if (listed) {
    const retracted = listed.kind === 'retracted';
    return {
      ...base,
      basis: 'retraction',
      label: retracted ? 'Retracted' : 'Expression of concern',
      tier: retracted ? 'retracted' : 'unknown',
    };
  }
  if (trial) return { ...base, basis: 'registry', label: registrationLabel(trial), tier: 'registered' };
  const search = reference && !Object.keys(ids).length ? pubmedSearch(reference) : null;
  if (reading) return { ...base, search, basis: 'title', label: reading.label, tier: 'title' };
  return { ...base, search, basis: 'none', label: 'Not in record', tier: 'not-in-record' };
}
