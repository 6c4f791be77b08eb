/**
 * Per-tab page summaries kept by the background. Stored in session storage
 * too, so a summary survives the service worker going to sleep.
 */
import { CLAIM_KINDS, type ClaimKind } from '../claims/kinds';
import type { MarkedKind, PageClaim, PageClaims } from '../claims/page-analysis';
import type { CitationRequest, PageSummary, RequestOf } from '../messaging/protocol';
import type { LookupAnswer } from '../evidence/lookup';

export interface SummaryStore {
  get(tabId: number): Promise<PageSummary | null>;
  set(tabId: number, summary: PageSummary): Promise<void>;
  delete(tabId: number): Promise<void>;
}

/** Folds a lookup and its answer into the tab's summary; `topic` is what the background made of the page's topic signals. */
export function mergeSummary(
  previous: PageSummary | null,
  request: RequestOf<'lookup'>,
  answer: LookupAnswer,
  topic: Pick<PageSummary, 'page' | 'briefs'> | null = null,
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
    claims: base?.claims ?? [],
    pitch: base?.pitch ?? null,
    page: topic?.page ?? base?.page ?? { kind: request.scholarly ? 'scholarly' : 'neutral', conditions: [] },
    briefs: topic?.briefs ?? base?.briefs ?? [],
    studies: { ...(base?.studies ?? {}), ...answer.studies },
    ...(base?.error ? { error: base.error } : {}),
  };
}

/**
 * Folds a claims analysis into the tab's summary: a new page's replaces the
 * claims, a dynamic page's later part adds to them (a sentence already known
 * only counts again).
 */
export function mergeClaims(summary: PageSummary, request: RequestOf<'claims'>, result: PageClaims): PageSummary {
  const page = result.sells && summary.page.kind === 'neutral' ? { ...summary.page, kind: 'commercial' as const } : summary.page;
  if (!request.append) return { ...summary, claims: result.claims, pitch: result.pitch, page };
  const claims = summary.claims.map((c) => ({ ...c }));
  const byText = new Map(claims.map((c) => [c.text, c]));
  for (const claim of result.claims) {
    const seen = byText.get(claim.text);
    if (seen) seen.count += claim.count;
    else claims.push(claim);
  }
  return { ...summary, claims, pitch: summary.pitch ?? result.pitch, page };
}

/** Claim kinds stored under an older name ('other' was shown as social proof all along). */
const RENAMED_KINDS: Readonly<Record<string, ClaimKind>> = { other: 'social-proof' };
const isClaimKind = (kind: unknown): kind is MarkedKind =>
  (CLAIM_KINDS as readonly unknown[]).includes(kind) || kind === 'misdescription';

/**
 * A summary read back from storage, which an earlier version of the
 * extension may have written: renamed claim kinds take their new name, and
 * claims of a kind this version does not know are dropped, so that the popup
 * never meets a kind it has no label for. (Chrome empties session storage
 * when the extension updates; this does not rely on every browser doing so.)
 */
export function readStoredSummary(stored: PageSummary): PageSummary {
  const claims = (Array.isArray(stored.claims) ? stored.claims : []).flatMap((claim): PageClaim[] => {
    const kind = isClaimKind(claim.kind) ? claim.kind : RENAMED_KINDS[claim.kind];
    // Summaries from before claims were analysed in the background lack count, note and place.
    const old = claim as Partial<PageClaim> & Pick<PageClaim, 'key' | 'text' | 'hedged'>;
    return kind
      ? [
          {
            ...old,
            kind,
            count: old.count ?? 1,
            note: old.note ?? null,
            shown: old.shown ?? false,
            at: old.at ?? { citation: '' },
          },
        ]
      : [];
  });
  return {
    ...stored,
    claims,
    pitch: typeof stored.pitch === 'string' ? stored.pitch : null,
    page: stored.page ?? { kind: 'neutral', conditions: [] },
    briefs: Array.isArray(stored.briefs) ? stored.briefs : [],
  };
}

/** Marks the tab's page as not read (the content script's report); what was found before the failure stays. */
export function withError(previous: PageSummary | null, report: RequestOf<'reportError'>): PageSummary {
  const base = previous && previous.url === report.url ? previous : null;
  return {
    url: report.url,
    title: '',
    citations: [],
    claims: [],
    pitch: null,
    page: { kind: 'neutral', conditions: [] },
    briefs: [],
    studies: {},
    ...base,
    error: report.message,
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
      const raw = (await area.get(key(tabId)))[key(tabId)] as PageSummary | undefined;
      const stored = raw ? readStoredSummary(raw) : null;
      if (stored) memory.set(tabId, stored);
      return stored;
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
