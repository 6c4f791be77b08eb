import { collect, type Detector } from './types';

// "PMCID: PMC1234567", "PMCID: 1234567" (label in any case) or a bare upper-case "PMC1234567" / "PMC 1234567".
// The lookbehind (rather than \b) also finds an id glued to a word ("Stuff.PMC1234567", "…2023PMCID: …").
const PMCID_IN_TEXT =
  /(?<![A-Za-z])PMCID\s{0,3}[:#=]?\s{0,3}(?:PMC[ \u00a0]?)?(\d{1,9})(?!\d)|(?<![A-Za-z])PMC[ \u00a0]?(\d{4,9})(?!\d)/gi;

/** A PubMed Central ID as `PMC` + digits ("PMCID:" label and missing prefix allowed), or null. */
export function normalizePmcid(raw: string): string | null {
  const m = /^(?:PMCID\s*[:#=]?\s*)?(?:PMC[ \u00a0]?)?0*([1-9]\d{0,8})$/i.exec(raw.trim());
  return m?.[1] ? `PMC${m[1]}` : null;
}

const PMC_HOST = /^(?:www\.)?pmc\.ncbi\.nlm\.nih\.gov$/;
const NCBI_HOST = /(?:^|\.)ncbi\.nlm\.nih\.gov$/;
const OLD_PMC_HOST = /^(?:www\.)?pubmedcentral\.(?:nih\.)?gov$/;
const EUROPE_PMC_HOST = /(?:^|\.)europepmc\.org$/;

export const pmcid: Detector = {
  kind: 'pmcid',
  findInText(text) {
    if (!/pmc/i.test(text)) return [];
    return collect('pmcid', PMCID_IN_TEXT, text, (m) => {
      // Bare "PMC1234" must be upper case ("pmc" is too common a string); the PMCID label may be any case.
      // Without the label, "PMC 2023" or "PMC2019" is more likely a name and a year than an early PMC article.
      if (m[2] && (!m[0].startsWith('PMC') || /^(?:19|20)\d\d$/.test(m[2]))) return null;
      const value = normalizePmcid(m[1] ?? m[2] ?? '');
      return value ? { value } : null;
    });
  },
  normalize: normalizePmcid,
  fromUrl(url) {
    const host = url.hostname.toLowerCase();
    const path = url.pathname;
    let m: RegExpExecArray | null = null;
    if (PMC_HOST.test(host)) m = /^\/articles\/(PMC\d+)(?:\/|$)/i.exec(path);
    else if (NCBI_HOST.test(host) || OLD_PMC_HOST.test(host))
      m =
        /^\/(?:m\/)?pmc\/articles\/(PMC\d+)(?:\/|$)/i.exec(path) ??
        // Old PMC links: pubmedcentral.nih.gov/articlerender.fcgi?artid=1234567.
        (/articlerender\.fcgi$/i.test(path) ? /^(\d+)$/.exec(url.searchParams.get('artid') ?? '') : null);
    else if (EUROPE_PMC_HOST.test(host))
      m =
        /^\/(?:article|abstract)\/PMC\/((?:PMC)?\d+)\/?$/i.exec(path) ??
        /^\/(?:articles|pmc\/articles)\/(PMC\d+)\/?$/i.exec(path) ??
        /^\/(?:article|abstract)\/PMCID\/(PMC\d+)\/?$/i.exec(path);
    return m?.[1] ? normalizePmcid(m[1]) : null;
  },
};
