/**
 * The life of Evidence Lens on one page: scan in slices that yield to the
 * page, one batched lookup per scan, badges placed, changed subtrees
 * re-scanned. Takes its browser and timer dependencies as parameters so it
 * runs the same under a DOM library in tests.
 */
import { DocumentScanner, type FoundCitation } from '../citations/scan';
import type { CitationIds } from '../citations/ids';
import { findIdentifiers } from '../citations/find-in-text';
import { findReferenceHint, referenceParts } from '../citations/references';
import type { BadgeResult, CitationRequest, Reply, Request, Responses } from '../messaging/protocol';
import { LIMITS } from '../messaging/protocol';
import { toRequest } from './citation-request';
import { isOwnElement } from '../overlay/host';
import { Overlay } from '../overlay/overlay';
import type { Settings } from '../settings/settings';
import { MARKED_KIND_LABEL } from '../claims/kinds';
import type { PageClaim } from '../claims/page-analysis';
import { BlockCollector, claimsWanted, offerFormCount } from '../claims/page-claims';
import { readTopicSignals } from '../topics/read-topic';

export interface PageSessionDeps {
  doc: Document;
  send: (request: Request) => Promise<Reply<unknown>>;
  /** Lifecycle-bound timer (WXT's ctx.setTimeout in the extension). */
  setTimeout: (fn: () => void, ms: number) => unknown;
  now: () => number;
  /** Milliseconds of work per slice before yielding to the page. */
  sliceMs?: number;
  /**
   * The claims engine's trigger words (one global pattern): blocks holding one are read and sent to the
   * background for the claims analysis. The content script gets it from the build, not from the engine.
   */
  claimHints?: RegExp;
  /** Told when not one of a scan's badges and markers could be placed (one refused badge is no failure). */
  onError?: (error: unknown) => void;
}

export class PageSession {
  readonly overlay: Overlay;
  private destroyed = false;
  private claimsOn = true;
  /** Every citation found so far, by key, with what the background answered. */
  readonly found = new Map<string, { citation: FoundCitation; result: BadgeResult | null }>();

  constructor(private readonly deps: PageSessionDeps) {
    this.overlay = new Overlay(deps.doc);
  }

  /** Re-scans changed parts of the page one after another (never several at once in one task). */
  async scanRoots(roots: readonly Node[]): Promise<void> {
    for (const root of roots) {
      if (this.destroyed) return;
      if (root.isConnected) await this.scan(root, true);
    }
  }

  /** Scans `root` (the whole body by default), places badges, then claim markers. Resolves when done. */
  async scan(root?: Node, append = false): Promise<FoundCitation[]> {
    const { doc } = this.deps;
    const url = doc.location?.href ?? doc.URL;
    // Claims ride on the same walk; pages that report research (journals, registries) get none.
    const hints = this.deps.claimHints;
    const blocks = this.claimsOn && hints && claimsWanted(doc, url) ? new BlockCollector() : null;
    const scanner = new DocumentScanner(
      doc,
      root,
      blocks && hints ? { isOwnElement, extraHints: hints, onBlock: blocks.onBlock } : { isOwnElement },
    );
    if (!(await this.inSlices((shouldYield) => scanner.step(shouldYield)))) return [];
    const fresh = scanner.citations.filter((c) => !this.found.has(c.key) || c.pageLevel);
    // Mentions of a reference-list entry are not looked up: they say what their entry says.
    const citations = fresh.filter((c) => !c.sameAs).slice(0, LIMITS.citations);
    const mentions = fresh.filter((c) => c.sameAs);
    if (fresh.length || !append) {
      const reply = (await this.deps.send({
        type: 'lookup',
        append,
        url,
        title: (doc.title ?? '').slice(0, LIMITS.text),
        citations: citations.map(toRequest),
        // What the page is about, read once, on the first scan of the whole page.
        ...(append ? {} : { topic: readTopicSignals(doc, url), scholarly: !claimsWanted(doc, url) }),
      })) as Reply<Responses['lookup']>;
      if (this.destroyed) return citations;
      if (reply.ok) {
        await this.placeInSlices([...this.badgePlacements(citations, reply.value.results), ...this.mentionPlacements(mentions)]);
      }
    }
    // Claims after the badges: the background analyses the blocks with the page's citations known.
    if (blocks?.kept.length && !this.destroyed) await this.markClaims(blocks, url, append);
    return citations;
  }

  /** Sends the blocks read to the background's claims analysis and places the markers it returns. */
  private async markClaims(blocks: BlockCollector, url: string, append: boolean): Promise<void> {
    const { doc } = this.deps;
    const formCount = offerFormCount(doc);
    const reply = (await this.deps.send({ type: 'claims', append, url, blocks: blocks.texts(), formCount })) as Reply<
      Responses['claims']
    >;
    if (this.destroyed || !reply.ok) return;
    await this.placeInSlices(
      reply.value.claims.filter((c) => !this.overlay.has(c.key)).map((claim) => () => this.placeClaim(claim, blocks)),
    );
  }

  /** One claim's marker, at the end of its sentence (or after the citation it is about). */
  private placeClaim(claim: PageClaim, blocks: BlockCollector): void {
    const at = claim.at;
    let place: { after: Node; afterOffset?: number } | null = null;
    if ('block' in at) {
      const kept = blocks.kept[at.block];
      if (kept) place = kept.block.place(at.end);
    } else {
      const host = this.overlay.hostOf(at.citation);
      const citation = this.found.get(at.citation)?.citation;
      place = host ? { after: host } : citation?.after ? { after: citation.after, afterOffset: citation.afterOffset } : null;
    }
    if (!place) return;
    this.overlay.addClaimMarker({
      key: claim.key,
      after: place.after,
      afterOffset: place.afterOffset,
      goesBeyond: claim.shown,
      note: claim.note ?? 'This claim is in line with the evidence this page cites.',
      kindLabel: MARKED_KIND_LABEL[claim.kind],
    });
  }

  /** Runs `work` until it reports done, a slice at a time with the page's tasks in between; false if the session ended. */
  private async inSlices(work: (shouldYield: () => boolean) => boolean): Promise<boolean> {
    const slice = this.deps.sliceMs ?? 8;
    for (;;) {
      const start = this.deps.now();
      if (work(() => this.deps.now() - start > slice)) return true;
      if (!(await this.yieldToPage())) return false;
    }
  }

  /** Lets the page run a task; false if the session ended meanwhile. */
  private async yieldToPage(): Promise<boolean> {
    await new Promise<void>((resolve) => this.deps.setTimeout(resolve, 0));
    return !this.destroyed;
  }

  /** Puts badges and markers on the page a slice at a time, yielding between slices: no long task on huge pages. */
  private async placeInSlices(placements: (() => void)[]): Promise<void> {
    const slice = this.deps.sliceMs ?? 8;
    let start = this.deps.now();
    let placed = 0;
    let failure: unknown = null;
    for (const place of placements) {
      if (this.destroyed) return;
      const error = this.safely(place);
      if (error === null) placed++;
      else failure ??= error;
      if (this.deps.now() - start > slice) {
        await this.yieldToPage();
        start = this.deps.now();
      }
    }
    if (failure !== null && placed === 0) this.deps.onError?.(failure);
  }

  /** Records what the lookup said about each citation; returns the badge placements still to do. */
  private badgePlacements(citations: FoundCitation[], results: Responses['lookup']['results']): (() => void)[] {
    const placements: (() => void)[] = [];
    const byKey = new Map(results.map((r) => [r.key, r]));
    for (const citation of citations) {
      const result = byKey.get(citation.key) ?? null;
      this.found.set(citation.key, { citation, result });
      const after = citation.after;
      if (!after || !result) continue;
      placements.push(() =>
        this.overlay.addBadge({
          key: citation.key,
          after,
          afterOffset: citation.afterOffset,
          answer: result.answer,
          flagged: result.flagged,
          card: result.card,
        }),
      );
    }
    return placements;
  }

  /** Badges for in-text mentions, each saying what its reference-list entry's badge says. */
  private mentionPlacements(mentions: FoundCitation[]): (() => void)[] {
    const placements: (() => void)[] = [];
    for (const mention of mentions) {
      const entry = mention.sameAs ? this.found.get(mention.sameAs) : undefined;
      const after = mention.after;
      const result = entry?.result;
      if (!result || !after) continue;
      placements.push(() =>
        this.overlay.addBadge({
          key: mention.key,
          after,
          afterOffset: mention.afterOffset,
          answer: result.answer,
          flagged: result.flagged,
          card: result.card,
        }),
      );
    }
    return placements;
  }

  /** Applies display settings to the badges already on the page and to those to come. */
  applySettings(settings: Pick<Settings, 'badges' | 'compact' | 'claimNotes' | 'allClaims'>): void {
    this.claimsOn = settings.claimNotes;
    this.overlay.setDisplay({
      badges: settings.badges,
      compact: settings.compact,
      claimNotes: settings.claimNotes,
      allClaims: settings.allClaims,
    });
  }

  /**
   * "Check citation" on selected text: finds identifiers (or a reference) in
   * it, asks the record, and opens a card beside the selection.
   */
  async checkSelection(text: string, range: Range | null): Promise<boolean> {
    const ids: CitationIds = {};
    for (const m of findIdentifiers(text)) ids[m.kind] ??= m.value;
    const hint = Object.keys(ids).length ? null : findReferenceHint(text);
    const request: CitationRequest | null = Object.keys(ids).length
      ? { key: 'selection', ids, text: text.slice(0, LIMITS.text) }
      : hint
        ? {
            key: 'selection',
            ids: {},
            text: text.slice(0, LIMITS.text),
            reference: {
              surname: hint.surname,
              year: hint.year,
              text: text.slice(0, LIMITS.text),
              title: hint.form === 'entry' ? referenceParts(text.slice(hint.start)).title?.slice(0, LIMITS.text) : null,
            },
          }
        : null;
    let found: Parameters<Overlay['openForSelection']>[1] = null;
    if (request) {
      const reply = (await this.deps.send({ type: 'resolve', citations: [request] })) as Reply<Responses['resolve']>;
      const result = reply.ok ? reply.value.results[0] : undefined;
      if (result) found = { tier: result.answer.tier, card: result.card };
    }
    const anchor = range ?? this.deps.doc.createRange();
    this.overlay.openForSelection(anchor, found);
    return found !== null;
  }

  /** One badge that cannot be placed (a page that fights us) never stops the others. */
  private safely(place: () => void): unknown {
    try {
      place();
      return null;
    } catch (error) {
      // Quiet on the host page (STYLE rule 12); the rest of the page still gets its badges.
      return error ?? new Error('a badge could not be placed');
    }
  }

  reveal(key: string): boolean {
    return this.overlay.reveal(key);
  }

  destroy(): void {
    this.destroyed = true;
    this.overlay.destroy();
  }
}
