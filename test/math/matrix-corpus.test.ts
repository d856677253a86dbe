/**
 * The labelled matrix corpus (test/fixtures/matrix-corpus.jsonl): hand-written
 * pairs and pairs drawn by fast-check and labelled by construction
 * (scripts/matrix-corpus.ts), judged by the checker in full agreement: the
 * verdict, the named reason and which entries are right.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, type CheckRequest } from '../../src/math/index.js';

interface Labelled extends CheckRequest {
  readonly equal: boolean;
  readonly reason?: string;
  readonly entries?: boolean[][];
  readonly note: string;
  readonly source: 'hand' | 'generated';
}

const corpus = readFileSync(new URL('../fixtures/matrix-corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Labelled);

const outcome = (c: CheckRequest) => {
  const v = check(c);
  return {
    equal: v.verdict === 'correct',
    reason: v.verdict === 'incorrect' ? v.reason : undefined,
    entries: v.verdict === 'incorrect' ? v.entries : undefined,
  };
};

describe('the labelled matrix corpus', () => {
  it('has at least 100 pairs, hand-written and generated, right and wrong', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(corpus.filter((c) => c.source === 'hand').length).toBeGreaterThanOrEqual(50);
    expect(corpus.filter((c) => c.source === 'generated').length).toBeGreaterThanOrEqual(100);
    expect(corpus.filter((c) => !c.equal).length).toBeGreaterThanOrEqual(60);
    for (const reason of ['transpose', 'sign', 'swapped-rows', 'entries', 'wrong-shape', 'not-a-matrix'])
      expect(corpus.filter((c) => c.reason === reason).length, reason).toBeGreaterThan(0);
  });

  it('is judged in full agreement with its labels: verdict, reason and wrong entries', () => {
    const disagreements = corpus
      .map((c) => ({ c, got: outcome(c) }))
      .filter(
        ({ c, got }) =>
          got.equal !== c.equal ||
          (!c.equal && got.reason !== c.reason) ||
          (c.entries !== undefined && JSON.stringify(got.entries) !== JSON.stringify(c.entries)),
      )
      .map(({ c, got }) => `${c.expected} | ${c.answer} → ${JSON.stringify(got)} (${c.note})`);
    expect(disagreements).toEqual([]);
  });
});

const entry = fc.integer({ min: -20, max: 20 });
const square = fc
  .integer({ min: 2, max: 3 })
  .chain((n) => fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }));
const nested = (m: number[][]) => `[${m.map((r) => `[${r.join(', ')}]`).join(', ')}]`;
const rows = (m: number[][]) => `[${m.map((r) => r.join(' ')).join('; ')}]`;
const t = (m: number[][]) => m[0]!.map((_, j) => m.map((r) => r[j]!));

describe('matrix laws (fast-check)', () => {
  it('a matrix in row notation is its nested-bracket self', () => {
    fc.assert(
      fc.property(square, (m) => check({ kind: 'matrix', expected: nested(m), answer: rows(m) }).verdict === 'correct'),
    );
  });

  it('the transpose of a non-symmetric matrix is named transpose, with the off-diagonal pairs marked wrong', () => {
    fc.assert(
      fc.property(
        square.filter((m) => JSON.stringify(m) !== JSON.stringify(t(m))),
        (m) => {
          const v = check({ kind: 'matrix', expected: nested(m), answer: rows(t(m)) });
          return (
            v.verdict === 'incorrect' &&
            v.reason === 'transpose' &&
            JSON.stringify(v.entries) === JSON.stringify(m.map((r, i) => r.map((x, j) => x === m[j]![i])))
          );
        },
      ),
    );
  });

  it('one entry changed (not by a rounding: 12 → 10 is one) is named by its position and nothing else', () => {
    fc.assert(
      fc.property(square, fc.nat(), fc.integer({ min: 1, max: 5 }), (m, at, by) => {
        const n = m.length;
        const [i, j] = [Math.floor((at % (n * n)) / n), at % n];
        const changed = m.map((r, a) => r.map((x, b) => (a === i && b === j ? x + by + 0.25 : x)));
        const v = check({ kind: 'matrix', expected: nested(m), answer: nested(changed) });
        return (
          v.verdict === 'incorrect' &&
          v.entries?.[i]?.[j] === false &&
          v.entries.flat().filter((ok) => !ok).length === 1
        );
      }),
    );
  });
});
