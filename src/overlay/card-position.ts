/**
 * Where the open card goes: below its badge, or above it when there is more
 * room there; moved sideways into the viewport; never taller than the room it
 * has (it scrolls inside instead). Fixed positioning, so the page's layout,
 * transforms and scroll containers do not matter. It follows the badge on
 * scroll and resize, once per animation frame.
 */

/** The part of a DOMRect the placement reads. */
export interface AnchorRect {
  top: number;
  bottom: number;
  left: number;
}

export interface CardPlacement {
  x: number;
  y: number;
  maxHeight: number;
}

/** Space between badge and card. */
const GAP = 6;
/** Space kept between the card and the viewport's edges. */
const EDGE = 8;
/** The card is never made shorter than this (it scrolls inside) nor taller than this. */
const MIN_HEIGHT = 160;
const MAX_HEIGHT = 544;

/**
 * Places a card of the given natural size beside the anchor in a viewport.
 * Pure: every input is a number, so it is tested without a browser.
 */
export function placeCard(
  anchor: AnchorRect,
  card: { width: number; height: number },
  view: { width: number; height: number },
): CardPlacement {
  const below = view.height - anchor.bottom - GAP - EDGE;
  const above = anchor.top - GAP - EDGE;
  const wanted = Math.min(card.height, MAX_HEIGHT);
  const downward = below >= wanted || below >= above;
  const room = downward ? below : above;
  const maxHeight = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.floor(room)));
  const shown = Math.min(wanted, maxHeight);
  const y = downward ? anchor.bottom + GAP : anchor.top - GAP - shown;
  const x = Math.max(EDGE, Math.min(anchor.left, view.width - card.width - EDGE));
  return { x: Math.round(x), y: Math.round(y), maxHeight };
}

/**
 * Keeps `box` placed beside `anchor` until the returned function is called:
 * placed now, then again on any scroll (of the page or an element in it),
 * resize, or change of either one's size, at most once per frame.
 */
export function followAnchor(win: Window, anchor: Element | { getBoundingClientRect(): DOMRect }, box: HTMLElement): () => void {
  const update = () => {
    // The natural height, whatever the height cap from the last placement.
    const height = Math.max(box.scrollHeight, box.offsetHeight);
    const { x, y, maxHeight } = placeCard(
      anchor.getBoundingClientRect(),
      { width: box.offsetWidth, height },
      { width: win.innerWidth, height: win.innerHeight },
    );
    box.style.maxHeight = `${maxHeight}px`;
    box.style.left = `${x}px`;
    box.style.top = `${y}px`;
  };
  let frame = 0;
  const schedule = () => {
    if (!frame)
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        update();
      });
  };
  const listening = { capture: true, passive: true } as const;
  win.addEventListener('scroll', schedule, listening);
  win.addEventListener('resize', schedule, listening);
  const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  resized?.observe(box);
  if ('nodeType' in anchor) resized?.observe(anchor);
  update();
  return () => {
    win.removeEventListener('scroll', schedule, listening);
    win.removeEventListener('resize', schedule, listening);
    resized?.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
  };
}
