import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badges, card, type Harness, startHarness } from './harness';

// The extension API inside the service worker, reached through worker.evaluate().
declare const chrome: any;

describe('the demo clinic page in Chromium with the extension', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('badges the cited STEMS trial, opens its card, and lists it in the popup', async () => {
    const page = await h.open('stems-clinic-blog.html');
    const badge = badges(page);
    await badge.first().waitFor({ timeout: 15_000 });
    expect(await badge.count()).toBe(1);
    const button = badge.locator('button');
    expect(await button.innerText()).toContain('Phase 1 · no control · 12 people');
    expect(await button.getAttribute('aria-label')).toBe('Study cited: Phase 1, no control, 12 people. Open details.');

    // The badge sits right after the DOI link in the "Source:" line.
    const placement = await page.evaluate(() => {
      const host = document.querySelector('evidence-lens-ui[data-evidence-lens="badge"]');
      return { parent: host?.parentElement?.className, previous: host?.previousElementSibling?.textContent };
    });
    expect(placement).toEqual({ parent: 'source', previous: '10.1038/s41591-022-02097-3' });

    await badge.first().scrollIntoViewIfNeeded();
    await h.shot(page, 'skeleton-badge');
    await button.click();
    const opened = card(page);
    await opened.waitFor();
    const text = await opened.innerText();
    for (const expected of [
      'cannot show whether the treatment works',
      'trial without a comparison group',
      'Phase 1',
      'No comparison group (no control)',
      'open-label',
      '12 people treated',
      'Feasibility, safety and tolerability',
      'Met',
      'preliminary',
      'PubMed',
      'Publisher (doi.org)',
    ]) {
      expect(text).toContain(expected);
    }
    expect(await opened.locator('a[href="https://pubmed.ncbi.nlm.nih.gov/36624312/"]').count()).toBe(1);
    expect(await opened.locator('a[href="https://doi.org/10.1038/s41591-022-02097-3"]').count()).toBe(1);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await h.shot(page, 'skeleton-card');

    // Escape closes the card and returns focus to the badge.
    await page.keyboard.press('Escape');
    await expect.poll(() => opened.count()).toBe(0);
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    const { tabId, summary } = await h.summary(page.url());
    expect(summary.citations).toHaveLength(1);
    expect(summary.citations[0].studyId).toBe('genchi2023_stems');
    expect(await h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('1');

    const popup = await h.popup(tabId);
    const headline = popup.locator('[data-testid="headline"]');
    await headline.waitFor();
    expect(await headline.innerText()).toBe('This page cites a phase 1 trial without a control group.');
    const item = popup.locator('.item');
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toContain('Genchi A 2023');
    expect(await item.innerText()).toContain('Phase 1 · no control · 12 people');
    await h.shot(popup, 'skeleton-popup');
  });

  it('opens the card from the keyboard with Enter and Space', async () => {
    const page = await h.open('stems-clinic-blog.html');
    const button = badges(page).first().locator('button');
    await button.waitFor({ timeout: 15_000 });
    await button.focus();
    await page.keyboard.press('Enter');
    await card(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await page.keyboard.press('Space');
    await card(page).waitFor();
    expect(await card(page).innerText()).toContain('Phase 1');
  });
});
