import { collect, type Detector } from './types';

// Registrant: 4–9 digits, or ISBN-A's "978"/"979" followed by a sub-element ("10.978.88…").
// Registrants of 1–3 digits otherwise read as decimals ("10.5 mg/kg", "10.123/4").
const REGISTRANT = String.raw`10\.(?:\d{4,9}|97[89](?=\.\d))(?:\.\d+)*`;
// Suffix: any run of characters that are not space, quotes or markup. SICI DOIs
// (early Wiley) carry one "<start::AID-code>" part, allowed as a bounded pair so
// that "</mixed-citation>" right after a DOI is not swallowed. The two branches
// start with different characters, so the repetition stays linear.
const SUFFIX = String.raw`(?:[^\s"'<>{}|\\^\x60]|<[\w.-]{0,20}::[^\s<>]{1,40}>)+`;
const DOI_IN_TEXT = new RegExp(String.raw`(?<![\d.])${REGISTRANT}\/${SUFFIX}`, 'g');
const DOI_EXACT = new RegExp(String.raw`^${REGISTRANT}\/${SUFFIX}$`);

// Punctuation that ends a sentence or a quotation rather than a DOI.
const TRAILING = new Set('.,;:!?\'"‘’“”«»…*');
const OPENER: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Soft hyphens and zero-width characters that pages insert to let long DOIs wrap.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;
const PREFIX = /^(?:(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\/|info:doi\/|urn:doi:|doi\s*[:：]?\s*)/i;

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Trims trailing punctuation and unbalanced closing brackets, keeping balanced
 * ones: "10.1016/S0140-6736(19)32226-2)." → "10.1016/S0140-6736(19)32226-2".
 * Also used for URLs found in running text. One backward pass: linear even on
 * a megabyte of "))))" or "....".
 */
export function trimEnd(text: string): string {
  // Most DOIs and URLs end in a letter or digit: nothing to trim, nothing to count.
  const last = text.charAt(text.length - 1);
  if (!TRAILING.has(last) && !OPENER[last]) return text;
  const open: Record<string, number> = {};
  const close: Record<string, number> = {};
  for (const [closer, opener] of Object.entries(OPENER)) {
    open[opener] = count(text, opener);
    close[closer] = count(text, closer);
  }
  let end = text.length;
  while (end > 0) {
    const ch = text.charAt(end - 1);
    const opener = OPENER[ch];
    if (TRAILING.has(ch)) end--;
    else if (opener && (close[ch] ?? 0) > (open[opener] ?? 0)) {
      close[ch] = (close[ch] ?? 0) - 1;
      end--;
    } else break;
  }
  return text.slice(0, end);
}

const PERCENT = /%[0-9A-Fa-f]{2}/;

/** Decodes percent-escapes (hrefs, copied URLs); null when the text stays encoded after a few rounds. */
function decode(text: string): string | null {
  let out = text;
  for (let round = 0; round < 3 && PERCENT.test(out); round++) {
    try {
      out = decodeURIComponent(out);
    } catch {
      // Malformed escapes elsewhere in the string: decode only what a DOI uses.
      out = out.replace(/%(3C|3E|2F|28|29|3B|3A|23|2B)/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    }
  }
  return PERCENT.test(out) ? null : out;
}

/**
 * A DOI in normalized form (lower case, no `doi:`, `info:doi/` or resolver
 * prefix, percent-escapes decoded, typographic dashes turned into hyphens,
 * trailing punctuation trimmed), or null when the string is not one DOI.
 */
export function normalizeDoi(raw: string): string | null {
  const decoded = decode(raw.trim().replace(PREFIX, ''));
  if (decoded === null) return null;
  const candidate = trimEnd(decoded.replace(INVISIBLE, '').replace(DASHES, '-').trim());
  if (!DOI_EXACT.test(candidate)) return null;
  const slash = candidate.indexOf('/');
  const registrant = candidate.slice(3, slash);
  const suffix = candidate.slice(slash + 1);
  if (!/[\p{L}\p{N}]/u.test(suffix)) return null;
  // "10.2024/11", "10.2023/11/05": a version or a date, not a DOI.
  if (/^(19|20)\d\d$/.test(registrant) && /^[\d./-]{1,10}$/.test(suffix)) return null;
  return candidate.toLowerCase();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A DOI that starts a path (already decoded), with trailing view segments removed. */
const DOI_AT_PATH_START = /^10\.\d{4,9}(?:\.\d+)*\/./;
const VIEW_SEGMENT =
  /\/(?:full|abstract|abs|pdf|epdf|fulltext|full-text|html|meta|references|metrics|figures(?:\/\d+)?|tables(?:\/\d+)?|supplementary-material|summary|info|citedby|reader)\/?$/i;

function doiFromPathTail(tail: string): string | null {
  let doi = tail;
  // Two passes: ".../figures/3/" and "/full/" style endings.
  for (let i = 0; i < 2; i++) doi = doi.replace(VIEW_SEGMENT, '');
  return normalizeDoi(doi.replace(/\/$/, ''));
}

/** Paths that hold a DOI after a marker segment: "/doi/full/10.1080/…", "/article/10.1007/…", "/articles/10.3389/…". */
const DOI_AFTER_MARKER =
  /\/(?:doi|article|articles|chapter|book|protocol|referenceworkentry|rwe|content)\/(?:(?:abs|full|pdf|epdf|epub|pdfdirect|pdfplus|fulltext|reader|book|figure|suppl|ref)\/)?(10\.\d.*)$/i;

/**
 * Publisher and resolver URLs that embed a DOI. Each entry carries an example
 * that the tests check, so adding a host means adding one row here.
 */
export interface DoiUrlRule {
  name: string;
  /** Matched against the lower-case host name. */
  host: RegExp;
  /** The DOI in a URL of that host; `path` is the decoded path. */
  doi: (url: URL, path: string) => string | null;
  /** A URL and the DOI it must give (checked by the tests). */
  example: [string, string];
}

export const DOI_URL_RULES: readonly DoiUrlRule[] = [
  {
    name: 'DOI resolvers',
    host: /^(?:(?:dx|www)\.)?doi\.org$|^hdl\.handle\.net$|^doi\.wiley\.com$|^dx\.plos\.org$/,
    doi: (url, path) => {
      // A SICI DOI may end in "#", which a URL parser reads as an empty fragment.
      const hash = url.href.endsWith('#') && /;2-$/.test(path) ? '#' : '';
      return DOI_AT_PATH_START.test(path.slice(1)) ? normalizeDoi(path.slice(1) + hash) : null;
    },
    example: ['https://doi.org/10.1038/s41591-022-02097-3', '10.1038/s41591-022-02097-3'],
  },
  {
    name: 'Nature',
    host: /(?:^|\.)nature\.com$/,
    doi: (_, path) => {
      const m =
        /^\/articles\/([a-z][a-z0-9.-]*?)(?:\.pdf)?\/?$/i.exec(path) ??
        /\/(?:full|abs)\/([a-z]+\d[a-z0-9.]*?)\.html$/i.exec(path);
      return m?.[1] ? normalizeDoi(`10.1038/${m[1]}`) : null;
    },
    example: ['https://www.nature.com/articles/s41591-022-02097-3', '10.1038/s41591-022-02097-3'],
  },
  {
    name: 'PLOS',
    host: /(?:^|\.)journals\.plos\.org$/,
    doi: (url) => {
      const id = url.searchParams.get('id');
      return id ? normalizeDoi(id) : null;
    },
    example: ['https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0123456', '10.1371/journal.pone.0123456'],
  },
  {
    name: 'The Lancet (PII)',
    host: /(?:^|\.)thelancet\.com$/,
    doi: (_, path) => {
      // The Lancet family's PII is its DOI suffix: PIIS0140-6736(19)32226-2 ↔ 10.1016/S0140-6736(19)32226-2.
      const m = /\/article\/PII(S\d{4}-\d{3}[\dX]\(\d\d\)\d{5}-[\dX])(?:\/|$)/i.exec(path);
      return m?.[1] ? normalizeDoi(`10.1016/${m[1]}`) : null;
    },
    example: [
      'https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(19)32226-2/fulltext',
      '10.1016/s0140-6736(19)32226-2',
    ],
  },
  {
    name: 'eLife',
    host: /(?:^|\.)elifesciences\.org$/,
    doi: (_, path) => {
      const m = /^\/articles\/(\d{4,6})(?:v\d+)?\/?$/.exec(path);
      return m?.[1] ? normalizeDoi(`10.7554/eLife.${m[1]}`) : null;
    },
    example: ['https://elifesciences.org/articles/45678', '10.7554/elife.45678'],
  },
  {
    name: 'PeerJ',
    host: /^(?:www\.)?peerj\.com$/,
    doi: (_, path) => {
      const m = /^\/articles\/(?:([a-z]+)-)?(\d{1,6})\/?$/.exec(path);
      return m?.[2] ? normalizeDoi(`10.7717/peerj${m[1] ? `-${m[1]}` : ''}.${m[2]}`) : null;
    },
    example: ['https://peerj.com/articles/1234/', '10.7717/peerj.1234'],
  },
  {
    name: 'The BMJ',
    host: /^(?:www\.)?bmj\.com$/,
    doi: (_, path) => {
      const m = /^\/content(?:\/bmj)?\/\d+\/(bmj\.[a-z]?\d+)(?:\.full(?:\.pdf)?)?\/?$/i.exec(path);
      return m?.[1] ? normalizeDoi(`10.1136/${m[1]}`) : null;
    },
    example: ['https://www.bmj.com/content/371/bmj.m3862', '10.1136/bmj.m3862'],
  },
  {
    name: 'bioRxiv and medRxiv',
    host: /(?:^|\.)(?:bio|med)rxiv\.org$/,
    doi: (_, path) => {
      const m = /^\/content\/(10\.1101\/(?:\d{4}\.\d\d\.\d\d\.)?\d{6,8})(?:v\d+)?(?:[./].*)?$/.exec(path);
      return m?.[1] ? normalizeDoi(m[1]) : null;
    },
    example: ['https://www.medrxiv.org/content/10.1101/2020.04.11.20062257v2.full', '10.1101/2020.04.11.20062257'],
  },
  {
    name: 'Springer PDFs',
    host: /(?:^|\.)link\.springer\.com$|(?:^|\.)springeropen\.com$|(?:^|\.)biomedcentral\.com$/,
    doi: (_, path) => {
      const m = /^\/(?:content\/pdf|track\/pdf)\/(10\.\d.*?)(?:\.pdf)?$/i.exec(path);
      return m?.[1] ? normalizeDoi(m[1]) : null;
    },
    example: ['https://link.springer.com/content/pdf/10.1007/s00415-020-10000-1.pdf', '10.1007/s00415-020-10000-1'],
  },
  {
    name: 'Publisher paths with a DOI (Wiley, Taylor & Francis, SAGE, Springer, Frontiers, BMC, NEJM, Science, PNAS, AHA, …)',
    host: /./,
    doi: (_, path) => {
      const m = DOI_AFTER_MARKER.exec(path);
      return m?.[1] ? doiFromPathTail(m[1]) : null;
    },
    example: ['https://onlinelibrary.wiley.com/doi/full/10.1002/ana.25304', '10.1002/ana.25304'],
  },
];

export const doi: Detector = {
  kind: 'doi',
  findInText(text) {
    if (!text.includes('10.')) return [];
    return collect('doi', DOI_IN_TEXT, text, (m) => {
      const value = normalizeDoi(m[0]);
      if (!value) return null;
      return { value, end: m.index + trimEnd(m[0]).length };
    });
  },
  normalize: normalizeDoi,
  fromUrl(url) {
    if (url.protocol === 'info:') return /^doi\//i.test(url.pathname) ? normalizeDoi(url.pathname.slice(4)) : null;
    if (url.protocol === 'doi:') return normalizeDoi(url.pathname);
    const host = url.hostname.toLowerCase();
    const path = safeDecode(url.pathname);
    for (const rule of DOI_URL_RULES) {
      if (!rule.host.test(host)) continue;
      const value = rule.doi(url, path);
      if (value) return value;
    }
    // Most links have no query: the parameters object is only built when there is one.
    if (!url.search) return null;
    const q = url.searchParams.get('doi') ?? url.searchParams.get('DOI');
    if (q) return normalizeDoi(q);
    // OpenURL links (library resolvers, COinS): rft_id=info:doi/10.….
    const rft = url.searchParams.getAll('rft_id').find((v) => /^info:doi\//i.test(v));
    return rft ? normalizeDoi(rft) : null;
  },
};
