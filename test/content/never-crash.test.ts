/**
 * Whatever a teacher writes, lint answers with file:line:col: message. A
 * property test over random teacher functions, built from every allow-listed
 * function and operator, from random starts with random learning rates: the
 * compiler never fails on its own account, and a lesson either comes out with
 * every expected answer a finite number, or with an error naming the step.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadLesson } from '../../src/content/index.js';
import type { Quantity } from '../../src/content/derived.js';
import { FUNCTIONS, bin, num, sym, toText, type BinaryOp, type Node } from '../../src/math/index.js';

const SEED = Number(process.env.FUZZ_SEED ?? 0x6c696e74); // "lint"
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

const OPERATORS: readonly BinaryOp[] = ['+', '-', '*', '/', '^'];
const NAMES = Object.keys(FUNCTIONS) as (keyof typeof FUNCTIONS)[];

const leaf: fc.Arbitrary<Node> = fc.oneof(
  fc.constantFrom(sym('x'), sym('y')),
  fc.integer({ min: 0, max: 5 }).map(num),
  fc.constantFrom(num(0.5), num(2.5), num(1e-3)),
);

const { tree } = fc.letrec<{ tree: Node }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom(...NAMES), tie('tree')).map(([fn, arg]): Node => ({ type: 'call', fn, args: [arg] })),
    fc.tuple(fc.constantFrom(...OPERATORS), tie('tree'), tie('tree')).map(([op, l, r]) => bin(op, l, r)),
  ),
}));

/** Ordinary points and the ones that overflow or underflow. */
const coordinate = fc.oneof(
  fc.constantFrom(0, 1, -1, 1e308, -1e308, 1e-300, 5e-324),
  fc.double({ min: -100, max: 100, noNaN: true }).map((v) => Number(v.toPrecision(4))),
);
const rate = fc.constantFrom(1e-300, 1e-3, 0.1, 0.5, 1, 10, 1e300);

const STEPS = [
  '- kind: partial\n  wrt: x',
  '- kind: partial_value\n  wrt: y',
  '- kind: gradient',
  '- kind: norm',
  '- kind: update',
  '- kind: loss\n  after: 1',
  '- kind: iterate\n  after: 3',
  '- kind: table\n  rows: 2',
  '- kind: decrease',
  '- kind: regime',
];

const lessonText = (f: Node, start: readonly number[], alpha: number) =>
  [
    'id: fuzz',
    'title: Fuzz',
    'exercises:',
    '  - id: e',
    '    title: E',
    `    function: ${JSON.stringify(toText(f))}`,
    '    variables: [x, y]',
    `    start: [${start.map(String).join(', ')}]`,
    `    learning_rate: ${alpha}`,
    '    steps:',
    ...STEPS.flatMap((s) => s.split('\n').map((l) => `      ${l}`)),
  ].join('\n') + '\n';

/** Every number in an answer text such as "[2.4, 3.2]", "-1.5e-7" or "23/3". */
/** The numbers of a numeric answer, as the compiled lesson holds them. */
const numbersIn = (q: Quantity): number[] =>
  q.type === 'number' ? [q.value] : q.type === 'vector' ? q.components.map((c) => c.value) : [];

describe('lint never crashes and never passes an undefined answer', () => {
  it('random functions, starts and rates: finite answers, or an error at the step', () => {
    const outcomes = { compiled: 0, refused: 0 };
    fc.assert(
      fc.property(tree, fc.tuple(coordinate, coordinate), rate, (f, start, alpha) => {
        const text = lessonText(f, start, alpha);
        const { lesson, issues } = loadLesson('fuzz.yaml', text);
        for (const issue of issues) {
          expect(formatIssue(issue)).toMatch(/^fuzz\.yaml:\d+:\d+: \S/);
          expect(issue.message).not.toMatch(/compiler failed/);
        }
        if (!lesson) {
          expect(issues.some((i) => i.severity === 'error')).toBe(true);
          outcomes.refused++;
          return;
        }
        outcomes.compiled++;
        for (const step of lesson.exercises.flatMap((e) => e.steps))
          if (step.answer.type === 'value' || (step.answer.type === 'vector' && step.answer.vars.length === 0))
            for (const n of numbersIn(step.answer.expected))
              expect(Number.isFinite(n), `${step.id}: ${step.answer.text}`).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Both sides of the property were exercised: lessons that compile, and lessons refused with an error.
    expect(outcomes.compiled).toBeGreaterThan(RUNS / 10);
    expect(outcomes.refused).toBeGreaterThan(RUNS / 10);
  });
});
