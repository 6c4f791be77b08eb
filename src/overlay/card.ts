/**
 * The content of a study card, built with DOM calls only (page text and record
 * text go in through textContent, never as HTML). Pure: takes the Document.
 */
import { type CitationIds, ID_KIND_NAMES, type IdKind } from '../citations/ids';
import { CONTROL_PLAIN, formatCount, peopleText, TYPE_NAME } from '../evidence/derive';
import type { StudyView } from '../evidence/study-view';
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

function endpointMet(met: boolean | null): string {
  if (met === true) return 'Met';
  if (met === false) return 'Not met';
  return NOT_REPORTED;
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
  row('Blinding', value(doc, blindingPlain(study.blinding)));
  row('People', value(doc, peopleLine(study)));
  if (study.intervention.cellType || study.intervention.route) {
    row('Treatment', value(doc, [study.intervention.cellType, study.intervention.route].filter(Boolean).join(', ')));
  }
  row('Follow-up', value(doc, study.followUp));
  frag.append(design);

  frag.append(el(doc, 'h2', {}, 'What it measured first'));
  const outcome = el(doc, 'dl');
  outcome.append(
    el(doc, 'dt', {}, 'Main goal'),
    el(doc, 'dd', {}, value(doc, study.primaryEndpoint.text)),
    el(doc, 'dt', {}, 'Reached?'),
    el(doc, 'dd', {}, value(doc, study.primaryEndpoint.met === null ? null : endpointMet(study.primaryEndpoint.met))),
  );
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

function linksBlock(doc: Document, ids: CitationIds): HTMLElement {
  const box = el(doc, 'p', { class: 'links' });
  for (const link of studyLinks(ids)) {
    box.append(el(doc, 'a', { href: link.url, target: '_blank', rel: 'noopener noreferrer' }, link.label));
  }
  return box;
}
