/**
 * "Nothing leaves the browser", in Firefox: every fixture page is loaded with
 * the extension, a card is opened on each page that has a badge, the popup
 * is opened and used. Firefox sends all of its traffic (every page, the
 * content script, the extension's background and popup, Firefox itself)
 * through the harness's recording proxy, which forwards only requests for
 * the fixture server. The record must hold nothing else.
 *
 * Canaries sent from a page, from the popup and from the background page,
 * to a host that does not exist, prove that each of those places really
 * goes through the proxy before its silence is trusted.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE, BADGE_BUTTON, CARD, type FirefoxHarness, ROOT, startFirefoxHarness, textOf } from './harness';

// biome-ignore lint/suspicious/noExplicitAny: the WebExtension API inside extension pages has no types here
declare const browser: any;

const PAGES = readdirSync(join(ROOT, 'tests/fixtures/pages'))
  .filter((name) => name.endsWith('.html'))
  .sort();
const CANARY = 'http://canary.evidence-lens.invalid/';

describe('Nothing leaves the browser (Firefox)', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records every request Firefox makes; none but the canaries goes anywhere but the test server', async () => {
    expect(PAGES).toContain('stems-clinic-blog.html');
    expect(PAGES.filter((p) => p.startsWith('hostile-')).length).toBeGreaterThanOrEqual(7);

    const opened = new Map<string, Page>();
    for (const name of PAGES) {
      const page = await h.open(name);
      opened.set(name, page);
      // The content script has read the page once its summary reaches the background.
      await h.summary(page.url());
    }

    let cardsOpened = 0;
    for (const [name, page] of opened) {
      if (!(await page.$(BADGE))) continue;
      await page.click(BADGE_BUTTON);
      const text = await textOf(page, CARD, 10_000).catch(() => {
        throw new Error(`no card opened on ${name}`);
      });
      expect(text.length).toBeGreaterThan(20);
      await page.keyboard.press('Escape');
      cardsOpened++;
    }
    expect(cardsOpened).toBeGreaterThanOrEqual(6);

    const demo = opened.get('stems-clinic-blog.html') as Page;
    const { tabId } = await h.summary(demo.url());
    const popup = await h.popup(tabId);
    await popup.waitForSelector('[data-testid="headline"]');
    await popup.click('.citations .item');
    await demo.waitForSelector(CARD, { timeout: 10_000 });

    // Canaries: one request from each place, to a host that does not exist.
    await demo.evaluate((u) => fetch(u, { mode: 'no-cors' }).catch(() => undefined), `${CANARY}page`);
    await popup.evaluate((u) => fetch(u).catch(() => undefined), `${CANARY}popup`);
    await popup.evaluate(async (u) => {
      const background = await browser.runtime.getBackgroundPage();
      await background.fetch(u).catch(() => undefined);
    }, `${CANARY}background`);
    const canaries = h.requests.filter((r) => r.url.startsWith(CANARY)).map((r) => r.url.slice(CANARY.length));
    expect(canaries.sort()).toEqual(['background', 'page', 'popup']);

    const local = h.requests.filter((r) => r.url.startsWith(`${h.origin}/`));
    const elsewhere = h.requests.filter((r) => !r.url.startsWith(`${h.origin}/`) && !r.url.startsWith(CANARY));
    console.log(
      `network (Firefox): ${h.requests.length} requests through the proxy over ${PAGES.length} pages and the popup: ` +
        `${local.length} to the test server, ${canaries.length} canaries, ${elsewhere.length} elsewhere`,
    );
    expect(local.length).toBeGreaterThanOrEqual(PAGES.length);
    expect(elsewhere).toEqual([]);
    await popup.close();
    for (const page of opened.values()) await page.close();
  }, 180_000);
});
