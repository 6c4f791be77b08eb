/**
 * Hint placement: from an offset in a piece's text to the text node there.
 *
 * How it works. The piece's text was read in one go, so a hint is only an
 * offset into it. Placement goes down the tree from the piece with a stack of
 * frames, one per element it is inside; a frame holds the child it has got to
 * and where that child's text starts. In each frame it steps over the
 * children that end before the hint:
 *
 * - While the hint is far, a run of many element children at once, with one
 *   read of their text (text-readers.ts). How many children a run covers is
 *   an estimate: the characters left before the hint, divided by the average
 *   length of a child, times a share. The average is taken over the children
 *   this element has passed or measured (or, with fewer than MIN_SAMPLES,
 *   over those passed anywhere on the page), and an element entered starts
 *   with its own length and number of children as a sample.
 * - The share learns. It grows by SHARE_GAIN after each run that lands short
 *   of the hint and drops by SHARE_LOSS when one overshoots, so a page of even
 *   blocks is crossed in nearly one run and a page of uneven ones stays
 *   careful. A run that overshoots is wasted, but it is a sample of the
 *   children's length too, and the next one is at most half as long.
 * - Close to the hint (fewer than MIN_RUN children estimated before it), one
 *   child at a time.
 *
 * The child the hint falls in is entered when it holds elements, and walked
 * when it holds only text. A wide element is entered without being measured
 * whole, since its text may be long to read at once.
 *
 * The frames stay with the piece: hints come in text order, so each one is
 * looked for from where the one before was found, and placement can stop to
 * let the page run and go on in the next slice. If the character at the hint
 * is not the one read, the page has changed its text since: placement says
 * so, and the scanner reads the rest of the piece node by node (data-mode.ts).
 *
 * The measurements behind each number: docs/decisions/004-page-scan.md.
 */
import { SKIP_TAGS } from './blocks';
import { MIN_RUN, SHOW_TEXT, type TextReader, textLength } from './text-readers';

/** At most this many children are stepped over in one read, so that no read is long (about 50 KB of text here). */
const MAX_RUN = 512;
/** An element with more children than this is entered rather than measured whole (its text may be long). */
const MAX_CHILDREN_MEASURED_WHOLE = 32;
/**
 * The share of the estimated children before the hint that a run covers:
 * too little leaves many to step over one by one, too much reads runs that
 * overshoot and are wasted. It starts at SHARE_START and moves within
 * [SHARE_MIN, SHARE_MAX].
 */
const SHARE_START = 0.85;
const SHARE_MAX = 0.97;
const SHARE_MIN = 0.5;
/** What the share gains after a run that lands short of the hint. */
const SHARE_GAIN = 0.02;
/** What the share loses after a run that overshoots it. */
const SHARE_LOSS = 0.1;
/** Fewer children passed than this are too few to average: a wider average (or the default) is used. */
const MIN_SAMPLES = 4;
/** The length of a child guessed before any has been measured. */
const DEFAULT_CHILD_LENGTH = 64;
/**
 * Work is counted in children stepped over one by one; a run read counts as
 * RUN_WORK. Placement asks whether to yield once its work reaches
 * YIELD_CHECK_WORK, and before every run read after any work at all.
 */
const RUN_WORK = 64;
const YIELD_CHECK_WORK = 64;

/** Where placement has got inside one element. */
export interface Frame {
  parent: Node;
  /** The next child to step over or enter; null past the last. */
  child: Node | null;
  /** Where `child`'s text starts in the piece's text. */
  offset: number;
  /** How many element children come before `child`: runs are found by index in `children`. */
  index: number;
  /** Element children passed or measured in this element, and their characters: the samples of the average. */
  passed: number;
  passedChars: number;
}

/**
 * What placing one hint came to: the text node it is in and where that node
 * ends in the piece's text (hints before `end` are in the same node, or in
 * the same skipped element when `node` is null: an element the scanner never
 * reads, see SKIP_TAGS); or 'yielded' (call again with the same frames); or
 * 'text-changed' (the page's text is no longer the text read).
 */
export type Placement = { node: Text | null; end: number } | 'yielded' | 'text-changed';

function frameAt(parent: Node, offset: number): Frame {
  return { parent, child: parent.firstChild, offset, index: 0, passed: 0, passedChars: 0 };
}

/** Places the hints of one scan; what it learns about the page's children carries from one hint to the next. */
export class HintPlacer {
  private share = SHARE_START;
  /** Children and characters stepped over anywhere, for the first estimates in an element just entered. */
  private passed = 0;
  private passedChars = 0;

  constructor(
    private readonly doc: Document,
    private readonly reader: TextReader,
  ) {}

  /** The frames of a piece whose text is `root`'s, before its first hint. */
  start(root: Node): Frame[] {
    return [frameAt(root, 0)];
  }

  /** Finds the text node at offset `hint` of `text`, going on from where `frames` stand. */
  place(frames: Frame[], text: string, hint: number, shouldYield: () => boolean): Placement {
    let work = 0;
    for (;;) {
      if (work >= YIELD_CHECK_WORK && shouldYield()) return 'yielded';
      const frame = frames[frames.length - 1];
      if (!frame) return 'text-changed';
      if (!frame.child) {
        // This element ends before the hint: continue in its parent.
        frames.pop();
        const parent = frames[frames.length - 1];
        if (!parent) return 'text-changed';
        parent.child = parent.child?.nextSibling ?? null;
        parent.index++;
        // The element just left is a sample of its siblings' length.
        parent.passed++;
        parent.passedChars += frame.offset - parent.offset;
        parent.offset = frame.offset;
        continue;
      }
      // Step over runs of children that end before the hint, one read each.
      let wanted = Math.min(MAX_RUN, this.childrenBefore(frame, hint));
      for (let from: Node | null = frame.child; from && wanted >= MIN_RUN; from = frame.child) {
        if (work && shouldYield()) return 'yielded';
        const run = this.reader.readRun(frame.parent, from, frame.index, wanted);
        if (!run) break;
        frame.passed += run.elements;
        frame.passedChars += run.length;
        if (frame.offset + run.length <= hint) {
          this.share = Math.min(SHARE_MAX, this.share + SHARE_GAIN);
          work += RUN_WORK;
          frame.child = run.end;
          frame.index += run.elements;
          frame.offset += run.length;
          this.passed += run.elements;
          this.passedChars += run.length;
          wanted = Math.min(MAX_RUN, this.childrenBefore(frame, hint));
        } else {
          // Too far: the run still was a sample of the children's length, which corrects the estimate.
          this.share = Math.max(SHARE_MIN, this.share - SHARE_LOSS);
          wanted = Math.min(run.elements >> 1, this.childrenBefore(frame, hint));
        }
      }
      const child = frame.child;
      if (!child) continue;
      const type = child.nodeType;
      if (type === 1 && (child as Element).childElementCount > MAX_CHILDREN_MEASURED_WHOLE) {
        frames.push(frameAt(child, frame.offset));
        continue;
      }
      // One child at a time.
      const length = textLength(child);
      if (frame.offset + length <= hint) {
        work++;
        frame.child = child.nextSibling;
        frame.offset += length;
        frame.passedChars += length;
        this.passedChars += length;
        // Averages are per element, as runs are counted: the text between elements goes with them.
        if (type === 1) {
          frame.index++;
          frame.passed++;
          this.passed++;
        }
        continue;
      }
      // The hint is in this child.
      if (type === 3 || type === 4) {
        if ((child as Text).data.charCodeAt(hint - frame.offset) !== text.charCodeAt(hint)) return 'text-changed';
        return { node: child as Text, end: frame.offset + length };
      }
      const el = child as Element;
      if (SKIP_TAGS.has(el.tagName)) return { node: null, end: frame.offset + length };
      const count = el.childElementCount;
      if (count > 0) {
        const inner = frameAt(el, frame.offset);
        // Its length and number of children give the first estimate inside it.
        inner.passed = count;
        inner.passedChars = length;
        frames.push(inner);
        continue;
      }
      return this.placeInside(el, frame.offset, text, hint);
    }
  }

  /** How many children are estimated to lie between where the frame stands and the hint, times the share. */
  private childrenBefore(frame: Frame, hint: number): number {
    return Math.floor((this.share * (hint - frame.offset)) / this.averageLength(frame));
  }

  /** Average text length of the children passed so far (in this element, or anywhere). */
  private averageLength(frame: Frame): number {
    if (frame.passed >= MIN_SAMPLES) return frame.passedChars / frame.passed || 1;
    return this.passed >= MIN_SAMPLES ? this.passedChars / this.passed || 1 : DEFAULT_CHILD_LENGTH;
  }

  /** Places the hint in an element without element children whose text starts at `offset`: a walk over its text nodes. */
  private placeInside(el: Element, offset: number, text: string, hint: number): Placement {
    const walker = this.doc.createTreeWalker(el, SHOW_TEXT);
    let at = offset;
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const end = at + t.length;
      if (hint < end) {
        if (t.data.charCodeAt(hint - at) !== text.charCodeAt(hint)) return 'text-changed';
        return { node: t, end };
      }
      at = end;
    }
    return 'text-changed';
  }
}
