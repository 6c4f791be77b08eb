/**
 * The demo clinic page in Firefox with the Firefox build of the extension
 * (issue #19): badge, card by click and by keyboard, claim markers, popup
 * headline and toolbar count. Each test first waits for our UI on the page,
 * so the suite fails when the content script does not run or places nothing.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE, BADGE_BUTTON, CARD, CLAIM, type FirefoxHarness, shownText, startFirefoxHarness, textOf } from './harness';

/** The badge on the "Source:" line (a second one sits beside "Genchi and colleagues", which names that source). */
const SOURCE_BADGE = `p.source ${BADGE}`;
const SOURCE_BUTTON = `${SOURCE_BADGE} >>> button`;
const buttonAttr = (page: Page, name: string) =>
  page.$eval(SOURCE_BUTTON, (button, attr) => button.getAttribute(attr as string), name);

describe('the demo clinic page in Firefox with the extension', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('badges the cited STEMS trial and opens its card on click', async () => {
    const page = await h.open('stems-clinic-blog.html');
    await page.waitForFunction((s: string) => document.querySelectorAll(s).length === 2, { timeout: 15_000 }, BADGE);
    expect(await textOf(page, SOURCE_BUTTON)).toContain('Phase 1 · no control · 12 people');
    expect(await buttonAttr(page, 'aria-label')).toBe('Study cited: Phase 1, no control, 12 people. Open details.');

    // The badge sits right after the DOI link in the "Source:" line.
    const placement = await page.evaluate(() => {
      const host = document.querySelector('p.source evidence-lens-ui[data-evidence-lens="badge"]');
      return { parent: host?.parentElement?.className, previous: host?.previousElementSibling?.textContent };
    });
    expect(placement).toEqual({ parent: 'source', previous: '10.1038/s41591-022-02097-3' });

    await page.$eval(SOURCE_BADGE, (host) => host.scrollIntoView({ block: 'center' }));
    await h.shot(page, 'badge');
    await page.click(SOURCE_BUTTON);
    const text = await textOf(page, CARD);
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
    const links = await page.$$eval(`${CARD} >>> a`, (anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining(['https://pubmed.ncbi.nlm.nih.gov/36624312/', 'https://doi.org/10.1038/s41591-022-02097-3']),
    );
    expect(await buttonAttr(page, 'aria-expanded')).toBe('true');
    await h.shot(page, 'card');

    // Escape closes the card.
    await page.keyboard.press('Escape');
    await page.waitForSelector(CARD, { hidden: true, timeout: 15_000 });
    expect(await buttonAttr(page, 'aria-expanded')).toBe('false');
  });

  it('opens the card from the keyboard with Enter and Space', async () => {
    const page = await h.open('stems-clinic-blog.html');
    const button = await page.waitForSelector(BADGE_BUTTON, { timeout: 15_000 });
    await button?.focus();
    await page.keyboard.press('Enter');
    expect(await textOf(page, CARD)).toContain('Phase 1');
    await page.keyboard.press('Escape');
    await page.waitForSelector(CARD, { hidden: true, timeout: 15_000 });
    // Focus went back to the badge: Space on it opens the card again.
    await page.keyboard.press(' ');
    expect(await textOf(page, CARD)).toContain('Phase 1');
  });

  it('shows claim notes beside the promotional sentences', async () => {
    const page = await h.open('stems-clinic-blog.html');
    await page.waitForSelector(CLAIM, { timeout: 15_000 });
    await page.waitForSelector(BADGE, { timeout: 15_000 });
    expect(await page.$$eval(CLAIM, (hosts) => hosts.length)).toBeGreaterThanOrEqual(5);
    const cure = await page.evaluate(() => {
      const host = [...document.querySelectorAll('evidence-lens-ui[data-evidence-lens="claim"]')].find((el) =>
        (el.previousSibling?.textContent ?? '').endsWith('giving the nervous system a chance to heal.'),
      );
      return host?.getAttribute('data-evidence-lens-key') ?? null;
    });
    expect(cure).toContain('Stem cell therapy repairs the damage');
    const marker = `${CLAIM}[data-evidence-lens-key="${cure}"] >>> button`;
    expect(await page.$eval(marker, (b) => b.getAttribute('aria-label'))).toBe('Note on a claim (cure). Open note.');
    await page.click(marker);
    expect(await textOf(page, CARD)).toContain(
      'The study this page cites was a phase 1 safety trial in 12 people, with no comparison group, so it cannot show whether the treatment works.',
    );
    await h.shot(page, 'claim-note');

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

  it('keeps a summary for the tab: the toolbar count and the popup headline', async () => {
    const page = await h.open('stems-clinic-blog.html');
    await page.waitForSelector(BADGE, { timeout: 15_000 });
    const { tabId, summary } = await h.summary(page.url());
    expect(summary.citations).toHaveLength(1);
    expect(summary.citations[0].studyId).toBe('genchi2023_stems');
    expect(summary.claims.map((c: { kind: string }) => c.kind)).toEqual(
      expect.arrayContaining(['cure', 'call-to-action', 'urgency', 'social-proof']),
    );
    expect(await h.badgeText(tabId)).toBe('1');

    const popup = await h.popup(tabId);
    expect(await textOf(popup, '[data-testid="headline"]')).toMatch(
      /^This page cites a phase 1 trial without a control group\. \d+ claims go beyond that evidence\.$/,
    );
    const items = await Promise.all((await popup.$$('.citations .item')).map(shownText));
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('Genchi A 2023');
    expect(items[0]).toContain('Phase 1 · no control · 12 people');
    await h.shot(popup, 'popup');

    // "Show on page" from the popup reaches the content script and opens the card.
    await popup.click('.citations .item');
    expect(await textOf(page, CARD)).toContain('Phase 1');
    await popup.close();
  });
});
