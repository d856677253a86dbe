/**
 * The seed curriculum (content/*.yaml) pinned to the numbers its teachers worked out by hand: every file lints clean,
 * each worked example derives exactly the answers below, the learning-rate regimes are the ones the lesson teaches,
 * and a randomised exercise is a function of its seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  formatIssue,
  lintLesson,
  loadLesson,
  type CompiledExercise,
  type CompiledLesson,
  type DerivedStep,
} from '../../src/content/index.js';
import { check, type Tolerance, type Verdict } from '../../src/math/index.js';
import { isCourseFile } from '../../src/content/course.js';

const CONTENT = new URL('../../content/', import.meta.url);
const FILES = readdirSync(CONTENT)
  .filter((f) => f.endsWith('.yaml') && !isCourseFile(f))
  .sort();
const textOf = (file: string): string => readFileSync(new URL(file, CONTENT), 'utf8');

function compiled(file: string, seed = 0): CompiledLesson {
  const result = loadLesson(`content/${file}`, textOf(file), seed);
  expect(result.issues.map(formatIssue)).toEqual([]);
  if (!result.lesson) throw new Error(`content/${file} did not compile`);
  return result.lesson;
}

/** Compiled on first use, inside a test: a lesson that fails to compile fails its own tests, not the whole file. */
function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

function exerciseOf(lesson: CompiledLesson, id: string): CompiledExercise {
  const exercise = lesson.exercises.find((e) => e.id === id);
  if (!exercise) throw new Error(`${lesson.id} has no exercise ${id}`);
  return exercise;
}

function stepOf(lesson: CompiledLesson, exerciseId: string, stepId: string): DerivedStep {
  const step = exerciseOf(lesson, exerciseId).steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`${lesson.id}/${exerciseId} has no step ${stepId}`);
  return step;
}

/** The checker's verdict on `answer` against the step's derived answer, by the step's answer type. */
function verdict(step: DerivedStep, answer: string, tolerance?: Tolerance): Verdict['verdict'] {
  const a = step.answer;
  if (a.type === 'choice') throw new Error(`${step.id} is a choice, not a checked answer`);
  return check({
    kind: a.type,
    expected: a.text,
    answer,
    vars: a.type === 'value' ? [] : a.vars,
    tolerance: tolerance ?? (a.type === 'expr' ? undefined : a.tolerance),
  }).verdict;
}

/** The derived expected answers of an exercise, by step id. */
const expectedOf = (exercise: CompiledExercise): Record<string, string> =>
  Object.fromEntries(exercise.steps.map((s) => [s.id, s.answer.text]));

interface SourceStep {
  kind: string;
  hints?: unknown;
  rows?: number;
  learning_rate?: number;
}
interface SourceLesson {
  title?: unknown;
  introduction?: unknown;
  exercises: { id: string; steps: SourceStep[] }[];
}
const sourceOf = (file: string) => parse(textOf(file)) as SourceLesson;

describe('the curriculum files', () => {
  it('are the nine lessons of the seed curriculum, the seven of issue 14 and the five of issue 15', () => {
    expect(FILES).toEqual([
      'backprop.yaml',
      'bowl.yaml',
      'concepts.yaml',
      'convexity.yaml',
      'critical-points.yaml',
      'directional.yaml',
      'gradient.yaml',
      'hessian.yaml',
      'ill-conditioned.yaml',
      'jacobian.yaml',
      'linear-regression.yaml',
      'logistic.yaml',
      'matrix-calculus.yaml',
      'neuron.yaml',
      'newton.yaml',
      'non-convex.yaml',
      'one-variable.yaml',
      'optimizers.yaml',
      'stochastic.yaml',
      'sufficient-decrease.yaml',
      'textbook-example.yaml',
    ]);
  });

  it.each(FILES)('%s lints clean: no errors and no warnings, in any variant lint tries', (file) => {
    expect(lintLesson(`content/${file}`, textOf(file)).map(formatIssue)).toEqual([]);
  });

  it.each(FILES)('%s points editors at the schema and has a title and an introduction with $…$ math', (file) => {
    expect(textOf(file).split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/lesson.schema.json');
    const source = sourceOf(file);
    expect(typeof source.title).toBe('string');
    expect(source.introduction).toMatch(/\$[^$]+\$/);
  });

  it.each(FILES)('%s gives every step 1 to 3 hints of the teacher’s own', (file) => {
    const counts = sourceOf(file).exercises.flatMap((e) =>
      e.steps.map((s, k) => [`${e.id} step ${k + 1}`, Array.isArray(s.hints) ? s.hints.length : 0] as const),
    );
    expect(counts.filter(([, n]) => n < 1 || n > 3)).toEqual([]);
  });

  it.each(FILES)('%s shows the teacher’s hints, not generated ones, on every step but a table’s cells', (file) => {
    const lesson = compiled(file);
    for (const source of sourceOf(file).exercises) {
      const steps = [...exerciseOf(lesson, source.id).steps];
      for (const step of source.steps) {
        const derived = steps.splice(0, step.kind === 'table' ? 4 * (step.rows ?? 0) : 1);
        if (step.kind !== 'table') expect(derived.map((d) => d.hints)).toEqual([step.hints]);
      }
      expect(steps).toEqual([]);
    }
  });
});

describe('gradient.yaml: partial derivatives and the gradient', () => {
  const lesson = once(() => compiled('gradient.yaml'));

  it('f(x₁, x₂) = x₁² + x₂² at (2, 3): f = 13, ∂f/∂x₁ = 2x₁, ∂f/∂x₂ = 2x₂, ∇f = (4, 6) and −∇f = (−4, −6)', () => {
    const exercise = exerciseOf(lesson(), 'gradient-at-a-point');
    expect(exercise.function!.variables).toEqual(['x1', 'x2']);
    expect(exercise.steps.map((s) => s.id)).toEqual([
      'loss',
      'partial-x1',
      'partial-x2',
      'gradient',
      'negative-gradient',
    ]);
    expect(expectedOf(exercise)).toMatchObject({ loss: '13', gradient: '[4, 6]', 'negative-gradient': '[-4, -6]' });
    expect(verdict(stepOf(lesson(), 'gradient-at-a-point', 'partial-x1'), '2x₁')).toBe('correct');
    expect(verdict(stepOf(lesson(), 'gradient-at-a-point', 'partial-x1'), '2x₁ + 2x₂')).toBe('incorrect');
    expect(verdict(stepOf(lesson(), 'gradient-at-a-point', 'partial-x2'), '2x₂')).toBe('correct');
  });

  it('J(x, y) = x² + y² at (3, 4): ∇J = (6, 8) and ‖∇J‖ = √(6² + 8²) = 10', () => {
    expect(expectedOf(exerciseOf(lesson(), 'length-of-the-gradient'))).toEqual({ gradient: '[6, 8]', norm: '10' });
  });
});

describe('bowl.yaml: one step down the bowl', () => {
  const lesson = once(() => compiled('bowl.yaml'));

  it('keeps the step ids the session relies on, in order', () => {
    expect(exerciseOf(lesson(), 'one-step').steps.map((s) => s.id)).toEqual([
      'loss',
      'partial-x',
      'partial-y',
      'gradient',
      'norm',
      'update-0',
      'loss-1',
    ]);
  });

  it('the bowl J = x² + y² has ∂J/∂x = 2x, ∂J/∂y = 2y, and at (3, 4) ∇J = (6, 8) with ‖∇J‖ = 10', () => {
    const exercise = exerciseOf(lesson(), 'one-step');
    expect(verdict(stepOf(lesson(), 'one-step', 'partial-x'), '2x')).toBe('correct');
    expect(verdict(stepOf(lesson(), 'one-step', 'partial-y'), '2y')).toBe('correct');
    expect(verdict(stepOf(lesson(), 'one-step', 'partial-y'), '2x')).toBe('incorrect');
    expect(expectedOf(exercise)).toMatchObject({ gradient: '[6, 8]', norm: '10' });
  });

  it('one step down the bowl: (3, 4) − 0.1·(6, 8) = (2.4, 3.2) and the loss falls from 25 to 16', () => {
    expect(expectedOf(exerciseOf(lesson(), 'one-step'))).toMatchObject({
      loss: '25',
      'update-0': '[2.4, 3.2]',
      'loss-1': '16',
    });
  });
});

describe('one-variable.yaml: descent on a parabola, and six learning rates', () => {
  const lesson = once(() => compiled('one-variable.yaml'));

  it('J(θ) = θ² + 4θ + 5 has J′(θ) = 2θ + 4', () => {
    const step = stepOf(lesson(), 'iteration-table', 'partial-theta');
    expect(verdict(step, '2θ + 4')).toBe('correct');
    expect(verdict(step, '2θ')).toBe('incorrect');
  });

  it('the table from θ₀ = 3 with α = 0.1: (3, 26, 10, 2), (2, 17, 8, 1.2), (1.2, 11.24, 6.4, 0.56)', () => {
    const exercise = exerciseOf(lesson(), 'iteration-table');
    const cell = (t: number, column: string) => expectedOf(exercise)[`table-${t}-${column}`];
    const rows = [0, 1, 2].map((t) => ['theta', 'loss', 'gradient', 'next'].map((c) => cell(t, c)));
    expect(rows).toEqual([
      ['3', '26', '10', '2'],
      ['2', '17', '8', '1.2'],
      ['1.2', '11.24', '6.4', '0.56'],
    ]);
  });

  it('descent on θ² + 4θ + 5 converges to θ* = −2, where 2θ + 4 = 0, and J(θ*) = 1', () => {
    expect(expectedOf(exerciseOf(lesson(), 'iteration-table'))).toMatchObject({ limit: '-2', 'limit-loss': '1' });
  });

  it('on x² − 4x + 5 from −1, α = 0.02/0.2/0.5/0.8/1/1.01 is slow/converges/one_step/oscillates/flips/diverges', () => {
    const source = sourceOf('one-variable.yaml').exercises.find((e) => e.id === 'learning-rates')!;
    const exercise = exerciseOf(lesson(), 'learning-rates');
    expect(exercise.steps.map((s) => s.kind)).toEqual(source.steps.map((s) => s.kind));
    const regimes = exercise.steps.map((s, k) => [String(source.steps[k]!.learning_rate), s.answer.text]);
    expect(regimes).toEqual([
      ['0.02', 'slow'],
      ['0.2', 'converges'],
      ['0.5', 'one_step'],
      ['0.8', 'oscillates'],
      ['1', 'flips'],
      ['1.01', 'diverges'],
    ]);
  });

  it('at α = 1, x² − 4x + 5 flips from −1 to 5 and back to −1, forever', () => {
    expect(expectedOf(exerciseOf(lesson(), 'flip-flop'))).toEqual({
      'iterate-1': '5',
      'iterate-2': '-1',
      regime: 'flips',
    });
  });
});

describe('ill-conditioned.yaml: a long, narrow valley', () => {
  const lesson = once(() => compiled('ill-conditioned.yaml'));

  it('f = 0.2x₁² + x₂² has ∇f(9, −3) = (0.4·9, 2·(−3)) = (3.6, −6)', () => {
    expect(stepOf(lesson(), 'small-rate', 'gradient').answer.expected).toEqual({
      type: 'vector',
      components: [
        { type: 'number', value: 3.6 },
        { type: 'number', value: -6 },
      ],
    });
  });

  it('α = 0.2 crawls along the valley: (9, −3) → (8.28, −1.8) → (7.6176, −1.08) → (7.008192, −0.648), slowly', () => {
    expect(expectedOf(exerciseOf(lesson(), 'small-rate'))).toEqual({
      gradient: '[3.6, -6]',
      'update-0': '[8.28, -1.8]',
      'iterate-2': '[7.6176, -1.08]',
      'iterate-3': '[7.008192, -0.648]',
      regime: 'slow',
    });
  });

  it('α = 0.8 zig-zags across it: x₂ goes −3 → 1.8 → −1.08 → 0.648 while x₁ shrinks 9 → 6.12 → 4.1616 → 2.829888', () => {
    expect(expectedOf(exerciseOf(lesson(), 'large-rate'))).toMatchObject({
      'update-0': '[6.12, 1.8]',
      'iterate-2': '[4.1616, -1.08]',
      'iterate-3': '[2.829888, 0.648]',
      regime: 'oscillates',
    });
  });

  it('its Hessian diag(0.4, 2) gives L = 2, so the largest safe rate is 1/L = 0.5', () => {
    expect(stepOf(lesson(), 'large-rate', 'max-rate').answer.expected).toEqual({ type: 'number', value: 0.5 });
  });
});

describe('non-convex.yaml: which minimum descent reaches depends on the start', () => {
  const lesson = once(() => compiled('non-convex.yaml'));
  /** To four decimal places, tighter than the places: 2 a learner is given. */
  const places4: Tolerance = { places: 4 };

  it('by the product rule, (x cos x + 9)′ = cos x − x sin x', () => {
    const step = stepOf(lesson(), 'derivative', 'partial-x');
    expect(verdict(step, 'cos x − x sin x')).toBe('correct');
    expect(verdict(step, '−sin x')).toBe('incorrect');
  });

  it('f′(0.5) ≈ 0.6379 > 0 and f′(1) ≈ −0.3012 < 0: the two starts roll opposite ways', () => {
    expect(verdict(stepOf(lesson(), 'start-left', 'partial-value-x'), '0.6379', places4)).toBe('correct');
    expect(verdict(stepOf(lesson(), 'start-right', 'partial-value-x'), '-0.3012', places4)).toBe('correct');
  });

  it('with α = 0.1, from 0.5 descent reaches x ≈ −0.8603 (f ≈ 8.4389), from 1 x ≈ 3.4256 (f ≈ 5.7116)', () => {
    expect(verdict(stepOf(lesson(), 'start-left', 'limit'), '-0.8603', places4)).toBe('correct');
    expect(verdict(stepOf(lesson(), 'start-left', 'limit-loss'), '8.4389', places4)).toBe('correct');
    expect(verdict(stepOf(lesson(), 'start-right', 'limit'), '3.4256', places4)).toBe('correct');
    expect(verdict(stepOf(lesson(), 'start-right', 'limit-loss'), '5.7116', places4)).toBe('correct');
  });

  it('from 7 descent reaches a deeper valley, x ≈ 9.5293 with f ≈ −0.4773', () => {
    expect(verdict(stepOf(lesson(), 'start-far', 'limit'), '9.5293', places4)).toBe('correct');
    expect(verdict(stepOf(lesson(), 'start-far', 'limit-loss'), '-0.4773', places4)).toBe('correct');
  });

  /** Ten steps of x ← x − 0.1 (cos x − x sin x), written out here, not taken from the engine. */
  const tenSteps = (x0: number): number[] => {
    const xs = [x0];
    for (let t = 0; t < 10; t++) xs.push(xs[t]! - 0.1 * (Math.cos(xs[t]!) - xs[t]! * Math.sin(xs[t]!)));
    return xs;
  };
  const numberOf = (step: DerivedStep): number => {
    const e = step.answer.expected;
    if (e.type !== 'number') throw new Error(`${step.id} is not a number`);
    return e.value;
  };

  it('ten steps with η = 0.1 from 12 arrive at x₁₀ ≈ 9.5293 (f ≈ −0.4773); from −3 they are still on the way, x₁₀ ≈ −1.2009', () => {
    const twelve = tenSteps(12);
    const minusThree = tenSteps(-3);
    expect(numberOf(stepOf(lesson(), 'ten-from-twelve', 'iterate-1'))).toBeCloseTo(twelve[1]!, 12);
    expect(numberOf(stepOf(lesson(), 'ten-from-twelve', 'iterate-10'))).toBeCloseTo(twelve[10]!, 12);
    expect(numberOf(stepOf(lesson(), 'ten-from-minus-three', 'iterate-1'))).toBeCloseTo(minusThree[1]!, 12);
    expect(numberOf(stepOf(lesson(), 'ten-from-minus-three', 'iterate-10'))).toBeCloseTo(minusThree[10]!, 12);
    expect(expectedOf(exerciseOf(lesson(), 'ten-from-twelve'))).toEqual({
      'iterate-1': '11.2717271025262',
      'iterate-10': '9.52933440536262',
      'loss-10': '-0.477294259479795',
    });
    expect(expectedOf(exerciseOf(lesson(), 'ten-from-minus-three'))).toEqual({
      'iterate-1': '-2.858664747922',
      'iterate-10': '-1.20086861705197',
      'loss-10': '8.56582831380959',
      limit: '-0.860333589',
    });
    // Where each run ends: from 12 the deep valley (the one start-far reaches), from −3 the one beside the start.
    expect(verdict(stepOf(lesson(), 'ten-from-twelve', 'iterate-10'), '9.529')).toBe('correct');
    expect(verdict(stepOf(lesson(), 'ten-from-minus-three', 'limit'), '-0.860')).toBe('correct');
    expect(verdict(stepOf(lesson(), 'ten-from-minus-three', 'iterate-10'), '-0.860')).toBe('incorrect');
  });

  it('a learner’s estimate to two places is accepted, a wrong valley is not', () => {
    expect(verdict(stepOf(lesson(), 'start-left', 'limit'), '-0.86')).toBe('correct');
    expect(verdict(stepOf(lesson(), 'start-left', 'limit'), '3.43')).toBe('incorrect');
  });
});

describe('linear-regression.yaml: fitting w·x + b to (1, 2), (2, 3), (3, 5)', () => {
  const lesson = once(() => compiled('linear-regression.yaml'));

  it('J(w, b) = (1/6)Σ(w·xᵢ + b − yᵢ)² has ∂J/∂w = (14w + 6b − 23)/3 and ∂J/∂b = 2w + b − 10/3', () => {
    expect(verdict(stepOf(lesson(), 'three-points', 'partial-w'), '(14w + 6b − 23)/3')).toBe('correct');
    expect(verdict(stepOf(lesson(), 'three-points', 'partial-b'), '2w + b − 10/3')).toBe('correct');
    expect(verdict(stepOf(lesson(), 'three-points', 'partial-b'), '2w + b − 10')).toBe('incorrect');
  });

  it('from (0, 0) the gradient is (−23/3, −10/3); one step with α = 0.1 gives (23/30, 1/3) and J = 3463/2700', () => {
    expect(expectedOf(exerciseOf(lesson(), 'three-points'))).toMatchObject({
      gradient: '[-23/3, -10/3]',
      'update-0': '[23/30, 1/3]',
      'loss-1': '3463/2700',
    });
  });
});

describe('stochastic.yaml: two features, the mean squared error with 1/n, one full-batch step', () => {
  const lesson = once(() => compiled('stochastic.yaml'));

  it('J = (1/4)Σ(ŷ − y)² is 7.5 at 0; ∇J = (2/4)Σ(ŷ − y)(x₁, x₂, 1) = (−10, −4.5, −5); θ₁ = (1, 0.45, 0.5), J = 0.10375', () => {
    // Plain arithmetic on the four examples (x₁, x₂, y): the engine is not consulted.
    const data = [
      [1, 0, 2],
      [2, 1, 3],
      [0, 2, 1],
      [3, 1, 4],
    ] as const;
    const J = (w1: number, w2: number, b: number) =>
      data.reduce((s, [x1, x2, y]) => s + (w1 * x1 + w2 * x2 + b - y) ** 2, 0) / data.length;
    expect(J(0, 0, 0)).toBe(7.5);
    expect(J(1, 0.45, 0.5)).toBeCloseTo(0.10375, 15);
    expect(expectedOf(exerciseOf(lesson(), 'mse-full-batch'))).toEqual({
      loss: '7.5',
      gradient: '[-10, -4.5, -5]',
      update: '[1, 0.45, 0.5]',
      'loss-1': '0.10375',
    });
    // The 1/(2n) gradient, half of it, is not right here.
    expect(verdict(stepOf(lesson(), 'mse-full-batch', 'gradient'), '(-5, -2.25, -2.5)')).toBe('incorrect');
  });
});

describe('logistic.yaml: the cross-entropy of σ(w·x) on (1, 1), (−1, 0), (2, 1)', () => {
  const lesson = once(() => compiled('logistic.yaml'));

  it('∂J/∂w = (1/3)Σ(σ(w·xᵢ) − yᵢ)xᵢ, asked symbolically: the learner’s form is right, a dropped xᵢ or 1/n is not', () => {
    const step = stepOf(lesson(), 'one-feature', 'partial-w');
    expect(verdict(step, '((σ(w) − 1) − σ(−w) + 2(σ(2w) − 1))/3')).toBe('correct');
    expect(verdict(step, '(sigmoid(w) - 1 - sigmoid(-w) + 2sigmoid(2w) - 2)/3')).toBe('correct');
    expect(verdict(step, '((σ(w) − 1) + σ(−w) + (σ(2w) − 1))/3')).toBe('incorrect');
    expect(verdict(step, '(σ(w) − 1) − σ(−w) + 2(σ(2w) − 1)')).toBe('incorrect');
    // At w₀ = 0.5 it is (1/3)[(σ(0.5) − 1) − σ(−0.5) + 2(σ(1) − 1)], by plain arithmetic.
    const s = (z: number) => 1 / (1 + Math.exp(-z));
    const at = (s(0.5) - 1 - s(-0.5) + 2 * (s(1) - 1)) / 3;
    const value = stepOf(lesson(), 'one-feature', 'partial-value-w').answer.expected;
    expect(value.type === 'number' ? value.value : NaN).toBeCloseTo(at, 12);
  });
});

describe('neuron.yaml: a single neuron by the chain rule', () => {
  const lesson = once(() => compiled('neuron.yaml'));

  it('L = (z − y)² with z = wx has ∂L/∂w = ∂L/∂z · ∂z/∂w = 2(wx − y)·x', () => {
    const step = stepOf(lesson(), 'chain-rule', 'partial-w');
    expect(verdict(step, '2(w x − y) x')).toBe('correct');
    expect(verdict(step, '2(w x − y)')).toBe('incorrect');
  });

  it('for every drawn x, y, w₀: ∂L/∂w = 2(xw₀ − y)x, w₁ = w₀ − 0.05·∂L/∂w, and the loss falls', () => {
    for (const seed of [0, 1, 2, 3, 4, 5, 6, 7]) {
      const exercise = exerciseOf(compiled('neuron.yaml', seed), 'one-update');
      const { x, y, w0 } = exercise.parameters as Record<'x' | 'y' | 'w0', number>;
      const slope = 2 * (x * w0 - y) * x;
      const w1 = w0 - 0.05 * slope;
      const [loss0, dw, update, loss1] = exercise.steps;
      expect(verdict(loss0!, String((x * w0 - y) ** 2))).toBe('correct');
      expect(verdict(dw!, String(slope))).toBe('correct');
      expect(verdict(update!, String(w1))).toBe('correct');
      expect(verdict(loss1!, String((x * w1 - y) ** 2))).toBe('correct');
      expect((x * w1 - y) ** 2).toBeLessThan((x * w0 - y) ** 2);
    }
  });
});

describe('matrix-calculus.yaml: gradients of vector expressions', () => {
  const lesson = once(() => compiled('matrix-calculus.yaml'));

  it('∇ₓ(xᵀAx) = (A + Aᵀ)x = (4x₁ + 2x₂, 2x₁ + 8x₂) for A = [[2, 3], [−1, 4]], not 2Ax', () => {
    const step = stepOf(lesson(), 'quadratic-form', 'gradient');
    expect(verdict(step, '(4x1 + 2x2, 2x1 + 8x2)')).toBe('correct');
    expect(verdict(step, '(4x1 + 6x2, -2x1 + 8x2)')).toBe('incorrect');
    expect(step.misconceptions.map((m) => m.id)).toContain('symmetric');
  });

  it('∇ₓ(Ax)₁ is the first row of A as a column: (3, −2) for A = [[3, −2], [5, 1]]', () => {
    const step = stepOf(lesson(), 'linear-form', 'gradient');
    expect(verdict(step, '(3, -2)')).toBe('correct');
    expect(verdict(step, '(3, 5)')).toBe('incorrect');
  });

  it('∇ₓ‖x‖² = 2x', () => {
    expect(verdict(stepOf(lesson(), 'norm-squared', 'gradient'), '(2x1, 2x2)')).toBe('correct');
  });

  it('the rule (A + Aᵀ)x holds on random matrices: each seed draws another A, and the gradient follows it', () => {
    const drawn = new Set<string>();
    for (let seed = 0; seed < 8; seed++) {
      const exercise = exerciseOf(compiled('matrix-calculus.yaml', seed), 'random-matrix');
      const { a, b, c, d } = exercise.parameters as Record<'a' | 'b' | 'c' | 'd', number>;
      drawn.add([a, b, c, d].join());
      expect(b).not.toBe(c);
      const step = exercise.steps[0]!;
      expect(verdict(step, `(${2 * a}x1 + ${b + c}x2, ${b + c}x1 + ${2 * d}x2)`)).toBe('correct');
      expect(exercise.statement).toContain(`A = \\begin{pmatrix}${a} & ${b} \\\\ ${c} & ${d}\\end{pmatrix}`);
    }
    expect(drawn.size).toBeGreaterThan(4);
  });
});

describe('sufficient-decrease.yaml: ΔJ ≈ −α‖∇J‖², and α ≤ 1/L', () => {
  const lesson = once(() => compiled('sufficient-decrease.yaml'));

  it('at (3, 2) on x² + 2y², ‖∇J‖ = ‖(6, 8)‖ = 10, so ΔJ ≈ −0.01·10² = −1; the actual change is 16.0164 − 17', () => {
    expect(expectedOf(exerciseOf(lesson(), 'first-order'))).toEqual({
      loss: '17',
      gradient: '[6, 8]',
      norm: '10',
      decrease: '-1',
      'loss-1': '16.0164',
    });
  });

  it('the Hessian diag(2, 4) gives L = 4 and α = 1/L = 0.25, and that step lowers J from 17 to 2.25', () => {
    const expected = expectedOf(exerciseOf(lesson(), 'safe-rate'));
    expect(expected).toEqual({ 'max-rate': '0.25', decrease: '-25', 'update-0': '[1.5, 0]', 'loss-1': '2.25' });
    // The guarantee J(θ₁) ≤ J(θ₀) − (α/2)‖∇J‖² = 17 − 12.5 holds.
    expect(Number(expected['loss-1'])).toBeLessThanOrEqual(17 - 12.5);
  });
});

describe('a randomised exercise is a function of its seed', () => {
  it('the same seed compiles to the same lesson, deep-equal', () => {
    for (const file of ['bowl.yaml', 'neuron.yaml']) expect(compiled(file, 7)).toEqual(compiled(file, 7));
  });

  it('two seeds draw different start points for the bowl', () => {
    const start = (seed: number) => exerciseOf(compiled('bowl.yaml', seed), 'random-start').parameters;
    expect(start(0)).toEqual({ p: -1, q: -4 });
    expect(start(1)).toEqual({ p: -4, q: 1 });
  });

  it('every drawn start of the bowl meets its constraints: not the minimum, p ≠ q, and one step lowers the loss', () => {
    for (let seed = 0; seed < 20; seed++) {
      const exercise = exerciseOf(compiled('bowl.yaml', seed), 'random-start');
      const { p, q } = exercise.parameters as Record<'p' | 'q', number>;
      expect([p, q]).not.toEqual([0, 0]);
      expect(p).not.toBe(q);
      expect(expectedOf(exercise)).toEqual({
        loss: String(p * p + q * q),
        gradient: `[${2 * p}, ${2 * q}]`,
        'update-0': expect.any(String) as unknown,
        'loss-1': expect.any(String) as unknown,
      });
      expect(verdict(exercise.steps[2]!, `(${0.8 * p}, ${0.8 * q})`)).toBe('correct');
      expect(verdict(exercise.steps[3]!, String(0.64 * (p * p + q * q)))).toBe('correct');
      expect(0.64 * (p * p + q * q)).toBeLessThan(p * p + q * q);
    }
  });
});
