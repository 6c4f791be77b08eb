import { buildExtension, ensureChromium } from '../../scripts/lib/chromium.mjs';

/** Builds the test variant of the extension once for all end-to-end files. */
export default function setup(): void {
  ensureChromium();
  buildExtension({ e2e: true });
}
