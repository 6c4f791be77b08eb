// Finding or installing a Firefox to drive, and launching it with the extension
// installed as a temporary add-on (WebDriver BiDi through puppeteer-core).
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { aptInstall, isDebian } from './debian.mjs';

/** The add-on id the Firefox build declares (browser_specific_settings.gecko.id in wxt.config.ts). */
export const FIREFOX_ADDON_ID = 'evidence-lens@evidence-lens.org';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** The browser to drive: $FIREFOX_PATH, else a known install. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Returns a Firefox, installing Debian's firefox-esr when none is found on a
 * Debian machine where we may (root or passwordless sudo).
 */
export function ensureFirefox({ log = console.log } = {}) {
  const found = findFirefox();
  if (found) return found;
  if (isDebian()) {
    log('No Firefox found: installing Debian’s firefox-esr (about 30 s)…');
    aptInstall('firefox-esr');
    const installed = findFirefox();
    if (installed) return installed;
  }
  throw new Error(
    'No Firefox found. Install one, or point FIREFOX_PATH at its executable (for example FIREFOX_PATH=/usr/bin/firefox).',
  );
}

/** Builds the Firefox extension (production, or the test variant whose shadow roots are open). */
export function buildFirefoxExtension({ e2e = false } = {}) {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...(e2e ? { EVIDENCE_LENS_OPEN_SHADOW: '1' } : {}) },
  });
  return join(process.cwd(), e2e ? '.output-e2e' : '.output', 'firefox-mv2');
}

/**
 * A local HTTP proxy that every request Firefox makes goes through (pages,
 * content scripts, the extension's background and popup, Firefox itself).
 * It records each one, forwards those for `allowedOrigin` (the fixture
 * server) and answers everything else with 502 itself: nothing reaches the
 * network, and the record says what would have.
 */
export async function startRecordingProxy(allowedOrigin) {
  const allowed = new URL(allowedOrigin);
  const requests = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method, url: req.url });
    let target;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.origin !== allowed.origin) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const forward = httpRequest(
      {
        host: allowed.hostname,
        port: allowed.port,
        method: req.method,
        path: target.pathname + target.search,
        headers: req.headers,
      },
      (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  // HTTPS and WebSocket tunnels: recorded by host, never opened.
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('upgrade', (req, socket) => {
    requests.push({ method: 'UPGRADE', url: req.url });
    socket.destroy();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}

/** Preferences that send all of Firefox's traffic, localhost included, through the proxy on `port`. */
export function proxyPrefs(port) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
  };
}

/**
 * Preferences that keep Firefox's own services off the network (the
 * counterpart of Chromium's --disable-background-networking): without them
 * Firefox asks its Remote Settings server for updates while tests run.
 * Release builds honour the dummy server only with QUIET_ENV set.
 */
export const QUIET_PREFS = {
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
};

/** Firefox's own test setting: no connection to any non-local address (our proxy is local). */
export const QUIET_ENV = { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' };

/**
 * Launches headless Firefox and installs the extension in `extensionDir` as a
 * temporary add-on. The add-on's internal UUID is fixed before install, so
 * its pages are at a known moz-extension:// origin.
 */
export async function launchFirefoxWithExtension(
  extensionDir,
  // FIREFOX_DUMPIO=1 shows Firefox's output, content-script errors included.
  { proxyPort = null, dumpio = process.env.FIREFOX_DUMPIO === '1' } = {},
) {
  const { default: puppeteer } = await import('puppeteer-core');
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ensureFirefox(),
    headless: true,
    dumpio,
    env: { ...process.env, ...QUIET_ENV },
    // Lets WebDriver BiDi open the extension's own pages (moz-extension://), as the popup test needs.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: uuid }),
      // Content-script errors on stdout (seen with dumpio).
      'devtools.console.stdout.content': true,
      ...QUIET_PREFS,
      ...(proxyPort ? proxyPrefs(proxyPort) : {}),
    },
  });
  try {
    const addonId = await browser.installExtension(extensionDir);
    if (addonId !== FIREFOX_ADDON_ID) throw new Error(`installed ${addonId}, expected ${FIREFOX_ADDON_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${uuid}`;
  return {
    browser,
    origin,
    /**
     * Opens one of the extension's pages in a new tab. Firefox's BiDi reports
     * no navigation events for moz-extension:// pages, so instead of waiting
     * for `goto` this waits until the page itself says it has loaded.
     */
    async openExtensionPage(path, { width = 1100, height = 900 } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      const url = `${origin}/${path}`;
      page.goto(url, { timeout: 60_000 }).catch(() => undefined);
      // Polled from here: an evaluation that lands while the document is being replaced fails, and is retried.
      const deadline = Date.now() + 30_000;
      const loaded = (expected) => location.href === expected && document.readyState === 'complete';
      while (!(await page.evaluate(loaded, url).catch(() => false))) {
        if (Date.now() > deadline) throw new Error(`${url} did not load`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return page;
    },
  };
}

/**
 * The tab showing `url` and the background's summary of it, read through an
 * extension page (`extensionPage`) from the session storage the background
 * keeps summaries in.
 */
export async function findFirefoxSummary(extensionPage, url, { timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await extensionPage.evaluate(async (pageUrl) => {
      const all = await browser.storage.session.get(null);
      let hit = null;
      for (const [key, summary] of Object.entries(all)) {
        const tabId = Number(key.slice(8));
        if (key.startsWith('summary:') && summary?.url === pageUrl && (!hit || tabId > hit.tabId)) hit = { tabId, summary };
      }
      return hit;
    }, url);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no summary for ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
