/**
 * Answers a page's batched lookup: which study each citation is, and the
 * shipped view of every study involved (with the later evidence it links to).
 */
import type { CitationRequest, Responses } from '../messaging/protocol';
import type { RecordStore } from './record-store';
import type { StudyView } from './study-view';

export function lookupCitations(index: RecordStore, citations: readonly CitationRequest[]): Responses['lookup'] {
  const studies: Record<string, StudyView> = {};
  const add = (study: StudyView) => {
    studies[study.id] = study;
    for (const later of study.laterEvidence) {
      const linked = index.view(later);
      if (linked) studies[linked.id] = linked;
    }
  };
  const results = citations.map((citation) => {
    const study =
      Object.keys(citation.ids).length > 0
        ? index.lookup(citation.ids)
        : citation.reference
          ? index.lookupReference(citation.reference)
          : null;
    if (study) add(study);
    return { key: citation.key, studyId: study?.id ?? null };
  });
  return { results, studies };
}
