/**
 * "About the data" on the options page: which open lists this build
 * includes, how current each is, and the credit their licences ask for.
 */
import { el } from '../cards/render';
import { ATTRIBUTION, type DataManifest } from '../open-data/sources';
import { formatCount } from '../evidence/derive';

export function aboutTheData(doc: Document, manifest: DataManifest, recordStudies: number): HTMLElement {
  const list = el(doc, 'ul', { class: 'data-lists' });
  list.append(
    el(
      doc,
      'li',
      {},
      `The Evidence Lens record: ${formatCount(recordStudies)} studies, each fact checked by hand against its source.`,
    ),
  );
  for (const item of manifest.lists) {
    list.append(el(doc, 'li', {}, `${item.name}: ${formatCount(item.entries)} entries, as of ${item.asOf}. ${item.credit}.`));
  }
  const section = el(
    doc,
    'section',
    { 'aria-labelledby': 'about-data' },
    el(doc, 'h2', { id: 'about-data' }, 'About the data'),
    el(doc, 'p', {}, 'Everything Evidence Lens tells you comes from data bundled inside it; nothing is looked up online.'),
    list,
  );
  if (manifest.missing.length) {
    section.append(el(doc, 'p', { class: 'hint' }, `Not included in this build: ${manifest.missing.join('; ')}.`));
  }
  section.append(el(doc, 'p', { class: 'hint', 'data-testid': 'attribution' }, ATTRIBUTION));
  return section;
}
