/**
 * Watches a page for added content and hands the changed blocks to a re-scan,
 * debounced and rate-limited so that a page rewriting itself every frame
 * costs a bounded amount of work per second. Our own insertions are ignored.
 */
import { BLOCK_TAGS } from '../citations/scan/blocks';
import { HOST_ATTR, isOwnElement } from '../overlay/host';

export interface WatchDeps {
  setTimeout: (fn: () => void, ms: number) => unknown;
  now: () => number;
  /** Quiet time before a re-scan. */
  debounceMs?: number;
  /** At most one re-scan per this many milliseconds. */
  minIntervalMs?: number;
}

/**
 * A change is re-scanned from the nearest block as the scanner counts blocks,
 * below the body: a change right under the body re-scans only what changed.
 */
const BLOCKS = [...BLOCK_TAGS].filter((tag) => tag !== 'BODY').join(',');
const MAX_ROOTS = 200;

export function watchChanges(doc: Document, onRoots: (roots: Element[]) => void, deps: WatchDeps): () => void {
  const pending = new Set<Element>();
  let timer = false;
  let last = Number.NEGATIVE_INFINITY;
  const debounce = deps.debounceMs ?? 400;
  const interval = deps.minIntervalMs ?? 1000;

  const flush = () => {
    timer = false;
    const wait = last + interval - deps.now();
    if (wait > 0) {
      timer = true;
      deps.setTimeout(flush, wait);
      return;
    }
    last = deps.now();
    const roots = [...pending].filter((el) => el.isConnected);
    pending.clear();
    // Keep outermost roots only: a block inside another pending block is scanned with it.
    const outer = roots.filter((el) => !roots.some((other) => other !== el && other.contains(el)));
    if (outer.length) onRoots(outer.slice(0, MAX_ROOTS));
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        // The second half of a text node we split to place a badge is ours too.
        if (node.nodeType === 3 && node.previousSibling?.nodeType === 1 && isOwnElement(node.previousSibling as Element))
          continue;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!el || isOwnElement(el) || el.closest(`[${HOST_ATTR}]`)) continue;
        const block = el.closest(BLOCKS) ?? el;
        if (pending.size < MAX_ROOTS * 5) pending.add(block);
      }
    }
    if (pending.size && !timer) {
      timer = true;
      deps.setTimeout(flush, debounce);
    }
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
