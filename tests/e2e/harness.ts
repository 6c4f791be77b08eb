/**
 * Shared set-up for end-to-end tests: a fixture server, Chromium with the
 * test build of the extension, and helpers to read the extension's state.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { findSummary } from '../../scripts/lib/extension-state.mjs';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';

export const ROOT = join(import.meta.dirname, '../..');
export const SHOTS = join(ROOT, 'e2e-output');
export const EXTENSION_DIR = join(ROOT, '.output-e2e/chrome-mv3');

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  origin: string;
  open(path: string): Promise<Page>;
  summary(url: string): Promise<{ tabId: number; summary: any }>;
  popup(tabId: number): Promise<Page>;
  shot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Harness> {
  mkdirSync(SHOTS, { recursive: true });
  const server = await startFixtureServer(join(ROOT, 'tests/fixtures/pages'));
  const { context, worker, extensionId } = await launchWithExtension(EXTENSION_DIR, options);
  return {
    context,
    worker,
    extensionId,
    origin: server.origin,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${path}`);
      return page;
    },
    summary: (url) => findSummary(worker, url),
    async popup(tabId) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 380, height: 560 });
      await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return page;
    },
    async shot(page, name, fullPage = false) {
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
    },
    async close() {
      await context.close();
      await server.close();
    },
  };
}

export const badges = (page: Page) => page.locator('evidence-lens-ui[data-evidence-lens="badge"]');
export const card = (page: Page) => page.locator('evidence-lens-ui[data-evidence-lens="card"] .card');
