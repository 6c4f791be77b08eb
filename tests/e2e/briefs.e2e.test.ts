import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badges, card, type Harness, startHarness } from './harness';

const BRIEF_NOTE =
  'No cell product we know of is approved for autism in the US or the EU. In the largest randomized trial, 180 children, cord blood did no better than placebo on its main measure.';

describe('what is known about the condition a page sells for', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('on an autism clinic page that cites nothing: the brief in the popup and a note from it beside the efficacy claim', async () => {
    const page = await h.open('autism-clinic-no-citations.html');
    const markers = page.locator('evidence-lens-ui[data-evidence-lens="claim"]:not([data-evidence-lens-hidden])');
    await markers.first().waitFor({ timeout: 15_000 });
    expect(await badges(page).count()).toBe(0);

    const key =
      'Stem cell therapy reduces the brain inflammation behind autism and restores the connections between nerve cells.';
    const marker = page.locator(`evidence-lens-ui[data-evidence-lens-key="claim:${key}"] button`);
    await marker.click();
    await card(page).waitFor();
    expect(await card(page).innerText()).toContain(BRIEF_NOTE);
    await h.shot(page, 'brief-autism-note');

    const { tabId, summary } = await h.summary(page.url());
    expect(summary.page).toMatchObject({ kind: 'commercial' });
    expect(summary.briefs.map((b: { id: string }) => b.id)).toEqual(['autism']);

    const popup = await h.popup(tabId);
    const headline = popup.locator('[data-testid="headline"]');
    await headline.waitFor();
    const brief = popup.locator('[data-testid="brief"]');
    expect(await brief.locator('h2').innerText()).toMatch(/What is known about stem-cell treatments for autism/i);
    const text = await brief.innerText();
    expect(text).toContain('The largest randomized trial, in 180 children');
    expect(text).toContain('Approval, as of');
    // The page's own sentence comes before the brief.
    const order = await popup.evaluate(() => {
      const h = document.querySelector('[data-testid="headline"]');
      const b = document.querySelector('[data-testid="brief"]');
      return !!h && !!b && !!(h.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
    // The regulators' warnings are folded, one click away.
    const more = brief.locator('details.brief-more');
    expect(await more.locator('summary').innerText()).toMatch(/^Warnings from regulators and professional bodies \(\d+\)$/);
    expect(await more.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await more.locator('summary').click();
    expect(await more.locator('.brief-warnings li').count()).toBeGreaterThan(0);
    // Each of the strongest studies opens its card in place.
    const first = brief.locator('.brief-studies details').first();
    await first.locator('summary').click();
    await expect.poll(() => first.locator('.brief-card').innerText()).toMatch(/\w/);
    await h.shot(popup, 'brief-autism-popup', true);
  });

  it('on a journal page about the same condition: the brief in the popup only, no notes on the page', async () => {
    const page = await h.open('autism-journal-commentary.html');
    await badges(page).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    expect(await page.locator('evidence-lens-ui[data-evidence-lens="claim"]').count()).toBe(0);
    const { tabId, summary } = await h.summary(page.url());
    expect(summary.page).toMatchObject({ kind: 'scholarly' });
    expect(summary.claims).toEqual([]);
    const popup = await h.popup(tabId);
    await popup.locator('[data-testid="headline"]').waitFor();
    expect(await popup.locator('[data-testid="brief"] h2').innerText()).toMatch(/autism/i);
  });
});
