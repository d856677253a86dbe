/**
 * Builds what a host downloads — the app with its framed player, then dist/embed/ — into the directory given as the
 * only argument, with the project's own configs, as `npm run build` does. harness.ts runs this in a child process
 * with NODE_ENV=production, since vitest's NODE_ENV=test would ship Lit's development mode.
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';

const REPO = resolve(import.meta.dirname, '../..');
const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node --import tsx test/lms/build-dist.ts <outDir>');

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
