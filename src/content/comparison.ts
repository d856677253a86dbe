/**
 * `compare:` on an exercise: other optimisers run from the same start on the same function, for the plot that
 * draws their paths side by side (and each one's loss per iteration). Its schema, reading it (each entry's
 * optimiser with the hyper-parameter checks of `optimizer:`, and its own learning rate or the exercise's), and
 * the iterates of each run. The engine runs them, as it runs the exercise's own: the browser only draws.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { Issue } from './issues.js';
import { OptimizerSchema, readMethod } from './optimizer-file.js';
import { Trajectory, type GradientAt, type Method, type OptimizerKind } from './optimizer.js';
import type { Path, Source } from './source.js';
import type { Point, Value } from './values.js';

export const CompareSchema = Type.Array(
  Type.Object(
    {
      optimizer: OptimizerSchema,
      learning_rate: Type.Optional(
        Type.Union([Type.Number(), Type.String()], { description: 'Its own rate; the exercise’s when absent.' }),
      ),
    },
    { additionalProperties: false },
  ),
  {
    minItems: 1,
    maxItems: 6,
    description:
      'Optimisers drawn beside each other from the same start, on one contour map with each one’s loss per iteration, e.g. [{optimizer: gd}, {optimizer: {kind: momentum, beta: 0.3}}, {optimizer: adam, learning_rate: 0.5}].',
  },
);

type CompareFile = Static<typeof CompareSchema>;

/** One optimiser of a comparison, read. */
export interface Contender {
  readonly method: Method;
  readonly learningRate: Value;
}

/** One run of a comparison, as a compiled exercise carries it for the plot. */
export interface ComparedPath {
  readonly optimizer: OptimizerKind;
  /** The exercise's own run (the one its steps ask about): first in the list. */
  readonly own?: true;
  readonly learningRate: number;
  /** The iterates θ₀, θ₁, … (θ₀ the exercise's start). */
  readonly path: readonly (readonly number[])[];
}

type ScalarReader = (value: number | string, path: Path) => Value | undefined;

/** Reads `compare:`; undefined when absent or when an entry is wrong (its issues pushed). */
export function readComparison(
  compare: CompareFile | undefined,
  exerciseRate: Value | undefined,
  at: Path,
  source: Source,
  scalar: ScalarReader,
  issues: Issue[],
): Contender[] | undefined {
  if (!compare) return undefined;
  const before = issues.length;
  const contenders = compare.flatMap((entry, k): Contender[] => {
    const here = [...at, 'compare', k];
    const method = readMethod({ optimizer: entry.optimizer }, here, source, scalar, issues);
    const rate =
      entry.learning_rate === undefined ? exerciseRate : scalar(entry.learning_rate, [...here, 'learning_rate']);
    if (!rate) {
      issues.push(source.issue(here, 'This optimiser needs a learning_rate: give it one, or give the exercise one.'));
      return [];
    }
    if (!(rate.number > 0)) {
      issues.push(
        source.issue([...here, 'learning_rate'], `The learning rate must be positive (it is ${rate.number}).`),
      );
      return [];
    }
    return method ? [{ method, learningRate: rate }] : [];
  });
  return issues.length > before ? undefined : contenders;
}

/** The first iterates of a run, until it settles or leaves the finite numbers (at most `steps` steps). */
export function iterates(run: Trajectory, steps = 60): number[][] {
  const path = [run.at(0).theta.map((v) => v.number)];
  for (let t = 1; t <= steps; t++) {
    const theta = run.at(t).theta.map((v) => v.number);
    if (!theta.every(Number.isFinite)) break;
    const moved = Math.hypot(...theta.map((x, k) => x - path[t - 1]![k]!));
    path.push(theta);
    if (moved <= 1e-9 * Math.max(1, Math.hypot(...theta))) break;
  }
  return path;
}

/** The exercise's own run first, then each contender run from the same start. */
export const comparedPaths = (
  own: Trajectory,
  contenders: readonly Contender[],
  start: Point,
  gradientAt: GradientAt,
): ComparedPath[] => [
  { optimizer: own.method.optimizer.kind, own: true, learningRate: own.alpha.number, path: iterates(own) },
  ...contenders.map((c) => ({
    optimizer: c.method.optimizer.kind,
    learningRate: c.learningRate.number,
    path: iterates(new Trajectory(c.method, start, c.learningRate, gradientAt)),
  })),
];
