/**
 * Blocks: the unit the scanner reads and the detectors see. A block is the
 * nearest element with a block tag; its own text is the text of its
 * descendants that are not inside a nested block, a skipped element or our
 * own UI. Each block is read once per scan.
 */

/** Elements whose text is never a citation on the page. */
export const SKIP_TAGS = new Set([
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

/** Elements that start a block of their own (page/watch-changes re-scans from the nearest one too). */
export const BLOCK_TAGS = new Set([
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

/** A block's own text as read by the scanner, with a way to find the node at an offset. */
export interface ReadBlock {
  element: Element;
  text: string;
  /** Where a marker for text ending at `offset` goes: inside its text node when more text follows, never inside a link. */
  place(offset: number): { after: Node; afterOffset?: number };
}

/** A block as read: its text, the text nodes it is made of and where each starts in it. */
export interface BlockText {
  element: Element;
  nodes: Text[];
  starts: number[];
  text: string;
  /** Links in this block and the text offset where each ends. */
  links: Map<Element, number>;
}

/** What the scanner needs to know of an element, worked out once from its parent's. */
interface ElementInfo {
  /** Its text is never read (a skipped tag, hidden, editable, or our own UI). */
  skip: boolean;
  /** The block its text belongs to. */
  block: Element;
  /** The link it is inside (within its block), if any. */
  link: Element | null;
}

/** Reads each block once: the first node found in a block reads all of it, later ones nothing. */
export class BlockReader {
  private readonly info = new WeakMap<Element, ElementInfo>();
  private readonly alreadyRead = new WeakSet<Element>();

  constructor(
    private readonly doc: Document,
    private readonly isOwnElement?: (el: Element) => boolean,
  ) {}

  /**
   * The own text of the block `node` belongs to, or null when that block was
   * read already or is never read. The text may be empty.
   */
  readBlockOf(node: Node): BlockText | null {
    const parent = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!parent) return null;
    const info = this.classify(parent);
    if (info.skip || this.alreadyRead.has(info.block)) return null;
    const element = info.block;
    this.alreadyRead.add(element);
    const block: BlockText = { element, nodes: [], starts: [], text: '', links: new Map() };
    const walker = this.doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    // Text nodes in a row often share their parent: classify it once.
    let lastParent: Element | null = null;
    let parentInfo = info;
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const p = t.parentElement;
      if (!p) continue;
      if (p !== lastParent) {
        lastParent = p;
        parentInfo = this.classify(p);
      }
      if (parentInfo.skip || parentInfo.block !== element) continue;
      block.nodes.push(t);
      block.starts.push(block.text.length);
      block.text += t.data;
      if (parentInfo.link) block.links.set(parentInfo.link, block.text.length);
    }
    return block;
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
      (this.isOwnElement?.(el) ?? false);
    const block = BLOCK_TAGS.has(tag) || !up ? el : up.block;
    const link = tag === 'A' && el.hasAttribute('href') ? el : block === el ? null : (up?.link ?? null);
    const info = { skip, block, link };
    this.info.set(el, info);
    return info;
  }
}

/** The text node containing offset `end` (exclusive) of a block's text. */
export function nodeAt(block: BlockText, end: number): Text {
  const starts = block.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) < end) lo = mid;
    else hi = mid - 1;
  }
  return block.nodes[lo] as Text;
}
