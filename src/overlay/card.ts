/**
 * The content of a study card, built with DOM calls only (page text and record
 * text go in through textContent, never as HTML). Pure: takes the Document.
 */
import { type CitationIds, ID_KIND_NAMES, type IdKind } from '../citations/ids';
import type { Answer, CitedReference, ListedRetractionFacts } from '../evidence/answer';
import { CONTROL_PLAIN, formatCount, peopleText, TYPE_NAME } from '../evidence/derive';
import type { StudyView } from '../evidence/study-view';
import type { RetractionList } from '../open-data/retractions';
import { RETRACTION_LIST_NAME } from '../open-data/sources';
import type { RegisteredTrial } from '../open-data/trials';
import { studyLinks } from './links';

export const NOT_REPORTED = 'not reported';

type Child = Node | string | null | undefined | false;

export function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

function value(doc: Document, text: string | null | undefined): Node {
  return text ? doc.createTextNode(text) : el(doc, 'span', { class: 'unknown-value' }, NOT_REPORTED);
}

function yesNo(v: boolean | null): string | null {
  return v === null ? null : v ? 'Yes' : 'No';
}

function peopleLine(study: StudyView): string | null {
  const { enrolled, treated, analysed } = study.n;
  const parts: string[] = [];
  if (enrolled !== null) parts.push(`${peopleText(enrolled)} enrolled`);
  if (treated !== null && treated !== enrolled) parts.push(`${formatCount(treated)} treated`);
  if (analysed !== null && analysed !== treated && analysed !== enrolled) parts.push(`${formatCount(analysed)} analysed`);
  if (!parts.length && treated !== null) parts.push(`${peopleText(treated)} treated`);
  if (parts.length === 1 && treated !== null && enrolled === null) parts[0] = `${peopleText(treated)} treated`;
  return parts.length ? parts.join(', ') : null;
}

function blindingPlain(blinding: string | null): string | null {
  if (!blinding) return null;
  const b = blinding.toLowerCase();
  if (b.startsWith('open')) return `Neither patients nor doctors were blinded (${blinding})`;
  if (b.startsWith('double') || b.startsWith('triple') || b.startsWith('quadruple'))
    return `Patients and doctors did not know who got what (${blinding})`;
  return blinding;
}

/** Whether the main goal was reached, and against what: the other group, or the patients' own starting point. */
function endpointMet(p: StudyView['primaryEndpoint']): string | null {
  if (p.met === null) return null;
  const what = p.met ? 'Met' : 'Not met';
  if (p.judged === 'between-groups') return `${what} (compared with the other group)`;
  if (p.judged === 'within-group') return `${what} (compared with the patients’ own starting point, not with the other group)`;
  return what;
}

const MEASURES: Record<NonNullable<StudyView['primaryEndpoint']['measures']>, string> = {
  efficacy: 'whether the treatment works (efficacy)',
  safety: 'safety',
  feasibility: 'whether the treatment could be given (feasibility)',
  other: 'something other than benefit or safety',
};

const POOLED: Record<NonNullable<NonNullable<StudyView['review']>['pooled']>, string> = {
  randomized: 'Randomized trials only',
  mixed: 'Randomized and other kinds of studies',
  'uncontrolled-or-animal': 'Mostly studies without a comparison group, or studies in animals',
};

function sponsorLine(sponsor: StudyView['sponsor']): string | null {
  if (sponsor.sellsTreatment === true)
    return `A company or clinic that sells the treatment${sponsor.note ? `: ${sponsor.note}` : ''}`;
  if (sponsor.sellsTreatment === false) return `Not the seller of the treatment${sponsor.note ? `: ${sponsor.note}` : ''}`;
  return sponsor.note;
}

/** The card's content for a study in the record. */
export function studyCardContent(doc: Document, study: StudyView, studies: Record<string, StudyView>): DocumentFragment {
  const frag = doc.createDocumentFragment();
  frag.append(el(doc, 'span', { class: 'tag' }, study.label));
  if (study.status.retracted || study.status.expressionOfConcern) {
    const what = study.status.retracted
      ? 'This paper was retracted'
      : 'The journal published an expression of concern about this paper';
    const notice = [study.status.notice, study.status.noticeDate].filter(Boolean).join(', ');
    frag.append(el(doc, 'p', { class: 'notice', role: 'note' }, notice ? `${what} (${notice}).` : `${what}.`));
  }

  frag.append(el(doc, 'h2', {}, 'What the study was'));
  const design = el(doc, 'dl');
  const row = (term: string, node: Node) => design.append(el(doc, 'dt', {}, term), el(doc, 'dd', {}, node));
  row('Type', value(doc, study.publicationType ? TYPE_NAME[study.publicationType] : null));
  row('Phase', value(doc, study.phase ? `Phase ${study.phase}` : null));
  row('Randomized', value(doc, yesNo(study.randomized)));
  row('Comparison', value(doc, study.control ? CONTROL_PLAIN[study.control] : null));
  if (study.controlDetail && study.control !== 'none') row('', value(doc, study.controlDetail));
  row('Blinding', value(doc, blindingPlain(study.blinding)));
  row('People', value(doc, peopleLine(study)));
  if (study.intervention.cellType || study.intervention.route) {
    row('Treatment', value(doc, [study.intervention.cellType, study.intervention.route].filter(Boolean).join(', ')));
  }
  row('Follow-up', value(doc, study.followUp));
  if (study.review) {
    row('What it pooled', value(doc, study.review.pooled ? POOLED[study.review.pooled] : null));
    if (study.review.verdict) row('Authors’ verdict', value(doc, study.review.verdict));
  }
  row('Run or paid for by', value(doc, sponsorLine(study.sponsor)));
  frag.append(design);

  frag.append(el(doc, 'h2', {}, 'What it measured first'));
  const outcome = el(doc, 'dl');
  outcome.append(el(doc, 'dt', {}, 'Main goal'), el(doc, 'dd', {}, value(doc, study.primaryEndpoint.text)));
  if (study.primaryEndpoint.measures) {
    outcome.append(el(doc, 'dt', {}, 'It measured'), el(doc, 'dd', {}, MEASURES[study.primaryEndpoint.measures]));
  }
  outcome.append(el(doc, 'dt', {}, 'Reached?'), el(doc, 'dd', {}, value(doc, endpointMet(study.primaryEndpoint))));
  if (study.primaryEndpoint.note)
    outcome.append(el(doc, 'dt', {}, ''), el(doc, 'dd', { class: 'source-note' }, study.primaryEndpoint.note));
  frag.append(outcome);
  frag.append(el(doc, 'p', {}, el(doc, 'strong', {}, 'Key result: '), value(doc, study.keyResult)));
  if (study.harms.serious || study.harms.common) {
    frag.append(el(doc, 'h2', {}, 'Harms reported'));
    const harms = el(doc, 'ul');
    if (study.harms.serious) harms.append(el(doc, 'li', {}, `Serious: ${study.harms.serious}`));
    if (study.harms.common) harms.append(el(doc, 'li', {}, `Other: ${study.harms.common}`));
    frag.append(harms);
  }

  frag.append(el(doc, 'h2', {}, 'What the authors said limits it'));
  if (study.limitations.length) {
    const list = el(doc, 'ul');
    for (const l of study.limitations)
      list.append(el(doc, 'li', {}, `${l.text} (${l.where === 'other' ? (l.detail ?? 'elsewhere') : `in the ${l.where}`})`));
    frag.append(list);
  } else {
    frag.append(el(doc, 'p', {}, value(doc, null)));
  }

  const later = study.laterEvidence.map((id) => studies[id]).filter((s): s is StudyView => !!s);
  if (later.length) {
    frag.append(el(doc, 'h2', {}, 'Later evidence on the same question'));
    const list = el(doc, 'ul');
    for (const s of later) list.append(el(doc, 'li', {}, `${s.label}: ${s.title ?? s.id}${s.year ? ` (${s.year})` : ''}`));
    frag.append(list);
  }

  const bib = [study.title, [study.journal.abbrev ?? study.journal.name, study.year].filter(Boolean).join(' ')].filter(Boolean);
  const first = study.authors[0];
  frag.append(
    el(doc, 'p', { class: 'bib' }, `${first ? `${first}${study.authors.length > 1 ? ' et al.' : ''}. ` : ''}${bib.join('. ')}`),
  );
  frag.append(linksBlock(doc, studyIds(study)));
  return frag;
}

/** The card for a citation we have no record of. */
export function unknownCardContent(doc: Document, ids: CitationIds): DocumentFragment {
  const frag = doc.createDocumentFragment();
  frag.append(el(doc, 'span', { class: 'tag' }, 'Not in record'));
  const kinds = Object.entries(ids) as [IdKind, string][];
  const list = el(doc, 'ul');
  for (const [kind, id] of kinds) list.append(el(doc, 'li', {}, `${ID_KIND_NAMES[kind]}: ${id}`));
  frag.append(
    el(doc, 'p', {}, 'This page cites a study by its identifier:'),
    list,
    el(doc, 'p', {}, 'Nothing about it is known offline. You can read about it at the source:'),
    linksBlock(doc, ids),
  );
  return frag;
}

function studyIds(study: StudyView): CitationIds {
  const ids: CitationIds = {};
  if (study.ids.pmid) ids.pmid = study.ids.pmid;
  if (study.ids.pmcid) ids.pmcid = study.ids.pmcid;
  if (study.ids.doi) ids.doi = study.ids.doi;
  for (const reg of study.ids.registry) {
    if (reg.startsWith('NCT')) ids.nct ??= reg;
    else if (reg.startsWith('ISRCTN')) ids.isrctn ??= reg;
    else if (reg.startsWith('EudraCT ')) ids.eudract ??= reg.slice(8);
  }
  return ids;
}

function linksBlock(doc: Document, ids: CitationIds, search: string | null = null): HTMLElement {
  const box = el(doc, 'p', { class: 'links' });
  const links = studyLinks(ids);
  if (search) links.push({ label: 'Search PubMed', url: search });
  for (const link of links) {
    box.append(el(doc, 'a', { href: link.url, target: '_blank', rel: 'noopener noreferrer' }, link.label));
  }
  return box;
}

/** A retraction or expression of concern that an open list records, with the list and its date. */
function listedNotice(doc: Document, listed: ListedRetractionFacts): DocumentFragment {
  const frag = doc.createDocumentFragment();
  const what =
    listed.kind === 'retracted'
      ? 'A retraction notice was published for this paper'
      : 'The journal published an expression of concern about this paper';
  const notice = el(doc, 'p', { class: 'notice', role: 'note' }, `${what}.`);
  if (listed.notice) {
    notice.append(' ', noticeLink(doc, listed.notice));
  }
  const sources = (Object.entries(listed.asOf) as [RetractionList, string][]).map(
    ([list, date]) => `${RETRACTION_LIST_NAME[list]}, as of ${date}`,
  );
  frag.append(notice, el(doc, 'p', { class: 'source-note' }, `Source: ${sources.join('; ')}.`));
  return frag;
}

function noticeLink(doc: Document, doi: string): HTMLElement {
  return el(
    doc,
    'a',
    {
      href: `https://doi.org/${encodeURI(doi).replace(/#/g, '%23').replace(/\?/g, '%3F')}`,
      target: '_blank',
      rel: 'noopener noreferrer',
    },
    'Read the notice',
  );
}

/** A trial registration as registered: a plan, never a result. */
function registrationSection(doc: Document, trial: RegisteredTrial & { asOf: string }): DocumentFragment {
  const frag = doc.createDocumentFragment();
  frag.append(
    el(
      doc,
      'p',
      { class: 'reminder', role: 'note' },
      'A trial registration is a plan, not a result: it says what the researchers meant to do, not what they found.',
    ),
    el(doc, 'h2', {}, `The registration, as registered in ${monthYear(trial.asOf)}`),
  );
  const rows = el(doc, 'dl');
  const row = (term: string, text: string | null) => rows.append(el(doc, 'dt', {}, term), el(doc, 'dd', {}, value(doc, text)));
  row('Title', trial.acronym ? `${trial.title} (${trial.acronym})` : trial.title);
  row('Type', trial.studyType);
  row('Phase', trial.phase ? `Phase ${trial.phase}` : null);
  row(
    'Randomized',
    trial.allocation === 'Randomized'
      ? 'Yes'
      : trial.allocation === 'Non-Randomized'
        ? 'No'
        : trial.model === 'Single Group Assignment'
          ? 'No: one group, no comparison'
          : null,
  );
  row('Blinding', trial.masking);
  row('Design', trial.model);
  row(
    'People',
    trial.enrollment === null
      ? null
      : `${peopleText(trial.enrollment)} (planned or enrolled; the registration does not say which)`,
  );
  row('Status', trial.status);
  row('Results', trial.resultsPosted ? 'Results were posted on the registry' : 'No results posted');
  row('Sponsor', [trial.sponsor, ...trial.collaborators].filter(Boolean).join(', ') || null);
  row('Funded by', trial.fundedBy.join(', ') || null);
  row(
    'Dates',
    [trial.start && `started ${trial.start}`, trial.completion && `completion ${trial.completion}`].filter(Boolean).join('; ') ||
      null,
  );
  frag.append(
    rows,
    el(doc, 'p', { class: 'source-note' }, `Source: ClinicalTrials.gov, as registered in ${monthYear(trial.asOf)}.`),
  );
  return frag;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
function monthYear(date: string): string {
  const [year, month] = date.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${year ?? ''}`.trim();
}

/** The card's first line for an answer: what its design can show, or what we know of it. */
export function answerVerdict(answer: Answer, study: StudyView | null): string {
  if (study) return study.sentence;
  if (answer.listed) {
    return answer.listed.kind === 'retracted'
      ? 'A retraction notice was published for this paper: do not rely on it without reading the notice.'
      : 'The journal published an expression of concern about this paper.';
  }
  if (answer.trial) return 'This is a trial registration: it describes a plan, not results.';
  if (answer.reading) return 'We have no record of this study. Its title’s words are shown as printed, not checked.';
  return 'We have no record of this study.';
}

/** The verdict line and the body of a card for any answer. */
export function answerCardContent(
  doc: Document,
  answer: Answer,
  ids: CitationIds,
  study: StudyView | null,
  studies: Record<string, StudyView>,
  reference: CitedReference | null,
): { verdict: string; body: DocumentFragment } {
  if (study) {
    const body = studyCardContent(doc, study, studies);
    if (answer.listed) body.append(el(doc, 'p', { class: 'source-note' }, listedSources(answer.listed)));
    if (answer.trial) body.append(registrationSection(doc, answer.trial));
    return { verdict: study.sentence, body };
  }
  const body = doc.createDocumentFragment();
  body.append(el(doc, 'span', { class: 'tag' }, answer.label));
  const verdict = answerVerdict(answer, null);
  if (answer.listed) body.append(listedNotice(doc, answer.listed));
  if (answer.trial) body.append(registrationSection(doc, answer.trial));
  if (answer.reading) {
    body.append(
      el(doc, 'h2', {}, 'What its title says'),
      el(doc, 'p', {}, `“${reference?.title ?? ''}”`),
      el(doc, 'p', {}, `Design words in the title: ${answer.reading.words.map((w) => w.text).join(', ')}.`),
      el(doc, 'p', { class: 'source-note' }, 'Read from the reference this page prints; we have not checked the study itself.'),
    );
  }
  if (!answer.listed && !answer.trial && !answer.reading) {
    body.append(
      el(
        doc,
        'p',
        {},
        Object.keys(ids).length
          ? 'This page cites a study by its identifier; nothing about it is known offline.'
          : 'This page cites a study by its authors and year; nothing about it is known offline.',
      ),
    );
  }
  const kinds = Object.entries(ids) as [IdKind, string][];
  if (kinds.length) {
    const list = el(doc, 'ul');
    for (const [kind, id] of kinds) list.append(el(doc, 'li', {}, `${ID_KIND_NAMES[kind]}: ${id}`));
    body.append(list);
  } else if (reference) {
    body.append(
      el(doc, 'p', { class: 'bib' }, `${reference.surname} ${reference.year}${reference.title ? `. ${reference.title}` : ''}`),
    );
  }
  body.append(el(doc, 'p', {}, 'You can read about it at the source:'), linksBlock(doc, ids, answer.search));
  return { verdict, body };
}

function listedSources(listed: ListedRetractionFacts): string {
  const names = (Object.entries(listed.asOf) as [RetractionList, string][]).map(
    ([list, date]) => `${RETRACTION_LIST_NAME[list]} (as of ${date})`,
  );
  const what = listed.kind === 'retracted' ? 'a retraction' : 'an expression of concern';
  return `${names.join(' and ')} ${names.length > 1 ? 'list' : 'lists'} ${what} for this paper.`;
}
