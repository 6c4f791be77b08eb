/**
 * What a card says, as data (`card-node.ts`): built in the background from
 * the record, the open lists and the page's reference, and rendered by the
 * page or the popup. Pure.
 */
import { type CitationIds, ID_KIND_NAMES, type IdKind } from '../citations/ids';
import type { Answer, CitedReference, ListedRetractionFacts } from '../evidence/answer';
import { CONTROL_PLAIN, formatCount, peopleText, TYPE_NAME } from '../evidence/derive';
import type { StudyView } from '../evidence/study-view';
import type { RetractionList } from '../open-data/retractions';
import { RETRACTION_LIST_NAME } from '../open-data/sources';
import type { BadgeResult, CitationRequest } from '../messaging/protocol';
import type { LookupAnswer } from '../evidence/lookup';
import type { RegisteredTrial } from '../open-data/trials';
import { type CardElement, type CardNode, type CardView, h } from './card-node';
import { studyLinks } from './links';

const NOT_REPORTED = 'not reported';

function value(text: string | null | undefined): CardNode {
  return text ? text : h('span', { class: 'unknown-value' }, NOT_REPORTED);
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
export function studyCardContent(study: StudyView, studies: Record<string, StudyView>): CardNode[] {
  const frag: CardNode[] = [];
  frag.push(h('span', { class: 'tag' }, study.label));
  if (study.status.retracted || study.status.expressionOfConcern) {
    const what = study.status.retracted
      ? 'This paper was retracted'
      : 'The journal published an expression of concern about this paper';
    const notice = [study.status.notice, study.status.noticeDate].filter(Boolean).join(', ');
    frag.push(h('p', { class: 'notice', role: 'note' }, notice ? `${what} (${notice}).` : `${what}.`));
  }

  frag.push(h('h2', null, 'What the study was'));
  const design = h('dl', null);
  const row = (term: string, node: CardNode) => design.children.push(h('dt', null, term), h('dd', null, node));
  row('Type', value(study.publicationType ? TYPE_NAME[study.publicationType] : null));
  row('Phase', value(study.phase ? `Phase ${study.phase}` : null));
  row('Randomized', value(yesNo(study.randomized)));
  row('Comparison', value(study.control ? CONTROL_PLAIN[study.control] : null));
  if (study.controlDetail && study.control !== 'none') row('', value(study.controlDetail));
  row('Blinding', value(blindingPlain(study.blinding)));
  row('People', value(peopleLine(study)));
  if (study.intervention.cellType || study.intervention.route) {
    row('Treatment', value([study.intervention.cellType, study.intervention.route].filter(Boolean).join(', ')));
  }
  row('Follow-up', value(study.followUp));
  if (study.review) {
    row('What it pooled', value(study.review.pooled ? POOLED[study.review.pooled] : null));
    if (study.review.verdict) row('Authors’ verdict', value(study.review.verdict));
  }
  row('Run or paid for by', value(sponsorLine(study.sponsor)));
  frag.push(design);

  frag.push(h('h2', null, 'What it measured first'));
  const outcome = h('dl', null);
  outcome.children.push(h('dt', null, 'Main goal'), h('dd', null, value(study.primaryEndpoint.text)));
  if (study.primaryEndpoint.measures) {
    outcome.children.push(h('dt', null, 'It measured'), h('dd', null, MEASURES[study.primaryEndpoint.measures]));
  }
  outcome.children.push(h('dt', null, 'Reached?'), h('dd', null, value(endpointMet(study.primaryEndpoint))));
  if (study.primaryEndpoint.note)
    outcome.children.push(h('dt', null, ''), h('dd', { class: 'source-note' }, study.primaryEndpoint.note));
  frag.push(outcome);
  frag.push(h('p', null, h('strong', null, 'Key result: '), value(study.keyResult)));
  if (study.harms.serious || study.harms.common) {
    frag.push(h('h2', null, 'Harms reported'));
    const harms = h('ul', null);
    if (study.harms.serious) harms.children.push(h('li', null, `Serious: ${study.harms.serious}`));
    if (study.harms.common) harms.children.push(h('li', null, `Other: ${study.harms.common}`));
    frag.push(harms);
  }

  frag.push(h('h2', null, 'What the authors said limits it'));
  if (study.limitations.length) {
    const list = h('ul', null);
    for (const l of study.limitations)
      list.children.push(h('li', null, `${l.text} (${l.where === 'other' ? (l.detail ?? 'elsewhere') : `in the ${l.where}`})`));
    frag.push(list);
  } else {
    frag.push(h('p', null, value(null)));
  }

  const later = study.laterEvidence.map((id) => studies[id]).filter((s): s is StudyView => !!s);
  if (later.length) {
    frag.push(h('h2', null, 'Later evidence on the same question'));
    const list = h('ul', null);
    for (const s of later) list.children.push(h('li', null, `${s.label}: ${s.title ?? s.id}${s.year ? ` (${s.year})` : ''}`));
    frag.push(list);
  }

  const bib = [study.title, [study.journal.abbrev ?? study.journal.name, study.year].filter(Boolean).join(' ')].filter(Boolean);
  const first = study.authors[0];
  frag.push(
    h('p', { class: 'bib' }, `${first ? `${first}${study.authors.length > 1 ? ' et al.' : ''}. ` : ''}${bib.join('. ')}`),
  );
  frag.push(linksBlock(studyIds(study)));
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

function linksBlock(ids: CitationIds, search: string | null = null): CardElement {
  const box = h('p', { class: 'links' });
  const links = studyLinks(ids);
  if (search) links.push({ label: 'Search PubMed', url: search });
  for (const link of links) {
    box.children.push(h('a', { href: link.url, target: '_blank', rel: 'noopener noreferrer' }, link.label));
  }
  return box;
}

/** A retraction or expression of concern that an open list records, with the list and its date. */
function listedNotice(listed: ListedRetractionFacts): CardNode[] {
  const frag: CardNode[] = [];
  const what =
    listed.kind === 'retracted'
      ? 'A retraction notice was published for this paper'
      : 'The journal published an expression of concern about this paper';
  const notice = h('p', { class: 'notice', role: 'note' }, `${what}.`);
  if (listed.notice) {
    notice.children.push(' ', noticeLink(listed.notice));
  }
  const sources = (Object.entries(listed.asOf) as [RetractionList, string][]).map(
    ([list, date]) => `${RETRACTION_LIST_NAME[list]}, as of ${date}`,
  );
  frag.push(notice, h('p', { class: 'source-note' }, `Source: ${sources.join('; ')}.`));
  return frag;
}

function noticeLink(doi: string): CardElement {
  return h(
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
function registrationSection(trial: RegisteredTrial & { asOf: string }): CardNode[] {
  const frag: CardNode[] = [];
  frag.push(
    h(
      'p',
      { class: 'reminder', role: 'note' },
      'A trial registration is a plan, not a result: it says what the researchers meant to do, not what they found.',
    ),
    h('h2', null, `The registration, as registered in ${monthYear(trial.asOf)}`),
  );
  const rows = h('dl', null);
  const row = (term: string, text: string | null) => rows.children.push(h('dt', null, term), h('dd', null, value(text)));
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
  frag.push(rows, h('p', { class: 'source-note' }, `Source: ClinicalTrials.gov, as registered in ${monthYear(trial.asOf)}.`));
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
  answer: Answer,
  ids: CitationIds,
  study: StudyView | null,
  studies: Record<string, StudyView>,
  reference: CitedReference | null,
): CardView {
  if (study) {
    const body = studyCardContent(study, studies);
    if (answer.listed) body.push(h('p', { class: 'source-note' }, listedSources(answer.listed)));
    if (answer.trial) body.push(...registrationSection(answer.trial));
    return { verdict: study.sentence, body };
  }
  const body: CardNode[] = [];
  body.push(h('span', { class: 'tag' }, answer.label));
  const verdict = answerVerdict(answer, null);
  if (answer.listed) body.push(...listedNotice(answer.listed));
  if (answer.trial) body.push(...registrationSection(answer.trial));
  if (answer.reading) {
    body.push(
      h('h2', null, 'What its title says'),
      h('p', null, `“${reference?.title ?? ''}”`),
      h('p', null, `Design words in the title: ${answer.reading.words.map((w) => w.text).join(', ')}.`),
      h('p', { class: 'source-note' }, 'Read from the reference this page prints; we have not checked the study itself.'),
    );
  }
  if (!answer.listed && !answer.trial && !answer.reading) {
    body.push(
      h(
        'p',
        null,
        Object.keys(ids).length
          ? 'This page cites a study by its identifier; nothing about it is known offline.'
          : 'This page cites a study by its authors and year; nothing about it is known offline.',
      ),
    );
  }
  const kinds = Object.entries(ids) as [IdKind, string][];
  if (kinds.length) {
    const list = h('ul', null);
    for (const [kind, id] of kinds) list.children.push(h('li', null, `${ID_KIND_NAMES[kind]}: ${id}`));
    body.push(list);
  } else if (reference) {
    body.push(h('p', { class: 'bib' }, `${reference.surname} ${reference.year}${reference.title ? `. ${reference.title}` : ''}`));
  }
  body.push(h('p', null, 'You can read about it at the source:'), linksBlock(ids, answer.search));
  return { verdict, body };
}

function listedSources(listed: ListedRetractionFacts): string {
  const names = (Object.entries(listed.asOf) as [RetractionList, string][]).map(
    ([list, date]) => `${RETRACTION_LIST_NAME[list]} (as of ${date})`,
  );
  const what = listed.kind === 'retracted' ? 'a retraction' : 'an expression of concern';
  return `${names.join(' and ')} ${names.length > 1 ? 'list' : 'lists'} ${what} for this paper.`;
}

/**
 * Whether a badge shows in the quiet mode ("weak and flagged only"): every
 * answer but a controlled or randomized study that did not miss its goal and
 * is on no retraction list.
 */
function isFlagged(answer: Answer, study: StudyView | null): boolean {
  return (
    !study || !['controlled', 'randomized'].includes(answer.tier) || study.primaryEndpoint.met === false || answer.listed !== null
  );
}

/** The lookup's answers with what the page paints for each: the badge's quiet-mode flag and its card. */
export function badgeResults(found: LookupAnswer, citations: readonly CitationRequest[]): BadgeResult[] {
  const byKey = new Map(citations.map((c) => [c.key, c]));
  return found.results.map((result) => {
    const citation = byKey.get(result.key);
    const study = result.studyId ? (found.studies[result.studyId] ?? null) : null;
    return {
      ...result,
      flagged: isFlagged(result.answer, study),
      card: answerCardContent(result.answer, citation?.ids ?? {}, study, found.studies, citation?.reference ?? null),
    };
  });
}
