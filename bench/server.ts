/**
 * The LTI tool server under simulated learners, on loopback: the server runs as `gd-tutor serve` in its own process
 * (as deployed), a mock LMS launches every learner (OIDC login, signed id_token, launch), then the learners answer —
 * each one answer at a time, as the player saves after each check, several learners at once — and every answer is
 * regraded and stored by the server, its score queued for the LMS. Reported: graded answers per second, latency
 * p50/p99, and what was lost or doubled (counted in the database and at the LMS), for Postgres and for PGlite.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  freshPglite,
  launchAs,
  learnerConfig,
  REPO,
  SimulatedPlayer,
  until,
  type Tool,
} from '../test/server/harness.js';
import { MockPlatform } from '../test/server/mock-platform.js';
import { freePort, startPostgres, type TestPostgres } from '../test/server/postgres.js';
import { serveArgs } from '../test/server/serve-args.js';
import { summarise } from './stats.js';

const LEARNERS = 240;
/** Learners answering before the measured ones, unmeasured. */
const WARMUP = 48;
/**
 * Learners answering at the same moment (each waits for its answer's verdict before the next): 12, the load the
 * issue's goal (≥ 1,000 answers/s with p99 ≤ 50 ms) is measured at, and 24, where the machine is saturated and the
 * extra learners only queue (more answers a second, longer waits). BENCH_SERVER_CONCURRENCY=n runs n alone.
 */
const CONCURRENCIES = process.env.BENCH_SERVER_CONCURRENCY ? [Number(process.env.BENCH_SERVER_CONCURRENCY)] : [12, 24];

interface Learner {
  readonly sub: string;
  readonly api: URL;
  readonly token: string;
  /** The log after each answer: what the page sends after each check. */
  readonly bodies: readonly string[];
  readonly earned: number;
}

/** One learner's answers: every step right, with a named mistake first on every other step. */
function answersOf(player: SimulatedPlayer): string[] {
  const bodies: string[] = [];
  player.exercise.steps.forEach((step, k) => {
    const wrong = step.misconceptions[0]?.text;
    if (k % 2 === 1 && wrong) {
      player.session.answer(step.id, wrong);
      bodies.push(player.suspend());
    }
    player.session.answer(step.id, step.answer.text);
    bodies.push(player.suspend());
  });
  return bodies;
}

function post(agent: Agent, url: URL, token: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((done, fail) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'text/plain;charset=utf-8',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          done({ status: res.statusCode ?? 0, text });
        });
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

/**
 * CPU seconds (user + system) a process and its descendants have used so far, from /proc (Linux ticks are 1/100 s):
 * the live ones' own time, plus what the exited ones left in the root's count of its waited-for children.
 */
function cpuSeconds(root: number): number {
  const stats = new Map<number, string[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      stats.set(Number(name), readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' '));
    } catch {
      // Exited while we looked.
    }
  }
  const ticks = (f: string[], from: number, to: number) => f.slice(from, to + 1).reduce((s, x) => s + Number(x), 0);
  let total = ticks(stats.get(root) ?? [], 11, 14);
  const tree = new Set([root]);
  // Parents come before children in pid order except after pid wrap-around: repeat until nothing joins.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, f] of stats)
      if (!tree.has(pid) && tree.has(Number(f[1]))) {
        tree.add(pid);
        total += ticks(f, 11, 12);
        grew = true;
      }
  }
  return total / 100;
}

/**
 * TCP on loopback, as servers behind a load balancer reach their Postgres; BENCH_SERVER_PG=socket for the Unix
 * socket a server beside its database could use (no difference measured once answers are grouped).
 */
const postgresUrl = (pg: TestPostgres): string => (process.env.BENCH_SERVER_PG === 'socket' ? pg.socketUrl : pg.url);

/** Each learner answers in turn, `concurrency` learners at once; every answer's latency, and those refused. */
async function answerAll(
  learners: readonly Learner[],
  concurrency: number,
): Promise<{ latencies: number[]; failures: number }> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let k = next++; k < learners.length; k = next++) {
        const l = learners[k]!;
        // One keep-alive connection per learner, as a browser tab keeps one to the server it saves to.
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        for (const body of l.bodies) {
          const t = performance.now();
          const r = await post(agent, l.api, l.token, body);
          latencies.push(performance.now() - t);
          if (r.status !== 200 || (JSON.parse(r.text) as { added: number }).added !== 1) failures++;
        }
        agent.destroy();
      }
    }),
  );
  return { latencies, failures };
}

async function run(store: 'postgres' | 'pglite', concurrency: number): Promise<string> {
  const platform = await new MockPlatform().start();
  const dir = mkdtempSync(join(tmpdir(), 'gd-tutor-bench-'));
  const postgres = store === 'postgres' ? await startPostgres() : undefined;
  if (!postgres) await freshPglite(join(dir, 'db'));
  const port = await freePort();
  platform.toolUrl = `http://127.0.0.1:${port}`;
  writeFileSync(join(dir, 'platform.json'), JSON.stringify(platform.registration()));
  const child = spawn(
    process.execPath,
    [
      // BENCH_SERVER_NODE_ARGS: extra node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
      ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
      ...serveArgs({ port, dir, site: dir, ...(postgres ? { postgresUrl: postgresUrl(postgres) } : {}) }),
    ],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DATABASE_URL: '' } },
  );
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  try {
    await until(() => err.includes('/lti/login'), 120_000, `the server to start: ${err}`);
    const tool = { platform, url: platform.toolUrl } as Tool;
    const learners: Learner[] = [];
    for (let k = 0; k < WARMUP + LEARNERS; k++) {
      const sub = `learner-${k}`;
      const cfg = learnerConfig((await launchAs(tool, `bench-${k}`, { sub, linkId: 'bench' })).html);
      const player = new SimulatedPlayer(cfg.player);
      const bodies = answersOf(player);
      learners.push({ sub, api: new URL(cfg.api), token: cfg.token, bodies, earned: player.session.view().earned });
    }
    // The first learners' answers warm the server up (the JIT, in every process) before the clock starts.
    const warmup = await answerAll(learners.slice(0, WARMUP), concurrency);
    const cpuBefore = cpuSeconds(child.pid!);
    const pgBefore = postgres ? cpuSeconds(postgres.pid()) : 0;
    const clientBefore = process.cpuUsage();
    const started = performance.now();
    const { latencies, failures } = await answerAll(learners.slice(WARMUP), concurrency);
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuSeconds(child.pid!) - cpuBefore;
    const pgCpu = postgres ? cpuSeconds(postgres.pid()) - pgBefore : 0;
    const clientUsage = process.cpuUsage(clientBefore);
    const clientCpu = (clientUsage.user + clientUsage.system) / 1e6;
    const sent = latencies.length;
    // Every learner's final score at the LMS, as the server computed it.
    const final = () => {
      const last = new Map<string, number>();
      for (const s of platform.scores)
        if (s.body.activityProgress === 'Completed') last.set(String(s.body.userId), Number(s.body.scoreGiven));
      return last;
    };
    await until(() => final().size === learners.length, 120_000, 'every final score at the LMS');
    const wrongScores = learners.filter((l) => final().get(l.sub) !== l.earned).length;
    const completedPosts = platform.scores.filter((s) => s.body.activityProgress === 'Completed').length;
    const s = summarise(latencies);
    const perAnswer = (seconds: number) => ((seconds / sent) * 1000).toFixed(2);
    const machine = cpu + pgCpu + clientCpu;
    const cores = availableParallelism();
    return (
      `${store.padEnd(8)} ${sent} graded answers from ${LEARNERS} learners (${concurrency} at once) in ${seconds.toFixed(1)} s = ` +
      `${Math.round(sent / seconds)} answers/s; latency p50 ${s.median.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms; ` +
      `CPU per answer: server ${perAnswer(cpu)} ms (≈ ${Math.round(sent / cpu)} answers/s per core it gets)` +
      (postgres ? `, Postgres ${perAnswer(pgCpu)} ms` : '') +
      `, this load generator ${perAnswer(clientCpu)} ms (together ${perAnswer(machine)} ms: at most ≈ ` +
      `${Math.round((sent / machine) * cores)} answers/s on this machine's ${cores} cores if it ran nothing else); ` +
      `refused or lost ${failures + warmup.failures} (warm-up included); final scores at the LMS ${final().size}/${learners.length}, ` +
      `${wrongScores} differing from the learner's own; ${platform.scores.length} score posts for ` +
      `${sent + warmup.latencies.length} answers (coalesced), ${completedPosts - learners.length} completions posted twice`
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await platform.close();
    postgres?.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** BENCH_SERVER_STORE=postgres or pglite runs only that store. */
export async function benchServer(): Promise<string[]> {
  const only = process.env.BENCH_SERVER_STORE;
  const stores = (['postgres', 'pglite'] as const).filter((s) => !only || s === only);
  const lines: string[] = [];
  for (const store of stores)
    for (const concurrency of store === 'postgres' ? CONCURRENCIES : CONCURRENCIES.slice(0, 1))
      lines.push(await run(store, concurrency));
  return lines;
}

// `npx tsx bench/server.ts`: this section alone.
if (import.meta.url === `file://${process.argv[1]}`) for (const line of await benchServer()) console.log(line);
