/**
 * The engine the CLI runs on one saved page: the same detection and lookup
 * code as the extension.
 */
import { scanDocument } from '../citations/scan';
import type { CitationIds } from '../citations/ids';
import type { AnswerBasis } from '../evidence/answer';
import { type EvidenceSources, lookupCitations } from '../evidence/lookup';
import { toRequest } from '../page/citation-request';
import { parseHtml } from './parse-html';
import { CLAIM_HINTS, ClaimCollector, claimsWanted } from '../claims/page-claims';
import { claimNote } from '../claims/claim-note';
import type { StudyView } from '../evidence/study-view';

export interface ScannedCitation {
  ids: CitationIds;
  text: string;
  /** The curated record's study id, or null. */
  study: string | null;
  /** What the badge says and where that comes from. */
  answer: { basis: AnswerBasis; label: string };
  /** A reference as printed (for references without identifiers always; title when printed). */
  reference?: { surname: string; year: number; title: string | null };
  /** An in-text citation of a reference-list entry: the index of that entry in `citations`. */
  sameAs?: number;
}

export interface ScanReport {
  input: string;
  citations: ScannedCitation[];
  /** In-text mentions without a year ("Genchi et al.") and the entry each names. */
  mentions: { text: string; refersTo: number }[];
  /**
   * Each distinct promotional sentence once, however often the page repeats
   * it: `count` says how often; `note` is what the person sees beside it, or
   * null when the marker is not shown by default (the claim does not go
   * beyond the cited evidence).
   */
  claims: { text: string; kind: string; note: string | null; count: number }[];
}

export function scanHtml(input: string, html: string, sources: EvidenceSources): ScanReport {
  const { document, close } = parseHtml(html);
  try {
    const claims = claimsWanted(document, document.URL) ? new ClaimCollector() : null;
    // happy-dom reads Ranges in quadratic time: the scanner reads runs child by child here.
    const found = scanDocument(
      document,
      claims ? { extraHints: CLAIM_HINTS, onBlock: claims.onBlock, useRanges: false } : { useRanges: false },
    );
    claims?.analyse();
    const entries = found.filter((c) => !c.sameAs);
    const { results, studies } = lookupCitations(sources, entries.map(toRequest));
    const citations: ScannedCitation[] = [];
    const indexOf = new Map<string, number>();
    for (const [i, c] of entries.entries()) {
      const result = results[i];
      const cited: ScannedCitation = {
        ids: c.ids,
        text: c.text,
        study: result?.studyId ?? null,
        answer: { basis: result?.answer.basis ?? 'none', label: result?.answer.label ?? 'Not in record' },
      };
      if (c.reference)
        cited.reference = { surname: c.reference.surname, year: c.reference.year, title: c.reference.title ?? null };
      indexOf.set(c.key, citations.length);
      citations.push(cited);
    }
    const mentions: ScanReport['mentions'] = [];
    for (const c of found) {
      const entry = c.sameAs === undefined ? undefined : indexOf.get(c.sameAs);
      if (entry === undefined) continue;
      const target = citations[entry] as ScannedCitation;
      if (c.reference) {
        // An in-text author-year citation: a citation of its own, answered as its entry is.
        citations.push({
          ids: {},
          text: c.text,
          study: target.study,
          answer: target.answer,
          reference: { surname: c.reference.surname, year: c.reference.year, title: null },
          sameAs: entry,
        });
      } else mentions.push({ text: c.text, refersTo: entry });
    }
    const evidence = results.flatMap((r) => (r.studyId ? [studies[r.studyId] as StudyView] : []));
    const distinct = new Map<string, ScanReport['claims'][number]>();
    for (const claim of claims?.claims ?? []) {
      const seen = distinct.get(claim.text);
      if (seen) seen.count++;
      else distinct.set(claim.text, { text: claim.text, kind: claim.kind, note: claimNote(claim, evidence), count: 1 });
    }
    return { input, citations, mentions, claims: [...distinct.values()] };
  } finally {
    close();
  }
}
