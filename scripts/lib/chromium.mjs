// Finding or installing a Chromium to drive, and launching it with the extension loaded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptInstall, isDebian } from './debian.mjs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser to drive: $CHROME_PATH, else a known install. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Returns a Chromium, installing Debian's package when none is found on a
 * Debian machine where we may (root or passwordless sudo).
 */
export function ensureChromium({ log = console.log } = {}) {
  const found = findChromium();
  if (found) return found;
  if (isDebian()) {
    log('No Chrome or Chromium found: installing Debian’s chromium (about 20 s)…');
    aptInstall('chromium');
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'No Chrome or Chromium found. Install one, or point CHROME_PATH at its executable (for example CHROME_PATH=/usr/bin/google-chrome).',
  );
}

/** Launch flags that keep Chromium off the network and load only our extension. */
export function launchArgs(extensionDir) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--metrics-recording-only',
    '--no-default-browser-check',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/**
 * Launches headless Chromium with the built extension; returns the context,
 * the extension's service worker and its id.
 */
export async function launchWithExtension(extensionDir, { colorScheme = 'light' } = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = ensureChromium();
  const profile = mkdtempSync(join(tmpdir(), 'evidence-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: launchArgs(extensionDir),
    viewport: { width: 1100, height: 900 },
    colorScheme,
  });
  // Right after launch the worker list is sometimes still empty.
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/** Builds the extension (production, or the test variant whose shadow roots are open). */
export function buildExtension({ e2e = false, browser = 'chrome' } = {}) {
  const args = ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  execFileSync('npx', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...(e2e ? { EVIDENCE_LENS_OPEN_SHADOW: '1' } : {}) },
  });
  const outDir = e2e ? '.output-e2e' : '.output';
  return join(process.cwd(), outDir, browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3');
}
