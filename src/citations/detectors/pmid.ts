import { collect, type Detector } from './types';

// Only numbers with a PubMed label count: bare numbers are phone numbers, prices, dates.
const PMID_IN_TEXT = /(?:\bPMID|\bPubMed\s*ID|\bpubmedid|\binfo:pmid\/|\bPubMed\s*(?=:))\s*[:#]?\s*(?:<[^>]*>\s*)?(\d{1,12})\b/gi;

export function normalizePmid(raw: string): string | null {
  const digits = raw.trim().replace(/^0+/, '');
  return /^[1-9]\d{0,8}$/.test(digits) ? digits : null;
}

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
    const host = url.hostname.toLowerCase();
    let m: RegExpExecArray | null = null;
    if (host === 'pubmed.ncbi.nlm.nih.gov' || host === 'pubmed.gov' || host === 'www.pubmed.gov')
      m = /^\/(\d+)\/?$/.exec(url.pathname);
    else if (host.endsWith('ncbi.nlm.nih.gov')) m = /^\/(?:m\/)?pubmed\/(\d+)\/?$/.exec(url.pathname);
    else if (host.endsWith('europepmc.org')) m = /^\/(?:article|abstract|api\/fulltextRepo)\/MED\/(\d+)\/?$/i.exec(url.pathname);
    return m?.[1] ? normalizePmid(m[1]) : null;
  },
};
