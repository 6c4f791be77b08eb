/**
 * Where a citation's badge (or a claim's marker) goes: right after the
 * citation, with its closing punctuation, inside its text node when more text
 * follows (the node is split there when the badge is inserted), and never
 * inside a link or button, where a click on the badge would follow the link.
 */
import { type BlockText, nodeAt } from './blocks';

export interface BadgePlace {
  /** The badge goes right after this node. */
  after: Node;
  /** When set, `after` is a Text node and the badge goes at this offset in it instead. */
  afterOffset?: number;
}

const INLINE_WRAPPERS_TO_LEAVE = new Set(['A', 'BUTTON', 'LABEL', 'SUMMARY']);

/** Closing punctuation that belongs with the citation: "(PMID: 123)." keeps ")." before the badge. */
const CLOSERS_AFTER = /^[)\]}.,;:]{0,3}/;

/** Text shorter than this after the citation in its node is not worth splitting the node for. */
const MIN_TEXT_AFTER = 3;

/** Where the badge of a citation ending at offset `end` of a block's text goes. */
export function placeAtOffset(block: BlockText, end: number): BadgePlace {
  return placeAt(block, nodeAt(block, end), end);
}

/**
 * Where the badge goes of a citation that ends at offset `end` of the block's
 * text, in `node` (its text node, or the link it was read from).
 */
export function placeAt(block: BlockText, node: Text | Element, end: number): BadgePlace {
  const outside = placeAfter(node, block.element);
  // In a link (or on one) the badge goes after the link, never inside it.
  if (node.nodeType !== 3 || outside !== node) return { after: outside };
  const text = node as Text;
  const index = block.nodes.indexOf(text);
  const data = text.data;
  let offset = end - (block.starts[index] ?? 0);
  offset += CLOSERS_AFTER.exec(data.slice(offset))?.[0].length ?? 0;
  // Offsets stay those of the node as scanned: the overlay finds them again if an earlier badge split it.
  return { after: text, afterOffset: data.slice(offset).trim().length > MIN_TEXT_AFTER ? offset : data.length };
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
