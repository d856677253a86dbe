/**
 * Stochastic and mini-batch steps (content/stochastic.yaml): ŷ = w₁x₁ + w₂x₂ + b on four examples from θ₀ = 0 with
 * α = 0.1, each checked against a hand-written ∇ℓᵢ = (ŷᵢ − yᵢ)(x₁ᵢ, x₂ᵢ, 1); the batch is a function of the learner's
 * seed; the full batch, the sum and another example are named mistakes.
 */
import { describe, expect, it } from 'vitest';
import type { DerivedStep } from '../../src/content/index.js';
import { lessonFromContent, openSession } from '../tutor/fixtures.js';

const X = [
  [1, 0, 2],
  [2, 1, 3],
  [0, 2, 1],
  [3, 1, 4],
] as const; // x₁, x₂, y
const grad = (i: number, [w1, w2, b]: number[]) => {
  const [x1, x2, y] = X[i]!;
  const r = w1! * x1 + w2! * x2 + b! - y;
  return [r * x1, r * x2, r];
};
const stepOn = (batch: number[]) => {
  const mean = [0, 1, 2].map((k) => batch.reduce((s, i) => s + grad(i, [0, 0, 0])[k]!, 0) / batch.length);
  return mean.map((g) => 0 - 0.1 * g);
};
const valuesOf = (s: DerivedStep) =>
  s.answer.type === 'vector' && s.answer.expected.type === 'vector'
    ? s.answer.expected.components.map((c) => c.value)
    : [];
const step = (seed: number, id: string) =>
  lessonFromContent('stochastic.yaml', seed).exercises[0]!.steps.find((s) => s.id === id)!;

describe('one SGD step and one mini-batch step', () => {
  it('the full batch gives (0.5, 0.225, 0.25); example 2 alone gives (0.6, 0.3, 0.3)', () => {
    for (const [id, batch] of [
      ['update', [0, 1, 2, 3]],
      ['sgd-example-2', [1]],
    ] as const)
      valuesOf(step(0, id)).forEach((x, k) => {
        expect(x).toBeCloseTo(stepOn([...batch])[k]!, 12);
      });
    expect(valuesOf(step(0, 'sgd-example-2'))).toEqual([0.6, 0.3, 0.3]);
  });

  it('the mini-batch is drawn from the learner’s seed, shown in the question, and its step is the mean', () => {
    const batches = [0, 1, 2].map((seed) => {
      const s = step(seed, 'minibatch');
      const shown = /examples (\d) and (\d)/.exec(s.prompt)!;
      const batch = [Number(shown[1]) - 1, Number(shown[2]) - 1];
      valuesOf(s).forEach((x, k) => {
        expect(x).toBeCloseTo(stepOn(batch)[k]!, 12);
      });
      return batch.join(',');
    });
    expect(batches).toEqual(['0,3', '1,3', '0,2']);
  });

  it('names the full-batch step, the sum instead of the mean, and another example', () => {
    const s = openSession(lessonFromContent('stochastic.yaml'), 'two-features');
    s.answer('gradient', '(-5, -2.25, -2.5)');
    s.answer('update', '(0.5, 0.225, 0.25)');
    const kind = (text: string, id: string) => {
      const g = s.answer(id, text);
      return g.kind === 'misconception' ? g.misconception.id : g.kind;
    };
    expect(kind('(0.5, 0.225, 0.25)', 'sgd-example-2')).toBe('full_batch');
    expect(kind('(1.2, 0.4, 0.4)', 'sgd-example-2')).toBe('wrong_example_4');
    expect(kind('(0.6, 0.3, 0.3)', 'sgd-example-2')).toBe('correct');
    expect(kind('(1.4, 0.4, 0.6)', 'minibatch')).toBe('sum'); // examples 1 and 4 for seed 0: sum (−14, −4, −6)
    expect(kind('(0.7, 0.2, 0.3)', 'minibatch')).toBe('correct');
  });
});

describe('logistic regression with the cross-entropy (content/logistic.yaml)', () => {
  const sigma = (z: number) => 1 / (1 + Math.exp(-z));
  const data = [
    [1, 1],
    [-1, 0],
    [2, 1],
  ] as const;
  const J = (w: number) =>
    -data.reduce((s, [x, y]) => s + y * Math.log(sigma(w * x)) + (1 - y) * Math.log(1 - sigma(w * x)), 0) / 3;
  const dJ = (w: number) => data.reduce((s, [x, y]) => s + (sigma(w * x) - y) * x, 0) / 3;
  const lesson = lessonFromContent('logistic.yaml');
  const value = (id: string) => {
    const a = lesson.exercises[0]!.steps.find((s) => s.id === id)!.answer;
    return a.type === 'value' ? a.expected.value : NaN;
  };

  it('∂J/∂w at w = 0.5 is (1/n)Σ(σ(wxᵢ) − yᵢ)xᵢ ≈ −0.43099; w₁ = 0.5 − ∂J/∂w; J falls from 0.42047 to 0.26967', () => {
    expect(value('partial-value-w')).toBeCloseTo(dJ(0.5), 12);
    expect(value('update')).toBeCloseTo(0.5 - dJ(0.5), 12);
    expect(value('loss-1')).toBeCloseTo(J(0.5 - dJ(0.5)), 12);
    expect([dJ(0.5), J(0.5), J(0.5 - dJ(0.5))].map((x) => Number(x.toFixed(5)))).toEqual([-0.43099, 0.42047, 0.26967]);
  });
});
