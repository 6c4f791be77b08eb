// The shipped extension in headless Chromium, measured from the renderer's trace:
//  - the content script's first evaluation (compile and top-level run, the trace's
//    EvaluateScript event for content.js) on the 5 MB, 50,000-element page;
//  - on the seed clinic post: from the start of that evaluation to the first badge and
//    to the first claim marker (the claims engine runs in the background, so a marker
//    waits for a second round trip). The page's own observer marks the moment each
//    host element lands (performance.mark, which the trace records on the same clock).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../lib/chromium.mjs';
import { traceWhile } from '../lib/trace.mjs';
import { hugePage } from './pages.mjs';

const SEED_POST = join(import.meta.dirname, '../../tests/fixtures/pages/stems-clinic-post.html');
const CATEGORIES = ['devtools.timeline', 'v8.execute', 'blink.user_timing'];

/** Marks, in the page's main world, the first badge and the first claim marker to land. */
const OBSERVE_HOSTS = () => {
  const seen = new Set();
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        const role = node.nodeType === 1 ? node.getAttribute('data-evidence-lens') : null;
        if ((role === 'badge' || role === 'claim') && !seen.has(role)) {
          seen.add(role);
          performance.mark(`evidence-lens-bench:${role}`);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
};

async function traced(page, fn) {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await traceWhile(cdp, fn, CATEGORIES);
  } finally {
    await cdp.detach();
  }
}

/** One load of `html`, traced until the first host of role `until` lands; returns the content script's evaluation and the marks. */
async function load(context, extensionId, html, until) {
  const page = await context.newPage();
  try {
    await page.addInitScript(OBSERVE_HOSTS);
    await page.route('**/bench-page.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    const events = await traced(page, async () => {
      await page.goto('http://bench.invalid/bench-page.html');
      await page.waitForFunction((role) => performance.getEntriesByName(`evidence-lens-bench:${role}`).length > 0, until, {
        polling: 50,
        timeout: 60_000,
      });
    });
    const script = `chrome-extension://${extensionId}/content-scripts/content.js`;
    const evaluation = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url === script && e.dur !== undefined);
    if (!evaluation) throw new Error('the trace has no evaluation of the content script');
    const mark = (role) => events.find((e) => e.name === `evidence-lens-bench:${role}`);
    const since = (e) => (e ? (e.ts - evaluation.ts) / 1000 : Number.NaN);
    return { evaluationMs: evaluation.dur / 1000, toBadgeMs: since(mark('badge')), toClaimMs: since(mark('claim')) };
  } finally {
    await page.close();
  }
}

export async function extensionBench(extensionDir, runs) {
  const { context, extensionId } = await launchWithExtension(extensionDir);
  const huge = hugePage();
  const seed = readFileSync(SEED_POST, 'utf8');
  const out = { huge: [], seed: [] };
  try {
    // One load of each first, not counted: the background's start and the first compile of its code.
    await load(context, extensionId, seed, 'claim');
    for (let r = 0; r < runs; r++) {
      out.huge.push(await load(context, extensionId, huge, 'badge'));
      out.seed.push(await load(context, extensionId, seed, 'claim'));
    }
  } finally {
    await context.close();
  }
  return { ...out, hugeBytes: Buffer.byteLength(huge) };
}
