// The consumer test (npm run test:package; .ci/run runs it right after npm test): it packs the package, which
// builds it, and installs it into a fresh project, so it stays out of npm test's quick loop.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
