/**
 * How the scanner reads text it does not need node by node, chosen once per
 * scan. Browsers read a stretch of the page with one Range read, which never
 * visits the nodes inside it. DOM libraries may implement Range reads in
 * quadratic time (happy-dom took a minute for 5,000 elements), so the CLI and
 * tests can read child by child instead (`useRanges: false`): the same text,
 * the same offsets, found by visiting the nodes.
 */

/** NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: the nodes textContent is made of. */
export const SHOW_TEXT = 4 | 8;

/**
 * Fewer element children than this are not worth a run read: they are
 * stepped over one by one (each costs a wrapper and a length).
 */
export const MIN_RUN = 6;

/** The length of a node's text, as textContent counts it. */
export function textLength(node: Node): number {
  const type = node.nodeType;
  if (type === 3 || type === 4) return (node as Text).length;
  return type === 1 ? (node.textContent?.length ?? 0) : 0;
}

/** A run of siblings read in one go, starting at the child placement has got to. */
export interface Run {
  /** The node right after the run, or null when the run reaches its parent's end. */
  end: Node | null;
  /** How many element children the run covers (the text between them goes with them). */
  elements: number;
  /** The length of the run's text. */
  length: number;
}

export interface TextReader {
  /**
   * The root's text (what textContent returns) and the offset in it where
   * each link starts; `links` are in document order.
   */
  readWithLinks(root: Element, links: readonly Element[]): { text: string; linkOffsets: number[] };
  /**
   * The run of children of `parent` from `from` (element child number
   * `index`) up to `wanted` element children; null when the reader finds too
   * few left to be worth a read (see MIN_RUN).
   */
  readRun(parent: Node, from: Node, index: number, wanted: number): Run | null;
}

/** Reads with one Range, moved from stretch to stretch: fastest in browsers. */
export class RangeReader implements TextReader {
  private readonly range: Range;

  constructor(doc: Document) {
    this.range = doc.createRange();
  }

  /** The root's text read in segments that end where each link starts (one Range read each). */
  readWithLinks(root: Element, links: readonly Element[]): { text: string; linkOffsets: number[] } {
    const range = this.range;
    const parts: string[] = [];
    const linkOffsets: number[] = [];
    let at = 0;
    range.setStart(root, 0);
    for (const link of links) {
      range.setEnd(link, 0);
      const part = range.toString();
      parts.push(part);
      at += part.length;
      linkOffsets.push(at);
      range.setStart(link, 0);
    }
    range.setEnd(root, root.childNodes.length);
    parts.push(range.toString());
    return { text: parts.join(''), linkOffsets };
  }

  readRun(parent: Node, from: Node, index: number, wanted: number): Run | null {
    // The collection finds the run's end without a wrapper for every child passed.
    const kids = (parent as Element).children;
    const elements = Math.min(wanted, kids.length - index);
    // Too few elements left to be worth a read: they are stepped over one by one.
    if (elements < MIN_RUN) return null;
    const end = kids[index + elements] ?? null;
    const range = this.range;
    range.setStart(from, 0);
    if (end) range.setEnd(end, 0);
    else range.setEnd(parent, parent.childNodes.length);
    return { end, elements, length: range.toString().length };
  }
}

/** Reads node by node: for DOM libraries whose Range reads are slow. */
export class ChildByChildReader implements TextReader {
  constructor(private readonly doc: Document) {}

  /** textContent, and one walk over the text nodes summing lengths up to each link. */
  readWithLinks(root: Element, links: readonly Element[]): { text: string; linkOffsets: number[] } {
    const text = root.textContent ?? '';
    const walker = this.doc.createTreeWalker(root, SHOW_TEXT);
    const firstText = links.map((link) => {
      walker.currentNode = link;
      return walker.nextNode();
    });
    const linkOffsets: number[] = [];
    walker.currentNode = root;
    let at = 0;
    let k = 0;
    for (let t = walker.nextNode() as Text | null; t && k < firstText.length; t = walker.nextNode() as Text | null) {
      while (k < firstText.length && firstText[k] === t) {
        linkOffsets.push(at);
        k++;
      }
      at += t.length;
    }
    while (linkOffsets.length < links.length) linkOffsets.push(text.length);
    return { text, linkOffsets };
  }

  readRun(_parent: Node, from: Node, _index: number, wanted: number): Run {
    let end: Node | null = from;
    let elements = 0;
    let length = 0;
    for (; end && elements < wanted; end = end.nextSibling) {
      length += textLength(end);
      if (end.nodeType === 1) elements++;
    }
    return { end, elements, length };
  }
}
