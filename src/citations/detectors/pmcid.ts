import { collect, type Detector } from './types';

const PMCID_IN_TEXT = /\bPMCID\s*[:#]?\s*(?:PMC\s?)?(\d{4,9})\b|\bPMC\s?(\d{4,9})\b/gi;

export function normalizePmcid(raw: string): string | null {
  const m = /^(?:PMC)?\s*0*([1-9]\d{2,8})$/i.exec(raw.trim());
  return m?.[1] ? `PMC${m[1]}` : null;
}

export const pmcid: Detector = {
  kind: 'pmcid',
  findInText(text) {
    return collect('pmcid', PMCID_IN_TEXT, text, (m) => {
      // Bare "PMC1234" must be upper-case; the PMCID label may be any case.
      if (m[2] && !m[0].startsWith('PMC')) return null;
      const value = normalizePmcid(m[1] ?? m[2] ?? '');
      return value ? { value } : null;
    });
  },
  normalize: normalizePmcid,
  fromUrl(url) {
    const host = url.hostname.toLowerCase();
    let m: RegExpExecArray | null = null;
    if (host === 'pmc.ncbi.nlm.nih.gov') m = /^\/articles\/(PMC\d+)\/?/i.exec(url.pathname);
    else if (host.endsWith('ncbi.nlm.nih.gov')) m = /^\/pmc\/articles\/(PMC\d+)\/?/i.exec(url.pathname);
    else if (host.endsWith('europepmc.org')) m = /^\/(?:article|abstract)\/(?:PMC|PMCID)\/(PMC\d+)\/?$/i.exec(url.pathname);
    return m?.[1] ? normalizePmcid(m[1]) : null;
  },
};
