/**
 * The options page: every setting, applied to open pages at once. Pure DOM.
 */
import { el } from '../cards/render';
import type { Settings } from './settings';

export function renderOptions(
  doc: Document,
  root: HTMLElement,
  settings: Settings,
  save: (next: Settings) => void,
  about: HTMLElement | null = null,
): void {
  root.replaceChildren();
  const check = (id: string, label: string, hint: string, checked: boolean, apply: (on: boolean) => Settings) => {
    const input = el(doc, 'input', { type: 'checkbox', id, 'aria-describedby': `${id}-hint` }) as HTMLInputElement;
    input.checked = checked;
    input.addEventListener('change', () => save(apply(input.checked)));
    return el(
      doc,
      'div',
      { class: 'field' },
      el(doc, 'label', { for: id }, input, label),
      el(doc, 'p', { class: 'hint', id: `${id}-hint` }, hint),
    );
  };
  const radio = (value: Settings['badges'], label: string) => {
    const input = el(doc, 'input', { type: 'radio', name: 'badges', id: `badges-${value}`, value }) as HTMLInputElement;
    input.checked = settings.badges === value;
    input.addEventListener('change', () => input.checked && save({ ...settings, badges: value }));
    return el(doc, 'label', { for: `badges-${value}` }, input, label);
  };
  root.append(
    el(doc, 'h1', {}, 'Evidence Lens settings'),
    el(
      doc,
      'fieldset',
      {},
      el(doc, 'legend', {}, 'Badges beside citations'),
      radio('all', 'For every cited study'),
      radio('weak-and-flagged', 'Only for weak, retracted or unknown studies and trials that missed their goal'),
    ),
    check(
      'compact',
      'Compact badges',
      'Show only the first part of each label, for example “Phase 1”.',
      settings.compact,
      (on) => ({ ...settings, compact: on }),
    ),
    check(
      'claim-notes',
      'Notes beside claims',
      'A small marker beside promotional sentences that go beyond the evidence the page cites.',
      settings.claimNotes,
      (on) => ({ ...settings, claimNotes: on }),
    ),
    check('all-claims', 'Mark every claim', 'Also mark claims the cited evidence does support.', settings.allClaims, (on) => ({
      ...settings,
      allClaims: on,
    })),
  );
  const sites = el(doc, 'ul', { class: 'sites' });
  for (const site of settings.disabledSites) {
    const remove = el(doc, 'button', { type: 'button', 'aria-label': `Switch Evidence Lens back on for ${site}` }, 'Switch on');
    remove.addEventListener('click', () =>
      save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) }),
    );
    sites.append(el(doc, 'li', {}, el(doc, 'span', {}, site), remove));
  }
  root.append(
    el(doc, 'h2', {}, 'Sites where Evidence Lens is off'),
    settings.disabledSites.length ? sites : el(doc, 'p', { class: 'hint' }, 'None. Switch a site off from the toolbar popup.'),
    el(doc, 'p', { class: 'hint' }, 'Settings are kept in your browser’s synced storage. Evidence Lens sends nothing anywhere.'),
  );
  if (about) root.append(about);
}
