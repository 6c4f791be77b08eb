import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badges, card, type Harness, startHarness } from './harness';

// The extension API inside the service worker, reached through worker.evaluate().
// biome-ignore lint/suspicious/noExplicitAny: the chrome.* API has no types in this project (no @types/chrome)
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
    // One badge on the "Source:" line, and one beside "Genchi and colleagues", which names that source.
    await badges(page).first().waitFor({ timeout: 15_000 });
    await expect.poll(() => badges(page).count()).toBe(2);
    const badge = page.locator('p.source evidence-lens-ui[data-evidence-lens="badge"]');
    const button = badge.locator('button');
    expect(await button.innerText()).toContain('Phase 1 · no control · 12 people');
    expect(await button.getAttribute('aria-label')).toBe('Study cited: Phase 1, no control, 12 people. Open details.');

    // The badge sits right after the DOI link in the "Source:" line.
    const placement = await page.evaluate(() => {
      const host = document.querySelector('p.source evidence-lens-ui[data-evidence-lens="badge"]');
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
    expect(await headline.innerText()).toMatch(
      /^This page cites a phase 1 trial without a control group\. \d+ claims go beyond that evidence\.$/,
    );
    const item = popup.locator('.citations .item');
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toContain('Genchi A 2023');
    expect(await item.innerText()).toContain('Phase 1 · no control · 12 people');
    await h.shot(popup, 'skeleton-popup');
  });

  it('shows claim notes beside the promotional sentences, comparing them with the cited trial', async () => {
    const page = await h.open('stems-clinic-blog.html');
    const markers = page.locator('evidence-lens-ui[data-evidence-lens="claim"]');
    await markers.first().waitFor({ timeout: 15_000 });
    expect(await markers.count()).toBeGreaterThanOrEqual(5);
    // The marker sits at the end of the sentence it is about.
    const cure = await page.evaluate(() => {
      const host = [...document.querySelectorAll('evidence-lens-ui[data-evidence-lens="claim"]')].find((h) =>
        (h.previousSibling?.textContent ?? '').endsWith('giving the nervous system a chance to heal.'),
      );
      return host?.getAttribute('data-evidence-lens-key') ?? null;
    });
    expect(cure).toContain('Stem cell therapy repairs the damage');
    const marker = page.locator(`evidence-lens-ui[data-evidence-lens-key="${cure}"] button`);
    expect(await marker.getAttribute('aria-label')).toBe('Note on a claim (cure). Open note.');
    await marker.click();
    await card(page).waitFor();
    expect(await card(page).innerText()).toContain(
      'The study this page cites was a phase 1 safety trial in 12 people, with no comparison group, so it cannot show whether the treatment works.',
    );
    await h.shot(page, 'skeleton-claim-note');
    const { summary } = await h.summary(page.url());
    expect(summary.claims.map((c: { kind: string }) => c.kind)).toEqual(
      expect.arrayContaining(['cure', 'call-to-action', 'urgency', 'social-proof']),
    );
    // The page's own text is unchanged by badges and markers.
    const text = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      for (const host of clone.querySelectorAll('evidence-lens-ui')) host.remove();
      return clone.textContent;
    });
    const original = await page.evaluate(
      async (url) => new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html').body.textContent,
      page.url(),
    );
    expect(text).toBe(original);
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
