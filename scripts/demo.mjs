// The main job for a newcomer: build the extension, open the demo clinic page
// in headless Chromium (or, with --firefox, headless Firefox) with the
// extension loaded, save screenshots and print what Evidence Lens found.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension, ensureChromium, launchWithExtension } from './lib/chromium.mjs';
import { findSummary } from './lib/extension-state.mjs';
import {
  buildFirefoxExtension,
  ensureFirefox,
  findFirefoxSummary,
  launchFirefoxWithExtension,
  startRecordingProxy,
} from './lib/firefox.mjs';
import { startFixtureServer } from './lib/fixture-server.mjs';

const OUT = join(process.cwd(), 'e2e-output');
const BADGE = 'evidence-lens-ui[data-evidence-lens="badge"]';
const firefox = process.argv.includes('--firefox');
mkdirSync(OUT, { recursive: true });

/** Chromium: Playwright, the production build loaded unpacked. */
async function inChromium(url) {
  ensureChromium();
  console.log('Building the extension…');
  const extensionDir = buildExtension();
  const { context, worker, extensionId } = await launchWithExtension(extensionDir);
  try {
    const page = await context.newPage();
    console.log(`Opening the demo clinic page ${url} in Chromium`);
    await page.goto(url);
    const badge = page.locator(BADGE).first();
    await badge.waitFor({ timeout: 15_000 });
    await badge.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'demo-page.png'), fullPage: true });
    await badge.click();
    await page.locator('evidence-lens-ui[data-evidence-lens="card"]').waitFor({ state: 'attached' });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(OUT, 'demo-card.png') });

    const { tabId, summary } = await findSummary(worker, url);
    const badgeText = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 420 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-testid="headline"]').waitFor();
    const headline = await popup.locator('[data-testid="headline"]').innerText();
    await popup.screenshot({ path: join(OUT, 'demo-popup.png'), fullPage: true });
    return { summary, badgeText, headline, shots: ['demo-page.png', 'demo-card.png', 'demo-popup.png'] };
  } finally {
    await context.close();
  }
}

/** Firefox: puppeteer-core over WebDriver BiDi, the production build installed as a temporary add-on. */
async function inFirefox(url, origin) {
  ensureFirefox();
  console.log('Building the Firefox extension…');
  const extensionDir = buildFirefoxExtension();
  // All of Firefox's traffic goes through a local proxy that forwards only the demo page's server.
  const proxy = await startRecordingProxy(origin);
  const { browser: ff, openExtensionPage } = await launchFirefoxWithExtension(extensionDir, { proxyPort: proxy.port });
  try {
    const page = await ff.newPage();
    console.log(`Opening the demo clinic page ${url} in Firefox`);
    await page.goto(url);
    await page.waitForSelector(BADGE, { timeout: 15_000 });
    await page.$eval(BADGE, (host) => host.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(OUT, 'demo-firefox-page.png'), fullPage: true });
    await page.click(BADGE);
    // The card takes focus when it opens (behind a closed shadow root the page sees its host).
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-evidence-lens') === 'card', {
      timeout: 15_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await page.screenshot({ path: join(OUT, 'demo-firefox-card.png') });

    const reader = await openExtensionPage('options.html');
    const { tabId, summary } = await findFirefoxSummary(reader, url);
    const badgeText = await reader.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`, { width: 380, height: 420 });
    const headline = await (await popup.waitForSelector('[data-testid="headline"]')).evaluate((el) => el.innerText);
    await popup.screenshot({ path: join(OUT, 'demo-firefox-popup.png'), fullPage: true });
    const elsewhere = proxy.requests.filter((r) => !r.url.startsWith(`${origin}/`));
    if (elsewhere.length) console.log(`Requests that would have left the machine: ${elsewhere.map((r) => r.url).join(', ')}`);
    return {
      summary,
      badgeText,
      headline,
      shots: ['demo-firefox-page.png', 'demo-firefox-card.png', 'demo-firefox-popup.png'],
    };
  } finally {
    await ff.close();
    await proxy.close();
  }
}

const server = await startFixtureServer(join(process.cwd(), 'tests/fixtures/pages'));
try {
  const url = `${server.origin}/stems-clinic-blog.html`;
  const { summary, badgeText, headline, shots } = firefox ? await inFirefox(url, server.origin) : await inChromium(url);

  console.log('\nWhat Evidence Lens found on the page:');
  console.log(`  Toolbar count: ${badgeText}`);
  console.log(`  Popup: ${headline}`);
  for (const c of summary?.citations ?? []) {
    const study = c.studyId ? summary.studies[c.studyId] : null;
    const ids = Object.entries(c.ids)
      .map(([k, v]) => `${k.toUpperCase()} ${v}`)
      .join(', ');
    console.log(`  • ${study ? study.label : 'Not in record'}  [${ids}]`);
    if (study) {
      console.log(`    ${study.authors[0] ?? ''} ${study.year ?? ''}: ${study.title ?? ''}`);
      console.log(`    ${study.sentence}`);
      console.log(
        `    Primary endpoint: ${study.primaryEndpoint.text ?? 'not reported'} (${study.primaryEndpoint.met === true ? 'met' : study.primaryEndpoint.met === false ? 'not met' : 'not reported'})`,
      );
    }
  }
  console.log(`\nScreenshots: ${shots.map((f) => join('e2e-output', f)).join(', ')}`);
} finally {
  await server.close();
}
