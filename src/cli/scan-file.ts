/**
 * The engine the CLI runs on one saved page: the same detection and lookup
 * code as the extension.
 */
import { scanDocument } from '../citations/scan';
import type { CitationIds } from '../citations/ids';
import type { Answer, AnswerBasis } from '../evidence/answer';
import { type EvidenceSources, lookupCitations } from '../evidence/lookup';
import { toRequest } from '../page/citation-request';
import { parseHtml } from './parse-html';
import { BlockCollector, claimsWanted, offerFormCount } from '../claims/page-claims';
import { claimHintPattern } from '../claims/find-claims';
import { analysePage } from '../claims/page-analysis';
import { metaNames } from '../claims/page-claims';
import type { LoadedBrief } from '../evidence/load-conditions';
import type { PageTopic } from '../topics/detect-topic';
import { pageTopic } from '../topics/page-topic';
import { readTopicSignals } from '../topics/read-topic';

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
  /** What kind of page it is, and what it is about (condition, treatment, confidence). */
  page: { kind: 'commercial' | 'scholarly' | 'neutral'; conditions: PageTopic[] };
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
  /** The page's sales pitch in one line, when it sells the treatment it describes. */
  pitch?: string;
}

export function scanHtml(input: string, html: string, sources: EvidenceSources, briefs: readonly LoadedBrief[] = []): ScanReport {
  const { document, close } = parseHtml(html);
  try {
    const blocks = claimsWanted(document, document.URL) ? new BlockCollector() : null;
    // happy-dom reads Ranges in quadratic time: the scanner reads runs child by child here.
    const found = scanDocument(
      document,
      blocks ? { extraHints: claimHintPattern(), onBlock: blocks.onBlock, useRanges: false } : { useRanges: false },
    );
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
    const pageCitations = entries.map((c, i) => {
      const result = results[i];
      return {
        key: c.key,
        ids: c.ids,
        ...(c.reference ? { reference: c.reference } : {}),
        ...(c.number !== undefined ? { number: c.number } : {}),
        answer: result?.answer ?? (lookupCitations(sources, [toRequest(c)]).results[0]?.answer as Answer),
        study: result?.studyId ? (studies[result.studyId] ?? null) : null,
      };
    });
    const forms = offerFormCount(document);
    const topic = pageTopic(readTopicSignals(document, document.URL), !blocks, briefs, sources.record);
    const signals = { url: document.URL, metaNames: metaNames(document), formCount: forms };
    const analysed = blocks ? analysePage(blocks.texts(), pageCitations, signals, topic.briefs[0]?.note ?? null) : null;
    const page = {
      kind: !blocks ? ('scholarly' as const) : analysed?.sells ? ('commercial' as const) : ('neutral' as const),
      conditions: topic.page.conditions,
    };
    const claims = (analysed?.claims ?? []).map((c) => ({
      text: c.text,
      kind: c.kind,
      note: c.shown ? c.note : null,
      count: c.count,
    }));
    return { input, page, citations, mentions, claims, ...(analysed?.pitch ? { pitch: analysed.pitch } : {}) };
  } finally {
    close();
  }
}
