/**
 * The claims engine on a page: rides on the citation scanner's single walk
 * (its trigger words select the blocks to read), collects the claims with the
 * place their marker goes.
 */
import type { ReadBlock } from '../citations/scan';
import { claimHintPattern, findClaims } from './find-claims';

export { claimPatterns } from './find-claims';
import type { ClaimFinding } from './kinds';
import { isScholarlyPage } from './page-kind';

export interface PlacedClaim extends ClaimFinding {
  after: Node;
  afterOffset?: number;
}

/** Blocks the claims engine reads at most on one page: a long page is judged by its first screenfuls. */
const MAX_BLOCKS = 1500;
const MAX_CLAIMS = 300;

export const CLAIM_HINTS = claimHintPattern();

/** The names of the page's meta tags (head only). */
export function metaNames(doc: Document): string[] {
  const names: string[] = [];
  for (let el = doc.head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.tagName !== 'META') continue;
    const name = el.getAttribute('name') ?? el.getAttribute('property');
    if (name) names.push(name);
  }
  return names;
}

/** Claim notes stay off on pages that report research rather than sell (journals, PubMed, registries, agencies). */
export function claimsWanted(doc: Document, url: string): boolean {
  return !isScholarlyPage(url, metaNames(doc));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Collects the blocks the scanner reads for the claims engine, and finds the
 * claims in them afterwards, in slices of its own (`analyse`): the scan stays
 * cheap, and the engine's patterns are warmed up only on pages that need them.
 */
export class ClaimCollector {
  readonly claims: PlacedClaim[] = [];
  private readonly blocks: ReadBlock[] = [];
  private analysed = 0;
  private readonly seen = new Map<string, number>();

  /** Give this to the scanner as `onBlock`. */
  readonly onBlock = (block: ReadBlock): void => {
    if (this.blocks.length < MAX_BLOCKS) this.blocks.push(block);
  };

  /** Whether blocks wait to be analysed. */
  get pending(): boolean {
    return this.analysed < this.blocks.length && this.claims.length < MAX_CLAIMS;
  }

  /** Finds the claims in the blocks kept so far, until `shouldYield()` says stop; true when none is left. */
  analyse(shouldYield: () => boolean = () => false): boolean {
    while (this.pending) {
      this.read(this.blocks[this.analysed++] as ReadBlock);
      if (shouldYield()) break;
    }
    return !this.pending;
  }

  private read(block: ReadBlock): void {
    for (const claim of findClaims(block.text)) {
      const text = collapse(claim.text);
      if (!text || text.length > 600) continue;
      const base = `claim:${text.slice(0, 120)}`;
      const n = this.seen.get(base) ?? 0;
      this.seen.set(base, n + 1);
      this.claims.push({
        key: n ? `${base}#${n}` : base,
        kind: claim.kind,
        text,
        hedged: claim.hedged,
        ...block.place(claim.end),
      });
      if (this.claims.length >= MAX_CLAIMS) return;
    }
  }
}
