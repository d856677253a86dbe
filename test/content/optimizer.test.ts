/**
 * The optimisers an exercise may descend by, pinned to an independent implementation: a few lines of plain
 * floating-point arithmetic per rule below (not the engine's exact arithmetic), for momentum in its three
 * conventions, Nesterov, AdaGrad, RMSProp, Adam (ε outside and inside the root) and the three schedules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadLesson, type CompiledExercise, type DerivedStep } from '../../src/content/index.js';

type Vec = number[];
type Grad = (p: Vec) => Vec;
type Hyper = Readonly<Record<string, number | string | undefined>>;

/** The reference: every rule of optimizer.ts's header comment, written out again by hand. */
function reference(kind: string, h: Hyper, grad: Grad, start: Vec, alpha: number, steps: number) {
  let theta = [...start];
  let first = start.map(() => 0);
  let second = start.map(() => 0);
  const rate = (k: number) =>
    h.schedule === 'step'
      ? alpha * (h.factor as number) ** Math.floor(k / (h.every as number))
      : h.schedule === 'exponential'
        ? alpha * (h.factor as number) ** k
        : h.schedule === 'inverse'
          ? alpha / (1 + (h.decay as number) * k)
          : alpha;
  const states: { theta: Vec; first: Vec; second: Vec; mHat?: Vec; vHat?: Vec }[] = [{ theta, first, second }];
  for (let t = 1; t <= steps; t++) {
    const a = rate(t - 1);
    const b = (h.beta as number | undefined) ?? 0.9;
    const eps = (h.epsilon as number | undefined) ?? 1e-8;
    const conv = (h.convention as string | undefined) ?? 'heavy_ball';
    const c = conv === 'heavy_ball' ? 1 : conv === 'ema' ? 1 - b : a;
    const move = (v: number) => (conv === 'rate_inside' ? v : a * v);
    let mHat: Vec | undefined;
    let vHat: Vec | undefined;
    if (kind === 'gd') {
      const g = grad(theta);
      theta = theta.map((x, k) => x - a * g[k]!);
    } else if (kind === 'momentum' || kind === 'nesterov') {
      const at = kind === 'nesterov' ? theta.map((x, k) => x - b * move(first[k]!)) : theta;
      const g = grad(at);
      first = first.map((v, k) => b * v + c * g[k]!);
      theta = theta.map((x, k) => x - move(first[k]!));
    } else if (kind === 'adagrad' || kind === 'rmsprop') {
      const g = grad(theta);
      const rho = (h.rho as number | undefined) ?? 0.9;
      second = second.map((s, k) => (kind === 'adagrad' ? s + g[k]! ** 2 : rho * s + (1 - rho) * g[k]! ** 2));
      theta = theta.map((x, k) => x - (a * g[k]!) / (Math.sqrt(second[k]!) + eps));
    } else {
      const g = grad(theta);
      const b1 = (h.beta1 as number | undefined) ?? 0.9;
      const b2 = (h.beta2 as number | undefined) ?? 0.999;
      first = first.map((m, k) => b1 * m + (1 - b1) * g[k]!);
      second = second.map((v, k) => b2 * v + (1 - b2) * g[k]! ** 2);
      mHat = first.map((m) => m / (1 - b1 ** t));
      vHat = second.map((v) => v / (1 - b2 ** t));
      const inside = h.epsilon_inside === 'true';
      theta = theta.map(
        (x, k) => x - (a * mHat![k]!) / (inside ? Math.sqrt(vHat![k]! + eps) : Math.sqrt(vHat![k]!) + eps),
      );
    }
    states.push({ theta, first, second, ...(mHat ? { mHat, vHat } : {}) });
  }
  return { states, rate };
}

/** An exercise on f from `start` with these YAML lines for its optimiser, asking `steps`. */
function compile(f: string, start: Vec, alpha: number, method: string, steps: string): CompiledExercise {
  const text = `id: t
title: t
exercises:
  - id: e
    title: e
    function: ${f}
    variables: [x, y]
    start: [${start.join(', ')}]
    learning_rate: ${alpha}
${method}
    steps:
${steps}`;
  const result = loadLesson('t.yaml', text, 0, { render: false });
  expect(result.issues.map(formatIssue)).toEqual([]);
  return result.lesson!.exercises[0]!;
}

const numbers = (s: DerivedStep): number[] =>
  s.answer.type === 'vector' && s.answer.expected.type === 'vector'
    ? s.answer.expected.components.map((c) => c.value)
    : s.answer.type === 'value'
      ? [s.answer.expected.value]
      : [];

/** Agreement within a bound relative to the size of the value (Adam's v̂ is in the tens). */
function near(got: number, want: number, within: number): void {
  expect(Math.abs(got - want)).toBeLessThanOrEqual(within * Math.max(1, Math.abs(want)));
}

const stepNamed = (e: CompiledExercise, id: string) => e.steps.find((s) => s.id === id)!;

// f = x² + 3y² − xy: its gradient (2x − y, 6y − x), for the reference.
const F = 'x^2 + 3*y^2 - x*y';
const gradF: Grad = ([x, y]) => [2 * x! - y!, 6 * y! - x!];

const CASES: [string, string, Hyper][] = [
  ['momentum', '    optimizer: { kind: momentum, beta: 0.8, convention: heavy_ball }', { beta: 0.8 }],
  ['momentum', '    optimizer: { kind: momentum, beta: 0.8, convention: ema }', { beta: 0.8, convention: 'ema' }],
  [
    'momentum',
    '    optimizer: { kind: momentum, beta: 0.8, convention: rate_inside }',
    { beta: 0.8, convention: 'rate_inside' },
  ],
  ['nesterov', '    optimizer: { kind: nesterov, beta: 0.7 }', { beta: 0.7 }],
  ['adagrad', '    optimizer: { kind: adagrad, epsilon: 0.001 }', { epsilon: 0.001 }],
  ['rmsprop', '    optimizer: { kind: rmsprop, rho: 0.8, epsilon: 0.01 }', { rho: 0.8, epsilon: 0.01 }],
  ['adam', '    optimizer: adam', {}],
  [
    'adam',
    '    optimizer: { kind: adam, beta1: 0.8, beta2: 0.99, epsilon: 0.5, epsilon_inside: true }',
    { beta1: 0.8, beta2: 0.99, epsilon: 0.5, epsilon_inside: 'true' },
  ],
  ['gd', '    schedule: { kind: step, factor: 0.5, every: 2 }', { schedule: 'step', factor: 0.5, every: 2 }],
  ['gd', '    schedule: { kind: exponential, factor: 0.9 }', { schedule: 'exponential', factor: 0.9 }],
  [
    'momentum',
    '    optimizer: { kind: momentum, beta: 0.5 }\n    schedule: { kind: inverse, decay: 0.5 }',
    { beta: 0.5, schedule: 'inverse', decay: 0.5 },
  ],
];

describe('every optimiser agrees with the reference arithmetic', () => {
  it.each(CASES)('%s (%s): θ₁ … θ₄ and the update from θ₃ to 12 digits', (kind, yaml, h) => {
    const e = compile(
      F,
      [3, -2],
      0.05,
      yaml,
      [1, 2, 3, 4].map((t) => `      - { kind: iterate, after: ${t} }`).join('\n') +
        '\n      - { kind: update, after: 3 }',
    );
    const { states } = reference(kind, h, gradF, [3, -2], 0.05, 4);
    for (const t of [1, 2, 3, 4]) {
      const got = numbers(stepNamed(e, `iterate-${t}`));
      got.forEach((x, k) => {
        near(x, states[t]!.theta[k]!, 1e-12);
      });
    }
    numbers(stepNamed(e, 'update-3')).forEach((x, k) => {
      near(x, states[4]!.theta[k]!, 1e-12);
    });
  });

  it('Adam’s state after two steps: m₂, v₂, m̂₂, v̂₂ as the reference computes them', () => {
    const e = compile(
      F,
      [3, -2],
      0.05,
      '    optimizer: adam',
      ['m', 'v', 'm_hat', 'v_hat'].map((of) => `      - { kind: state, of: ${of}, after: 2, id: ${of} }`).join('\n'),
    );
    const s = reference('adam', {}, gradF, [3, -2], 0.05, 2).states[2]!;
    const want: Record<string, Vec> = { m: s.first, v: s.second, m_hat: s.mHat!, v_hat: s.vHat! };
    for (const [of, value] of Object.entries(want))
      numbers(stepNamed(e, of)).forEach((x, k) => {
        near(x, value[k]!, 1e-12);
      });
  });

  it('property: for any β, α and start, momentum’s and Adam’s θ₃ match the reference', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('momentum', 'nesterov', 'rmsprop', 'adam'),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: -9, max: 9 }),
        fc.integer({ min: -9, max: 9 }),
        (kind, b, a, x0, y0) => {
          const beta = b / 10;
          const alpha = a / 100;
          const yaml =
            kind === 'rmsprop'
              ? `    optimizer: { kind: rmsprop, rho: ${beta} }`
              : kind === 'adam'
                ? `    optimizer: { kind: adam, beta1: ${beta} }`
                : `    optimizer: { kind: ${kind}, beta: ${beta} }`;
          const e = compile(F, [x0, y0], alpha, yaml, '      - { kind: iterate, after: 3 }');
          const want = reference(kind, { beta, rho: beta, beta1: beta }, gradF, [x0, y0], alpha, 3).states[3]!.theta;
          numbers(e.steps[0]!).forEach((x, k) => {
            near(x, want[k]!, 1e-10);
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a schedule’s rate αₜ', () => {
  it.each([
    ['{ kind: step, factor: 0.5, every: 2 }', [0.4, 0.4, 0.2, 0.2, 0.1]],
    ['{ kind: exponential, factor: 0.5 }', [0.4, 0.2, 0.1, 0.05, 0.025]],
    ['{ kind: inverse, decay: 1 }', [0.4, 0.2, 0.4 / 3, 0.1, 0.08]],
  ])('%s gives α₀ … α₄ = %j', (schedule, rates) => {
    const e = compile(
      F,
      [1, 1],
      0.4,
      `    schedule: ${schedule}`,
      [0, 1, 2, 3, 4].map((t) => `      - { kind: state, of: rate, after: ${t}, id: r${t} }`).join('\n'),
    );
    expect(e.steps.map((s) => numbers(s)[0])).toEqual(rates.map((r) => expect.closeTo(r, 14) as unknown as number));
  });
});

describe('lint on optimisers', () => {
  const lint = (method: string, steps = '      - kind: update') =>
    loadLesson(
      't.yaml',
      `id: t\ntitle: t\nexercises:\n  - id: e\n    title: e\n    function: x^2\n    variables: [x]\n    start: [1]\n    learning_rate: 0.1\n${method}\n    steps:\n${steps}`,
      0,
      { render: false },
    ).issues.map(formatIssue);

  it('names a hyper-parameter of another optimiser, at its key', () => {
    expect(lint('    optimizer: { kind: momentum, beta2: 0.9 }')).toEqual([
      't.yaml:10:34: beta2 is not a hyper-parameter of momentum; momentum takes beta, convention.',
    ]);
  });
  it('refuses β outside [0, 1) and an unknown kind', () => {
    expect(lint('    optimizer: { kind: adam, beta1: 1.2 }')).toEqual([
      't.yaml:10:37: beta1 must be in [0, 1) (it is 1.2).',
    ]);
    expect(lint('    optimizer: adamw')[0]).toMatch(
      /^t\.yaml:10:16: This value must be one of: gd, momentum, nesterov, adagrad, rmsprop or adam/,
    );
  });
  it('says what a schedule needs', () => {
    expect(lint('    schedule: { kind: step, factor: 0.5 }')).toEqual(['t.yaml:10:15: A step schedule needs every.']);
  });
  it('asks for a state the optimiser has, after at least one step', () => {
    expect(lint('    optimizer: adam', '      - { kind: state, of: velocity, after: 1 }')).toEqual([
      't.yaml:12:9: Step “state-1”: Adam has no state “velocity”; it has m, v, m_hat, v_hat, rate.',
    ]);
    expect(lint('    optimizer: momentum', '      - { kind: state, of: velocity, after: 0 }')[0]).toContain(
      'ask for it after 1 step or more',
    );
  });
  it('refuses a step only plain descent answers (the step α∇f) under an optimiser', () => {
    expect(lint('    optimizer: momentum', '      - kind: step')[0]).toContain(
      'A step step is about plain gradient descent; this exercise descends by momentum',
    );
  });
});
