/**
 * The document scanner: finds the citations in a document (or a part of it)
 * and where each one's badge goes, a slice of work at a time. Pure DOM code:
 * works on any `Document` (browser or DOM library), never on globals.
 *
 * A scan goes through three phases:
 *
 * 1. `pieces`: the root's text is read once (text-readers.ts: one
 *    textContent, or Range reads ending at each identifier link, which give
 *    the links' offsets); a huge root is split into pieces, one per child.
 *    In each piece, hint-search.ts finds where a citation may be, and each
 *    hint in text order is taken to its text node by hint-placement.ts, with
 *    the identifier links read at their turn. The block at each hint or link
 *    is read once (blocks.ts) and its citations found (group-citations.ts).
 *    If placement finds the piece's text has changed since it was read, the
 *    piece goes to data mode (data-mode.ts) and is read node by node. When
 *    the page's references name first authors, one more piece, the root's
 *    text again, is searched for their mentions (mentions.ts).
 * 2. `links`: identifier links whose block was not read yet, in document
 *    order (the links of a piece without hints, or of a huge root's pieces).
 * 3. `done`: repeats numbered, mentions linked, the page-level citation added.
 *
 * A page without hints costs one read of its text and one pass of a regular
 * expression over it. See docs/decisions/004-page-scan.md.
 */
import { MAY_LINK_TO_ID } from '../find-in-text';
import { placeAtOffset } from './badge-position';
import { type BlockText, BlockReader, type ReadBlock, SKIP_TAGS } from './blocks';
import { DataModeReader } from './data-mode';
import type { FoundCitation } from './found-citation';
import { CitationGrouper } from './group-citations';
import { type Frame, HintPlacer } from './hint-placement';
import { HintSearch } from './hint-search';
import { mentionHints } from './mentions';
import { ChildByChildReader, RangeReader, type TextReader } from './text-readers';

export interface ScanOptions {
  /** Elements to leave alone entirely (our own UI). */
  isOwnElement?: (el: Element) => boolean;
  /** Base for relative links (defaults to the document's base URI). */
  baseUrl?: string;
  /**
   * More text worth reading (a global regex), for engines that ride on the same
   * walk: the claims engine passes its keywords. Every block read is handed to
   * `onBlock`.
   */
  extraHints?: RegExp;
  onBlock?: (block: ReadBlock) => void;
  /**
   * Read runs of text with DOM Ranges (default): fastest in browsers. DOM
   * libraries may implement Range reads in quadratic time (happy-dom took a
   * minute for 5,000 elements), so the CLI sets this to false: runs are then
   * read child by child and links placed by a walk.
   */
  useRanges?: boolean;
}

/**
 * An element with more descendants than this is read child by child rather
 * than with one textContent call, so that no single read is a long task
 * (100,000 elements hold about 5 MB of text, read here in about 17 ms).
 */
const SPLIT_DESCENDANTS = 100_000;

/** One piece of the page, usually the whole root: its text as read once, and how far each phase has got in it. */
interface Piece {
  node: Node;
  text: string;
  /** How far the hint search has got, and the hints found. */
  searched: number;
  hints: number[];
  /** The next hint to place. */
  next: number;
  /** Identifier links in the piece, in document order, where each starts in `text`, and the next to read. */
  links: Element[];
  linkOffsets: number[] | null;
  nextLink: number;
  /** Where placement has got (hint-placement.ts). */
  frames: Frame[] | null;
  /** Set when the text changed under the scan (data-mode.ts). */
  dataMode: DataModeReader | null;
}

/**
 * A resumable scan. `step()` does a slice of work and reports whether the
 * scan has finished, so the content script can yield to the page between
 * slices while the CLI simply runs it to the end.
 */
export class DocumentScanner {
  private readonly root: Node;
  private readonly reader: TextReader;
  private readonly hints: HintSearch;
  private readonly placer: HintPlacer;
  private readonly blocks: BlockReader;
  private readonly found: CitationGrouper;
  private phase: 'pieces' | 'links' | 'done' = 'pieces';
  /** Nodes still to be read as pieces, last first. */
  private pieces: Node[] | null = null;
  private piece: Piece | null = null;
  /** Links whose href may name an identifier, in document order, and how many phase 2 has read. */
  private links: Element[] = [];
  private nextLinkRead = 0;
  /** The root's text as read (for the mention pass), and whether that pass has run. */
  private rootText: string | null = null;
  private mentionPassDone = false;

  constructor(
    private readonly doc: Document,
    root: Node = doc.body ?? doc.documentElement,
    private readonly options: ScanOptions = {},
  ) {
    this.root = root;
    this.reader = options.useRanges === false ? new ChildByChildReader(doc) : new RangeReader(doc);
    this.hints = new HintSearch(options.extraHints);
    this.placer = new HintPlacer(doc, this.reader);
    this.blocks = new BlockReader(doc, options.isOwnElement);
    this.found = new CitationGrouper(doc, root === doc.body || root === doc.documentElement, options.baseUrl);
  }

  /** The citations found so far, in document order; complete once `step()` returns true. */
  get citations(): FoundCitation[] {
    return this.found.citations;
  }

  /** Works until `shouldYield()` says stop or the scan ends. Returns true when finished. */
  step(shouldYield: () => boolean = () => false): boolean {
    if (this.phase === 'pieces' && !this.readPieces(shouldYield)) return false;
    if (this.phase === 'links' && !this.readLinks(shouldYield)) return false;
    return true;
  }

  /** Phase 1: the text, piece by piece (the whole root unless it is huge). Returns false when it stopped to yield. */
  private readPieces(shouldYield: () => boolean): boolean {
    if (!this.pieces) this.pieces = this.start();
    for (;;) {
      if (this.piece) {
        if (!this.hints.search(this.piece, shouldYield)) return false;
        if (!this.placePiece(this.piece, shouldYield)) return false;
        this.piece = null;
        if (shouldYield()) return false;
      }
      const node = this.pieces.pop();
      if (!node) {
        // Once the text is read, a page that cites references by author gets one more pass for their mentions.
        if (this.startMentionPass()) continue;
        break;
      }
      if (node.nodeType === 3 || node.nodeType === 4) {
        this.piece = this.newPiece(node, (node as Text).data);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (SKIP_TAGS.has(el.tagName)) continue;
      if (el.getElementsByTagName('*').length > SPLIT_DESCENDANTS) {
        for (let c = el.lastChild; c; c = c.previousSibling) this.pieces.push(c);
        continue;
      }
      if (node !== this.root || !this.links.length) this.piece = this.newPiece(node, el.textContent ?? '');
      else {
        const { text, linkOffsets } = this.reader.readWithLinks(el, this.links);
        this.piece = this.newPiece(node, text);
        this.piece.linkOffsets = linkOffsets;
      }
      if (node === this.root) this.rootText = this.piece.text;
    }
    this.phase = 'links';
    return true;
  }

  /** The identifier links of the root, and the root as the first piece. */
  private start(): Node[] {
    if (this.root.nodeType === 1) {
      for (const a of (this.root as Element).getElementsByTagName('a')) {
        const href = a.getAttribute('href');
        if (href && MAY_LINK_TO_ID.test(href)) this.links.push(a);
      }
    }
    return [this.root];
  }

  private newPiece(node: Node, text: string): Piece {
    return {
      node,
      text,
      searched: 0,
      hints: [],
      next: 0,
      // Links of a piece split off a huge page are read at the end instead.
      links: node === this.root ? this.links : [],
      linkOffsets: node === this.root ? null : [],
      nextLink: 0,
      frames: null,
      dataMode: null,
    };
  }

  /**
   * The mention pass: the root's text, already read, searched again for the
   * mentions of the entries' first authors (mentions.ts). Returns true when
   * there is such a pass to run.
   */
  private startMentionPass(): boolean {
    if (this.mentionPassDone || this.rootText === null) return false;
    this.mentionPassDone = true;
    const text = this.rootText;
    const hints = mentionHints(this.citations, text);
    if (!hints.length) return false;
    // Blocks already read are not read again: their mentions were collected then.
    this.piece = { ...this.newPiece(this.root, text), searched: text.length, hints, links: [], linkOffsets: [] };
    return true;
  }

  /** Reads the blocks at the piece's hints and links, in document order. Returns false when it stopped to yield. */
  private placePiece(piece: Piece, shouldYield: () => boolean): boolean {
    const hints = piece.hints;
    if (piece.node.nodeType !== 1) {
      if (hints.length) this.readBlockOf(piece.node);
      return true;
    }
    // Without hints, links are read afterwards in their (document) order.
    if (!hints.length) return true;
    if (piece.dataMode) return piece.dataMode.read(shouldYield);
    const linkOffsets = piece.linkOffsets ?? [];
    if (!piece.frames) piece.frames = this.placer.start(piece.node);
    // The time budget is checked after every block read: a block can cost a millisecond when the
    // claims engine reads it too, so checking every few dozen let one slice run 50 ms.
    for (;;) {
      const hint = hints[piece.next];
      const linkOffset = linkOffsets[piece.nextLink];
      if (hint === undefined) break;
      if (linkOffset !== undefined && linkOffset <= hint) {
        const link = piece.links[piece.nextLink++] as Element;
        // Placement goes on from where it was: stepping over the link costs what reaching it would.
        if (link.isConnected && this.readBlockOf(link) && shouldYield()) return false;
        continue;
      }
      const placed = this.placer.place(piece.frames, piece.text, hint, shouldYield);
      if (placed === 'yielded') return false;
      if (placed === 'text-changed') {
        // The page changed its text since it was read: read the piece again, node by node.
        piece.dataMode = new DataModeReader(this.doc, piece.node, this.hints, (node) => this.readBlockOf(node));
        return piece.dataMode.read(shouldYield);
      }
      if (placed.node) this.readBlockOf(placed.node);
      // Hints in the same node were found with it.
      while ((hints[piece.next] ?? Number.POSITIVE_INFINITY) < placed.end) piece.next++;
      if (shouldYield()) return false;
    }
    // Links after the last hint.
    while (piece.nextLink < piece.links.length) {
      const link = piece.links[piece.nextLink++] as Element;
      if (link.isConnected && this.readBlockOf(link) && shouldYield()) return false;
    }
    return true;
  }

  /** Phase 2: identifier links in blocks not read yet (in document order); then the page itself. */
  private readLinks(shouldYield: () => boolean): boolean {
    while (this.nextLinkRead < this.links.length) {
      const link = this.links[this.nextLinkRead++] as Element;
      if (link.isConnected && this.readBlockOf(link) && shouldYield()) return false;
    }
    this.found.finish();
    this.phase = 'done';
    return true;
  }

  /** Reads the block a node belongs to, unless read already; returns whether it did. */
  private readBlockOf(node: Node): boolean {
    const block = this.blocks.readBlockOf(node);
    if (!block) return false;
    if (block.nodes.length) {
      this.handOn(block);
      this.found.addBlock(block);
    }
    return true;
  }

  /** Hands a block to the engine riding on the scan (the claims engine). */
  private handOn(block: BlockText): void {
    if (!this.options.onBlock) return;
    try {
      this.options.onBlock({ element: block.element, text: block.text, place: (offset) => placeAtOffset(block, offset) });
    } catch {
      // Another engine's failure never stops citation detection.
    }
  }
}

/** Scans a whole document in one go (CLI, tests). */
export function scanDocument(doc: Document, options?: ScanOptions): FoundCitation[] {
  const scanner = new DocumentScanner(doc, undefined, options);
  scanner.step();
  return scanner.citations;
}
