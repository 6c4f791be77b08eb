/**
 * Identifiers a page declares about itself: scholarly meta tags in the head
 * and JSON-LD. A page that is itself an article gets one page-level citation.
 */
import { DETECTORS } from './detectors';
import { identifierFromHref } from './find-in-text';
import type { CitationIds, IdKind } from './ids';

/** Meta names whose content is one identifier of a known kind. */
const META_KINDS: Record<string, IdKind> = {
  citation_doi: 'doi',
  'prism.doi': 'doi',
  'dc.identifier.doi': 'doi',
  bepress_citation_doi: 'doi',
  'eprints.doi': 'doi',
  citation_pmid: 'pmid',
  'dc.identifier.pmid': 'pmid',
  citation_pmcid: 'pmcid',
  'dc.identifier.pmcid': 'pmcid',
};

/** Meta names whose content is an identifier of any kind, or something else entirely (ISSN, URL, ISBN). */
const META_ANY = new Set(['dc.identifier', 'dcterms.identifier', 'dc.relation.uri', 'prism.url', 'citation_public_url']);

function normalizer(kind: IdKind): (raw: string) => string | null {
  const detector = DETECTORS.find((d) => d.kind === kind);
  return (raw: string) => detector?.normalize(raw) ?? null;
}

interface FoundId {
  kind: IdKind;
  value: string;
}

/**
 * The identifier a free-form identifier string names: "doi:10.…", "info:doi/10.…",
 * "https://doi.org/10.…", "10.…", "PMID: 123", "info:pmid/123", "PMC123", a
 * PubMed or PMC URL, a registry number. Bare numbers name nothing.
 */
export function identifierFromValue(raw: string): FoundId | null {
  const value = raw.trim();
  if (!value || value.length > 2048) return null;
  if (/^(?:https?:\/\/|info:)/i.test(value)) {
    const id = identifierFromHref(value);
    if (id) return id;
  }
  if (/^\d+$/.test(value)) return null;
  for (const detector of DETECTORS) {
    const normalized = detector.normalize(value);
    // A bare number normalizes as a PMID or an ACTRN; only a label makes it one.
    if (normalized && (detector.kind !== 'pmid' || /\D/.test(value))) return { kind: detector.kind, value: normalized };
  }
  return null;
}

/** Reads `<meta>` tags in the document head only (a handful of elements). */
export function identifiersFromMeta(doc: Document): CitationIds {
  const ids: CitationIds = {};
  const head = doc.head;
  if (!head) return ids;
  // PubMed and PMC pages name their own record with ncbi_db + ncbi_uid.
  let ncbiDb = '';
  for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
    if (el.tagName !== 'META') continue;
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    const content = el.getAttribute('content') ?? '';
    if (name === 'ncbi_db') ncbiDb = content.trim().toLowerCase();
    let found: FoundId | null = null;
    const kind = META_KINDS[name];
    if (kind) {
      const value = normalizer(kind)(content);
      found = value ? { kind, value } : null;
    } else if (META_ANY.has(name)) {
      found = identifierFromValue(content);
    } else if (name === 'ncbi_uid' && (ncbiDb === 'pubmed' || ncbiDb === 'pmc')) {
      const value = normalizer(ncbiDb === 'pmc' ? 'pmcid' : 'pmid')(content);
      found = value ? { kind: ncbiDb === 'pmc' ? 'pmcid' : 'pmid', value } : null;
    }
    if (found && !ids[found.kind]) ids[found.kind] = found.value;
  }
  return ids;
}

/** The identifier kind a JSON-LD PropertyValue's `propertyID` (or `name`) names. */
function kindOfProperty(label: string): IdKind | null {
  const l = label.toLowerCase();
  if (/\bdoi\b|\/doi$/.test(l)) return 'doi';
  if (/pmcid|\bpmc\b|pubmed ?central|\/pmc$/.test(l)) return 'pmcid';
  if (/pmid|pubmed/.test(l)) return 'pmid';
  if (/\bnct\b|clinicaltrials\.gov|\/clinicaltrials$/.test(l)) return 'nct';
  if (/isrctn/.test(l)) return 'isrctn';
  if (/eudract/.test(l)) return 'eudract';
  return null;
}

const JSON_LD_KEYS = ['identifier', 'doi', 'sameAs', '@id', 'url', '@graph', 'mainEntity'];

/**
 * Identifiers in JSON-LD blocks (`identifier`, `doi`, `sameAs`, `@id`, `url`,
 * through `@graph` and `mainEntity`), parsed without trusting the page. Works
 * cited by the page (`citation`) are not the page. When the blocks name two
 * different values of one kind, that kind is dropped: a wrong page-level
 * identifier is worse than none.
 */
export function identifiersFromJsonLd(blocks: string[]): CitationIds {
  const ids: CitationIds = {};
  const conflicting = new Set<IdKind>();
  const add = (found: FoundId | null) => {
    if (!found) return;
    const current = ids[found.kind];
    if (current && current !== found.value) conflicting.add(found.kind);
    else ids[found.kind] = found.value;
  };
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || value === undefined) return;
    if (typeof value === 'string') {
      add(identifierFromValue(value));
      return;
    }
    if (Array.isArray(value)) {
      for (const v of value.slice(0, 20)) visit(v, depth + 1);
      return;
    }
    if (typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      const label = typeof obj.propertyID === 'string' ? obj.propertyID : typeof obj.name === 'string' ? obj.name : '';
      const kind = label ? kindOfProperty(label) : null;
      const raw = typeof obj.value === 'string' || typeof obj.value === 'number' ? String(obj.value) : null;
      if (kind && raw !== null) {
        const value = normalizer(kind)(raw);
        const fromValue = value ? null : identifierFromValue(raw);
        add(value ? { kind, value } : fromValue?.kind === kind ? fromValue : null);
      }
      for (const key of JSON_LD_KEYS) visit(obj[key], depth + 1);
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
  for (const kind of conflicting) delete ids[kind];
  return ids;
}
