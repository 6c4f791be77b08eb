// `npm test`: every check the project has, in order, ending with one plain
// line "N passed, N failed" over all runners. Checks that are not test
// runners (typecheck, lint, builds, Firefox lint) count as one test each.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './lib/chromium.mjs';
import { ensureFirefox } from './lib/firefox.mjs';

const results = { passed: 0, failed: 0 };
const failures = [];
/** Each test runner's own count, printed above the closing line; the other checks are counted together. */
const runners = [];
const checks = { label: 'other checks (record, typecheck, lint, builds, Firefox lint)', passed: 0, failed: 0 };

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n▶ ${label}\n`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  process.stdout.write(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return ok;
}

function check(label, cmd, args, env) {
  if (run(label, cmd, args, env)) {
    results.passed++;
    checks.passed++;
  } else {
    results.failed++;
    checks.failed++;
    failures.push(label);
  }
}

function vitest(label, args) {
  const out = join(mkdtempSync(join(tmpdir(), 'evidence-lens-vitest-')), 'report.json');
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const runner = { label, passed: 0, failed: 0 };
  runners.push(runner);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    runner.passed += report.numPassedTests;
    runner.failed += report.numFailedTests;
    if (report.numFailedTests || !ok) failures.push(label);
    if (!ok && report.numFailedTests === 0) runner.failed++; // a suite that failed to load
    if (report.numTotalTests === 0) {
      runner.failed++;
      failures.push(`${label}: no tests ran`);
    }
  } catch {
    runner.failed++;
    failures.push(`${label}: no report`);
  }
  results.passed += runner.passed;
  results.failed += runner.failed;
}

for (const ensure of [ensureChromium, ensureFirefox]) {
  try {
    ensure();
  } catch (error) {
    console.error(String(error.message ?? error));
  }
}

check('record: validate every study', 'node', ['bin/evidence-lens.mjs', 'check-record']);
check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint and format', 'npx', ['biome', 'check', '.']);
vitest('unit tests', []);
check('build: Chrome', 'npx', ['wxt', 'build']);
check('build: Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
check('Firefox package lint (web-ext, warnings are errors)', 'npx', [
  'web-ext',
  'lint',
  '--source-dir',
  '.output/firefox-mv2',
  '--warnings-as-errors',
  '--no-config-discovery',
]);
vitest('browser end-to-end tests (headless Chromium)', ['-c', 'vitest.e2e.config.ts']);
vitest('browser end-to-end tests (headless Firefox)', ['-c', 'vitest.e2e-firefox.config.ts']);

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log('');
for (const r of [...runners, checks]) console.log(`  ${r.label}: ${r.passed} passed, ${r.failed} failed`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
