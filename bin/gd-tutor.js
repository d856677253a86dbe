#!/usr/bin/env node
// The gd-tutor command. Installed from npm it runs the bundled CLI (dist/cli/, built by npm pack's prepack), which
// starts in a fraction of a second. In a checkout of the repository (where src/ is, which the package does not ship)
// it runs the TypeScript sources through tsx, a development dependency, so an edit shows without a build.
import { existsSync } from 'node:fs';

const sources = new URL('../src/cli/run.ts', import.meta.url);
if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(sources.href);
} else {
  await import('../dist/cli/gd-tutor.js');
}
