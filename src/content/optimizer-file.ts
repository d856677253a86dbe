/**
 * `optimizer:` and `schedule:` as a teacher writes them on an exercise: their
 * schema (one closed mapping each, so a misspelt key gets "did you mean"), and
 * reading them into a Method, with every hyper-parameter that does not belong
 * to the chosen optimiser, or is out of range, reported at its place.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { Issue } from './issues.js';
import {
  MOMENTUM_CONVENTIONS,
  OPTIMIZER_KINDS,
  PLAIN,
  type Method,
  type Optimizer,
  type OptimizerKind,
  type Schedule,
} from './optimizer.js';
import type { Path, Source } from './source.js';
import { valueOf, type Value } from './values.js';

const Scalar = Type.Union([Type.Number(), Type.String()], {
  description: 'A number, or an expression over the parameters.',
});
const literals = <T extends string>(names: readonly T[]) => Type.Union(names.map((n) => Type.Literal(n)));

export const OptimizerSchema = Type.Union(
  [
    Type.Union(
      OPTIMIZER_KINDS.map((n) => Type.Literal(n)),
      { description: 'gd, momentum, nesterov, adagrad, rmsprop or adam (with the default hyper-parameters)' },
    ),
    Type.Object(
      {
        kind: literals(OPTIMIZER_KINDS),
        beta: Type.Optional(Scalar),
        convention: Type.Optional(literals(MOMENTUM_CONVENTIONS)),
        rho: Type.Optional(Scalar),
        beta1: Type.Optional(Scalar),
        beta2: Type.Optional(Scalar),
        epsilon: Type.Optional(Scalar),
        epsilon_inside: Type.Optional(Type.Boolean()),
      },
      {
        additionalProperties: false,
        description:
          'An optimiser with its hyper-parameters: momentum/nesterov {beta (0.9), convention heavy_ball|ema|rate_inside}, rmsprop {rho (0.9), epsilon}, adagrad {epsilon}, adam {beta1 (0.9), beta2 (0.999), epsilon (1e-8), epsilon_inside}',
      },
    ),
  ],
  { description: 'The update rule: gd (default), momentum, nesterov, adagrad, rmsprop, adam.' },
);

export const ScheduleSchema = Type.Object(
  {
    kind: literals(['step', 'exponential', 'inverse'] as const),
    factor: Type.Optional(Scalar),
    every: Type.Optional(Type.Integer({ minimum: 1 })),
    decay: Type.Optional(Scalar),
  },
  {
    additionalProperties: false,
    description:
      'The learning rate α_k of the step from θ_k: step α·factor^⌊k/every⌋, exponential α·factor^k, inverse α/(1 + decay·k).',
  },
);

type OptimizerFile = Static<typeof OptimizerSchema>;
type ScheduleFile = Static<typeof ScheduleSchema>;

/** The hyper-parameters each optimiser takes, with their defaults. */
const HYPER: { readonly [K in OptimizerKind]: Readonly<Record<string, number | string | boolean>> } = {
  gd: {},
  momentum: { beta: 0.9, convention: 'heavy_ball' },
  nesterov: { beta: 0.9, convention: 'heavy_ball' },
  adagrad: { epsilon: 1e-8, epsilon_inside: false },
  rmsprop: { rho: 0.9, epsilon: 1e-8, epsilon_inside: false },
  adam: { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, epsilon_inside: false },
};
const SCHEDULE_KEYS = { step: ['factor', 'every'], exponential: ['factor'], inverse: ['decay'] } as const;

type ScalarReader = (value: number | string, path: Path) => Value | undefined;

const RANGES: Readonly<Record<string, readonly [number, number, string]>> = {
  beta: [0, 1, 'in [0, 1)'],
  beta1: [0, 1, 'in [0, 1)'],
  beta2: [0, 1, 'in [0, 1)'],
  rho: [0, 1, 'in [0, 1)'],
  epsilon: [0, Infinity, '≥ 0'],
  factor: [0, 1.000001, 'in (0, 1]'],
  decay: [0, Infinity, '≥ 0'],
};

function inRange(key: string, x: number): boolean {
  const [lo, hi] = RANGES[key] ?? [-Infinity, Infinity];
  if (key === 'factor') return x > lo && x <= 1;
  return x >= lo && x < hi;
}

/** Reads the exercise's optimizer and schedule; undefined (with issues) when one is wrong. */
export function readMethod(
  exercise: { readonly optimizer?: OptimizerFile; readonly schedule?: ScheduleFile },
  at: Path,
  source: Source,
  scalar: ScalarReader,
  issues: Issue[],
): Method | undefined {
  const before = issues.length;
  const spec = exercise.optimizer ?? 'gd';
  const written: Record<string, unknown> = typeof spec === 'string' ? { kind: spec } : { ...spec };
  const kind = written.kind as OptimizerKind;
  const defaults = HYPER[kind];
  const number = (key: string, path: Path): Value => {
    const raw = written[key] ?? defaults[key];
    const v = typeof raw === 'number' || typeof raw === 'string' ? scalar(raw, path) : undefined;
    if (v && !inRange(key, v.number))
      issues.push(source.issue(path, `${key} must be ${RANGES[key]![2]} (it is ${v.number}).`));
    return v ?? valueOf(NaN);
  };
  for (const key of Object.keys(written))
    if (key !== 'kind' && !(key in defaults))
      issues.push(
        source.issue(
          [...at, 'optimizer', key],
          `${key} is not a hyper-parameter of ${kind}; ${kind} takes ${Object.keys(defaults).join(', ') || 'none'}.`,
          { key: true },
        ),
      );
  const p = (key: string): Path => [...at, 'optimizer', ...(typeof spec === 'string' ? [] : [key])];
  const inside = written.epsilon_inside === true;
  const convention = (written.convention ?? defaults.convention) as 'heavy_ball';
  const optimizer: Optimizer =
    kind === 'momentum' || kind === 'nesterov'
      ? { kind, beta: number('beta', p('beta')), convention }
      : kind === 'adagrad'
        ? { kind, epsilon: number('epsilon', p('epsilon')), epsilonInside: inside }
        : kind === 'rmsprop'
          ? { kind, rho: number('rho', p('rho')), epsilon: number('epsilon', p('epsilon')), epsilonInside: inside }
          : kind === 'adam'
            ? {
                kind,
                beta1: number('beta1', p('beta1')),
                beta2: number('beta2', p('beta2')),
                epsilon: number('epsilon', p('epsilon')),
                epsilonInside: inside,
              }
            : { kind: 'gd' };
  const schedule = readSchedule(exercise.schedule, [...at, 'schedule'], source, scalar, issues);
  if (issues.length > before) return undefined;
  return optimizer.kind === 'gd' && schedule.kind === 'constant' ? PLAIN : { optimizer, schedule };
}

function readSchedule(
  spec: ScheduleFile | undefined,
  at: Path,
  source: Source,
  scalar: ScalarReader,
  issues: Issue[],
): Schedule {
  if (!spec) return { kind: 'constant' };
  const wanted: readonly string[] = SCHEDULE_KEYS[spec.kind];
  for (const key of ['factor', 'every', 'decay'] as const) {
    const has = spec[key] !== undefined;
    if (has && !wanted.includes(key))
      issues.push(
        source.issue([...at, key], `A ${spec.kind} schedule takes ${wanted.join(' and ')}, not ${key}.`, { key: true }),
      );
    if (!has && wanted.includes(key))
      issues.push(source.issue(at, `A ${spec.kind} schedule needs ${key}.`, { key: false }));
  }
  const value = (key: 'factor' | 'decay'): Value => {
    const raw = spec[key];
    const v = raw === undefined ? undefined : scalar(raw, [...at, key]);
    if (v && !inRange(key, v.number))
      issues.push(source.issue([...at, key], `${key} must be ${RANGES[key]![2]} (it is ${v.number}).`));
    return v ?? valueOf(NaN);
  };
  switch (spec.kind) {
    case 'step':
      return { kind: 'step', factor: value('factor'), every: spec.every ?? 1 };
    case 'exponential':
      return { kind: 'exponential', factor: value('factor') };
    case 'inverse':
      return { kind: 'inverse', decay: value('decay') };
  }
}
