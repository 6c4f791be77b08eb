/**
 * Chromium and Firefox find the same things on the same pages: the same
 * citations with the same record answers, the same studies, the same claims
 * (issue #19). Both browsers run the test builds of the extension, side by
 * side, on the fixture pages that do not change over time.
 */
import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../e2e/harness';
import { type FirefoxHarness, startFirefoxHarness } from './harness';

const PAGES = [
  'stems-clinic-blog.html',
  'knee-clinic-blog.html',
  'reference-list.html',
  'sidebar-sticky.html',
  'journal-article.html',
  'plain-page.html',
  'stems-clinic-post.html',
  'exosome-clinic-retracted.html',
  'knee-references-blog.html',
  'knee-trial-registration.html',
];

/** What a browser's extension reported for a page, without the page's address (each browser has its own server). */
// biome-ignore lint/suspicious/noExplicitAny: the summary is read back as JSON from the browser
function found(summary: any) {
  const { url: _url, ...rest } = summary;
  return rest;
}

/** JSON with object keys sorted: the two browsers store the same summary with keys in different orders. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Our badges and markers on the page, in document order: role, key and the label read out to screen readers. */
const placedIn = () =>
  [...document.querySelectorAll('evidence-lens-ui')]
    .filter((host) => host.getAttribute('data-evidence-lens') !== 'card')
    .map((host) => ({
      role: host.getAttribute('data-evidence-lens'),
      key: host.getAttribute('data-evidence-lens-key'),
      label: host.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? null,
    }));

describe('Chromium and Firefox find the same citations, answers and claims', () => {
  let chromium: Harness;
  let firefox: FirefoxHarness;
  beforeAll(async () => {
    chromium = await startHarness();
    firefox = await startFirefoxHarness();
  });
  afterAll(async () => {
    await chromium?.close();
    await firefox?.close();
  });

  it.each(PAGES)('%s', async (path) => {
    const inChromium: ChromiumPage = await chromium.open(path);
    const inFirefox: FirefoxPage = await firefox.open(path);
    // Claims are analysed in the background after the badges are placed: wait until both browsers have them.
    const summaries = async () => [
      (await chromium.summary(inChromium.url())).summary,
      (await firefox.summary(inFirefox.url())).summary,
    ];
    await expect
      .poll(
        async () => {
          const [c, f] = await summaries();
          return canonical(found(f)) === canonical(found(c));
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const [fromChromium, fromFirefox] = await summaries();
    expect(found(fromFirefox)).toEqual(found(fromChromium));
    expect(fromFirefox.error).toBeUndefined();

    // The same badges and markers end up on the page. First every citation and claim of the summary has its host
    // in both browsers; mentions of a reference are placed between the two, in the same order in both, so once both
    // show as many hosts, the lists compare like for like.
    const keys: string[] = [
      ...fromChromium.citations.filter((c: { pageLevel?: boolean }) => !c.pageLevel).map((c: { key: string }) => c.key),
      ...fromChromium.claims.map((c: { key: string }) => c.key),
    ];
    const allPlaced = (wanted: string[]) => {
      const placed = [...document.querySelectorAll('evidence-lens-ui')].map(
        (h) => h.getAttribute('data-evidence-lens-key') ?? '',
      );
      return wanted.every((key) => placed.some((k) => k.startsWith(key)));
    };
    await inChromium.waitForFunction(allPlaced, keys, { timeout: 15_000 });
    await inFirefox.waitForFunction(allPlaced, { timeout: 15_000 }, keys);
    const count = () => document.querySelectorAll('evidence-lens-ui:not([data-evidence-lens="card"])').length;
    const deadline = Date.now() + 15_000;
    while ((await inChromium.evaluate(count)) !== (await inFirefox.evaluate(count)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const chromiumPlaced = await inChromium.evaluate(placedIn);
    expect(chromiumPlaced.length).toBeGreaterThanOrEqual(keys.length);
    expect(await inFirefox.evaluate(placedIn)).toEqual(chromiumPlaced);
    await inChromium.close();
    await inFirefox.close();
  });
});
