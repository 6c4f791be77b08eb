import type { Detector, TextMatch } from './types';

// Only numbers with a PubMed label count: bare numbers are phone numbers, prices, dates, order numbers.
// Labels: "PMID: n", "PMID n", "[PMID: n]", "PMID- n" (MEDLINE), "PubMed ID: n", "PubMed: n", "pubmedid:n",
// "info:pmid/n"; a plural label ("PMIDs: n, n and n") is followed by a list.
// The lookbehind (rather than \b) also finds a label glued to the text before it ("…2023PMID: 1").
const PMID_IN_TEXT =
  /(?<![A-Za-z])(?:PMID(s)?|PubMed[ \u00a0]?ID(s)?|info:pmid\/|PubMed(?=[ \u00a0]?:))\s{0,3}[:#=-]?\s{0,3}(?:<[^<>\n]{0,40}>\s{0,3})?(\d{1,9})(?!\d)/gi;
/** One more number of a list after a plural label, read from where the last one ended. */
const LIST_ITEM = /\s{0,3}(?:[,;&]|and)\s{0,3}(\d{1,9})(?!\d)/iy;

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
    const out: TextMatch[] = [];
    if (!/pmid|pubmed/i.test(text)) return out;
    PMID_IN_TEXT.lastIndex = 0;
    for (let m = PMID_IN_TEXT.exec(text); m !== null; m = PMID_IN_TEXT.exec(text)) {
      const value = normalizePmid(m[3] ?? '');
      if (value) out.push({ kind: 'pmid', value, start: m.index, end: m.index + m[0].length });
      if (!m[1] && !m[2]) continue;
      LIST_ITEM.lastIndex = PMID_IN_TEXT.lastIndex;
      for (let item = LIST_ITEM.exec(text); item !== null; item = LIST_ITEM.exec(text)) {
        const next = normalizePmid(item[1] ?? '');
        if (next)
          out.push({ kind: 'pmid', value: next, start: item.index + item[0].indexOf(item[1] ?? ''), end: LIST_ITEM.lastIndex });
        PMID_IN_TEXT.lastIndex = LIST_ITEM.lastIndex;
      }
    }
    return out;
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
    if (!url.search) return null;
    const rft = url.searchParams.getAll('rft_id').find((v) => /^info:pmid\/\d+$/i.test(v));
    return rft ? normalizePmid(rft.slice(10)) : null;
  },
};
