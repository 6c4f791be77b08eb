// `npm run bench:ab -- REF [--page even|uneven] [--runs N]`: the page scanner at git REF (A)
// against the working tree (B), both in the same page of headless Chromium.
//
// Two separate `npm run bench` runs differ by ±5 % on this machine as its load changes, which
// hides most single changes. Here both versions run in the same page, one after the other, and
// the order alternates between runs: whichever goes second finds the page's node wrappers
// already made, which alone makes it look 7 % faster. The figure to read is the median of B/A.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { page, unevenPage } from './bench/pages.mjs';
import { ensureChromium, launchArgs } from './lib/chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const ref = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!ref) {
  console.error('usage: npm run bench:ab -- REF [--page even|uneven] [--runs N]   (REF: a commit, branch or tag)');
  process.exit(2);
}
const runs = Number(option('runs', 31));
const shape = option('page', 'even');
if (!['even', 'uneven'].includes(shape) || !(runs > 0)) {
  console.error(`--page must be even or uneven and --runs a positive number (got ${shape}, ${runs})`);
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
const worktree = mkdtempSync(join(tmpdir(), 'evidence-lens-ab-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** The bench page script of the tree at `dir`, exposed as window[name]. */
async function bundle(dir, name) {
  const out = await build({
    entryPoints: [join(dir, 'scripts/bench/page-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
    define: { __EL_SHADOW_MODE__: '"open"' },
  });
  return out.outputFiles[0].text.replaceAll('__evidenceLensBench', name);
}

try {
  execFileSync('git', ['worktree', 'add', '--detach', '--force', worktree, ref], { cwd: root, stdio: 'ignore' });
  if (!existsSync(join(worktree, 'scripts/bench/page-entry.ts'))) throw new Error(`${ref} has no scripts/bench/page-entry.ts`);
  symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'));
  const a = await bundle(worktree, '__benchA');
  const b = await bundle(root, '__benchB');
  const { chromium } = await import('playwright-core');
  const launch = launchArgs('/nonexistent').filter((x) => !x.includes('extension'));
  const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: launch });
  try {
    const tab = await browser.newPage();
    const html = shape === 'even' ? page(true) : unevenPage();
    await tab.route('**/ab.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await tab.goto('http://bench.invalid/ab.html');
    await tab.addScriptTag({ content: a });
    await tab.addScriptTag({ content: b });
    const scan = (name) => tab.evaluate((n) => window[n].fullScan(), name);
    const times = { a: [], b: [], base: [], ratio: [] };
    let found = null;
    for (let r = 0; r < runs; r++) {
      times.base.push((await tab.evaluate(() => window.__benchA.baseline())).ms);
      const [first, second] = r % 2 ? ['__benchB', '__benchA'] : ['__benchA', '__benchB'];
      const one = await scan(first);
      const two = await scan(second);
      const [x, y] = r % 2 ? [two, one] : [one, two];
      times.a.push(x.ms);
      times.b.push(y.ms);
      times.ratio.push(y.ms / x.ms);
      found ??= [x.found, y.found];
    }
    console.log(`${shape} page (${(html.length / 1e6).toFixed(2)} MB), ${runs} runs, order alternating`);
    console.log(`A ${ref}: ${median(times.a).toFixed(2)} ms (${found[0]} citations)`);
    console.log(`B working tree: ${median(times.b).toFixed(2)} ms (${found[1]} citations)`);
    console.log(`baseline (textContent + one regex): ${median(times.base).toFixed(2)} ms`);
    console.log(`B/A: ${median(times.ratio).toFixed(3)}`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(worktree, { recursive: true, force: true });
  execFileSync('git', ['worktree', 'prune'], { cwd: root, stdio: 'ignore' });
}
