/**
 * Turns one PubMed article into a draft record: the record's schema, with
 * every automatically extracted field listed in the verification notes as
 * awaiting review and sourced to the article's PubMed page. What a person
 * must judge (results, limitations, population, intervention) stays empty.
 */
import * as z from 'zod/mini';
import { type Study, studySchema } from '../evidence/schema';
import { readDesign } from './abstract-design';
import { draftIdStem } from './draft-id';
import type { CommentsCorrection, PubmedArticle } from './pubmed-article';
import { readPublicationTypes } from './publication-types';
import { isTrialRegistry, registryIdFromDataBank, registryIdsInText } from './registry-ids';

/** How every draft's verification notes begin; `review --accept` rewrites "awaiting review" to "reviewed <date>". */
export const DRAFT_NOTE_PREFIX = 'Draft imported from PubMed XML; extracted automatically, awaiting review:';

/** Fields a person writes; listed in the notes so the reviewer sees what is left. */
export const HAND_WRITTEN_FIELDS = [
  'conditions',
  'population',
  'intervention',
  'primaryEndpoint',
  'keyResult',
  'harms',
  'limitations',
  'followUp',
  'funding',
  'conflicts',
];

export interface Draft {
  study: Study;
  /** The id before it was made unique. */
  idStem: string;
  pmid: string;
  /** Fields filled from the XML, in record order. */
  autoFields: string[];
}

export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}

const doiForm = studySchema.shape.ids.shape.doi;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface CorrectionStatus {
  retracted: boolean;
  expressionOfConcern: boolean;
  notice: string | null;
  noticeDate: string | null;
  correction: string | null;
  /** PubMed pages of the notices themselves. */
  urls: string[];
  /** For a notice article: what it retracts or corrects. */
  noticeOf: string | null;
}

function describeRef(label: string, c: CommentsCorrection): string {
  const source = (c.refSource ?? 'source not given').replace(/\.\s*$/, '');
  return `${label}: ${source}${c.pmid ? ` (PMID ${c.pmid})` : ''}`;
}

/** "N Engl J Med. 2018 Nov 8;379(19):1870" → "2018-11-08"; null without a full date. */
export function dateInRefSource(refSource: string | null): string | null {
  const m = /\b(19\d\d|20\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})\b/.exec(refSource ?? '');
  if (!m) return null;
  const month = MONTHS.indexOf(m[2] as string) + 1;
  return `${m[1]}-${String(month).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
}

/**
 * Reads CommentsCorrectionsList: RetractionIn → retracted with its notice,
 * ExpressionOfConcernIn → expression of concern, ErratumIn and
 * PartialRetractionIn → correction. The notice date is read from the
 * notice's citation when it gives a full date.
 */
export function statusFromCorrections(list: CommentsCorrection[]): CorrectionStatus {
  const of = (type: string) => list.filter((c) => c.refType === type);
  const retractions = of('RetractionIn');
  const concerns = of('ExpressionOfConcernIn');
  const errata = [...of('ErratumIn'), ...of('PartialRetractionIn')];
  const notices = [
    ...retractions.map((c) => describeRef('Retraction in', c)),
    ...concerns.map((c) => describeRef('Expression of concern in', c)),
  ];
  const corrections = errata.map((c) => describeRef(c.refType === 'ErratumIn' ? 'Erratum in' : 'Partial retraction in', c));
  const noticeOf = ['RetractionOf', 'ExpressionOfConcernFor', 'ErratumFor', 'PartialRetractionOf']
    .flatMap(of)
    .map((c) => describeRef(c.refType.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(), c));
  const main = retractions[0] ?? concerns[0];
  return {
    retracted: retractions.length > 0,
    expressionOfConcern: concerns.length > 0,
    notice: notices.length ? notices.join('; ') : null,
    noticeDate: main ? dateInRefSource(main.refSource) : null,
    correction: corrections.length ? corrections.join('; ') : null,
    urls: [...retractions, ...concerns, ...errata].filter((c) => c.pmid).map((c) => pubmedUrl(c.pmid as string)),
    noticeOf: noticeOf.length ? noticeOf.join('; ') : null,
  };
}

/** Builds the draft for one article. `date` is the import date (YYYY-MM-DD). */
export function draftFromArticle(article: PubmedArticle, date: string): Draft {
  const url = pubmedUrl(article.pmid);
  const how: string[] = [];
  const leftOut: string[] = [];

  const doiText = article.doi?.trim().toLowerCase() ?? null;
  const doi = doiText && z.safeParse(doiForm, doiText).success ? doiText : null;
  if (doiText && !doi) leftOut.push(`DOI "${article.doi}" is not in a recognised form`);
  const pmcid = article.pmcid && /^PMC\d{3,9}$/.test(article.pmcid) ? article.pmcid : null;
  if (article.pmcid && !pmcid) leftOut.push(`PMCID "${article.pmcid}" is not in a recognised form`);

  const registry: string[] = [];
  for (const bank of article.dataBanks) {
    for (const accession of bank.accessions) {
      const id = registryIdFromDataBank(bank.name, accession);
      if (id) {
        if (!registry.includes(id)) registry.push(id);
      } else if (isTrialRegistry(bank.name))
        leftOut.push(`registry number ${bank.name} "${accession}" is not in a recognised form`);
    }
  }
  if (registry.length) how.push(`ids.registry from DataBankList`);
  const inText = registryIdsInText(article.abstract ?? '').filter((id) => !registry.includes(id));
  if (inText.length) {
    registry.push(...inText);
    how.push(`registry ${inText.join(', ')} written in the abstract`);
  }

  const reviewLike = article.publicationTypes.some((t) => ['Systematic Review', 'Meta-Analysis', 'Review'].includes(t));
  const design = readDesign(article.title, article.abstract, reviewLike);
  const types = readPublicationTypes(article.publicationTypes, design, article.meshDescriptors);
  if (types.typeReason) how.push(`publicationType from ${types.typeReason}`);
  else if (article.publicationTypes.length) {
    how.push(
      `publicationType left empty: PubMed types ${article.publicationTypes.map((t) => `"${t}"`).join(', ')} do not settle it`,
    );
  }
  let phase = types.phase;
  if (phase) how.push(`phase from ${types.phaseReason}`);
  else if (design.phase && !reviewLike) {
    phase = design.phase.value;
    how.push(`phase from the words "${design.phase.quote}"`);
  }
  if (phase && !/^[0-4][ab]?([/-][0-4][ab]?)?$/.test(phase)) {
    leftOut.push(`phase "${phase}"`);
    phase = null;
  }

  const randomized = types.randomized ? true : (design.randomized?.value ?? null);
  if (types.randomized) how.push('randomized from PubMed type "Randomized Controlled Trial"');
  else if (design.randomized) how.push(`randomized from "${design.randomized.quote}"`);
  if (types.randomized && design.randomized?.value === false) {
    leftOut.push(`the abstract also says "${design.randomized.quote}"`);
  }
  if (design.control) how.push(`control from "${design.control.quote}"`);
  if (design.blinding) how.push(`blinding from "${design.blinding.quote}"`);
  for (const kind of ['enrolled', 'treated', 'analysed'] as const) {
    const f = design[kind];
    if (f) how.push(`n.${kind} from "${f.quote}"`);
  }
  if (design.otherCounts.length)
    how.push(`other counts in the abstract, not used: ${design.otherCounts.map((q) => `"${q}"`).join(', ')}`);
  leftOut.push(...design.conflicts);

  const status = statusFromCorrections(article.commentsCorrections);
  const retracted = types.retracted || status.retracted;
  if (types.retracted) how.push('status.retracted from PubMed type "Retracted Publication"');
  if (status.notice) how.push('status.notice from CommentsCorrectionsList');
  if (status.correction) how.push('status.correction from CommentsCorrectionsList');
  if (status.noticeOf) how.push(`this article is a notice: ${status.noticeOf}`);

  const year =
    article.pubDate.year !== null && article.pubDate.year >= 1900 && article.pubDate.year <= 2100 ? article.pubDate.year : null;
  if (article.pubDate.year !== null && year === null) leftOut.push(`year ${article.pubDate.year}`);
  const journalName = article.journal.title;
  const abbrev = article.journal.isoAbbreviation;
  const citation = citationLine(
    abbrev ?? journalName,
    year,
    article.pubDate.month,
    article.pubDate.day,
    article.volume,
    article.issue,
    article.pages,
  );

  const study: Study = {
    id: '',
    conditions: [],
    conditionGroups: [],
    ids: { pmid: article.pmid, doi, pmcid, registry },
    title: article.title === 'Not Available' ? null : article.title,
    authors: article.authors.map((a) => a.display),
    journal: { name: journalName, abbrev },
    year,
    volume: article.volume,
    issue: article.issue,
    pages: article.pages,
    citation,
    publicationType: types.publicationType,
    peerReviewed: null,
    phase,
    randomized,
    control: design.control?.value ?? null,
    controlDetail: null,
    blinding: design.blinding?.value ?? null,
    n: {
      enrolled: design.enrolled?.value ?? null,
      treated: design.treated?.value ?? null,
      analysed: design.analysed?.value ?? null,
      note: null,
    },
    population: null,
    intervention: { cellType: null, source: null, route: null, dose: null },
    primaryEndpoint: { text: null, met: null, note: null, measures: null, judged: null },
    secondaryEndpoints: null,
    followUp: null,
    keyResult: null,
    harms: { serious: null, common: null },
    limitations: [],
    status: {
      retracted,
      expressionOfConcern: status.expressionOfConcern,
      notice: status.notice,
      noticeDate: status.noticeDate,
      correction: status.correction,
      notes: null,
    },
    funding: null,
    conflicts: null,
    sponsor: { sellsTreatment: null, note: null },
    review: null,
    laterEvidence: [],
    clinicCitations: [],
    sources: {},
    verification: { level: 'partial', date, missingCoreFields: [], notes: null },
  };

  const filled: [string, boolean][] = [
    ['ids.pmid', true],
    ['ids.doi', doi !== null],
    ['ids.pmcid', pmcid !== null],
    ['ids.registry', registry.length > 0],
    ['title', study.title !== null],
    ['authors', study.authors.length > 0],
    ['journal', journalName !== null || abbrev !== null],
    ['year', year !== null],
    ['volume', study.volume !== null],
    ['issue', study.issue !== null],
    ['pages', study.pages !== null],
    ['citation', citation !== null],
    ['publicationType', study.publicationType !== null],
    ['phase', phase !== null],
    ['randomized', randomized !== null],
    ['control', study.control !== null],
    ['blinding', study.blinding !== null],
    ['n', study.n.enrolled !== null || study.n.treated !== null || study.n.analysed !== null],
    ['status', retracted || status.expressionOfConcern || status.notice !== null || status.correction !== null],
  ];
  const autoFields = filled.filter(([, isFilled]) => isFilled).map(([field]) => field);
  for (const field of autoFields) study.sources[field] = [url];
  if (autoFields.includes('status')) study.sources.status = [url, ...status.urls.filter((u) => u !== url)];

  study.verification.missingCoreFields = [
    ...(study.authors.length ? [] : ['first_author']),
    ...(study.title ? [] : ['title']),
    ...(study.journal.name || study.journal.abbrev ? [] : ['journal']),
    ...(year === null ? ['year'] : []),
    ...(study.publicationType ? [] : ['publication_type']),
    ...(autoFields.includes('n') ? [] : ['n']),
    'key_results',
  ];
  const notes = [
    `${DRAFT_NOTE_PREFIX} ${autoFields.join(', ')}.`,
    how.length ? `How: ${how.join('; ')}.` : '',
    leftOut.length ? `Left out: ${leftOut.join('; ')}.` : '',
    `Still to write by hand: ${HAND_WRITTEN_FIELDS.join(', ')}.`,
  ];
  study.verification.notes = notes.filter(Boolean).join(' ');

  const firstAuthor = article.authors[0];
  const idStem = draftIdStem(firstAuthor?.lastName ?? firstAuthor?.display.split(/\s+/)[0] ?? null, year, article.title);
  study.id = idStem;
  return { study, idStem, pmid: article.pmid, autoFields };
}

function citationLine(
  journal: string | null,
  year: number | null,
  month: string | null,
  day: string | null,
  volume: string | null,
  issue: string | null,
  pages: string | null,
): string | null {
  if (!journal || year === null || (!volume && !pages)) return null;
  const when = [String(year), month, month && day ? String(Number(day)) : null].filter(Boolean).join(' ');
  const where = `${volume ?? ''}${issue ? `(${issue})` : ''}${pages ? `:${pages}` : ''}`;
  return `${journal} ${when};${where}`;
}
