import { defineConfig } from 'vitest/config';

// End-to-end tests: real headless Chromium with the built extension (the test
// build, whose shadow roots are open so Playwright can read our UI).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
