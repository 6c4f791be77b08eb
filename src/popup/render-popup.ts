/**
 * The popup's content for the active tab, built with DOM calls (page text
 * enters through textContent only). Pure: takes the Document and the state.
 */
import { ID_KIND_NAMES, type IdKind } from '../citations/ids';
import type { PageSummary } from '../messaging/protocol';
import { el } from '../overlay/card';
import { headline, orderedCitations } from '../summary/headline';
import { citationTier } from '../summary/toolbar';

export type PopupState = { kind: 'unsupported' } | { kind: 'loading' } | { kind: 'page'; summary: PageSummary | null };

export function renderPopup(doc: Document, root: HTMLElement, state: PopupState, onReveal: (key: string) => void): void {
  root.replaceChildren();
  root.append(el(doc, 'h1', {}, 'Evidence Lens'));
  if (state.kind === 'unsupported') {
    root.append(
      el(doc, 'p', { class: 'state' }, 'Evidence Lens cannot run on this page.'),
      el(
        doc,
        'p',
        { class: 'hint' },
        'Browser pages and extension stores are off limits to extensions. Open a web page to see what it cites.',
      ),
    );
    return;
  }
  if (state.kind === 'loading') {
    root.append(el(doc, 'p', { class: 'state' }, 'Reading this page…'));
    return;
  }
  const summary = state.summary;
  if (!summary || summary.citations.length === 0) {
    root.append(
      el(doc, 'p', { class: 'state', 'data-testid': 'headline' }, 'This page cites no study we could find.'),
      el(
        doc,
        'p',
        { class: 'hint' },
        'Evidence Lens looks for PubMed IDs, DOIs, PMC IDs, trial registry numbers and references it knows.',
      ),
    );
    return;
  }
  root.append(el(doc, 'p', { class: 'headline', 'data-testid': 'headline' }, headline(summary)));
  const list = el(doc, 'ul', { class: 'citations', 'aria-label': 'Studies this page cites, weakest evidence first' });
  for (const citation of orderedCitations(summary)) {
    const study = citation.studyId ? summary.studies[citation.studyId] : undefined;
    const tier = citationTier(summary, citation.studyId);
    const label = study ? study.label : 'Not in record';
    const name = study
      ? `${study.authors[0] ?? ''}${study.authors.length > 1 ? ' et al.' : ''} ${study.year ?? ''}`.trim() ||
        (study.title ?? study.id)
      : (Object.entries(citation.ids) as [IdKind, string][]).map(([k, v]) => `${ID_KIND_NAMES[k]} ${v}`).join(', ');
    const item = el(
      doc,
      'button',
      { type: 'button', class: `item ${tier}`, 'data-key': citation.key },
      el(doc, 'span', { class: `tag ${tier}` }, label),
      el(doc, 'span', { class: 'name' }, name),
      study?.title ? el(doc, 'span', { class: 'title' }, study.title) : null,
      el(
        doc,
        'span',
        { class: 'sentence' },
        study ? study.sentence : 'We have no record of this study; its links are on the page badge.',
      ),
      citation.pageLevel ? el(doc, 'span', { class: 'hint' }, 'This page is the article itself.') : null,
    );
    if (!citation.pageLevel) item.addEventListener('click', () => onReveal(citation.key));
    else item.setAttribute('aria-disabled', 'true');
    list.append(el(doc, 'li', {}, item));
  }
  root.append(list);
}
