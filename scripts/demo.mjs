// The main job for a newcomer: build the extension, open the demo clinic page
// in headless Chromium with the extension loaded, save screenshots and print
// what Evidence Lens found.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension, ensureChromium, launchWithExtension } from './lib/chromium.mjs';
import { findSummary } from './lib/extension-state.mjs';
import { startFixtureServer } from './lib/fixture-server.mjs';

const OUT = join(process.cwd(), 'e2e-output');
mkdirSync(OUT, { recursive: true });

ensureChromium();
console.log('Building the extension…');
const extensionDir = buildExtension();
const server = await startFixtureServer(join(process.cwd(), 'tests/fixtures/pages'));
const { context, worker, extensionId } = await launchWithExtension(extensionDir);
try {
  const page = await context.newPage();
  const url = `${server.origin}/stems-clinic-blog.html`;
  console.log(`Opening the demo clinic page ${url}`);
  await page.goto(url);
  const badge = page.locator('evidence-lens-ui[data-evidence-lens="badge"]').first();
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
  await popup.screenshot({ path: join(OUT, 'demo-popup.png') });

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
  console.log(
    `\nScreenshots: ${['demo-page.png', 'demo-card.png', 'demo-popup.png'].map((f) => join('e2e-output', f)).join(', ')}`,
  );
} finally {
  await context.close();
  await server.close();
}
