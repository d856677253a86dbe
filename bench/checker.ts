/**
 * The answer checker's speed against a naive symbolic baseline (nerdamer's
 * simplify(a − b) compared with 0), on the same corpus in the same process.
 * The corpus is the labelled fixture set, cycled to at least 2,000 checks.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import nerdamer from 'nerdamer-prime';
import { check, read, toText, type CheckRequest } from '../src/math/index.js';
import { safeForSymbolic } from '../src/math/symbolic.js';
import { lowerVectors } from '../src/math/vectors.js';
import { summarise, time, us } from './stats.js';

interface Labelled extends CheckRequest {
  readonly equal: boolean;
  /** The family of an issue-10 pair; the lessons' own pairs have none. */
  readonly category?: string;
}

const CHECKS = 2000;

/** The rows of a labelled corpus in test/fixtures (one JSON object a line). */
function readCorpus<T = Labelled>(file: string): T[] {
  return readFileSync(new URL(`../test/fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

function loadCorpus(): Labelled[] {
  const rows = readCorpus('answer-corpus.jsonl');
  return Array.from({ length: Math.max(CHECKS, rows.length) }, (_, k) => rows[k % rows.length]!);
}

/** The baseline's verdict: nerdamer simplify(a − b) == 0, per component for vectors. */
function baseline(request: CheckRequest): boolean | undefined {
  const parts = (text: string) => {
    const r = read(text, { variables: request.vars ?? [], maxLength: 4000 });
    if (!r.ok) return undefined;
    const lowered = lowerVectors(r.node);
    if (!lowered.ok) return undefined;
    return 'components' in lowered ? lowered.components : [lowered.scalar];
  };
  const a = parts(request.expected);
  const b = parts(request.answer);
  if (!a || !b || a.length !== b.length) return false;
  if (![...a, ...b].every(safeForSymbolic)) return undefined;
  return a.every((x, k) => {
    try {
      return nerdamer(`simplify((${toText(x)})-(${toText(b[k]!)}))`).toString() === '0';
    } catch {
      return false;
    }
  });
}

/** Per family of the corpus: how many pairs, how fast, how many judged as labelled. */
function byCategory(): string[] {
  const rows = readCorpus('answer-corpus.jsonl');
  const families = [...new Set(rows.map((r) => r.category ?? 'lessons'))];
  return families.map((family) => {
    const pairs = rows.filter((r) => (r.category ?? 'lessons') === family);
    const times: number[] = [];
    let agree = 0;
    let wrongEqual = 0;
    for (let pass = 0; pass < 5; pass++)
      for (const r of pairs) {
        const [verdict, ms] = time(() => check(r));
        times.push(ms);
        const correct = verdict.verdict === 'correct';
        if (pass === 0 && correct === r.equal) agree++;
        if (pass === 0 && correct && !r.equal) wrongEqual++;
      }
    const s = summarise(times);
    return `  ${family.padEnd(14)} ${String(pairs.length).padStart(4)} pairs: median ${us(s.median)}, p99 ${us(s.p99)}; as labelled ${agree}/${pairs.length}, unequal judged equal ${wrongEqual}`;
  });
}

/** The matrix corpus (issue 14): each pair judged 5 times, with its reason as labelled. */
function matrixCorpus(): string {
  const rows = readCorpus<Labelled & { reason?: string }>('matrix-corpus.jsonl');
  const times: number[] = [];
  let agree = 0;
  for (let pass = 0; pass < 5; pass++)
    for (const r of rows) {
      const [verdict, ms] = time(() => check(r));
      times.push(ms);
      const reason = verdict.verdict === 'incorrect' ? verdict.reason : undefined;
      if (pass === 0 && (verdict.verdict === 'correct') === r.equal && (r.equal || reason === r.reason)) agree++;
    }
  const s = summarise(times);
  return `matrix corpus: ${rows.length} pairs (5 passes): median ${us(s.median)}, p99 ${us(s.p99)}; verdict and reason as labelled ${agree}/${rows.length}`;
}

/**
 * Each check's own cost: the fastest of three timings, so a check that the
 * machine's scheduler happened to interrupt is not counted as slow. Also the
 * slowest pairs, where the tail comes from.
 */
function ownCost(corpus: readonly Labelled[]): { summary: ReturnType<typeof summarise>; slowest: string[] } {
  const fastest = corpus.map((request) => Math.min(...[0, 1, 2].map(() => time(() => check(request))[1])));
  const byPair = new Map<string, number>();
  corpus.forEach((r, k) => byPair.set(`${r.expected} vs ${r.answer}`, fastest[k]!));
  const slowest = [...byPair]
    .sort((p, q) => q[1] - p[1])
    .slice(0, 5)
    .map(([pair, ms]) => `${pair} ${us(ms)}`);
  return { summary: summarise(fastest), slowest };
}

export function benchChecker(): string[] {
  const corpus = loadCorpus();
  // Warm-up: three passes, so the figures are of compiled code, not of the JIT at work.
  for (let pass = 0; pass < 3; pass++) for (const request of corpus) check(request);
  const ours: number[] = [];
  let agree = 0;
  const [, total] = time(() => {
    for (const request of corpus) {
      const [verdict, ms] = time(() => check(request));
      ours.push(ms);
      if ((verdict.verdict === 'correct') === request.equal) agree++;
    }
  });
  for (const request of corpus.slice(0, 200)) baseline(request); // the baseline's own warm-up
  const base: number[] = [];
  let baseAgree = 0;
  let skipped = 0;
  for (const request of corpus) {
    const [equal, ms] = time(() => baseline(request));
    if (equal === undefined) {
      skipped++;
      continue;
    }
    base.push(ms);
    if (equal === request.equal) baseAgree++;
  }
  const own = ownCost(corpus);
  const o = summarise(ours);
  const b = summarise(base);
  const families = byCategory(); // after the passes above: warm code, as a learner's session has
  return [
    'by family (5 passes each):',
    ...families,
    matrixCorpus(),
    `whole corpus — checker: ${o.count} checks in ${total.toFixed(0)} ms = ${Math.round(o.count / (total / 1000))} checks/s; median ${us(o.median)}, p99 ${us(o.p99)}; agrees with the labels on ${agree}/${o.count}`,
    `the same checks, each timed 3 times and its fastest kept (the checker's own cost, without other processes' time slices; load average ${loadavg()[0]!.toFixed(1)}): median ${us(own.summary.median)}, p99 ${us(own.summary.p99)}`,
    `slowest pairs (own cost): ${own.slowest.join('; ')}`,
    `baseline (nerdamer simplify(a-b) == 0): ${b.count} checks (${skipped} unsafe for nerdamer skipped); median ${us(b.median)}, p99 ${us(b.p99)}; agrees with the labels on ${baseAgree}/${b.count}`,
    `checker vs baseline: ${(b.median / o.median).toFixed(0)}x faster at the median, ${(b.p99 / o.p99).toFixed(0)}x at p99`,
  ];
}
