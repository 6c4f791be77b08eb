/**
 * "Nothing leaves the browser" (issue #8): every fixture page (the demo page
 * and the hostile ones) is loaded with the extension, the popup is opened, a
 * badge and a card are used, and every request made meanwhile by the pages,
 * by the content script, by the extension's service worker and by its popup
 * is recorded. None may go anywhere but the local test server and the
 * extension's own files.
 *
 * Recording: Playwright's context-level 'request' event covers pages, the
 * popup (an extension page in the same context) and MV3 service workers
 * (request.serviceWorker() is set for those). Canary requests made from each
 * of those places, and from the content script's isolated world, prove that
 * the recorder really sees each source before its silence is trusted.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, ROOT, startHarness } from './harness';

const HOST = 'evidence-lens-ui';
const BADGE = `${HOST}[data-evidence-lens="badge"]`;
const CARD = `${HOST}[data-evidence-lens="card"] .card`;
const PAGES = readdirSync(join(ROOT, 'tests/fixtures/pages'))
  .filter((name) => name.endsWith('.html'))
  .sort();

interface Recorded {
  url: string;
  from: string;
}

describe('Nothing leaves the browser', () => {
  let h: Harness;
  const recorded: Recorded[] = [];

  beforeAll(async () => {
    h = await startHarness();
    h.context.on('request', (request) => {
      let from = 'unknown';
      if (request.serviceWorker()) from = `service worker ${request.serviceWorker()?.url()}`;
      else {
        try {
          from = `frame ${request.frame().url() || '(new frame)'}`;
        } catch {
          from = request.isNavigationRequest() ? 'navigation' : 'no frame';
        }
      }
      recorded.push({ url: request.url(), from });
    });
    // WebSockets are not 'request' events: record them separately, for every page and the popup.
    h.context.on('page', (page) =>
      page.on('websocket', (ws) => recorded.push({ url: ws.url(), from: `websocket in ${page.url()}` })),
    );
  });

  afterAll(async () => {
    await h?.close();
  });

  it('sees requests from pages, the content script, the service worker and the popup, and none leaves 127.0.0.1', async () => {
    expect(PAGES).toContain('stems-clinic-blog.html');
    expect(PAGES.filter((p) => p.startsWith('hostile-')).length).toBeGreaterThanOrEqual(7);
    const allowed = [`${h.origin}/`, `chrome-extension://${h.extensionId}/`];
    // data: and blob: URLs are resolved inside the browser; about:blank is an empty frame.
    const local = /^(?:data:|blob:|about:blank$)/;

    const opened = new Map<string, Page>();
    for (const name of PAGES) {
      const page = await h.context.newPage();
      opened.set(name, page);
      await page.goto(`${h.origin}/${name}`);
      // The content script has read the page once its summary reaches the background.
      await h.summary(page.url());
    }

    // Use the UI: open a card from a badge on every page that has one.
    let cardsOpened = 0;
    for (const [name, page] of opened) {
      const badge = page.locator(BADGE).first();
      if (!(await badge.count())) continue;
      await badge.locator('button').click();
      const card = page.locator(CARD);
      await card.waitFor({ timeout: 10_000 }).catch(() => {
        throw new Error(`no card opened on ${name}`);
      });
      expect((await card.innerText()).length).toBeGreaterThan(20);
      await page.keyboard.press('Escape');
      cardsOpened++;
    }
    expect(cardsOpened).toBeGreaterThanOrEqual(6);

    // The popup for the demo page, and its "show on page" path (a message to the content script).
    const demo = opened.get('stems-clinic-blog.html') as Page;
    const { tabId } = await h.summary(demo.url());
    const popup = await h.popup(tabId);
    await popup.locator('[data-testid="headline"]').waitFor();
    await popup.locator('.item').first().click();
    await demo.locator(CARD).waitFor({ timeout: 10_000 });

    // Canaries: one request from each place, all to the test server, so we know each is seen.
    const canary = (where: string) => `${h.origin}/__canary/${where}`;
    await demo.evaluate((u) => fetch(u).catch(() => undefined), canary('page'));
    await popup.evaluate((u) => fetch(u).catch(() => undefined), canary('popup'));
    await h.worker.evaluate((u) => fetch(u).catch(() => undefined), canary('service-worker'));
    await fetchFromContentScript(demo, h.extensionId, canary('content-script'));
    await expect
      .poll(() => recorded.filter((r) => r.url.includes('/__canary/')).map((r) => r.url.split('/__canary/')[1]))
      .toEqual(expect.arrayContaining(['page', 'popup', 'service-worker', 'content-script']));
    expect(recorded.find((r) => r.url === canary('service-worker'))?.from).toMatch(/^service worker chrome-extension:/);

    const elsewhere = recorded.filter((r) => !allowed.some((prefix) => r.url.startsWith(prefix)) && !local.test(r.url));
    const bySource = (test: (r: Recorded) => boolean) => recorded.filter(test).length;
    console.log(
      `network: ${recorded.length} requests over ${PAGES.length} pages, the popup and the service worker: ` +
        `${bySource((r) => r.from.startsWith('service worker'))} from the service worker, ` +
        `${bySource((r) => r.from.includes('chrome-extension://') && !r.from.startsWith('service worker'))} from the popup, ` +
        `${bySource((r) => r.url.startsWith(h.origin))} to the test server, ` +
        `${bySource((r) => r.url.startsWith('chrome-extension://'))} to the extension's files`,
    );
    expect(elsewhere).toEqual([]);
    await popup.close();
    for (const page of opened.values()) await page.close();
  }, 180_000);
});

/** Makes a request from the content script's isolated world (found through CDP by its extension origin). */
async function fetchFromContentScript(page: Page, extensionId: string, url: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, origin: context.origin }));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.origin === `chrome-extension://${extensionId}`);
  if (!world) throw new Error('the content script world was not found');
  await cdp.send('Runtime.evaluate', {
    expression: `fetch(${JSON.stringify(url)}).catch(() => undefined)`,
    contextId: world.id,
    awaitPromise: true,
  });
  await cdp.detach();
}
