/**
 * Builds what a host downloads — the app with its framed player, then embed/ — into the directory given as the only
 * argument, with Vite's JS API and the project's own configs, exactly as `npm run build` would. site.ts and the LMS
 * harness run this in a child process with NODE_ENV=production: vitest sets NODE_ENV=test in its own process, and
 * a build there would ship Lit's development mode and `import.meta.env.DEV` code, so the tests would not see the
 * site learners get.
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';

const REPO = resolve(import.meta.dirname, '../..');
const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node --import tsx test/browser/build-site.ts <outDir>');

await build({
  root: REPO,
  configFile: join(REPO, 'vite.config.ts'),
  mode: 'production',
  logLevel: 'warn',
  build: { outDir: resolve(outDir), emptyOutDir: true },
});
await build({
  root: REPO,
  configFile: join(REPO, 'vite.embed.config.ts'),
  mode: 'production',
  logLevel: 'warn',
  build: { outDir: join(resolve(outDir), 'embed'), emptyOutDir: true },
});
