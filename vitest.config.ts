import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packs and installs the package in a fresh project: npm run test:package.
    exclude: ['test/package/**', '**/node_modules/**'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 30_000,
  },
});
