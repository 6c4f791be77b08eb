/**
 * The build a person installs, `.output/firefox-mv2` (closed shadow roots),
 * loaded into Firefox exactly as the README says: the demo clinic page gets
 * its badge and claim markers, and the badge opens its card. With closed
 * roots the page sees only our hosts: the test reads their attributes, where
 * focus goes (a focused element inside a closed root shows as its host) and
 * a screenshot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE, CLAIM, type FirefoxHarness, PRODUCTION_FIREFOX_DIR, startFirefoxHarness } from './harness';

describe('the production Firefox build (.output/firefox-mv2) in firefox-esr', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness(PRODUCTION_FIREFOX_DIR);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('badges the demo clinic page and opens the card from the badge', async () => {
    const page = await h.open('stems-clinic-blog.html');
    // One badge on the "Source:" line, one beside "Genchi and colleagues", which names that source.
    await page.waitForFunction((s: string) => document.querySelectorAll(s).length === 2, { timeout: 15_000 }, BADGE);
    await page.waitForSelector(CLAIM, { timeout: 15_000 });
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll('evidence-lens-ui')].map((host) => ({
        role: host.getAttribute('data-evidence-lens'),
        // Closed in the shipped build: the page cannot reach inside.
        open: host.shadowRoot !== null,
      })),
    );
    expect(hosts.filter((host) => host.role === 'claim').length).toBeGreaterThanOrEqual(5);
    expect(hosts.every((host) => !host.open)).toBe(true);
    const placement = await page.$eval(`p.source ${BADGE}`, (host) => ({
      parent: host.parentElement?.className,
      previous: host.previousElementSibling?.textContent,
    }));
    expect(placement).toEqual({ parent: 'source', previous: '10.1038/s41591-022-02097-3' });

    await page.$eval(`p.source ${BADGE}`, (host) => host.scrollIntoView({ block: 'center' }));
    await page.click(`p.source ${BADGE}`);
    // The card takes focus when it opens; from the page, focus inside it shows as the card's host.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-evidence-lens') === 'card', { timeout: 15_000 });
    await h.shot(page, 'production-card');
    await page.keyboard.press('Escape');
    // Escape closes the card and gives focus back to the badge.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-evidence-lens') === 'badge', {
      timeout: 15_000,
    });

    const { tabId, summary } = await h.summary(page.url());
    expect(summary.citations.map((c: { studyId: string | null }) => c.studyId)).toEqual(['genchi2023_stems']);
    expect(await h.badgeText(tabId)).toBe('1');
  });
});
