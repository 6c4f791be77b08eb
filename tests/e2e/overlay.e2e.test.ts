import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badges, card, type Harness, startHarness } from './harness';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES = ['stems-clinic-blog.html', 'knee-clinic-blog.html', 'reference-list.html', 'sidebar-sticky.html'];

/** axe-core violations inside our UI only (the fixture pages' own markup is not ours to judge). */
async function axeOnOurUi(page: Page): Promise<{ id: string; targets: string[] }[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .map((v: any) => ({
        id: v.id,
        targets: v.nodes.map((n: any) => JSON.stringify(n.target)).filter((t: string) => t.includes('evidence-lens-ui')),
      }))
      .filter((v: any) => v.targets.length > 0);
  });
}

/** The page's text with our hosts taken out. */
function pageTextWithoutUs(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('evidence-lens-ui')) host.remove();
    return clone.textContent ?? '';
  });
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`badges and cards on four page layouts (${scheme})`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ colorScheme: scheme });
    });
    afterAll(async () => {
      await h?.close();
    });

    it.each(PAGES)('%s: readable badges, a keyboard-operable card, axe finds 0 violations, page text untouched', async (path) => {
      const reference = await h.context.newPage();
      await reference.route('**/*', (route) => route.continue());
      const page = await h.open(path);
      const badge = badges(page);
      await badge.first().waitFor({ timeout: 15_000 });
      // The page's own text is unchanged apart from our hosts.
      const original = await page.evaluate(async (url) => {
        const html = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return doc.body.textContent ?? '';
      }, page.url());
      expect(await pageTextWithoutUs(page)).toBe(original);
      await reference.close();

      for (const b of await badge.all()) {
        const button = b.locator('button');
        expect(await button.getAttribute('aria-label')).toMatch(/^Study cited: .+\. Open details\.$/);
        const box = await b.boundingBox();
        expect(box && box.width > 20 && box.height > 10 && box.height < 40).toBe(true);
      }
      const name = path.replace('.html', '');
      await h.shot(page, `${name}-${scheme}`, true);

      const first = badge.first().locator('button');
      await first.scrollIntoViewIfNeeded();
      await first.focus();
      await page.keyboard.press('Enter');
      await card(page).waitFor();
      expect(await card(page).getAttribute('role')).toBe('dialog');
      expect(await first.getAttribute('aria-expanded')).toBe('true');
      const inViewport = await card(page).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
      });
      expect(inViewport).toBe(true);
      await h.shot(page, `${name}-card-${scheme}`);
      expect(await axeOnOurUi(page)).toEqual([]);

      // One card at a time: opening another closes the first.
      if ((await badge.count()) > 1) {
        await badge.nth(1).locator('button').focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => card(page).count()).toBe(1);
        expect(await first.getAttribute('aria-expanded')).toBe('false');
      }
      // A click outside closes the card; Escape returns focus to the badge.
      await page.mouse.click(5, 5);
      await expect.poll(() => card(page).count()).toBe(0);
      await first.focus();
      await page.keyboard.press('Space');
      await card(page).waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => card(page).count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('evidence-lens-ui');
    });

    it('keeps an open card in the viewport on scroll and resize (sticky header page)', async () => {
      const page = await h.open('sidebar-sticky.html');
      const badge = badges(page).filter({ hasText: 'Phase 3' }).first();
      await badge.waitFor({ timeout: 15_000 });
      await badge.scrollIntoViewIfNeeded();
      await badge.locator('button').click();
      await card(page).waitFor();
      const within = () =>
        card(page).evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight + 1 && r.left >= 0 && r.right <= window.innerWidth + 1;
        });
      expect(await within()).toBe(true);
      await page.setViewportSize({ width: 700, height: 600 });
      await expect.poll(within).toBe(true);
      await page.mouse.wheel(0, 120);
      await expect.poll(within).toBe(true);
      await h.shot(page, `sidebar-sticky-resized-${scheme}`);
      await page.setViewportSize({ width: 1100, height: 900 });
    });
  });
}

describe('the shipped build keeps its UI in closed shadow roots', () => {
  it('is closed in .output (production) and open only in the test build', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('./harness');
    const { buildExtension } = await import('../../scripts/lib/chromium.mjs');
    buildExtension();
    const dir = join(ROOT, '.output/chrome-mv3/content-scripts');
    const shipped = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    expect(shipped).toMatch(/attachShadow\(\{mode:[`'"]closed[`'"]\}\)/);
    expect(shipped).not.toMatch(/mode:[`'"]open[`'"]/);
  });
});
