import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badges, card, type Harness, startHarness } from './harness';

const shownMarkers = '[data-evidence-lens="claim"]:not([data-evidence-lens-hidden])';

describe('claim markers on the seed post, shaped like the real STEMS clinic post', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('marks the few sentences a careful reader would, the misdescription first, and sums the pitch up once', async () => {
    const page = await h.open('stems-clinic-post.html');
    await badges(page).first().waitFor({ timeout: 15_000 });
    const markers = page.locator(`evidence-lens-ui${shownMarkers}`);
    await markers.first().waitFor({ timeout: 15_000 });
    const count = await markers.count();
    expect(count).toBeGreaterThanOrEqual(4);
    expect(count).toBeLessThanOrEqual(10);

    // No marker inside a sales box, a form, a heading or the newsletter box.
    const misplaced = await page.evaluate((selector) => {
      return [...document.querySelectorAll(`evidence-lens-ui${selector}`)].filter((host) =>
        host.closest('aside, form, h1, h2, h3, h4, .newsletter, footer, nav'),
      ).length;
    }, shownMarkers);
    expect(misplaced).toBe(0);

    // The sentence that calls the phase 1 trial a review carries the note that says what it was.
    const review = await page.evaluate((selector) => {
      const host = [...document.querySelectorAll(`evidence-lens-ui${selector}`)].find((h) =>
        (h.parentElement?.textContent ?? '').startsWith('In this review, Genchi et al.'),
      );
      return host?.getAttribute('data-evidence-lens-key') ?? null;
    }, shownMarkers);
    expect(review).not.toBeNull();
    await page.locator(`evidence-lens-ui[data-evidence-lens-key="${review}"] button`).click();
    await card(page).waitFor();
    expect(await card(page).innerText()).toContain(
      'The page calls this study a review. It was a phase 1 trial of 12 people without a comparison group.',
    );
    await h.shot(page, 'seed-post-misdescription');

    // The popup counts distinct claims and says once that the page sells.
    const { tabId, summary } = await h.summary(page.url());
    const shown = summary.claims.filter((c: { shown: boolean }) => c.shown);
    expect(shown.length).toBe(count);
    const packet = summary.claims.find((c: { text: string }) => c.text === 'Request your FREE information packet');
    expect(packet).toMatchObject({ shown: false });
    expect(packet.count).toBeGreaterThan(1);
    const popup = await h.popup(tabId);
    const headline = popup.locator('[data-testid="headline"]');
    await headline.waitFor();
    expect(await headline.innerText()).toContain(`${shown.length} claims go beyond that evidence`);
    expect(await popup.locator('[data-testid="pitch"]').innerText()).toMatch(
      /^This page sells the treatment it describes: free information packet/,
    );
    expect(await popup.locator('.claims .item').count()).toBe(shown.length);
    await h.shot(popup, 'seed-post-popup', true);
  });
});
