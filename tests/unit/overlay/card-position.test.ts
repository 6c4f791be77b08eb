import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../src/overlay/card-position';

const view = { width: 1000, height: 800 };
const card = { width: 480, height: 300 };
const anchor = (top: number, left = 100, height = 20) => ({ top, bottom: top + height, left });

describe('placeCard', () => {
  it('puts the card 6 px below its badge, aligned with the badge, when there is room', () => {
    expect(placeCard(anchor(100), card, view)).toEqual({ x: 100, y: 126, maxHeight: 544 });
  });

  it('flips it above the badge when the room below is short and above is larger', () => {
    const placed = placeCard(anchor(700), card, view);
    expect(placed.y + Math.min(card.height, placed.maxHeight)).toBe(700 - 6);
    expect(placed.y).toBeGreaterThanOrEqual(8);
  });

  it('stays below when neither side fits but below has more room, and caps its height to that room', () => {
    const tall = { width: 480, height: 700 };
    const placed = placeCard(anchor(300), tall, view);
    expect(placed.y).toBe(326);
    expect(placed.maxHeight).toBe(800 - 320 - 6 - 8);
    expect(placed.y + placed.maxHeight).toBeLessThanOrEqual(800 - 8);
  });

  it('never caps below 160 px or above 544 px (the card scrolls inside)', () => {
    expect(placeCard(anchor(10), { width: 480, height: 2000 }, { width: 1000, height: 3000 }).maxHeight).toBe(544);
    expect(placeCard(anchor(60), { width: 480, height: 400 }, { width: 1000, height: 200 }).maxHeight).toBe(160);
  });

  it('moves the card sideways into the viewport, 8 px from either edge', () => {
    expect(placeCard(anchor(100, 900), card, view).x).toBe(1000 - 480 - 8);
    expect(placeCard(anchor(100, -50), card, view).x).toBe(8);
    // Wider than the viewport: its left edge stays in view.
    expect(placeCard(anchor(100, 300), { width: 1200, height: 300 }, view).x).toBe(8);
  });
});
