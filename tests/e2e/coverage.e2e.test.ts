/**
 * Every citation is told something, in Chromium with the built extension: a
 * retraction the record does not hold, a trial registration from the export,
 * the titles of a reference list without identifiers, and a mention sharing
 * its source's badge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badges, card, type Harness, startHarness } from './harness';

const labels = async (page: Page) => {
  await badges(page).first().waitFor({ timeout: 15_000 });
  return badges(page).locator('.label').allInnerTexts();
};

describe('what a badge says when the record has no entry', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows a retraction from the open lists, with the notice link and the list it came from', async () => {
    const page = await h.open('exosome-clinic-retracted.html');
    await expect.poll(() => labels(page)).toEqual(['Retracted', 'Retracted']);
    const first = badges(page).first().locator('button');
    expect(await first.getAttribute('class')).toBe('retracted');
    await first.click();
    const opened = card(page);
    await opened.waitFor();
    const text = await opened.innerText();
    expect(text).toContain('A retraction notice was published for this paper');
    expect(text).toContain('Source: Retraction Watch database via Crossref, as of 2026-08-08.');
    expect(await opened.locator('a[href="https://doi.org/10.1186/s13287-025-04713-8"]').innerText()).toBe('Read the notice');
    await h.shot(page, 'coverage-retraction-card');
    await page.keyboard.press('Escape');

    // A PMID Europe PMC lists reaches Retraction Watch's notice through the DOI Europe PMC gives for it.
    await badges(page).nth(1).locator('button').click();
    await card(page).waitFor();
    expect(await card(page).innerText()).toContain('Europe PMC, as of 2023-07-28');
    expect(await card(page).locator('a[href="https://doi.org/10.1089/scd.2010.0461.retract"]').count()).toBe(1);
  });

  it('shows a registered trial from the export with its phase and planned size, as a plan not a result', async () => {
    const page = await h.open('knee-trial-registration.html');
    await expect.poll(() => labels(page)).toEqual(['Registered trial · phase 1 · 10 people · no results posted']);
    const button = badges(page).first().locator('button');
    expect(await button.getAttribute('aria-label')).toBe(
      'Trial registration cited: Registered trial, phase 1, 10 people, no results posted. Open details.',
    );
    await button.click();
    const text = await card(page).innerText();
    for (const expected of [
      'This is a trial registration: it describes a plan, not results.',
      'A trial registration is a plan, not a result',
      'as registered in December 2021',
      'Use of Wharton Jelly Derived Mesenchymal Stem Cells for Knee Osteoarthrosis',
      'Phase 1',
      '10 people (planned or enrolled',
      'Recruiting',
      'No results posted',
    ]) {
      expect(text).toContain(expected);
    }
    expect(await card(page).locator('a[href="https://clinicaltrials.gov/study/NCT02963727"]').count()).toBe(1);
    await h.shot(page, 'coverage-registration-card');
  });

  it('gives each entry of a reference list without identifiers a badge, reading design words from its title', async () => {
    const page = await h.open('knee-references-blog.html');
    const list = page.locator('ol.references evidence-lens-ui[data-evidence-lens="badge"] .label');
    await expect
      .poll(() => list.allInnerTexts())
      .toEqual(['Title says: study in rabbits', 'Title says: study in rabbits', 'Title says: randomized', 'Not in record']);
    // In-text citations and mentions share their entry's badge.
    const inText = page.locator('main > p evidence-lens-ui[data-evidence-lens="badge"] .label');
    expect(await inText.allInnerTexts()).toEqual([
      'Title says: study in rabbits',
      'Title says: study in rabbits',
      'Title says: study in rabbits',
      'Title says: randomized',
      'Title says: randomized',
    ]);
    const titled = page.locator('ol.references evidence-lens-ui[data-evidence-lens="badge"] button').first();
    expect(await titled.getAttribute('class')).toBe('title');
    await titled.click();
    const text = await card(page).innerText();
    expect(text).toContain('Its title’s words are shown as printed, not checked');
    expect(text).toContain('Design words in the title: study in rabbits.');
    await h.shot(page, 'coverage-title-card', true);
    await page.keyboard.press('Escape');
    const unknown = page.locator('ol.references evidence-lens-ui[data-evidence-lens="badge"] button').nth(3);
    await unknown.click();
    const search = card(page).locator('a', { hasText: 'Search PubMed' });
    expect(await search.getAttribute('href')).toMatch(
      /^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\?term=Kristj%C3%A1nsson%5B1au%5D%202017%5Bdp%5D/,
    );
  });

  it('gives the seed page\'s "Genchi and colleagues" the badge of its Source line', async () => {
    const page = await h.open('stems-clinic-blog.html');
    await expect.poll(() => badges(page).count()).toBe(2);
    const mention = page
      .locator('p', { hasText: 'Genchi and colleagues' })
      .locator('evidence-lens-ui[data-evidence-lens="badge"]');
    expect(await mention.locator('.label').innerText()).toBe('Phase 1 · no control · 12 people');
    await mention.locator('button').click();
    expect(await card(page).innerText()).toContain('Feasibility, safety and tolerability');
  });
});
