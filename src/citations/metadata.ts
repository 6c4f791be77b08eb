/**
 * Identifiers a page declares about itself: scholarly meta tags in the head
 * and JSON-LD. A page that is itself an article gets one page-level citation.
 */
import { DETECTORS } from './detectors';
import type { CitationIds, IdKind } from './ids';

const META_KINDS: Record<string, IdKind> = {
  citation_doi: 'doi',
  'prism.doi': 'doi',
  'dc.identifier': 'doi',
  'dc.identifier.doi': 'doi',
  bepress_citation_doi: 'doi',
  citation_pmid: 'pmid',
  ncbi_uid: 'pmid',
  citation_pmcid: 'pmcid',
};

function normalizer(kind: IdKind) {
  const detector = DETECTORS.find((d) => d.kind === kind);
  return (raw: string) => detector?.normalize(raw) ?? null;
}

function stripPrefix(value: string): string {
  return value
    .trim()
    .replace(/^info:doi\//i, '')
    .replace(/^doi:\s*/i, '')
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
}

/** Reads `<meta>` tags in the document head only (a handful of elements). */
export function identifiersFromMeta(doc: Document): CitationIds {
  const ids: CitationIds = {};
  const head = doc.head;
  if (!head) return ids;
  for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
    if (el.tagName !== 'META') continue;
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    const kind = META_KINDS[name];
    if (!kind || ids[kind]) continue;
    const content = el.getAttribute('content') ?? '';
    // dc.identifier also carries ISSNs and URLs; only a DOI-shaped value counts.
    const value = normalizer(kind)(kind === 'doi' ? stripPrefix(content) : content);
    if (value) ids[kind] = value;
  }
  return ids;
}

/** Identifiers in JSON-LD blocks (`identifier`, `doi`, `sameAs`), parsed without trusting the page. */
export function identifiersFromJsonLd(blocks: string[]): CitationIds {
  const ids: CitationIds = {};
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || value === undefined) return;
    if (typeof value === 'string') {
      const doi = normalizer('doi')(stripPrefix(value));
      if (doi && !ids.doi) ids.doi = doi;
      const pmid = /^(?:pmid:?\s*)(\d+)$/i.exec(value.trim());
      if (pmid?.[1] && !ids.pmid) ids.pmid = normalizer('pmid')(pmid[1]) ?? undefined;
      return;
    }
    if (Array.isArray(value)) {
      for (const v of value.slice(0, 20)) visit(v, depth + 1);
      return;
    }
    if (typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      const propertyId = typeof obj.propertyID === 'string' ? obj.propertyID.toLowerCase() : '';
      if (propertyId && typeof obj.value === 'string') {
        const kind = propertyId === 'doi' ? 'doi' : propertyId === 'pmid' ? 'pmid' : propertyId === 'pmcid' ? 'pmcid' : null;
        const v = kind ? normalizer(kind)(stripPrefix(obj.value)) : null;
        if (kind && v && !ids[kind]) ids[kind] = v;
      }
      for (const key of ['identifier', 'doi', 'sameAs', '@graph', 'mainEntity']) visit(obj[key], depth + 1);
    }
  };
  for (const block of blocks.slice(0, 10)) {
    if (block.length > 200_000) continue;
    try {
      visit(JSON.parse(block), 0);
    } catch {
      // Broken JSON-LD is common; it simply declares nothing.
    }
  }
  return ids;
}
