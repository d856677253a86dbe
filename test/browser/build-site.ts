/**
 * Builds the app into the directory given as the only argument, with Vite's JS API and the app's own
 * vite.config.ts, exactly as `npm run build` would. site.ts runs this in a child process with
 * NODE_ENV=production: vitest sets NODE_ENV=test in its own process, and a build there would ship Lit's
 * development mode and `import.meta.env.DEV` code, so the tests would not see the site learners get.
 */
import { resolve } from 'node:path';
import { build } from 'vite';

const REPO = resolve(import.meta.dirname, '../..');
const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node --import tsx test/browser/build-site.ts <outDir>');

await build({
  root: REPO,
  configFile: resolve(REPO, 'vite.config.ts'),
  mode: 'production',
  logLevel: 'warn',
  build: { outDir: resolve(outDir), emptyOutDir: true },
});
