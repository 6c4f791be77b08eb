import { buildExtension, ensureChromium } from '../../scripts/lib/chromium.mjs';
import { buildFirefoxExtension, ensureFirefox } from '../../scripts/lib/firefox.mjs';

/**
 * Builds once for all Firefox end-to-end files: the Firefox test variant (open
 * shadow roots), the Firefox build a person installs, and the Chrome test
 * variant for the test that compares the two browsers.
 */
export default function setup(): void {
  ensureFirefox();
  ensureChromium();
  buildFirefoxExtension({ e2e: true });
  buildFirefoxExtension();
  buildExtension({ e2e: true });
}
