/**
 * Finds identifiers of every kind in a string.
 */
import { DETECTORS, type TextMatch } from './detectors';

/** Cheap test that lets text without any identifier cost almost nothing. */
export const MAY_CITE = /10\.\d|PMC|PMID|pubmed|NCT|ISRCTN|EudraCT|ChiCTR|ACTRN|CTRI|DRKS|\d{4}-\d{6}-\d\d/i;

let reported = false;

/**
 * All identifiers in `text`, in text order. Overlapping matches keep the
 * longer one (an ISRCTN inside a DOI is the DOI). A detector that throws is
 * skipped; the others still run.
 */
export function findIdentifiers(text: string): TextMatch[] {
  if (!MAY_CITE.test(text)) return [];
  const all: TextMatch[] = [];
  for (const detector of DETECTORS) {
    try {
      for (const m of detector.findInText(text)) all.push(m);
    } catch (error) {
      if (!reported) {
        reported = true;
        console.debug('[evidence-lens] detector failed', detector.kind, error);
      }
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
    } else {
      const prev = out[out.length - 1];
      if (prev && m.end - m.start > prev.end - prev.start && m.start === prev.start) {
        out[out.length - 1] = m;
        lastEnd = m.end;
      }
    }
  }
  return out;
}

/** The identifier a link's target names, if any. */
export function identifierFromHref(href: string, base?: string): { kind: TextMatch['kind']; value: string } | null {
  if (!href || href.startsWith('#') || href.startsWith('javascript:') || href.startsWith('mailto:') || href.startsWith('tel:'))
    return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'info:') return null;
  for (const detector of DETECTORS) {
    try {
      const value = detector.fromUrl(url);
      if (value) return { kind: detector.kind, value };
    } catch {
      // A malformed URL part: this detector has nothing to say about it.
    }
  }
  return null;
}
