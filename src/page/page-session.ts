/**
 * The life of Evidence Lens on one page: scan in slices that yield to the
 * page, one batched lookup per scan, badges placed, changed subtrees
 * re-scanned. Takes its browser and timer dependencies as parameters so it
 * runs the same under a DOM library in tests.
 */
import { DocumentScanner, type FoundCitation } from '../citations/scan-document';
import type { StudyView } from '../evidence/study-view';
import type { Reply, Request, Responses } from '../messaging/protocol';
import { LIMITS } from '../messaging/protocol';
import { toRequest } from './citation-request';
import { isOwnElement } from '../overlay/host';
import { Overlay } from '../overlay/overlay';
import type { Settings } from '../settings/settings';

export interface PageSessionDeps {
  doc: Document;
  send: (request: Request) => Promise<Reply<unknown>>;
  /** Lifecycle-bound timer (WXT's ctx.setTimeout in the extension). */
  setTimeout: (fn: () => void, ms: number) => unknown;
  now: () => number;
  /** Milliseconds of work per slice before yielding to the page. */
  sliceMs?: number;
}

export class PageSession {
  readonly overlay: Overlay;
  private destroyed = false;
  /** Every citation found so far, by key. */
  readonly found = new Map<string, { citation: FoundCitation; studyId: string | null }>();

  constructor(private readonly deps: PageSessionDeps) {
    this.overlay = new Overlay(deps.doc);
  }

  /** Scans `root` (the whole body by default) and places badges. Resolves when done. */
  async scan(root?: Node, append = false): Promise<FoundCitation[]> {
    const { doc } = this.deps;
    const scanner = new DocumentScanner(doc, root, { isOwnElement });
    const slice = this.deps.sliceMs ?? 8;
    for (;;) {
      const start = this.deps.now();
      if (scanner.step(() => this.deps.now() - start > slice)) break;
      await new Promise<void>((resolve) => this.deps.setTimeout(resolve, 0));
      if (this.destroyed) return [];
    }
    const fresh = scanner.citations.filter((c) => !this.found.has(c.key) || c.pageLevel);
    if (!fresh.length && append) return [];
    const citations = fresh.slice(0, LIMITS.citations);
    const reply = (await this.deps.send({
      type: 'lookup',
      append,
      url: doc.location?.href ?? doc.URL,
      title: (doc.title ?? '').slice(0, LIMITS.text),
      citations: citations.map(toRequest),
      claims: [],
    })) as Reply<Responses['lookup']>;
    if (this.destroyed || !reply.ok) return citations;
    this.render(citations, reply.value.results, reply.value.studies);
    return citations;
  }

  private render(citations: FoundCitation[], results: Responses['lookup']['results'], studies: Record<string, StudyView>): void {
    this.overlay.setStudies(studies);
    const byKey = new Map(results.map((r) => [r.key, r.studyId]));
    for (const citation of citations) {
      const studyId = byKey.get(citation.key) ?? null;
      this.found.set(citation.key, { citation, studyId });
      if (!citation.after) continue;
      // A reference without identifiers gets a badge only when the record matched it for certain.
      if (!studyId && !Object.keys(citation.ids).length) continue;
      this.overlay.addBadge({
        key: citation.key,
        ids: citation.ids,
        after: citation.after,
        afterOffset: citation.afterOffset,
        study: studyId ? (studies[studyId] ?? null) : null,
      });
    }
  }

  /** Applies display settings to the badges already on the page and to those to come. */
  applySettings(settings: Pick<Settings, 'badges' | 'compact' | 'claimNotes'>): void {
    this.overlay.setDisplay({ badges: settings.badges, compact: settings.compact, claimNotes: settings.claimNotes });
  }

  reveal(key: string): boolean {
    return this.overlay.reveal(key);
  }

  destroy(): void {
    this.destroyed = true;
    this.overlay.destroy();
  }
}
