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
import { type Frame, HintPlacer } from './hint-placement';
import { ChildByChildReader, RangeReader, type TextReader } from './text-readers';
import { DataModeReader } from './data-mode';
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
  /** Where placement has got (hint-placement.ts). */
  frames: Frame[] | null;
  /** Set when the text changed under the scan (data-mode.ts). */
  dataMode: DataModeReader | null;
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
  /** How stretches of text are read: with Ranges, or child by child. */
  private readonly reader: TextReader;
  private readonly placer: HintPlacer;
  private readonly pageIds: CitationIds;
  private readonly pageKeys: Set<string>;
  private readonly wholePage: boolean;
  private readonly hints: HintSearch;
  /** The page's base URL, read once (on the first link). */
  private baseUrl: string | undefined;
  constructor(
    private readonly doc: Document,
    root: Node = doc.body ?? doc.documentElement,
    private readonly options: ScanOptions = {},
  ) {
    this.root = root;
    this.reader = options.useRanges === false ? new ChildByChildReader(doc) : new RangeReader(doc);
    this.placer = new HintPlacer(doc, this.reader);
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
        // The text changed under us: read the piece again, node by node.
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
