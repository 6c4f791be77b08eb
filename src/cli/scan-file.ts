/**
 * The engine the CLI runs on one saved page: the same detection and lookup
 * code as the extension.
 */
import { scanDocument } from '../citations/scan-document';
import type { CitationIds } from '../citations/ids';
import type { RecordStore } from '../evidence/record-store';
import { lookupCitations } from '../evidence/lookup';
import { toRequest } from '../page/citation-request';
import { parseHtml } from './parse-html';
import { CLAIM_HINTS, ClaimCollector, claimsWanted } from '../claims/page-claims';

export interface ScanReport {
  input: string;
  citations: { ids: CitationIds; text: string; study: string | null }[];
  claims: { text: string; kind: string }[];
}

export function scanHtml(input: string, html: string, index: RecordStore): ScanReport {
  const { document, close } = parseHtml(html);
  try {
    const claims = claimsWanted(document, document.URL) ? new ClaimCollector() : null;
    // happy-dom reads Ranges in quadratic time: the scanner reads runs child by child here.
    const found = scanDocument(
      document,
      claims ? { extraHints: CLAIM_HINTS, onBlock: claims.onBlock, useRanges: false } : { useRanges: false },
    );
    claims?.analyse();
    const requests = found.map(toRequest);
    const { results } = lookupCitations(index, requests);
    const citations = found
      .map((c, i) => ({ ids: c.ids, text: c.text, study: results[i]?.studyId ?? null }))
      // A reference without identifiers is reported only when the record matched it.
      .filter((c) => c.study !== null || Object.keys(c.ids).length > 0);
    return { input, citations, claims: (claims?.claims ?? []).map(({ text, kind }) => ({ text, kind })) };
  } finally {
    close();
  }
}
