/**
 * The popup's content for the active tab, built with DOM calls (page text
 * enters through textContent only). Pure: takes the Document and the state.
 */
import { ID_KIND_NAMES, type IdKind } from '../citations/ids';
import type { PageSummary } from '../messaging/protocol';
import { answerVerdict, studyCardContent } from '../cards/card-content';
import { el, renderCard } from '../cards/render';
import type { BriefView } from '../topics/brief-view';
import type { Settings } from '../settings/settings';
import { headline, orderedCitations } from '../summary/headline';
import { citationTier } from '../summary/toolbar';
import { MARKED_KIND_LABEL } from '../claims/kinds';

export type PopupState =
  | { kind: 'unsupported' }
  | { kind: 'loading'; site: string; settings: Settings }
  | { kind: 'off'; site: string; settings: Settings }
  | { kind: 'page'; site: string; settings: Settings; summary: PageSummary | null };

export interface PopupActions {
  reveal(key: string): void;
  setSiteEnabled(enabled: boolean): void;
  setClaimNotes(enabled: boolean): void;
  openOptions(): void;
}

function toggle(doc: Document, id: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = el(doc, 'input', { type: 'checkbox', id, role: 'switch' }) as HTMLInputElement;
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el(doc, 'label', { class: 'toggle', for: id }, input, label);
}

function controls(doc: Document, site: string, settings: Settings, actions: PopupActions, siteOn: boolean): HTMLElement {
  const options = el(doc, 'button', { type: 'button', class: 'link' }, 'All settings');
  options.addEventListener('click', () => actions.openOptions());
  return el(
    doc,
    'footer',
    { class: 'controls' },
    toggle(doc, 'site-on', `On for ${site}`, siteOn, (on) => actions.setSiteEnabled(on)),
    siteOn ? toggle(doc, 'claim-notes', 'Notes beside claims', settings.claimNotes, (on) => actions.setClaimNotes(on)) : null,
    options,
  );
}

const TREATMENT_NAME: Record<NonNullable<BriefView['treatment']>, string> = {
  'stem-cells': 'stem-cell treatments',
  exosomes: 'exosome treatments',
  prp: 'platelet-rich plasma (PRP)',
  'other-cell': 'cell treatments',
};

/** "What is known": a condition brief's summary, approval status, warnings and strongest studies (each opens its card). */
function whatIsKnown(doc: Document, brief: BriefView): HTMLElement {
  const about = brief.treatment ? `${TREATMENT_NAME[brief.treatment]} for ${brief.name.toLowerCase()}` : brief.name.toLowerCase();
  const studies = el(doc, 'ul', { class: 'brief-studies' });
  for (const { role, context, study } of brief.studies) {
    const open = el(doc, 'div', { class: 'brief-card' });
    const details = el(
      doc,
      'details',
      {},
      el(doc, 'summary', {}, el(doc, 'span', { class: `tag ${study.level.tier}` }, study.label), ` ${role}`),
      open,
    );
    // The card is built when first opened.
    details.addEventListener('toggle', () => {
      if ((details as HTMLDetailsElement).open && !open.firstChild) {
        open.append(el(doc, 'p', { class: 'sentence' }, study.sentence), renderCard(doc, studyCardContent(study, {})));
      }
    });
    studies.append(el(doc, 'li', {}, details, context ? el(doc, 'span', { class: 'hint' }, context) : null));
  }
  const warnings = el(doc, 'ul', { class: 'brief-warnings' });
  for (const w of brief.warnings) {
    warnings.append(
      el(
        doc,
        'li',
        {},
        `${w.by}${w.date ? ` (${w.date})` : ''}: ${w.text} `,
        el(doc, 'a', { href: w.source, target: '_blank', rel: 'noopener noreferrer' }, 'Source'),
      ),
    );
  }
  return el(
    doc,
    'section',
    { class: 'brief', 'data-testid': 'brief', 'aria-labelledby': `brief-${brief.id}` },
    el(doc, 'h2', { class: 'section', id: `brief-${brief.id}` }, `What is known about ${about}`),
    el(doc, 'p', { class: 'brief-summary' }, brief.summary),
    el(doc, 'p', { class: 'hint' }, `Approval, as of ${brief.checked}: ${brief.regulatory.US} ${brief.regulatory.EU}`),
    brief.studies.length ? el(doc, 'h3', {}, 'The strongest studies') : null,
    brief.studies.length ? studies : null,
    // The warnings are long: folded under their heading, one click away.
    brief.warnings.length
      ? el(
          doc,
          'details',
          { class: 'brief-more' },
          el(doc, 'summary', {}, `Warnings from regulators and professional bodies (${brief.warnings.length})`),
          warnings,
        )
      : null,
  );
}

export function renderPopup(doc: Document, root: HTMLElement, state: PopupState, actions: PopupActions): void {
  root.replaceChildren();
  root.append(el(doc, 'h1', {}, 'Evidence Lens'));
  if (state.kind === 'page' && state.summary?.error)
    root.append(el(doc, 'p', { class: 'state', 'data-testid': 'page-error' }, 'Evidence Lens could not read this page.'));
  if (state.kind === 'unsupported') {
    root.append(
      el(doc, 'p', { class: 'state', 'data-testid': 'headline' }, 'Evidence Lens cannot run on this page.'),
      el(
        doc,
        'p',
        { class: 'hint' },
        'Browser pages and extension stores are off limits to extensions. Open a web page to see what it cites.',
      ),
    );
    return;
  }
  if (state.kind === 'off') {
    root.append(
      el(doc, 'p', { class: 'state', 'data-testid': 'headline' }, `Evidence Lens is switched off on ${state.site}.`),
      el(doc, 'p', { class: 'hint' }, 'Switch it on to see what this page cites.'),
      controls(doc, state.site, state.settings, actions, false),
    );
    return;
  }
  if (state.kind === 'loading') {
    root.append(el(doc, 'p', { class: 'state' }, 'Reading this page…'), controls(doc, state.site, state.settings, actions, true));
    return;
  }
  const summary = state.summary;
  // The page's own sentence comes first, then what is known about what it sells, then its studies and claims.
  const briefs = (summary?.briefs ?? []).map((brief) => whatIsKnown(doc, brief));
  if (!summary || (summary.citations.length === 0 && summary.claims.length === 0)) {
    root.append(
      el(doc, 'p', { class: 'state', 'data-testid': 'headline' }, 'This page cites no study we could find.'),
      el(
        doc,
        'p',
        { class: 'hint' },
        'Evidence Lens looks for PubMed IDs, DOIs, PMC IDs, trial registry numbers and references it knows.',
      ),
      ...briefs,
      controls(doc, state.site, state.settings, actions, true),
    );
    return;
  }
  // The background's analysis decided which claims go beyond the evidence (a marker shown by default).
  const flagged = summary.claims.filter((claim) => claim.shown);
  root.append(el(doc, 'p', { class: 'headline', 'data-testid': 'headline' }, headline(summary, flagged.length)));
  if (summary.pitch) root.append(el(doc, 'p', { class: 'pitch', 'data-testid': 'pitch' }, summary.pitch));
  root.append(...briefs);
  const list = el(doc, 'ul', { class: 'citations', 'aria-label': 'Studies this page cites, weakest evidence first' });
  for (const citation of orderedCitations(summary)) {
    const study = citation.studyId ? summary.studies[citation.studyId] : undefined;
    const tier = citationTier(summary, citation);
    const answer = citation.answer;
    const label = study ? study.label : (answer?.label ?? 'Not in record');
    const ref = citation.reference;
    const name = study
      ? `${study.authors[0] ?? ''}${study.authors.length > 1 ? ' et al.' : ''} ${study.year ?? ''}`.trim() ||
        (study.title ?? study.id)
      : ref
        ? `${ref.surname} ${ref.year}`
        : (Object.entries(citation.ids) as [IdKind, string][]).map(([k, v]) => `${ID_KIND_NAMES[k]} ${v}`).join(', ');
    const title = study?.title ?? ref?.title ?? answer?.trial?.title ?? null;
    const item = el(
      doc,
      'button',
      { type: 'button', class: `item ${tier}`, 'data-key': citation.key },
      el(doc, 'span', { class: `tag ${tier}` }, label),
      el(doc, 'span', { class: 'name' }, name),
      title ? el(doc, 'span', { class: 'title' }, title) : null,
      el(doc, 'span', { class: 'sentence' }, answer ? answerVerdict(answer, study ?? null) : 'We have no record of this study.'),
      citation.pageLevel ? el(doc, 'span', { class: 'hint' }, 'This page is the article itself.') : null,
    );
    if (!citation.pageLevel) item.addEventListener('click', () => actions.reveal(citation.key));
    else item.setAttribute('aria-disabled', 'true');
    list.append(el(doc, 'li', {}, item));
  }
  root.append(list);
  if (flagged.length && state.settings.claimNotes) {
    const claims = el(doc, 'ul', { class: 'claims', 'aria-label': 'Claims that go beyond the cited evidence' });
    for (const claim of flagged.slice(0, 50)) {
      const item = el(
        doc,
        'button',
        { type: 'button', class: 'item claim', 'data-key': claim.key },
        el(
          doc,
          'span',
          { class: 'tag claim' },
          claim.kind === 'misdescription' ? MARKED_KIND_LABEL[claim.kind] : `${MARKED_KIND_LABEL[claim.kind]} claim`,
        ),
        el(doc, 'span', { class: 'sentence' }, `“${claim.text.length > 160 ? `${claim.text.slice(0, 159)}…` : claim.text}”`),
        claim.count > 1 ? el(doc, 'span', { class: 'hint' }, `The page says this ${claim.count} times.`) : null,
        el(doc, 'span', { class: 'title' }, claim.note ?? ''),
      );
      item.addEventListener('click', () => actions.reveal(claim.key));
      claims.append(el(doc, 'li', {}, item));
    }
    root.append(el(doc, 'h2', { class: 'section' }, 'Claims beyond the evidence'), claims);
  }
  root.append(controls(doc, state.site, state.settings, actions, true));
}
