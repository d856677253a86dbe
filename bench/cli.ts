/**
 * The command line as a teacher runs it: whole processes, from `node` starting to its exit, for `gd-tutor --help`
 * and `gd-tutor lint content/`, three ways side by side — the bundled CLI the package ships (dist/cli, built here
 * into a scratch folder), the TypeScript sources through tsx (the way every command ran before the bundle: the
 * baseline), and the same lint in this process (no start-up, engines loaded). Medians of several runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { build } from 'vite';
import { main } from '../src/cli/main.js';
import { summarise } from './stats.js';

const REPO = resolve(import.meta.dirname, '..');
const RUNS = 5;
const TIME = '/usr/bin/time';

interface Timing {
  /** From spawning to exit, as the teacher waits. */
  readonly wall: number;
  /** User plus system CPU time of the process: what it needs of the machine, less moved by other load. */
  readonly cpu: number;
}

/**
 * The medians of `node ARGS…` run to its end, in ms, under /usr/bin/time (GNU time: the child's CPU time); the
 * exit code must be 0.
 */
function wholeProcess(args: readonly string[]): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const start = performance.now();
    const r = spawnSync(TIME, ['-f', 'cpu %U %S', process.execPath, ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    wall.push(performance.now() - start);
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
    const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr.toString());
    cpu.push(m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN);
  }
  return { wall: summarise(wall).median, cpu: summarise(cpu).median };
}

async function inProcess(args: readonly string[]): Promise<number> {
  const sink = new Writable({
    write: (_chunk, _encoding, done) => {
      done();
    },
  });
  const start = performance.now();
  await main(args, { stdin: process.stdin, stdout: sink, stderr: sink, cwd: REPO });
  return performance.now() - start;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const both = (t: Timing) => `${s(t.wall)} (CPU ${s(t.cpu)})`;

export async function benchCli(): Promise<string[]> {
  if (!existsSync(TIME)) return [`skipped: ${TIME} is not installed (apt-get install time)`];
  const out = mkdtempSync(join(tmpdir(), 'gd-bench-cli-'));
  try {
    await build({ configFile: join(REPO, 'vite.cli.config.ts'), logLevel: 'silent', build: { outDir: out } });
    const bundled = join(out, 'gd-tutor.js');
    const sources = ['--import', 'tsx', join(REPO, 'src/cli/run.ts')];
    const helpBundled = wholeProcess([bundled, '--help']);
    const helpTsx = wholeProcess([...sources, '--help']);
    const lintBundled = wholeProcess([bundled, 'lint', 'content/']);
    const lintTsx = wholeProcess([...sources, 'lint', 'content/']);
    const firstLint = await inProcess(['lint', 'content/']);
    const warmLint = await inProcess(['lint', 'content/']);
    return [
      `whole processes, wall time (and CPU time), median of ${RUNS}; goals: --help < 0.5 s, lint content/ < 1.5 s:`,
      `  gd-tutor --help          bundled ${both(helpBundled)}   tsx on the sources (baseline) ${both(helpTsx)}`,
      `  gd-tutor lint content/   bundled ${both(lintBundled)}   tsx on the sources (baseline) ${both(lintTsx)}`,
      `in this process: lint content/ ${s(firstLint)} the first time (loading the symbolic engine), ${s(warmLint)} again`,
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
