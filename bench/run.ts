/**
 * `npm run bench`: the figures the issues ask for, printed as text. A benchmark,
 * not a test: nothing here asserts a time.
 */
import { cpus } from 'node:os';
import { benchBrowser } from './browser.js';
import { benchChecker } from './checker.js';
import { benchCli } from './cli.js';
import { benchPlot } from './plot.js';
import { benchContent } from './content.js';
import { benchServer } from './server.js';
import { benchSession } from './session.js';

const sections: [string, () => string[] | Promise<string[]>][] = [
  // First: its in-process figure is the first time this process loads the engines.
  ['Command line (src/cli, bundled into dist/cli)', benchCli],
  ['Answer checker (src/math)', benchChecker],
  ['Lessons: lint and derivation (src/content)', benchContent],
  ['Sessions (src/tutor)', benchSession],
  ['Lesson page in Chromium (components/, app)', benchBrowser],
  ['Plots in Chromium (components/plot)', benchPlot],
  ['LTI tool server under simulated learners (src/server)', benchServer],
];

console.log(`gd-tutor bench — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);
for (const [title, run] of sections) {
  console.log(`## ${title}`);
  for (const line of await run()) console.log(`  ${line}`);
  console.log();
}
