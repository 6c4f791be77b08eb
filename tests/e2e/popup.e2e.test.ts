import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badges, card, type Harness, startHarness } from './harness';

// The extension API inside the service worker, reached through worker.evaluate().
// biome-ignore lint/suspicious/noExplicitAny: the chrome.* API has no types in this project (no @types/chrome)
declare const chrome: any;

describe('popup, toolbar and settings in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('summarises a reference list: headline, retracted first, jumping to a badge opens it', async () => {
    const page = await h.open('reference-list.html');
    await badges(page).first().waitFor({ timeout: 15_000 });
    const { tabId } = await h.summary(page.url());
    expect(await h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('7');
    expect(await h.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(
      'Evidence Lens: 7 studies cited on this page, one of them retracted. Click for a summary.',
    );

    const popup = await h.popup(tabId);
    const headline = popup.locator('[data-testid="headline"]');
    await headline.waitFor();
    expect(await headline.innerText()).toBe(
      // The page's one call to action ("call our patient office") is an offer, not a claim beyond the evidence.
      'This page cites 7 studies: 1 retracted paper, 1 phase 1 trial without a control group, 3 randomized trials that found no benefit, 1 randomized trial, 1 study known only from its title.',
    );
    const items = popup.locator('.citations .item');
    expect(await items.count()).toBe(7);
    expect(await items.first().innerText()).toContain('Retracted');
    await h.shot(popup, 'popup-reference-list');

    // Activating an item scrolls the page to that badge and opens its card.
    await items.nth(1).click();
    await card(page).waitFor();
    expect(await card(page).innerText()).toContain('Phase 1');
    const inView = await page.evaluate(() => {
      const open = [...document.querySelectorAll('evidence-lens-ui[data-evidence-lens="badge"]')].find((host) =>
        host.shadowRoot?.querySelector('button[aria-expanded="true"]'),
      );
      const r = open?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await h.shot(page, 'reference-list-card');
  });

  it('switches a site off and on from the popup, live, without reloading the page', async () => {
    const page = await h.open('stems-clinic-blog.html');
    await badges(page).first().waitFor({ timeout: 15_000 });
    const { tabId } = await h.summary(page.url());
    const popup = await h.popup(tabId);
    const siteSwitch = popup.locator('#site-on');
    await siteSwitch.waitFor();
    expect(await siteSwitch.isChecked()).toBe(true);

    await siteSwitch.uncheck();
    await expect.poll(() => badges(page).count()).toBe(0);
    await expect
      .poll(() => popup.locator('[data-testid="headline"]').innerText())
      .toBe('Evidence Lens is switched off on 127.0.0.1.');
    await expect.poll(() => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await h.shot(popup, 'popup-site-off');

    // A new page on the same site stays clean while the site is off.
    const other = await h.open('knee-clinic-blog.html');
    await other.waitForTimeout(1000);
    expect(await badges(other).count()).toBe(0);

    await popup.locator('#site-on').check();
    // The Source line's badge and the one beside "Genchi and colleagues", which names that source.
    await expect.poll(() => badges(page).count()).toBe(2);
    await expect.poll(() => page.locator('evidence-lens-ui[data-evidence-lens="claim"]').count()).toBeGreaterThan(0);
    await expect
      .poll(() => popup.locator('[data-testid="headline"]').innerText())
      .toMatch(/^This page cites a phase 1 trial without a control group\./);
  });

  it('applies a display setting to open pages at once', async () => {
    const page = await h.open('reference-list.html');
    await badges(page).first().waitFor({ timeout: 15_000 });
    const visible = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('evidence-lens-ui[data-evidence-lens="badge"]')].filter(
            (b) => b.getBoundingClientRect().width > 0,
          ).length,
      );
    expect(await visible()).toBe(7);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('#badges-weak-and-flagged').check();
    // Only the randomized trial that met its goal is quiet; weak, retracted, unknown and failed trials stay.
    await expect.poll(visible).toBe(6);
    await options.locator('#compact').check();
    await expect.poll(() => badges(page).first().locator('.label').innerText()).toBe('Phase 2');
    await h.shot(options, 'options');
    await options.locator('#badges-all').check();
    await options.locator('#compact').uncheck();
    await expect.poll(visible).toBe(7);
  });

  it('"Check citation" on selected text shows what the record says beside the selection', async () => {
    const page = await h.open('reference-list.html');
    await badges(page).first().waitFor({ timeout: 15_000 });
    const { tabId } = await h.summary(page.url());
    // Select the Genchi reference (no identifier in it) as a person would, then run the menu's action.
    const text = await page.evaluate(() => {
      const li = document.querySelectorAll('ol.refs li')[2] as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(li);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    });
    const reply = await h.worker.evaluate(
      ([id, selected]) => chrome.tabs.sendMessage(id, { type: 'checkSelection', text: selected }),
      [tabId, text] as const,
    );
    expect(reply).toEqual({ ok: true, value: { found: true } });
    await card(page).waitFor();
    expect(await card(page).innerText()).toContain('Phase 1 · no control · 12 people');
    await h.shot(page, 'check-citation');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);

    const none = await h.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'checkSelection', text: 'call us today' }),
      tabId,
    );
    expect(none).toEqual({ ok: true, value: { found: false } });
    expect(await card(page).innerText()).toContain('No study identifier or known reference');
    // The summary is not changed by a check.
    expect((await h.summary(page.url())).summary.citations).toHaveLength(7);
  });

  it('keeps claim notes off on a journal article page, badges on, and the article itself as a page-level entry', async () => {
    const page = await h.open('journal-article.html');
    await badges(page).first().waitFor({ timeout: 15_000 });
    expect(await badges(page).count()).toBe(2);
    await page.waitForTimeout(500);
    expect(await page.locator('evidence-lens-ui[data-evidence-lens="claim"]').count()).toBe(0);
    const { tabId, summary } = await h.summary(page.url());
    expect(summary.claims).toEqual([]);
    expect(summary.citations[0]).toMatchObject({ pageLevel: true, ids: { doi: '10.5555/jcnr.2024.0117' } });
    const popup = await h.popup(tabId);
    await expect.poll(() => popup.locator('.citations .item').count()).toBe(3);
    expect(await popup.locator('.citations').innerText()).toContain('This page is the article itself.');
  });

  it('clears the toolbar count when the tab navigates to a page without citations', async () => {
    const page = await h.open('stems-clinic-blog.html');
    await badges(page).first().waitFor({ timeout: 15_000 });
    const { tabId } = await h.summary(page.url());
    expect(await h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('1');
    await page.goto(`${h.origin}/plain-page.html`);
    await expect.poll(() => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await expect
      .poll(() => h.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId))
      .toBe('Evidence Lens: no cited studies found on this page');
    const popup = await h.popup(tabId);
    await expect
      .poll(() => popup.locator('[data-testid="headline"]').innerText())
      .toBe('This page cites no study we could find.');
    await h.shot(popup, 'popup-nothing-found');
  });

  it('says so when the extension cannot run on a page', async () => {
    const blank = await h.context.newPage();
    await blank.goto('about:blank');
    const tabId = await h.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return tabs[tabs.length - 1].id;
    });
    const popup = await h.popup(tabId);
    await expect.poll(() => popup.locator('[data-testid="headline"]').innerText()).toBe('Evidence Lens cannot run on this page.');
  });
});
