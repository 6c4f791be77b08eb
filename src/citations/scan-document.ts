/**
 * One walk over a document's text: assembles the text of each block, finds
 * identifiers in it (and in the links inside it), maps each match back to the
 * node a badge goes after, and groups the identifiers of one reference into
 * one citation. Pure DOM code: works on any `Document` (browser or a DOM
 * library), never on globals.
 */
import type { ReferenceHint } from '../evidence/evidence-index';
import { type CitationIds, citationKeys, type IdKind } from './ids';
import type { TextMatch } from './detectors';
import { findIdentifiers, identifierFromHref, MAY_CITE, MAY_LINK_TO_ID } from './find-in-text';
import { findReferenceHint } from './references';
import { identifiersFromJsonLd, identifiersFromMeta } from './metadata';

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
  /** A reference without identifiers, to be matched against the record's bibliography. */
  reference?: ReferenceHint;
  pageLevel?: boolean;
}

/** Elements whose text is never a citation on the page. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'svg',
  'SVG',
  'CODE',
  'PRE',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'CANVAS',
]);
const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'DIV',
  'TD',
  'TH',
  'DD',
  'DT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'NAV',
  'BODY',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TR',
  'FIGURE',
  'FORM',
  'FIELDSET',
  'DETAILS',
  'SUMMARY',
  'ADDRESS',
  'CAPTION',
]);
const INLINE_WRAPPERS_TO_LEAVE = new Set(['A', 'BUTTON', 'LABEL', 'SUMMARY']);
const MAX_GAP = 400;
const TEXT_LIMIT = 300;

interface ElementInfo {
  skip: boolean;
  block: Element;
  link: Element | null;
}

interface Segment {
  block: Element;
  nodes: Text[];
  starts: number[];
  text: string;
  /** Links in this segment and the text offset where each ends. */
  links: Map<Element, number>;
}

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
}

/** A block's own text as read by the scanner, with a way to find the node at an offset. */
export interface ReadBlock {
  element: Element;
  text: string;
  /** Where a marker for text ending at `offset` goes: inside its text node when more text follows, never inside a link. */
  place(offset: number): { after: Node; afterOffset?: number };
}

/**
 * Text that may hold a citation: every identifier form, plus the shapes of
 * references without identifiers ("et al", "2023;29"). One pass of this over
 * the page's text decides which blocks are worth reading at all.
 */
// Case-sensitive literals only (with the usual spellings listed): a case-insensitive
// alternation was 10-20× slower over 2 MB in Chromium. Blocks it selects are then
// read with the full detectors, which are case-insensitive.
const HINTS =
  /10\.\d|PMC|Pmc|pmc|PMID|Pmid|pmid|PubMed|Pubmed|pubmed|PUBMED|europepmc|NCT|Nct|nct0|ISRCTN|Isrctn|isrctn|EudraCT|EUDRACT|Eudract|eudract|EUCTR|ChiCTR|Chictr|chictr|ACTRN|Actrn|actrn|CTRI|ctri\/|DRKS|Drks|drks|-\d{6}-\d\d|et al|;\s?\d|[12]\d\d\d, [A-Z]|nature\.com|thelancet|elifesciences|peerj|bmj\.com|rxiv\.org/g;
/** Hints from the extra pattern (claims) beyond this are not collected: that engine reads at most ~1,500 blocks. */
const MAX_EXTRA_HINTS = 3000;
/**
 * The hint pass reads containers child by child (a wrapper div can hold the
 * whole page) and any element with more children than this; other elements
 * are read at once with textContent.
 */
const SPLIT_CHILDREN = 32;
/** Pieces shorter than this are searched in batches of about this much text. */
const BATCH_TEXT = 16 * 1024;
const CONTAINERS = new Set([
  'HTML',
  'BODY',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'FORM',
  'FIGURE',
  'DETAILS',
  'FIELDSET',
  'BLOCKQUOTE',
]);
/** Text examined per step of the hint pass: the fast citation pattern alone, or with the claims engine's words. */
const HINT_WINDOW = 256 * 1024;
const HINT_WINDOW_WITH_EXTRA = 24 * 1024;

/**
 * A resumable scan. `step()` does a slice of work and reports whether the
 * scan has finished, so the content script can yield to the page between
 * slices while the CLI simply runs it to the end.
 *
 * The cost on an ordinary page is one read of the text (`textContent`) and
 * one regular-expression pass over it, which finds where identifiers may be;
 * one walk over the text nodes then only counts lengths until it reaches a
 * node with a hint, and reads that node's block. Pages without citations stop
 * after the first pass.
 */
export class DocumentScanner {
  readonly citations: FoundCitation[] = [];
  private readonly root: Node;
  private readonly info = new WeakMap<Element, ElementInfo>();
  private readonly processed = new WeakSet<Element>();
  private readonly seen = new Map<string, number>();
  private phase: 'pieces' | 'links' | 'done' = 'pieces';
  /** Nodes whose text is still to be read, last first. */
  private pieces: Node[] | null = null;
  /** The piece being read: its node, its text as read, and how far the hint search got. */
  private piece: Node | null = null;
  private text = '';
  private textPos = 0;
  private piecesRead = 0;
  private pieceOrdinal = 0;
  /** Small pieces waiting to be searched together, and their text one after another. */
  private batch: { node: Node; start: number; ordinal: number }[] = [];
  private batchText = '';
  /** Document order of the pieces read, for placing citations found from links. */
  private readonly order = new WeakMap<Node, number>();
  private readonly citationOrder = new WeakMap<FoundCitation, number>();
  private links: Element[] = [];
  private readonly pageIds: CitationIds;
  private readonly pageKeys: Set<string>;
  private readonly wholePage: boolean;
  private readonly hintPatterns: RegExp[];
  private extraHints = 0;

  constructor(
    private readonly doc: Document,
    root: Node = doc.body ?? doc.documentElement,
    private readonly options: ScanOptions = {},
  ) {
    this.root = root;
    this.hintPatterns = options.extraHints ? [HINTS, options.extraHints] : [HINTS];
    this.wholePage = root === doc.body || root === doc.documentElement;
    this.pageIds = this.wholePage ? identifiersFromMeta(doc) : {};
    this.pageKeys = new Set(citationKeys(this.pageIds));
  }

  /** Works until `shouldYield()` says stop or the scan ends. Returns true when finished. */
  step(shouldYield: () => boolean = () => false): boolean {
    if (this.phase === 'pieces' && !this.readPieces(shouldYield)) return false;
    if (this.phase === 'links') this.readLinks();
    return true;
  }

  /**
   * Phase 1: the text in pieces, in document order: a text node, or the
   * textContent of an element with few children (one with many is split into
   * its children, so no single read of a huge page is a long task). Where a
   * piece holds a hint, the text node at that point is found inside the piece
   * and its block read. Nothing else of the page is walked.
   */
  private readPieces(shouldYield: () => boolean): boolean {
    if (!this.pieces) {
      const anchors = this.root.nodeType === 1 ? (this.root as Element).getElementsByTagName('a') : this.doc.links;
      for (const a of anchors) {
        const href = a.getAttribute('href');
        if (href && MAY_LINK_TO_ID.test(href)) this.links.push(a);
      }
      this.pieces = this.root.nodeType === 3 ? [this.root] : [...this.root.childNodes].reverse();
    }
    for (;;) {
      if (this.piece) {
        // A large piece is searched in windows, yielding between them.
        const text = this.text;
        while (this.textPos < text.length) {
          // Windows overlap so that a hint cut by a window edge is still found.
          const from = Math.max(0, this.textPos - 40);
          const to = Math.min(text.length, this.textPos + (this.hintPatterns.length > 1 ? HINT_WINDOW_WITH_EXTRA : HINT_WINDOW));
          const offsets = this.hintOffsets(text.slice(from, to))
            .map((o) => o + from)
            .filter((o) => o >= this.textPos);
          if (offsets.length) this.readAt(this.piece, offsets, this.pieceOrdinal);
          this.textPos = to;
          if (this.textPos < text.length && shouldYield()) return false;
        }
        this.piece = null;
        this.text = '';
        this.textPos = 0;
      }
      const node = this.pieces.pop();
      if (!node) break;
      const ordinal = this.piecesRead++;
      // Only needed to put citations found from links in document order.
      if (this.links.length) this.order.set(node, ordinal);
      let text: string | null = null;
      if (node.nodeType === 3) text = (node as Text).data;
      else if (node.nodeType === 1) {
        const el = node as Element;
        if (SKIP_TAGS.has(el.tagName)) continue;
        if (el.childElementCount > SPLIT_CHILDREN || (CONTAINERS.has(el.tagName) && el.childElementCount > 0)) {
          for (let c = el.lastChild; c; c = c.previousSibling) this.pieces.push(c);
          continue;
        }
        text = el.textContent ?? '';
      }
      if (text === null || !text) continue;
      if (text.length >= BATCH_TEXT) {
        this.flushBatch();
        this.piece = node;
        this.pieceOrdinal = ordinal;
        this.text = text;
        continue;
      }
      // Small pieces are searched together: one regular-expression pass per batch, not per piece.
      this.batch.push({ node, start: this.batchText.length, ordinal });
      this.batchText += text;
      if (this.batchText.length >= BATCH_TEXT) this.flushBatch();
      if (this.piecesRead % 128 === 0 && shouldYield()) return false;
    }
    this.flushBatch();
    this.phase = 'links';
    return true;
  }

  /** Searches the batched small pieces at once and reads the blocks where hints fall. */
  private flushBatch(): void {
    const batch = this.batch;
    if (!batch.length) return;
    const offsets = this.hintOffsets(this.batchText).sort((a, b) => a - b);
    let p = 0;
    let k = 0;
    while (k < offsets.length) {
      const at = offsets[k] as number;
      while (p + 1 < batch.length && (batch[p + 1]?.start ?? 0) <= at) p++;
      const piece = batch[p];
      const next = batch[p + 1]?.start ?? Number.POSITIVE_INFINITY;
      const local: number[] = [];
      while (k < offsets.length && (offsets[k] as number) < next) local.push((offsets[k++] as number) - (piece?.start ?? 0));
      if (piece) this.readAt(piece.node, local, piece.ordinal);
    }
    this.batch = [];
    this.batchText = '';
  }

  /** Offsets in `text` where the hint patterns match. */
  private hintOffsets(text: string): number[] {
    const offsets: number[] = [];
    for (const [i, re] of this.hintPatterns.entries()) {
      // The extra engine reads a bounded number of blocks: stop looking for its words once it has enough.
      if (i > 0 && this.extraHints >= MAX_EXTRA_HINTS) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        offsets.push(m.index);
        if (i > 0) this.extraHints++;
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return offsets;
  }

  /** Reads the block at each offset of a piece's text (the piece is small by construction, or a text node). */
  private readAt(piece: Node, offsets: number[], ordinal: number): void {
    if (piece.nodeType === 3) {
      this.readBlockOf(piece, ordinal);
      return;
    }
    offsets.sort((a, b) => a - b);
    const walker = this.doc.createTreeWalker(piece, 4 /* NodeFilter.SHOW_TEXT */);
    let k = 0;
    let at = 0;
    for (let t = walker.nextNode() as Text | null; t && k < offsets.length; t = walker.nextNode() as Text | null) {
      const end = at + t.length;
      if ((offsets[k] ?? Number.POSITIVE_INFINITY) < end) {
        this.readBlockOf(t, ordinal);
        while ((offsets[k] ?? Number.POSITIVE_INFINITY) < end) k++;
      }
      at = end;
    }
  }

  /** Phase 2: links naming an identifier in blocks not read yet; then the page itself. */
  private readLinks(): void {
    const before = this.citations.length;
    for (const link of this.links) {
      if (!link.isConnected) continue;
      this.readBlockOf(link, this.ordinalOf(link));
    }
    if (this.citations.length > before) {
      // Citations found through links go to their place in document order (the sort is stable).
      this.citations.sort((a, b) => (this.citationOrder.get(a) ?? 0) - (this.citationOrder.get(b) ?? 0));
    }
    this.finishPage();
    this.phase = 'done';
  }

  /** The document order of a node: that of the piece it lies in. */
  private ordinalOf(node: Node): number {
    for (let n: Node | null = node; n && n !== this.root; n = n.parentNode) {
      const o = this.order.get(n);
      if (o !== undefined) return o;
    }
    return Number.MAX_SAFE_INTEGER;
  }

  private classify(el: Element): ElementInfo {
    const known = this.info.get(el);
    if (known) return known;
    const parent = el.parentElement;
    const up = parent ? this.classify(parent) : null;
    const tag = el.tagName;
    const skip =
      (up?.skip ?? false) ||
      SKIP_TAGS.has(tag) ||
      el.hasAttribute('hidden') ||
      (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false') ||
      (this.options.isOwnElement?.(el) ?? false);
    const block = BLOCK_TAGS.has(tag) || !up ? el : up.block;
    const link = tag === 'A' && el.hasAttribute('href') ? el : block === el ? null : (up?.link ?? null);
    const info = { skip, block, link };
    this.info.set(el, info);
    return info;
  }

  /** Reads the block a node belongs to (once): its own text, not that of blocks nested in it. */
  private readBlockOf(node: Node, ordinal: number): boolean {
    this.currentOrdinal = ordinal;
    const parent = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!parent) return false;
    const info = this.classify(parent);
    if (info.skip || this.processed.has(info.block)) return false;
    const block = info.block;
    this.processed.add(block);
    const seg: Segment = { block, nodes: [], starts: [], text: '', links: new Map() };
    const walker = this.doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const p = t.parentElement;
      if (!p) continue;
      const pi = this.classify(p);
      if (pi.skip || pi.block !== block) continue;
      seg.nodes.push(t);
      seg.starts.push(seg.text.length);
      seg.text += t.data;
      if (pi.link) seg.links.set(pi.link, seg.text.length);
    }
    this.flush(seg);
    return true;
  }

  private flush(seg: Segment): void {
    if (!seg.nodes.length) return;
    if (this.options.onBlock) {
      try {
        this.options.onBlock({
          element: seg.block,
          text: seg.text,
          place: (offset) => placeAt(seg, nodeAt(seg, offset), offset),
        });
      } catch {
        // Another engine's failure never stops citation detection.
      }
    }
    const located: Located[] = [];
    if (MAY_CITE.test(seg.text)) {
      for (const m of findIdentifiers(seg.text)) located.push({ ...m, node: nodeAt(seg, m.end) });
    }
    for (const [link, end] of seg.links) {
      const href = link.getAttribute('href') ?? '';
      if (!MAY_LINK_TO_ID.test(href)) continue;
      const id = identifierFromHref(href, this.options.baseUrl ?? this.doc.baseURI);
      if (id) located.push({ kind: id.kind, value: id.value, start: end - 1, end, node: link });
    }
    if (located.length) {
      located.sort((a, b) => a.start - b.start || a.end - b.end);
      this.group(seg, located);
      return;
    }
    const hint = findReferenceHint(seg.text);
    if (hint) {
      const node = nodeAt(seg, hint.end);
      const text = clip(seg.text);
      this.push({
        key: `ref:${hint.surname.toLowerCase()}|${hint.year}|${text.slice(0, 60)}`,
        ids: {},
        text,
        after: placeAfter(node, seg.block),
        reference: { surname: hint.surname, year: hint.year, text: seg.text.slice(0, 600) },
      });
    }
  }

  private group(seg: Segment, located: Located[]): void {
    let ids: CitationIds = {};
    let last: Located | null = null;
    const close = () => {
      if (!last) return;
      // The article's own identifiers in its header are the page-level citation, not a badge.
      const keys = citationKeys(ids);
      if (!keys.every((k) => this.pageKeys.has(k))) {
        this.push({ key: keys.join(' '), ids, text: clip(seg.text), ...placeAt(seg, last.node, last.end) });
      }
      ids = {};
      last = null;
    };
    for (const m of located) {
      const kind: IdKind = m.kind;
      const current = ids[kind];
      if ((current && current !== m.value) || (last && m.start - last.end > MAX_GAP)) close();
      ids[kind] = m.value;
      if (!last || m.end >= last.end) last = m;
    }
    close();
  }

  private currentOrdinal = 0;

  private push(citation: FoundCitation): void {
    this.citationOrder.set(citation, this.currentOrdinal);
    this.citations.push(citation);
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

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_LIMIT ? `${flat.slice(0, TEXT_LIMIT - 1)}…` : flat;
}

/** Closing punctuation that belongs with the citation: "(PMID: 123)." keeps ")." before the badge. */
const CLOSERS_AFTER = /^[)\]}.,;:]{0,3}/;

/**
 * Where a citation's badge (or a claim's marker) goes: right after it inside
 * its text node, or after the link it ends with.
 */
function placeAt(seg: Segment, node: Text | Element, end: number): { after: Node; afterOffset?: number } {
  const outside = placeAfter(node, seg.block);
  // In a link (or on one) the badge goes after the link, never inside it.
  if (node.nodeType !== 3 || outside !== node) return { after: outside };
  const text = node as Text;
  const index = seg.nodes.indexOf(text);
  let offset = end - (seg.starts[index] ?? 0);
  offset += CLOSERS_AFTER.exec(text.data.slice(offset))?.[0].length ?? 0;
  // Offsets stay those of the node as scanned: the overlay finds them again if an earlier badge split it.
  return { after: text, afterOffset: text.data.slice(offset).trim().length > 3 ? offset : text.data.length };
}

/** The text node containing offset `end` (exclusive) of a segment. */
function nodeAt(seg: Segment, end: number): Text {
  const starts = seg.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) < end) lo = mid;
    else hi = mid - 1;
  }
  return seg.nodes[lo] as Text;
}

/**
 * Where a badge goes so that it sits right after the citation without
 * entering a link or button: leaves inline wrappers the match ends with.
 */
function placeAfter(node: Node, block: Element): Node {
  let current: Node = node;
  for (let parent = current.parentElement; parent && parent !== block; parent = parent.parentElement) {
    // Inside a link or button a badge would trigger it: leave those, stay inside any other wrapper.
    if (INLINE_WRAPPERS_TO_LEAVE.has(parent.tagName) || parent.closest('a,button') !== null) current = parent;
  }
  return current;
}

/** Scans a whole document in one go (CLI, tests). */
export function scanDocument(doc: Document, options?: ScanOptions): FoundCitation[] {
  const scanner = new DocumentScanner(doc, undefined, options);
  scanner.step();
  return scanner.citations;
}
