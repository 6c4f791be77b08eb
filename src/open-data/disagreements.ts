/**
 * Where the curated record and the open retraction lists disagree: printed by
 * the build and by `record:check`, so that the record's entries get fixed with
 * their sources. The extension shows a study as retracted if either says so.
 */
import type { Study } from '../evidence/schema';
import { RETRACTION_LIST_NAME } from './sources';
import type { RetractionIndex } from './retractions';

export interface Disagreement {
  id: string;
  /** One plain line: what the record says and what the lists say. */
  message: string;
}

export function retractionDisagreements(studies: readonly Study[], lists: RetractionIndex): Disagreement[] {
  const out: Disagreement[] = [];
  for (const study of studies) {
    const { doi, pmid, pmcid } = study.ids;
    if (!doi && !pmid && !pmcid) continue;
    const found = lists.lookup({ doi: doi ?? undefined, pmid: pmid ?? undefined, pmcid: pmcid ?? undefined });
    const names = found?.lists.map((l) => RETRACTION_LIST_NAME[l]).join(' and ');
    const notice = found?.notice ? ` (notice doi:${found.notice})` : '';
    if (found?.kind === 'retracted' && !study.status.retracted) {
      out.push({ id: study.id, message: `${study.id}: the record says not retracted; ${names} list it as retracted${notice}` });
    } else if (found?.kind === 'concern' && !study.status.retracted && !study.status.expressionOfConcern) {
      out.push({
        id: study.id,
        message: `${study.id}: the record has no expression of concern; ${names} list one${notice}`,
      });
    } else if (study.status.retracted && !found && doi) {
      // Only a DOI can be checked against both lists; the lists are not complete, so this is a note, not an error.
      out.push({ id: study.id, message: `${study.id}: the record says retracted; neither list names doi:${doi}` });
    }
  }
  return out;
}
