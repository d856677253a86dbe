/**
 * Writes the generated half of test/fixtures/matrix-corpus.jsonl: matrix pairs
 * drawn by fast-check (a fixed seed, so the file is reproducible) and labelled
 * by construction, in exact integer and one-decimal arithmetic, never by the
 * checker the corpus tests. Hand-written pairs (source "hand") are kept as they are.
 *   npx tsx scripts/matrix-corpus.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';

type M = number[][];
const FILE = new URL('../test/fixtures/matrix-corpus.jsonl', import.meta.url);

const transpose = (m: M): M => m[0]!.map((_, j) => m.map((r) => r[j]!));
const same = (a: M, b: M): boolean =>
  a.length === b.length && a.every((r, i) => r.length === b[i]!.length && r.every((x, j) => x === b[i]![j]));

/** The label the checker must give: equal, or the named shape it is, in the checker's order of naming. */
function label(expected: M, answer: M): { equal: boolean; reason?: string; entries?: boolean[][] } {
  if (same(expected, answer)) return { equal: true };
  const entries =
    answer.length === expected.length && answer[0]!.length === expected[0]!.length
      ? expected.map((r, i) => r.map((x, j) => x === answer[i]![j]))
      : undefined;
  const swaps = expected.flatMap((_, i) =>
    expected.slice(i + 1).map((_, d) => {
      const s = [...expected];
      [s[i], s[i + d + 1]] = [s[i + d + 1]!, s[i]!];
      return s;
    }),
  );
  const reason = same(transpose(expected), answer)
    ? 'transpose'
    : same(
          expected.map((r) => r.map((x) => (x === 0 ? 0 : -x))),
          answer,
        )
      ? 'sign'
      : swaps.some((s) => same(s, answer))
        ? 'swapped-rows'
        : entries
          ? 'entries'
          : 'wrong-shape';
  return { equal: false, reason, ...(entries && reason !== 'wrong-shape' ? { entries } : {}) };
}

const text = (x: number): string => String(x);
const NOTATIONS = [
  (m: M) => `[${m.map((r) => `[${r.map(text).join(', ')}]`).join(', ')}]`,
  (m: M) => `[${m.map((r) => r.map(text).join(' ')).join('; ')}]`,
  (m: M) => `[${m.map((r) => r.map(text).join(', ')).join('; ')}]`,
  (m: M) => `((${m.map((r) => r.map(text).join(', ')).join('), (')}))`,
];

const entry = fc.oneof(
  fc.integer({ min: -9, max: 9 }),
  fc.integer({ min: -99, max: 99 }).map((k) => k / 10),
);
const matrix = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([r, c]) => fc.array(fc.array(entry, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

type Mistake = 'copy' | 'transpose' | 'sign' | 'swap' | 'entry';
const pair = fc.record({
  expected: matrix,
  mistake: fc.constantFrom<Mistake>('copy', 'transpose', 'sign', 'swap', 'entry'),
  notation: fc.nat({ max: NOTATIONS.length - 1 }),
  at: fc.nat(),
  by: fc.integer({ min: 1, max: 5 }),
});

function answerOf(p: { expected: M; mistake: Mistake; at: number; by: number }): M {
  const e = p.expected;
  switch (p.mistake) {
    case 'copy':
      return e;
    case 'transpose':
      return transpose(e);
    case 'sign':
      return e.map((r) => r.map((x) => (x === 0 ? 0 : -x)));
    case 'swap':
      return e.length < 2 ? e : [e[1]!, e[0]!, ...e.slice(2)];
    case 'entry': {
      // Off by a quarter more than a whole number, so that no change is a rounding of the entry (5 → 10).
      const k = p.at % (e.length * e[0]!.length);
      const [i, j] = [Math.floor(k / e[0]!.length), k % e[0]!.length];
      return e.map((r, a) => r.map((x, b) => (a === i && b === j ? Math.round((x + p.by + 0.25) * 100) / 100 : x)));
    }
  }
}

const hand = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && (JSON.parse(l) as { source?: string }).source === 'hand');
const generated = fc.sample(pair, { seed: 14, numRuns: 120 }).map((p) => {
  const answer = answerOf(p);
  return JSON.stringify({
    kind: 'matrix',
    expected: NOTATIONS[0]!(p.expected),
    // Round brackets around one row or one column read as a vector or a number, not a matrix: those use [[…]].
    answer: NOTATIONS[answer.length > 1 && answer[0]!.length > 1 ? p.notation : 0]!(answer),
    vars: [],
    ...label(p.expected, answer),
    note: `generated: ${p.mistake}`,
    source: 'generated',
  });
});
writeFileSync(FILE, `${[...hand, ...generated].join('\n')}\n`);
console.log(`${hand.length} hand-written and ${generated.length} generated pairs`);
