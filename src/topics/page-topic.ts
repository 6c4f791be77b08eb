/**
 * What the background makes of a page's topic signals: the conditions it is
 * about (from the condition briefs' words) and, for each, what is known.
 */
import type { LoadedBrief } from '../evidence/load-conditions';
import type { RecordStore } from '../evidence/record-store';
import type { PageSummary } from '../messaging/protocol';
import { briefView } from './brief-view';
import { type TopicSignals, topicDetector } from './detect-topic';

let detector: { briefs: readonly LoadedBrief[]; detect: ReturnType<typeof topicDetector> } | null = null;

/** The detector for these briefs, built once. */
function detectorFor(briefs: readonly LoadedBrief[]): ReturnType<typeof topicDetector> {
  if (detector?.briefs !== briefs) detector = { briefs, detect: topicDetector(briefs) };
  return detector.detect;
}

export function pageTopic(
  signals: TopicSignals,
  scholarly: boolean,
  briefs: readonly LoadedBrief[],
  record: Pick<RecordStore, 'view'>,
): Pick<PageSummary, 'page' | 'briefs'> {
  const conditions = detectorFor(briefs)(signals);
  const byId = new Map(briefs.map((b) => [b.id, b]));
  return {
    page: { kind: scholarly ? 'scholarly' : 'neutral', conditions },
    briefs: conditions.flatMap((c) => {
      const brief = byId.get(c.condition);
      return brief ? [briefView(brief, c, (id) => record.view(id))] : [];
    }),
  };
}
