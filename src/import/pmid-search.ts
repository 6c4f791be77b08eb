/**
 * `pmid-search`: the PubMed look-ups a maintainer runs in a browser to find
 * the PMIDs the record lacks. Nothing here touches the network: it prints
 * E-utilities addresses, and reads the search results saved from them.
 *
 *   1. `evidence-lens pmid-search` lists the journal articles without a PMID
 *      and prints esearch addresses that look them up by DOI (or exact title).
 *   2. Save each result; `evidence-lens pmid-search --esearch FILE…` prints
 *      the efetch address for the PMIDs found.
 *   3. Save that as XML, `import pubmed` it (each article is matched to its
 *      record by DOI or title), then `review --fill-ids`.
 */
import type { Study } from '../evidence/schema';
import { isJournalArticle } from '../evidence/derive';

const EUTILS = 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils';
/** Terms per esearch address and PMIDs per efetch address: short enough for any browser. */
const TERMS_PER_SEARCH = 40;
const IDS_PER_FETCH = 200;

export interface MissingPmid {
  id: string;
  doi: string | null;
  title: string | null;
}

export function missingPmids(studies: Study[]): MissingPmid[] {
  return studies
    .filter((s) => isJournalArticle(s) && !s.ids.pmid)
    .map((s) => ({ id: s.id, doi: s.ids.doi, title: s.title }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The PubMed search term for one article: its DOI, else its exact title; null when it has neither. */
export function searchTerm(m: MissingPmid): string | null {
  if (m.doi) return `"${m.doi}"[doi]`;
  const title = m.title
    ?.replace(/["[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return title ? `"${title}"[ti]` : null;
}

export function esearchUrls(missing: MissingPmid[]): string[] {
  const terms = missing.map(searchTerm).filter((t): t is string => t !== null);
  const urls: string[] = [];
  for (let i = 0; i < terms.length; i += TERMS_PER_SEARCH) {
    const term = terms.slice(i, i + TERMS_PER_SEARCH).join(' OR ');
    urls.push(`${EUTILS}/esearch.fcgi?db=pubmed&retmax=${IDS_PER_FETCH}&term=${encodeURIComponent(term)}`);
  }
  return urls;
}

/** The PMIDs in a saved esearch result (`<IdList><Id>…</Id></IdList>`). Throws when the text is not one. */
export function esearchIds(xml: string): string[] {
  const list = /<IdList>([\s\S]*?)<\/IdList>|<IdList\s*\/>/.exec(xml);
  if (!list || !/<eSearchResult[\s>]/.test(xml)) throw new Error('not an esearch result (no <eSearchResult> with an <IdList>)');
  return [...(list[1] ?? '').matchAll(/<Id>\s*(\d{1,9})\s*<\/Id>/g)].map((m) => m[1] as string);
}

export function efetchUrls(pmids: string[]): string[] {
  const unique = [...new Set(pmids)];
  const urls: string[] = [];
  for (let i = 0; i < unique.length; i += IDS_PER_FETCH) {
    urls.push(`${EUTILS}/efetch.fcgi?db=pubmed&retmode=xml&id=${unique.slice(i, i + IDS_PER_FETCH).join(',')}`);
  }
  return urls;
}
