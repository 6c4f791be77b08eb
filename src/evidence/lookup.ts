/**
 * Answers a page's batched lookup: what each citation is (the record's study,
 * a retraction list's entry, a trial registration, its title's words, or
 * nothing) and the shipped view of every record study involved (with the
 * later evidence it links to).
 */
import type { CitationIds } from '../citations/ids';
import type { CitationRequest, CitationResult } from '../messaging/protocol';
import type { RetractionIndex } from '../open-data/retractions';
import type { TrialIndex } from '../open-data/trials';
import { type Answer, composeAnswer, type ListedRetractionFacts, withListedRetraction } from './answer';
import type { RecordStore } from './record-store';
import type { StudyView } from './study-view';
import { readTitle } from './title-reading';

/** Everything the background knows: the curated record and the open lists bundled with it. */
export interface EvidenceSources {
  record: RecordStore;
  retractions: RetractionIndex | null;
  trials: TrialIndex | null;
}

function listed(sources: EvidenceSources, ids: CitationIds): ListedRetractionFacts | null {
  const found = sources.retractions?.lookup(ids) ?? null;
  if (!found || !sources.retractions) return null;
  const asOf: ListedRetractionFacts['asOf'] = {};
  for (const list of found.lists) asOf[list] = sources.retractions.packed.asOf[list];
  return { ...found, asOf };
}

/** The answer for one citation, and the record's (possibly list-retracted) view of its study. */
export function answerCitation(
  sources: EvidenceSources,
  citation: Pick<CitationRequest, 'ids' | 'reference'>,
): { answer: Answer; study: StudyView | null } {
  const { ids, reference } = citation;
  const found = Object.keys(ids).length
    ? sources.record.lookup(ids)
    : reference
      ? sources.record.lookupReference(reference)
      : null;
  // A study the record knows is also checked against the lists under the record's own identifiers.
  const articleIds: CitationIds = found
    ? { doi: found.ids.doi ?? ids.doi, pmid: found.ids.pmid ?? ids.pmid, pmcid: found.ids.pmcid ?? ids.pmcid }
    : ids;
  const onList = articleIds.doi || articleIds.pmid || articleIds.pmcid ? listed(sources, articleIds) : null;
  const study = found ? withListedRetraction(found, onList) : null;
  const nct = ids.nct ?? found?.ids.registry.find((r) => r.startsWith('NCT'));
  const registered = sources.trials?.lookup(nct) ?? null;
  const trial = registered && sources.trials ? { ...registered, asOf: sources.trials.packed.asOf } : null;
  const reading = study ? null : readTitle(reference?.title ?? null);
  return { answer: composeAnswer({ study, listed: onList, trial, reading, ids, reference: reference ?? null }), study };
}

/** What the record and the lists say about a page's citations, and the record's view of every study involved. */
export interface LookupAnswer {
  results: CitationResult[];
  studies: Record<string, StudyView>;
}

export function lookupCitations(sources: EvidenceSources, citations: readonly CitationRequest[]): LookupAnswer {
  const studies: Record<string, StudyView> = {};
  const add = (study: StudyView) => {
    studies[study.id] = study;
    for (const later of study.laterEvidence) {
      const linked = sources.record.view(later);
      if (linked) studies[linked.id] ??= withListedRetraction(linked, listed(sources, linked.ids as CitationIds));
    }
  };
  const results = citations.map((citation) => {
    const { answer, study } = answerCitation(sources, citation);
    if (study) add(study);
    return { key: citation.key, studyId: study?.id ?? null, answer };
  });
  return { results, studies };
}
