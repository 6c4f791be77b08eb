/**
 * Hint search: where in the text a citation may be, found without reading
 * any node. Every identifier and every author-year reference has a run of
 * four digits (a DOI's registrant, a PMID, a registry number, a year), except
 * a short PMID or PMCID, which follows its label ("PMID: 9"). Digit runs are
 * found with a pattern V8 scans at memory speed (0.1 ms over 2 MB here; a list
 * of words was 15 ms), and a run is a hint only when the text around it
 * passes the detectors' own gate. Another engine riding on the scan (the
 * claims engine) may add a pattern of its own, whose matches are hints too.
 */
import { MAY_CITE } from '../find-in-text';
import { REFERENCE_GATE } from '../references';

const DIGITS = /\d{4,}|(?<=[dD]\W{0,7})\d/g;
/** Text around a digit run that the gate looks at: labels come before the number, a EudraCT tail after it. */
const GATE_BEFORE = 72;
const GATE_AFTER = 32;
/** Digit runs this close after one that passed the gate are kept too (a DOI's or a reference's later numbers). */
const NEAR_HINT = 24;
/** Hints from the extra pattern (claims) beyond this are not collected: that engine reads at most ~1,500 blocks. */
const MAX_EXTRA_HINTS = 3000;
/** Text examined per step of the search: the citation pattern alone, or with the claims engine's words. */
const HINT_WINDOW = 256 * 1024;
const HINT_WINDOW_WITH_EXTRA = 24 * 1024;

function mayCiteAround(text: string, at: number): boolean {
  const around = text.slice(Math.max(0, at - GATE_BEFORE), at + GATE_AFTER);
  return MAY_CITE.test(around) || REFERENCE_GATE.test(around);
}

/** A text being searched: how far the search has got, and the hints (offsets) found so far. */
export interface SearchedText {
  readonly text: string;
  searched: number;
  hints: number[];
}

/** The hint patterns of one scan, and how many extra hints it has collected on the page. */
export class HintSearch {
  private readonly patterns: RegExp[];
  private extraHints = 0;

  constructor(extra?: RegExp) {
    this.patterns = extra ? [DIGITS, extra] : [DIGITS];
  }

  /**
   * Searches the text on from where it got, a window at a time; the hints
   * end up in order. Returns false when it stopped to yield.
   */
  search(piece: SearchedText, shouldYield: () => boolean): boolean {
    const text = piece.text;
    const window = this.patterns.length > 1 ? HINT_WINDOW_WITH_EXTRA : HINT_WINDOW;
    while (piece.searched < text.length) {
      const to = Math.min(text.length, piece.searched + window);
      this.hintsIn(text, piece.searched, to, piece.hints);
      piece.searched = to;
      if (piece.searched < text.length && shouldYield()) return false;
    }
    if (this.patterns.length > 1 && piece.hints.length) piece.hints.sort((a, b) => a - b);
    return true;
  }

  /**
   * Offsets of hints starting in text[from, to), appended to `out` (pattern
   * by pattern: not in order when there are two). Patterns run on the whole
   * text with lastIndex, so a hint across a window edge is still found, and
   * the gate sees the text on both sides.
   */
  hintsIn(text: string, from: number, to: number, out: number[]): void {
    for (const [i, re] of this.patterns.entries()) {
      // The extra engine reads a bounded number of blocks: stop looking for its words once it has enough.
      if (i > 0 && this.extraHints >= MAX_EXTRA_HINTS) continue;
      re.lastIndex = from;
      let gated = Number.NEGATIVE_INFINITY;
      for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
        if (m[0].length === 0) re.lastIndex++;
        // A run right after one that passed the gate is kept without a test of its own: placing it costs less.
        if (i === 0 && m.index - gated > NEAR_HINT) {
          if (!mayCiteAround(text, m.index)) continue;
          gated = m.index;
        }
        out.push(m.index);
        if (i > 0) this.extraHints++;
      }
    }
  }
}
