/**
 * One walk over a document's text: assembles the text of each block, finds
 * identifiers in it (and in the links inside it), maps each match back to the
 * node a badge goes after, and groups the identifiers of one reference into
 * one citation. Pure DOM code: works on any `Document` (browser or a DOM
 * library), never on globals.
 */
import type { ReferenceHint } from '../../evidence/evidence-index';
import { type CitationIds, citationKeys, type IdKind } from '../ids';
import type { TextMatch } from '../detectors';
import { findIdentifiers, identifierFromHref, MAY_LINK_TO_ID } from '../find-in-text';
import { findMentions, findReferenceHints, MENTION_GATE, type ReferenceCandidate, referenceParts } from '../references';
import { identifiersFromJsonLd, identifiersFromMeta } from '../metadata';
import { placeAt, placeAtOffset } from './badge-position';
import { HintSearch } from './hint-search';
import { type BlockText, BlockReader, nodeAt, type ReadBlock, SKIP_TAGS } from './blocks';

export interface FoundCitation {
  /** Stable key from the identifiers (or the reference), the same on every scan. */
  key: string;
  ids: CitationIds;
  /** The citation's text on the page: its block's text, whitespace collapsed, at most 300 characters. */
  text: string;
  /** The badge goes right after this node; null for a page-level citation (the page is the article). */
  after: Node | null;
  /**
   * When the citation ends inside a longer text node, the offset in `after`
   * (a Text node) where it ends: the badge goes there, not at the node's end.
   */
  afterOffset?: number;
  /**
   * The reference as the page prints it (surname, year, the entry's text, and
   * its title and journal when they can be told apart): matched against the
   * record's bibliography when there are no identifiers, and read for design
   * words when nothing knows the study.
   */
  reference?: ReferenceHint;
  pageLevel?: boolean;
  /**
   * An in-text mention ("Genchi et al.", "Centeno and colleagues", "(Zhou et
   * al., 2018)") of the one entry of the page's reference list with this key:
   * its badge says what that entry's says.
   */
  sameAs?: string;
}

/** A mention without a year, kept until the whole page is read (its entry may come later). */
interface Mention {
  surname: string;
  text: string;
  place: { after: Node; afterOffset?: number };
}

const MAX_GAP = 400;
/** Most in-text mentions without a year kept on one page. */
const MAX_MENTIONS = 500;
/** Most reference surnames the mention pass looks for. */
const MAX_MENTION_SURNAMES = 200;
/** Longest text kept of one reference (what the record's bibliography and the title reading look at). */
const REFERENCE_TEXT = 600;
const TEXT_LIMIT = 300;

interface Located extends TextMatch {
  node: Text | Element;
}

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
/** In data mode (see Piece), text is searched in batches of about this much. */
const BATCH_TEXT = 16 * 1024;
const SHOW_TEXT = 4 | 8; // NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: the nodes textContent is made of
/** An element with more children than this is entered rather than measured whole (its text may be long); one the hint falls in is entered if it has any. */
const SMALL_CHILDREN = 32;
/** At most this many children are stepped over in one read, so that no read is long (about 50 KB of text here). */
const MAX_JUMP = 512;
/** What placement returns when it stopped to yield. */
const YIELDED = -2;
/** Fewer children than this between the current place and a hint are stepped over one by one (each costs a wrapper and a read). */
const JUMP_MIN = 6;
/**
 * A run covers a share of the estimated children before the hint: too
 * little leaves many to step over one by one (each costs a wrapper and a
 * read), too much reads runs that overshoot the hint and are wasted. The
 * share adapts: it grows while runs land short of the hint and drops when
 * one overshoots, so pages of even blocks step over nearly all the way and
 * pages of uneven ones stay careful.
 */
const JUMP_SHARE_START = 0.85;
const JUMP_SHARE_MAX = 0.97;
const JUMP_SHARE_MIN = 0.5;

/**
 * Where the placement of hints has got inside one element: the child it is
 * at and that child's offset in the piece's text, and how
 * many children and characters it has passed (for the average length).
 */
interface Frame {
  parent: Node;
  child: Node | null;
  off: number;
  /** How many element children come before `child`: runs are stepped over by index in `children`. */
  index: number;
  passed: number;
  chars: number;
}

/**
 * One piece of the page being scanned: usually the whole body. Its text is
 * read once (textContent) and searched for hints. Each hint is then placed on
 * its text node by going down the tree from the piece: runs of children that
 * end before the hint are stepped over with one Range read of their text
 * (their number estimated from the average length so far), not by reading
 * each child's text. If the page changed the text between two slices, offsets no
 * longer line up: placement notices (the character at a hint differs) and the
 * piece is read again node by node ("data mode").
 */
interface Piece {
  node: Node;
  text: string;
  /** How far the hint search has got. */
  searched: number;
  hints: number[];
  next: number;
  /** Identifier links in the piece, in document order, and where each starts in `text`. */
  links: Element[];
  linkOffsets: number[] | null;
  nextLink: number;
  frames: Frame[] | null;
  dataMode: boolean;
  walker: TreeWalker | null;
  batch: { nodes: Text[]; starts: number[]; text: string };
}

/**
 * A resumable scan. `step()` does a slice of work and reports whether the
 * scan has finished, so the content script can yield to the page between
 * slices while the CLI simply runs it to the end.
 *
 * The cost on an ordinary page is one read of the text (`textContent`, or
 * Range reads ending at each identifier link, which give the links' offsets)
 * and one regular-expression pass over it, which finds where identifiers may
 * be. Pages without hints stop there (their identifier links are read in
 * document order). Otherwise each hint, and each link, in text order, has its
 * block read: hints are placed on their text node as `Piece` describes, so
 * citations come out in document order. See docs/decisions/004-page-scan.md.
 */
export class DocumentScanner {
  readonly citations: FoundCitation[] = [];
  private readonly root: Node;
  private readonly blocks: BlockReader;
  private readonly seen = new Map<string, number>();
  private readonly mentions: Mention[] = [];
  /** The root's text as read (for the mention pass), and whether that pass has run. */
  private rootText: string | null = null;
  private mentionPassDone = false;
  private phase: 'pieces' | 'links' | 'done' = 'pieces';
  /** Nodes still to be read, last first. */
  private pieces: Node[] | null = null;
  private piece: Piece | null = null;
  /** Links whose href may name an identifier, in document order, and how many phase 2 has read. */
  private links: Element[] = [];
  private nextLinkRead = 0;
  private readonly range: Range;
  private readonly pageIds: CitationIds;
  private readonly pageKeys: Set<string>;
  private readonly wholePage: boolean;
  private readonly hints: HintSearch;
  /** The page's base URL, read once (on the first link). */
  private baseUrl: string | undefined;
  /** Children and characters placement has stepped over anywhere, for its first estimates in a new element. */
  private passed = 0;
  private chars = 0;
  /** The share of the estimated children a run covers (see JUMP_SHARE_START). */
  private share = JUMP_SHARE_START;

  constructor(
    private readonly doc: Document,
    root: Node = doc.body ?? doc.documentElement,
    private readonly options: ScanOptions = {},
  ) {
    this.root = root;
    this.range = doc.createRange();
    this.blocks = new BlockReader(doc, options.isOwnElement);
    this.hints = new HintSearch(options.extraHints);
    this.wholePage = root === doc.body || root === doc.documentElement;
    this.pageIds = this.wholePage ? identifiersFromMeta(doc) : {};
    this.pageKeys = new Set(citationKeys(this.pageIds));
  }

  /**
   * The mention pass: when the page's references name first authors, their
   * mentions without a year ("Genchi et al.", "Centeno and colleagues") are
   * searched for in the text already read, by those surnames only, and the
   * blocks they sit in are read like any other hint's. Pages without such
   * references pay nothing. Returns true when there is a pass to run.
   */
  private startMentionPass(): boolean {
    if (this.mentionPassDone || this.rootText === null) return false;
    this.mentionPassDone = true;
    const surnames = new Set<string>();
    for (const c of this.citations) {
      const surname = entrySurname(c);
      if (surname && surnames.size < MAX_MENTION_SURNAMES) surnames.add(surname);
    }
    if (!surnames.size) return false;
    const names = [...surnames].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const re = new RegExp(
      `(?<![\\p{L}'’])(?:${names})(?=\\s+(?:et\\s+al\\b|and\\s+(?:his\\s+|her\\s+|their\\s+)?(?:colleagues|co-?workers)))`,
      'giu',
    );
    const text = this.rootText;
    const hints: number[] = [];
    for (let m = re.exec(text); m && hints.length < MAX_MENTIONS; m = re.exec(text)) hints.push(m.index);
    if (!hints.length) return false;
    // Blocks already read are not read again: their mentions were collected then.
    this.piece = { ...this.newPiece(this.root, text), searched: text.length, hints, links: [], linkOffsets: [] };
    return true;
  }

  /** Works until `shouldYield()` says stop or the scan ends. Returns true when finished. */
  step(shouldYield: () => boolean = () => false): boolean {
    if (this.phase === 'pieces' && !this.readPieces(shouldYield)) return false;
    if (this.phase === 'links' && !this.readLinks(shouldYield)) return false;
    return true;
  }

  private start(): Node[] {
    if (this.root.nodeType === 1) {
      for (const a of (this.root as Element).getElementsByTagName('a')) {
        const href = a.getAttribute('href');
        if (href && MAY_LINK_TO_ID.test(href)) this.links.push(a);
      }
    }
    return [this.root];
  }

  /**
   * Phase 1: the text, piece by piece (the whole root unless it is huge).
   * Returns false when it stopped to yield.
   */
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
      else if (this.options.useRanges !== false) this.piece = this.readWithLinks(el);
      else this.piece = this.walkToLinks(el);
      if (node === this.root) this.rootText = this.piece.text;
    }
    this.phase = 'links';
    return true;
  }

  /**
   * The root's text read in segments that end where each identifier link
   * starts (one Range read each): the same text as textContent, and each
   * link's offset in it, for reading link blocks in document order.
   */
  private readWithLinks(root: Element): Piece {
    const range = this.range;
    const parts: string[] = [];
    const offsets: number[] = [];
    let at = 0;
    range.setStart(root, 0);
    for (const link of this.links) {
      range.setEnd(link, 0);
      const part = range.toString();
      parts.push(part);
      at += part.length;
      offsets.push(at);
      range.setStart(link, 0);
    }
    range.setEnd(root, root.childNodes.length);
    parts.push(range.toString());
    const piece = this.newPiece(root, parts.join(''));
    piece.linkOffsets = offsets;
    return piece;
  }

  /** The same without Ranges: textContent, and one walk over the text nodes summing lengths up to each link. */
  private walkToLinks(root: Element): Piece {
    const piece = this.newPiece(root, root.textContent ?? '');
    const walker = this.doc.createTreeWalker(root, SHOW_TEXT);
    const firstText = this.links.map((link) => {
      walker.currentNode = link;
      return walker.nextNode();
    });
    const offsets: number[] = [];
    walker.currentNode = root;
    let at = 0;
    let k = 0;
    for (let t = walker.nextNode() as Text | null; t && k < firstText.length; t = walker.nextNode() as Text | null) {
      while (k < firstText.length && firstText[k] === t) {
        offsets.push(at);
        k++;
      }
      at += t.length;
    }
    while (offsets.length < this.links.length) offsets.push(piece.text.length);
    piece.linkOffsets = offsets;
    return piece;
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
      dataMode: false,
      walker: null,
      batch: { nodes: [], starts: [], text: '' },
    };
  }

  /**
   * Reads the blocks at the piece's hints and links, in document order.
   * Returns false when it stopped to yield.
   */
  private placePiece(piece: Piece, shouldYield: () => boolean): boolean {
    const hints = piece.hints;
    if (piece.node.nodeType !== 1) {
      if (hints.length) this.readBlockOf(piece.node);
      return true;
    }
    // Without hints, links are read afterwards in their (document) order.
    if (!hints.length) return true;
    if (piece.dataMode) return this.readDataMode(piece, shouldYield);
    const linkOffsets = piece.linkOffsets ?? [];
    if (!piece.frames) piece.frames = [this.frameOf(piece.node, 0)];
    // The time budget is checked after every block read: a block can cost a millisecond when the
    // claims engine reads it too, so checking every few dozen let one slice run 50 ms.
    for (;;) {
      const h = hints[piece.next];
      const l = linkOffsets[piece.nextLink];
      if (h === undefined) break;
      if (l !== undefined && l <= h) {
        const link = piece.links[piece.nextLink++] as Element;
        // Placement goes on from where it was: stepping over the link costs what reaching it would.
        if (link.isConnected && this.readBlockOf(link) && shouldYield()) return false;
        continue;
      }
      const end = this.place(piece, h, shouldYield);
      if (end === YIELDED) return false;
      if (end < 0) {
        // The text changed under us: read the piece again, node by node.
        piece.dataMode = true;
        return this.readDataMode(piece, shouldYield);
      }
      while ((hints[piece.next] ?? Number.POSITIVE_INFINITY) < end) piece.next++;
      if (shouldYield()) return false;
    }
    // Links after the last hint.
    while (piece.nextLink < piece.links.length) {
      const link = piece.links[piece.nextLink++] as Element;
      if (link.isConnected && this.readBlockOf(link) && shouldYield()) return false;
    }
    return true;
  }

  private frameOf(parent: Node, off: number): Frame {
    return { parent, child: parent.firstChild, off, index: 0, passed: 0, chars: 0 };
  }

  /** Average text length of the children passed so far (in this element, or anywhere). */
  private average(f: Frame): number {
    if (f.passed >= 4) return f.chars / f.passed || 1;
    return this.passed >= 4 ? this.chars / this.passed || 1 : 64;
  }

  /**
   * Finds the text node at offset `h` of the piece's text and reads its
   * block. Returns the offset where the node (or the element read whole)
   * ends, so that further hints inside it are skipped, or -1 when the text no
   * longer matches what was read.
   */
  private place(piece: Piece, h: number, shouldYield: () => boolean): number {
    const frames = piece.frames as Frame[];
    const range = this.range;
    // Placement keeps its state in the frames: once it has moved on, it can stop and go on in the next slice.
    let moved = 0;
    for (;;) {
      if (moved >= 64 && shouldYield()) return YIELDED;
      const f = frames[frames.length - 1];
      if (!f) return -1;
      if (!f.child) {
        // This element ends before the hint: continue in its parent.
        frames.pop();
        const parent = frames[frames.length - 1];
        if (!parent) return -1;
        parent.child = parent.child?.nextSibling ?? null;
        parent.index++;
        // The element just left is a sample of its siblings' length.
        parent.passed++;
        parent.chars += f.off - parent.off;
        parent.off = f.off;
        continue;
      }
      // Step over runs of children that end before the hint, one Range read each.
      let skip = Math.min(MAX_JUMP, Math.floor((this.share * (h - f.off)) / this.average(f)));
      for (let from: Node | null = f.child; from && skip >= JUMP_MIN; from = f.child) {
        if (moved && shouldYield()) return YIELDED;
        let last: Node | null = from;
        let n = 0;
        let length = 0;
        if (this.options.useRanges !== false) {
          // The collection finds the run's end without a wrapper for every child passed.
          const kids = (f.parent as Element).children;
          n = Math.min(skip, kids.length - f.index);
          // Too few elements left to be worth a read: they are stepped over one by one.
          if (n < JUMP_MIN) break;
          last = kids[f.index + n] ?? null;
          range.setStart(from, 0);
          if (last) range.setEnd(last, 0);
          else range.setEnd(f.parent, f.parent.childNodes.length);
          length = range.toString().length;
        } else {
          for (; last && n < skip; last = last.nextSibling) {
            length += textLength(last);
            if (last.nodeType === 1) n++;
          }
        }
        if (f.off + length <= h) {
          this.share = Math.min(JUMP_SHARE_MAX, this.share + 0.02);
          moved += 64;
          f.child = last;
          f.index += n;
          f.off += length;
          f.passed += n;
          f.chars += length;
          this.passed += n;
          this.chars += length;
          skip = Math.min(MAX_JUMP, Math.floor((this.share * (h - f.off)) / this.average(f)));
        } else {
          // Too far: the run is still a sample of the children's length, which corrects the estimate.
          this.share = Math.max(JUMP_SHARE_MIN, this.share - 0.1);
          f.passed += n;
          f.chars += length;
          skip = Math.min(n >> 1, Math.floor((this.share * (h - f.off)) / this.average(f)));
        }
      }
      const child = f.child;
      if (!child) continue;
      const type = child.nodeType;
      // A wide element is entered (its text may be long to read at once); a small one is measured whole.
      if (type === 1 && (child as Element).childElementCount > SMALL_CHILDREN) {
        frames.push(this.frameOf(child, f.off));
        continue;
      }
      const length = textLength(child);
      if (f.off + length <= h) {
        moved++;
        f.child = child.nextSibling;
        f.off += length;
        f.chars += length;
        this.chars += length;
        // Averages are per element, as runs are counted: the text between elements goes with them.
        if (type === 1) {
          f.index++;
          f.passed++;
          this.passed++;
        }
        continue;
      }
      if (type === 3 || type === 4) {
        if ((child as Text).data.charCodeAt(h - f.off) !== piece.text.charCodeAt(h)) return -1;
        this.readBlockOf(child);
        return f.off + length;
      }
      const el = child as Element;
      if (SKIP_TAGS.has(el.tagName)) return f.off + length;
      // The hint is in this element: one with elements inside is entered, to reach the text node.
      const count = el.childElementCount;
      if (count > 0) {
        const inner = this.frameOf(el, f.off);
        // Its length and number of children give the first estimate inside it.
        inner.passed = count;
        inner.chars = length;
        frames.push(inner);
        continue;
      }
      return this.placeInside(piece, el, f.off, h);
    }
  }

  /** Places hint `h` inside an element without element children whose text starts at `off`; returns where its text node ends, or -1. */
  private placeInside(piece: Piece, el: Element, off: number, h: number): number {
    const walker = this.doc.createTreeWalker(el, SHOW_TEXT);
    let at = off;
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const end = at + t.length;
      if (h < end) {
        if (t.data.charCodeAt(h - at) !== piece.text.charCodeAt(h)) return -1;
        this.readBlockOf(t);
        return end;
      }
      at = end;
    }
    return -1;
  }

  /** Data mode: every text node of the piece read and searched in batches. */
  private readDataMode(piece: Piece, shouldYield: () => boolean): boolean {
    if (!piece.walker) piece.walker = this.doc.createTreeWalker(piece.node, SHOW_TEXT);
    const walker = piece.walker;
    for (let n = 1; ; n++) {
      const t = walker.nextNode() as Text | null;
      if (!t) break;
      this.addToBatch(piece, t);
      if (n % 512 === 0 && shouldYield()) return false;
    }
    this.flushBatch(piece);
    return true;
  }

  /** Data mode: text nodes are read and searched in batches. */
  private addToBatch(piece: Piece, t: Text): void {
    const batch = piece.batch;
    batch.nodes.push(t);
    batch.starts.push(batch.text.length);
    batch.text += t.data;
    if (batch.text.length >= BATCH_TEXT) this.flushBatch(piece);
  }

  private flushBatch(piece: Piece): void {
    const { nodes, starts, text } = piece.batch;
    if (!nodes.length) return;
    const offsets: number[] = [];
    this.hints.hintsIn(text, 0, text.length, offsets);
    offsets.sort((a, b) => a - b);
    let p = 0;
    for (const at of offsets) {
      while (p + 1 < nodes.length && (starts[p + 1] ?? 0) <= at) p++;
      const node = nodes[p];
      if (node) this.readBlockOf(node);
    }
    piece.batch = { nodes: [], starts: [], text: '' };
  }

  /** Phase 2: identifier links in blocks not read yet (in document order); then the page itself. */
  private readLinks(shouldYield: () => boolean): boolean {
    while (this.nextLinkRead < this.links.length) {
      const link = this.links[this.nextLinkRead++] as Element;
      if (link.isConnected && this.readBlockOf(link) && shouldYield()) return false;
    }
    this.finishPage();
    this.phase = 'done';
    return true;
  }

  /** Reads the block a node belongs to (once), and finds its citations. */
  private readBlockOf(node: Node): boolean {
    const block = this.blocks.readBlockOf(node);
    if (!block) return false;
    this.flush(block);
    return true;
  }

  private flush(seg: BlockText): void {
    if (!seg.nodes.length) return;
    if (this.options.onBlock) {
      try {
        this.options.onBlock({
          element: seg.element,
          text: seg.text,
          place: (offset) => placeAtOffset(seg, offset),
        });
      } catch {
        // Another engine's failure never stops citation detection.
      }
    }
    const located: Located[] = [];
    // findIdentifiers tests MAY_CITE itself.
    for (const m of findIdentifiers(seg.text)) {
      const at = m as Located;
      at.node = nodeAt(seg, m.end);
      located.push(at);
    }
    for (const [link, end] of seg.links) {
      const href = link.getAttribute('href') ?? '';
      if (!MAY_LINK_TO_ID.test(href)) continue;
      this.baseUrl ??= this.options.baseUrl ?? this.doc.baseURI;
      const id = identifierFromHref(href, this.baseUrl);
      if (id) located.push({ kind: id.kind, value: id.value, start: end - 1, end, node: link });
    }
    const hints = findReferenceHints(seg.text);
    if (located.length) {
      located.sort((a, b) => a.start - b.start || a.end - b.end);
      this.group(seg, located, hints);
    } else {
      for (const [i, hint] of hints.entries()) this.pushReference(seg, hint, hints[i + 1]?.start ?? seg.text.length);
    }
    if (MENTION_GATE.test(seg.text)) {
      for (const m of findMentions(seg.text)) {
        if (this.mentions.length >= MAX_MENTIONS) break;
        this.mentions.push({ surname: m.surname, text: clip(seg.text), place: placeAtOffset(seg, m.end) });
      }
    }
  }

  /** The reference a hint starts, with the entry's text up to `until` and its title and journal. */
  private referenceOf(seg: BlockText, hint: ReferenceCandidate, until: number): ReferenceHint {
    const text = seg.text.slice(hint.start, Math.min(until, hint.start + REFERENCE_TEXT));
    const parts = hint.form === 'entry' ? referenceParts(text) : { title: null, journal: null };
    return { surname: hint.surname, year: hint.year, text, title: parts.title, journal: parts.journal };
  }

  /** A reference without identifiers: a citation of its own, badged after its text. */
  private pushReference(seg: BlockText, hint: ReferenceCandidate, until: number): void {
    const reference = this.referenceOf(seg, hint, until);
    this.push({
      key: `ref:${hint.surname.toLowerCase()}|${hint.year}|${clip(reference.text).slice(0, 60)}`,
      ids: {},
      text: clip(hint.form === 'entry' ? reference.text : seg.text),
      ...placeAtOffset(seg, hint.end),
      reference,
    });
  }

  /**
   * Groups a block's identifiers into citations: identifiers close together
   * belong to one reference, a new value of a kind starts another. A
   * reference hint just before a group (its authors and title) joins it;
   * other hints are references of their own.
   */
  private group(seg: BlockText, located: Located[], hints: ReferenceCandidate[]): void {
    let ids: CitationIds = {};
    let text: string | null = null;
    let first: Located | null = null;
    let last: Located | null = null;
    let previousEnd = 0;
    let h = 0;
    const close = () => {
      if (!last || !first) return;
      // Of the hints before this group, the last that starts after the previous group is this reference's.
      let own: ReferenceCandidate | null = null;
      for (; h < hints.length && (hints[h] as ReferenceCandidate).start < first.start; h++) {
        const hint = hints[h] as ReferenceCandidate;
        if (hint.start < previousEnd) continue;
        if (own) this.pushReference(seg, own, hint.start);
        own = hint;
      }
      // The article's own identifiers in its header are the page-level citation, not a badge.
      const keys = citationKeys(ids);
      const pageKeys = this.pageKeys;
      if (keys.length && (!pageKeys.size || !keys.every((k) => pageKeys.has(k)))) {
        text ??= clip(seg.text);
        const citation: FoundCitation = { key: keys.join(' '), ids, text, ...placeAt(seg, last.node, last.end) };
        if (own) citation.reference = this.referenceOf(seg, own, first.start);
        this.push(citation);
      } else if (own) this.pushReference(seg, own, first.start);
      previousEnd = last.end;
      ids = {};
      first = null;
      last = null;
    };
    for (const m of located) {
      const kind: IdKind = m.kind;
      const current = ids[kind];
      if ((current && current !== m.value) || (last && m.start - last.end > MAX_GAP)) close();
      ids[kind] = m.value;
      first ??= m;
      if (!last || m.end >= last.end) last = m;
    }
    close();
    // Hints after the last group.
    for (; h < hints.length; h++) {
      const hint = hints[h] as ReferenceCandidate;
      if (hint.start >= previousEnd) this.pushReference(seg, hint, hints[h + 1]?.start ?? seg.text.length);
    }
  }

  private push(citation: FoundCitation): void {
    this.citations.push(citation);
  }

  /**
   * In-text mentions share the badge of the one reference-list entry they
   * name: "Genchi et al." or "Centeno and colleagues" by surname, "(Zhou et
   * al., 2018)" by surname and year. Two entries of that name: no link.
   */
  private linkMentions(): void {
    const entries = new Map<string, FoundCitation[]>();
    for (const c of this.citations) {
      const surname = entrySurname(c);
      if (!surname) continue;
      const list = entries.get(surname);
      if (list) list.push(c);
      else entries.set(surname, [c]);
    }
    if (!entries.size) return;
    for (const [i, c] of this.citations.entries()) {
      const ref = c.reference;
      if (!ref || Object.keys(c.ids).length || ref.title) continue;
      const same = entries.get(ref.surname.toLowerCase())?.filter((e) => e.reference?.year === ref.year);
      if (same?.length === 1) this.citations[i] = { ...c, sameAs: (same[0] as FoundCitation).key };
    }
    const counts = new Map<string, number>();
    for (const m of this.mentions) {
      const same = entries.get(m.surname.toLowerCase());
      if (same?.length !== 1) continue;
      const entry = same[0] as FoundCitation;
      const n = counts.get(entry.key) ?? 0;
      counts.set(entry.key, n + 1);
      this.citations.push({ key: `${entry.key}@${n}`, ids: entry.ids, text: m.text, ...m.place, sameAs: entry.key });
    }
  }

  private finishPage(): void {
    // Blocks were read in document order. Number repeats of the same reference so that
    // every key is unique and stable.
    for (let i = 0; i < this.citations.length; i++) {
      const c = this.citations[i] as FoundCitation;
      const n = this.seen.get(c.key) ?? 0;
      this.seen.set(c.key, n + 1);
      if (n) this.citations[i] = { ...c, key: `${c.key}#${n}` };
    }
    this.linkMentions();
    if (!this.wholePage) return;
    const jsonLd: string[] = [];
    for (const script of this.doc.scripts) {
      if (script.getAttribute('type') === 'application/ld+json') jsonLd.push(script.textContent ?? '');
    }
    const ids: CitationIds = { ...identifiersFromJsonLd(jsonLd), ...this.pageIds };
    const keys = citationKeys(ids);
    if (!keys.length) return;
    const title = this.doc.title?.trim() ?? '';
    this.citations.unshift({
      key: `page:${keys.join(' ')}`,
      ids,
      text: clip(title || keys.join(' ')),
      after: null,
      pageLevel: true,
    });
  }
}

/** The lower-case surname of a reference-list entry (a reference with identifiers or a title), or null. */
function entrySurname(c: FoundCitation): string | null {
  if (!c.reference || c.sameAs || c.pageLevel) return null;
  return Object.keys(c.ids).length || c.reference.title ? c.reference.surname.toLowerCase() : null;
}

/** The length of a node's text, as textContent counts it. */
function textLength(node: Node): number {
  const type = node.nodeType;
  if (type === 3 || type === 4) return (node as Text).length;
  return type === 1 ? (node.textContent?.length ?? 0) : 0;
}

/** Whitespace other than single spaces: only text with some needs collapsing (the test costs a tenth of the replace). */
const LOOSE_SPACE = /[^\S ]| {2}/;

function clip(text: string): string {
  const flat = (LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  return flat.length > TEXT_LIMIT ? `${flat.slice(0, TEXT_LIMIT - 1)}…` : flat;
}

/** Scans a whole document in one go (CLI, tests). */
export function scanDocument(doc: Document, options?: ScanOptions): FoundCitation[] {
  const scanner = new DocumentScanner(doc, undefined, options);
  scanner.step();
  return scanner.citations;
}
