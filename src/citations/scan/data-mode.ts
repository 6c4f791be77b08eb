/**
 * Data mode, the fallback when a piece's text changed under the scan: the
 * offsets from the first read no longer line up with the page (hint
 * placement noticed a different character at a hint), so the piece is read
 * again node by node. Its text nodes are gathered in batches, each batch is
 * searched for hints, and the block of the node at each hint is read. Blocks
 * read before the change are not read twice.
 */
import type { HintSearch } from './hint-search';
import { SHOW_TEXT } from './text-readers';

/** Text is searched in batches of about this much. */
const BATCH_TEXT = 16 * 1024;
/** Text nodes gathered between two questions whether to yield. */
const NODES_PER_YIELD_CHECK = 512;

interface Batch {
  nodes: Text[];
  starts: number[];
  text: string;
}

export class DataModeReader {
  private readonly walker: TreeWalker;
  private batch: Batch = { nodes: [], starts: [], text: '' };

  constructor(
    doc: Document,
    root: Node,
    private readonly hints: HintSearch,
    private readonly readBlockOf: (node: Text) => void,
  ) {
    this.walker = doc.createTreeWalker(root, SHOW_TEXT);
  }

  /** Reads on from where it got. Returns false when it stopped to yield, true when the piece is read. */
  read(shouldYield: () => boolean): boolean {
    for (let n = 1; ; n++) {
      const t = this.walker.nextNode() as Text | null;
      if (!t) break;
      this.add(t);
      if (n % NODES_PER_YIELD_CHECK === 0 && shouldYield()) return false;
    }
    this.searchBatch();
    return true;
  }

  private add(t: Text): void {
    const batch = this.batch;
    batch.nodes.push(t);
    batch.starts.push(batch.text.length);
    batch.text += t.data;
    if (batch.text.length >= BATCH_TEXT) this.searchBatch();
  }

  /** Reads the blocks of the batch's nodes at hints, and starts a new batch. */
  private searchBatch(): void {
    const { nodes, starts, text } = this.batch;
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
    this.batch = { nodes: [], starts: [], text: '' };
  }
}
