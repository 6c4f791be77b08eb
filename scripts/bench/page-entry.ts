// Bundled into an IIFE and injected into the benchmark page: the same scanner
// code the content script runs, measured in the page against the baseline.
import { DocumentScanner } from '../../src/citations/scan';
import { MAY_CITE } from '../../src/citations/find-in-text';

const BASELINE =
  /10\.\d{4,9}\/[^\s"<>]+|PMID:?\s*\d+|PMC\d{4,9}|NCT\d{8}|ISRCTN\d{8}|(?:19|20)\d\d-\d{6}-\d\d|ChiCTR[-A-Z0-9]+|ACTRN\d{14}|DRKS\d{8}/gi;

declare global {
  interface Window {
    __evidenceLensBench: typeof bench;
  }
}

const bench = {
  /** The lower bound: one combined regex over the body's text (cannot place badges). */
  baseline(): { ms: number; found: number } {
    const t0 = performance.now();
    const found = document.body.textContent?.match(BASELINE)?.length ?? 0;
    return { ms: performance.now() - t0, found };
  },
  /** The floor for any scan that reads the text: one textContent read, nothing else. */
  textOnly(): { ms: number; found: number } {
    const t0 = performance.now();
    const found = document.body.textContent?.length ?? 0;
    return { ms: performance.now() - t0, found };
  },
  /** Our full scan in one go. */
  fullScan(): { ms: number; found: number } {
    const t0 = performance.now();
    const scanner = new DocumentScanner(document);
    scanner.step();
    return { ms: performance.now() - t0, found: scanner.citations.length };
  },
  /** Our scan as the content script runs it: 8 ms slices yielding to the page. Reports the longest slice. */
  async slicedScan(): Promise<{ ms: number; longestSlice: number; found: number }> {
    const t0 = performance.now();
    const scanner = new DocumentScanner(document);
    let longest = 0;
    for (;;) {
      const start = performance.now();
      const done = scanner.step(() => performance.now() - start > 8);
      longest = Math.max(longest, performance.now() - start);
      if (done) break;
      await new Promise((r) => setTimeout(r, 0));
    }
    return { ms: performance.now() - t0 - 0, longestSlice: longest, found: scanner.citations.length };
  },
  precheck(): boolean {
    return MAY_CITE.test(document.body.textContent ?? '');
  },
};

window.__evidenceLensBench = bench;
