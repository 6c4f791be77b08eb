/**
 * Shared set-up for the Firefox end-to-end tests: a fixture server, a
 * recording proxy that all of Firefox's traffic goes through, headless
 * Firefox (WebDriver BiDi through puppeteer-core) with a build of the
 * extension installed as a temporary add-on, and helpers to read the
 * extension's state through one of its own pages.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { findFirefoxSummary, launchFirefoxWithExtension, startRecordingProxy } from '../../scripts/lib/firefox.mjs';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';

export const ROOT = join(import.meta.dirname, '../..');
export const SHOTS = join(ROOT, 'e2e-output');
/** The test build: open shadow roots, so the tests can read our UI. */
export const E2E_FIREFOX_DIR = join(ROOT, '.output-e2e/firefox-mv2');
/** The build a person installs (closed shadow roots). */
export const PRODUCTION_FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');

export const HOST = 'evidence-lens-ui';
export const BADGE = `${HOST}[data-evidence-lens="badge"]`;
export const CLAIM = `${HOST}[data-evidence-lens="claim"]`;
export const CARD_HOST = `${HOST}[data-evidence-lens="card"]`;
/** Through an open shadow root (puppeteer's deep combinator). */
export const CARD = `${CARD_HOST} >>> .card`;
export const BADGE_BUTTON = `${BADGE} >>> button`;

export interface Recorded {
  method: string;
  url: string;
}

export interface FirefoxHarness {
  firefox: Browser;
  /** The fixture server, e.g. http://127.0.0.1:PORT */
  origin: string;
  /** moz-extension://UUID */
  extensionOrigin: string;
  /** Every request Firefox sent through the proxy, in order. */
  requests: Recorded[];
  open(path: string): Promise<Page>;
  /** An extension page kept open to read the background's state. */
  extensionPage(): Promise<Page>;
  // biome-ignore lint/suspicious/noExplicitAny: the summary is read back as JSON from the browser
  summary(url: string): Promise<{ tabId: number; summary: any }>;
  /** The toolbar button's count for a tab. */
  badgeText(tabId: number): Promise<string>;
  popup(tabId: number): Promise<Page>;
  shot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: the WebExtension API inside extension pages has no types here
declare const browser: any;

export async function startFirefoxHarness(extensionDir = E2E_FIREFOX_DIR): Promise<FirefoxHarness> {
  mkdirSync(SHOTS, { recursive: true });
  const server = await startFixtureServer(join(ROOT, 'tests/fixtures/pages'));
  const proxy = await startRecordingProxy(server.origin);
  const launched = await launchFirefoxWithExtension(extensionDir, { proxyPort: proxy.port }).catch(async (error) => {
    await proxy.close();
    await server.close();
    throw error;
  });
  const { browser: firefox, origin: extensionOrigin, openExtensionPage } = launched;
  let stateReader: Page | null = null;
  const extensionPage = async () => {
    stateReader ??= await openExtensionPage('options.html');
    return stateReader;
  };
  const summary = async (url: string) => findFirefoxSummary(await extensionPage(), url);
  return {
    firefox,
    origin: server.origin,
    extensionOrigin,
    requests: proxy.requests,
    async open(path) {
      const page = await firefox.newPage();
      await page.goto(`${server.origin}/${path}`);
      return page;
    },
    extensionPage,
    summary,
    async badgeText(tabId) {
      const reader = await extensionPage();
      return reader.evaluate((id: number) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
    },
    popup: (tabId) => openExtensionPage(`popup.html?tab=${tabId}`, { width: 380, height: 560 }),
    async shot(page, name, fullPage = false) {
      await page.screenshot({ path: join(SHOTS, `firefox-${name}.png`), fullPage });
    },
    async close() {
      await firefox.close();
      await proxy.close();
      await server.close();
    },
  };
}

/** The text an element shows, as a reader sees it (innerText skips hidden parts and lays out blocks). */
export const shownText = (handle: ElementHandle<Element>) =>
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what the test checks
  handle.evaluate((el) => (el as HTMLElement).innerText);

/** Waits for `selector` and returns the text it shows. */
export async function textOf(page: Page, selector: string, timeout = 15_000): Promise<string> {
  const handle = await page.waitForSelector(selector, { timeout });
  if (!handle) throw new Error(`${selector} not found`);
  return shownText(handle);
}
