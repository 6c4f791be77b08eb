/**
 * Per-tab page summaries kept by the background. Stored in session storage
 * too, so a summary survives the service worker going to sleep.
 */
import type { CitationRequest, PageSummary, RequestOf, Responses } from '../messaging/protocol';

export interface SummaryStore {
  get(tabId: number): Promise<PageSummary | null>;
  set(tabId: number, summary: PageSummary): Promise<void>;
  delete(tabId: number): Promise<void>;
}

/** Folds a lookup and its answer into the tab's summary. */
export function mergeSummary(
  previous: PageSummary | null,
  request: RequestOf<'lookup'>,
  answer: Responses['lookup'],
): PageSummary {
  const resultOf = new Map(answer.results.map((r) => [r.key, r]));
  const fresh = request.citations.flatMap((c: CitationRequest) => {
    const result = resultOf.get(c.key);
    return result ? [{ ...c, studyId: result.studyId, answer: result.answer }] : [];
  });
  const base = request.append && previous && previous.url === request.url ? previous : null;
  const known = new Set(base?.citations.map((c) => c.key));
  return {
    url: request.url,
    title: request.title,
    citations: [...(base?.citations ?? []), ...fresh.filter((c) => !known.has(c.key))],
    claims: [...(base?.claims ?? []), ...request.claims],
    studies: { ...(base?.studies ?? {}), ...answer.studies },
  };
}

/** A store in memory backed by an async key-value area (browser.storage.session). */
export function createSummaryStore(area?: {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}): SummaryStore {
  const memory = new Map<number, PageSummary>();
  const key = (tabId: number) => `summary:${tabId}`;
  return {
    async get(tabId) {
      const hit = memory.get(tabId);
      if (hit || !area) return hit ?? null;
      const stored = (await area.get(key(tabId)))[key(tabId)] as PageSummary | undefined;
      if (stored) memory.set(tabId, stored);
      return stored ?? null;
    },
    async set(tabId, summary) {
      memory.set(tabId, summary);
      await area?.set({ [key(tabId)]: summary }).catch(() => undefined);
    },
    async delete(tabId) {
      memory.delete(tabId);
      await area?.remove(key(tabId)).catch(() => undefined);
    },
  };
}
