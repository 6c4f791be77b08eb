/**
 * Finds identifiers of every kind in a string, and the identifier a link names.
 */
import { DETECTORS, type TextMatch } from './detectors';
import { normalizeDoi, trimEnd } from './detectors/doi';
import { normalizePmid } from './detectors/pmid';
import { REGISTRY_GATE } from './detectors/registries';

/**
 * Cheap test that lets text without any identifier cost almost nothing. Every
 * branch starts with a literal, so the engine skips ahead instead of trying
 * each position (EudraCT and CTIS numbers are found by their "-NNNNNN-NN").
 */
export const MAY_CITE =
  /10\.\d|PMC|PMID|pubmed|europepmc|NCT|ISRCTN|EudraCT|EUCTR|ChiCTR|ACTRN|CTRI|DRKS|-\d{6}-\d\d|nature\.com\/|thelancet\.com\/|elifesciences\.org\/|peerj\.com\/|bmj\.com\/|rxiv\.org\//i;

/**
 * Cheap test for a link worth parsing: its href may name an identifier. Covers
 * every host a detector's `fromUrl` knows (the tests check each example URL).
 */
export const MAY_LINK_TO_ID =
  /doi|pubmed|pmc|europepmc|ncbi|clinicaltrials|isrctn|controlled-trials|nature\.com|wiley|tandfonline|sagepub|springer|frontiersin|plos|lancet|biomedcentral|elifesciences|peerj|bmj\.com|rxiv\.org|10\.\d{4}|10\.97[89]\.|anzctr|drks|euclinicaltrials|trialsearch|who\.int|rft_id|[?&](?:q|u|url|target|dest)=/i;

// A URL in running text: with a scheme, or a bare host name followed by a path
// ("pubmed.ncbi.nlm.nih.gov/36624312/"). The host part is bounded and the
// lookbehind only lets a URL start at the beginning of a token, so the scan
// stays linear on long runs of dots and letters. A SICI DOI's "<…::…>" part
// is allowed, as in the DOI detector.
const URL_IN_TEXT =
  /(?<![\w.@/%:-])(?:https?:\/\/|(?:[a-z0-9][a-z0-9-]{0,62}\.){1,6}[a-z]{2,12}\/)(?:[^\s<>"'`\u200b]|<[\w.-]{0,20}::[^\s<>]{1,40}>){1,2048}/gi;

// What every URL_IN_TEXT match has: a scheme, or a host name's last letters before its path.
const URL_GATE = /:\/\/|[a-z]{2}\//i;

let reported = false;

function report(kind: string, error: unknown): void {
  if (reported) return;
  reported = true;
  // Quiet on the host page: one debug line, never a thrown error.
  console.debug('[evidence-lens] detector failed', kind, error);
}

/** Identifiers named by URLs written out in the text (a link pasted as text is still a citation). */
function urlMatches(text: string): TextMatch[] {
  const out: TextMatch[] = [];
  URL_IN_TEXT.lastIndex = 0;
  for (let m = URL_IN_TEXT.exec(text); m !== null; m = URL_IN_TEXT.exec(text)) {
    const raw = trimEnd(m[0]);
    // Most URLs in text name nothing: skip parsing them.
    if (!MAY_LINK_TO_ID.test(raw)) continue;
    const id = identifierFromHref(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (id) out.push({ kind: id.kind, value: id.value, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/**
 * All identifiers in `text`, in text order. Overlapping matches keep the one
 * that starts first, and of those the longer (an ISRCTN inside a DOI is the
 * DOI, a DOI inside a publisher URL is the URL's DOI). A detector that throws
 * is skipped; the others still run.
 */
export function findIdentifiers(text: string): TextMatch[] {
  if (!MAY_CITE.test(text)) return [];
  const all: TextMatch[] = [];
  // One test for the eight registries (most text names none) instead of eight.
  const registries = REGISTRY_GATE.test(text);
  for (const detector of DETECTORS) {
    if (!registries && detector.registry) continue;
    try {
      for (const m of detector.findInText(text)) all.push(m);
    } catch (error) {
      report(detector.kind, error);
    }
  }
  if (text.includes('/') && URL_GATE.test(text)) {
    try {
      for (const m of urlMatches(text)) all.push(m);
    } catch (error) {
      report('url', error);
    }
  }
  if (all.length < 2) return all;
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextMatch[] = [];
  let lastEnd = -1;
  for (const m of all) {
    if (m.start >= lastEnd) {
      out.push(m);
      lastEnd = m.end;
    }
  }
  return out;
}

// Link wrappers (search engines, mail and chat clients) that carry the real target in a parameter.
const REDIRECT_PARAMS = ['url', 'q', 'u', 'target', 'dest', 'destination', 'redirect', 'redirect_uri'];
const MAX_HREF = 4096;

// The two commonest identifier links in their plainest form, read without a URL parser (a parse
// costs about 8 µs in a page). Anything else, and anything these do not accept, goes the general
// way, which gives the same answer (a property test checks it).
const PLAIN_DOI_LINK = /^https?:\/\/(?:dx\.|www\.)?doi\.org\/(10\.\d{4,9}\/[\w.;()/:-]+)$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;
const PLAIN_PUBMED_LINK = /^https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/(\d{1,9})\/?$/;

function simpleLink(href: string): { kind: TextMatch['kind']; value: string } | null {
  const doi = PLAIN_DOI_LINK.exec(href);
  // A "." or ".." segment is resolved by the parser: that link goes the general way.
  if (doi?.[1] && !DOT_SEGMENT.test(doi[1])) {
    const value = normalizeDoi(doi[1]);
    return value ? { kind: 'doi', value } : null;
  }
  const pmid = PLAIN_PUBMED_LINK.exec(href);
  if (pmid?.[1]) {
    const value = normalizePmid(pmid[1]);
    return value ? { kind: 'pmid', value } : null;
  }
  return null;
}

/** The identifier a link's target names, if any. */
export function identifierFromHref(href: string, base?: string): { kind: TextMatch['kind']; value: string } | null {
  return fromHref(href.trim(), base, 0);
}

function fromHref(href: string, base: string | undefined, depth: number): { kind: TextMatch['kind']; value: string } | null {
  if (!href || href.length > MAX_HREF || /^(?:#|javascript:|mailto:|tel:|data:)/i.test(href)) return null;
  const simple = simpleLink(href);
  if (simple) return simple;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'info:' && url.protocol !== 'doi:') return null;
  for (const detector of DETECTORS) {
    try {
      const value = detector.fromUrl(url);
      if (value) return { kind: detector.kind, value };
    } catch {
      // A malformed URL part: this detector has nothing to say about it.
    }
  }
  if (depth === 0 && url.search) {
    for (const name of REDIRECT_PARAMS) {
      const target = url.searchParams.get(name);
      if (target && /^(?:https?:\/\/|info:|doi:)/i.test(target)) return fromHref(target, undefined, 1);
    }
  }
  return null;
}
