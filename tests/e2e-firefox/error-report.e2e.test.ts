/**
 * When the content script's pipeline fails, the person hears about it
 * (issue #19). The failure is the one Firefox had: the background's toolbar
 * API throws inside the lookup handler, so the lookup is answered with an
 * error. The content script reports that once, the background keeps it in
 * the tab's summary and the popup says the page could not be read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE, type FirefoxHarness, startFirefoxHarness, textOf } from './harness';

// biome-ignore lint/suspicious/noExplicitAny: the WebExtension API inside extension pages has no types here
declare const browser: any;

describe('a failed page read in Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is reported to the tab summary and shown in the popup', async () => {
    const reader = await h.extensionPage();
    // Break the toolbar inside the background (an MV2 background page, reachable from the extension's own pages).
    await reader.evaluate(async () => {
      const background = await browser.runtime.getBackgroundPage();
      const broken = () => {
        throw new Error('toolbar unavailable (test)');
      };
      Object.defineProperty(background.browser, 'action', {
        value: { setBadgeText: broken, setBadgeBackgroundColor: broken, setTitle: broken },
        configurable: true,
      });
    });
    try {
      const page = await h.open('stems-clinic-blog.html');
      const url = page.url();
      // Wait for the report itself, not for a time.
      await reader.waitForFunction(
        async (pageUrl: string) =>
          Object.values(await browser.storage.session.get(null)).some((value) => {
            const summary = value as { url?: string; error?: unknown } | null;
            return summary?.url === pageUrl && typeof summary.error === 'string';
          }),
        { timeout: 15_000, polling: 100 },
        url,
      );
      const { tabId, summary } = await h.summary(url);
      expect(summary.error).toMatch(/^lookup: /);
      expect(summary.error).toContain('toolbar unavailable (test)');
      // What the content script found before the failure is still there.
      expect(summary.citations.map((c: { studyId: string | null }) => c.studyId)).toEqual(['genchi2023_stems']);
      expect(await page.$$(BADGE)).toHaveLength(0);

      const popup = await h.popup(tabId);
      expect(await textOf(popup, '[data-testid="page-error"]')).toBe('Evidence Lens could not read this page.');
      await h.shot(popup, 'popup-page-error');
      await popup.close();
    } finally {
      await reader.evaluate(async () => {
        const background = await browser.runtime.getBackgroundPage();
        delete background.browser.action;
      });
    }

    // With the toolbar back, the same page is read again and the report is gone.
    const again = await h.open('stems-clinic-blog.html');
    await again.waitForSelector(BADGE, { timeout: 15_000 });
    const { tabId, summary } = await h.summary(again.url());
    expect(summary.error).toBeUndefined();
    const popup = await h.popup(tabId);
    await popup.waitForSelector('[data-testid="headline"]', { timeout: 15_000 });
    expect(await popup.$('[data-testid="page-error"]')).toBeNull();
  });
});
