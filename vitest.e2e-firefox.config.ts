import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox: headless Firefox (Debian's firefox-esr or
// $FIREFOX_PATH) driven through WebDriver BiDi by puppeteer-core, with the
// Firefox build of the extension installed as a temporary add-on.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
  },
});
