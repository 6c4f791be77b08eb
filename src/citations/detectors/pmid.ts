import { collect, type Detector } from './types';

// Only numbers with a PubMed label count: bare numbers are phone numbers, prices, dates, order numbers.
// Labels: "PMID: n", "PMID n", "[PMID: n]", "PMID- n" (MEDLINE), "PubMed ID: n", "PubMed: n", "pubmedid:n", "info:pmid/n".
// The lookbehind (rather than \b) also finds a label glued to the text before it ("…2023PMID: 1").
const PMID_IN_TEXT =
  /(?<![A-Za-z])(?:PMID|PubMed[ \u00a0]?ID|info:pmid\/|PubMed(?=[ \u00a0]?:))\s{0,3}[:#=-]?\s{0,3}(?:<[^<>\n]{0,40}>\s{0,3})?(\d{1,9})(?!\d)/gi;

/** A PubMed ID: digits without leading zeros, 1–9 digits long ("PMID:" label allowed), or null. */
export function normalizePmid(raw: string): string | null {
  const digits = raw
    .trim()
    .replace(/^(?:PMID|PubMed(?:[ \u00a0]?ID)?|info:pmid\/)[ \u00a0]?[:#=-]?\s*/i, '')
    .replace(/^0+/, '');
  return /^[1-9]\d{0,8}$/.test(digits) ? digits : null;
}

const PUBMED_HOST = /^(?:www\.|m\.)?pubmed\.ncbi\.nlm\.nih\.gov$|^(?:www\.)?pubmed\.gov$/;
const NCBI_HOST = /(?:^|\.)ncbi\.nlm\.nih\.gov$/;
const EUROPE_PMC_HOST = /(?:^|\.)europepmc\.org$/;

export const pmid: Detector = {
  kind: 'pmid',
  findInText(text) {
    return collect('pmid', PMID_IN_TEXT, text, (m) => {
      const value = m[1] ? normalizePmid(m[1]) : null;
      return value ? { value } : null;
    });
  },
  normalize: normalizePmid,
  fromUrl(url) {
    if (url.protocol === 'info:') return /^pmid\/\d+$/i.test(url.pathname) ? normalizePmid(url.pathname.slice(5)) : null;
    const host = url.hostname.toLowerCase();
    const path = url.pathname;
    let m: RegExpExecArray | null = null;
    if (PUBMED_HOST.test(host)) m = /^\/(\d+)\/?$/.exec(path);
    else if (NCBI_HOST.test(host)) {
      m = /^\/(?:m\/)?pubmed\/(\d+)\/?$/i.exec(path) ?? /^\/pmc\/articles\/pmid\/(\d+)\/?$/i.exec(path);
      // Old Entrez links: /entrez/query.fcgi?cmd=Retrieve&db=PubMed&list_uids=12345678.
      if (!m && /^\/entrez\/query\.fcgi$/i.test(path) && /^pubmed$/i.test(url.searchParams.get('db') ?? ''))
        m = /^(\d+)$/.exec(url.searchParams.get('list_uids') ?? '');
    } else if (EUROPE_PMC_HOST.test(host)) m = /^\/(?:article|abstract|api\/fulltextRepo)\/MED\/(\d+)\/?$/i.exec(path);
    if (m?.[1]) return normalizePmid(m[1]);
    // OpenURL links (library resolvers, COinS): rft_id=info:pmid/12345678.
    const rft = url.searchParams.getAll('rft_id').find((v) => /^info:pmid\/\d+$/i.test(v));
    return rft ? normalizePmid(rft.slice(10)) : null;
  },
};
