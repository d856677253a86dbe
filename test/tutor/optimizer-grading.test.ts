/**
 * Grading the optimiser steps of content/optimizers.yaml as a learner answers them: each optimiser's named
 * mistakes are recognised by the answer they give, and a slip in a state (the velocity, Adam's moments) is
 * carried forward into the update instead of being punished twice.
 */
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/index.js';
import { lessonFromContent, openSession } from './fixtures.js';

const lesson = lessonFromContent('optimizers.yaml');
const open = (exercise: string) => openSession(lesson, exercise);

/** Answers steps in order and returns the grade of the last. */
function answer(exercise: string, answers: readonly (readonly [string, string])[]) {
  const s = open(exercise);
  return answers.map(([step, text]) => s.answer(step, text));
}

const named = (g: { kind: string } & { misconception?: { id: string } }) =>
  g.kind === 'misconception' ? g.misconception!.id : g.kind;

describe('momentum’s named mistakes', () => {
  const before = [
    ['gradient', '(6, 8)'],
    ['state-1', '(6, 8)'],
    ['update-0', '(2.4, 3.2)'],
    ['gradient-1', '(4.8, 6.4)'],
    ['state-2', '(10.2, 13.6)'],
  ] as const;
  it.each([
    ['(1.38, 1.84)', 'correct'],
    ['(1.92, 2.56)', 'no_velocity'], // plain gradient descent from θ₁
    ['(1.368, 1.824)', 'beta_on_gradient'], // v₂ = v₁ + βg₂
    ['(3.42, 4.56)', 'sign'],
    ['(1.812, 2.416)', 'convention'], // v₂ = βv₁ + (1 − β)g₂ from the heavy-ball v₁
  ])('θ₂ answered %s is %s', (text, verdict) => {
    const grades = answer('momentum', [...before, ['update-1', text]]);
    expect(named(grades.at(-1)!)).toBe(verdict);
  });

  it.each([
    ['(10.8, 14.4)', 'no_beta'],
    ['(10.32, 13.76)', 'beta_on_gradient'],
    ['(0.6, 0.8)', 'velocity_sign'],
  ])('v₂ answered %s is %s', (text, verdict) => {
    const grades = answer('momentum', [...before.slice(0, 4), ['state-2', text]]);
    expect(named(grades.at(-1)!)).toBe(verdict);
  });

  it('carries a wrong velocity forward: v₂ = (10.8, 14.4) then θ₂ = θ₁ − 0.1 v₂ = (1.32, 1.76) is carried', () => {
    const grades = answer('momentum', [
      ...before.slice(0, 4),
      ['state-2', '(10.8, 14.4)'],
      ['update-1', '(1.32, 1.76)'],
    ]);
    expect(grades.at(-1)).toMatchObject({ kind: 'carried' });
    expect(grades.at(-1)!.message).toContain('your velocity');
  });

  it('carries a wrong gradient into the velocity: g₂ = (4.8, 6.5) gives v₂ = (10.2, 13.7)', () => {
    const grades = answer('momentum', [
      ...before.slice(0, 3),
      ['gradient-1', '(4.8, 6.5)'],
      ['state-2', '(10.2, 13.7)'],
    ]);
    expect(grades.at(-1)).toMatchObject({ kind: 'carried' });
  });
});

describe('Adam’s named mistakes', () => {
  const first = [
    ['gradient', '(6, 8)'],
    ['state-1', '(0.6, 0.8)'],
    ['state-1-2', '(0.036, 0.064)'],
  ] as const;
  it.each([
    ['state-1-3', '(0.6, 0.8)', 'no_bias_correction'],
    ['state-1-3', '(0.06, 0.08)', 'multiplied'],
    ['state-1-4', '(0.036, 0.064)', 'no_bias_correction'],
  ])('%s answered %s is %s', (step, text, verdict) => {
    const mHat = step === 'state-1-4' ? [['state-1-3', '(6, 8)'] as const] : [];
    expect(named(answer('adam', [...first, ...mHat, [step, text]]).at(-1)!)).toBe(verdict);
  });

  it('θ₁ without bias correction, 3 − 0.1 · 0.6/(√0.036 + 10⁻⁸) ≈ 2.6838, is named', () => {
    const grades = answer('adam', [
      ...first,
      ['state-1-3', '(6, 8)'],
      ['state-1-4', '(36, 64)'],
      ['update-0', '(2.6838, 3.6838)'],
    ]);
    expect(named(grades.at(-1)!)).toBe('no_bias_correction');
  });

  it('θ₁ with m and v swapped, 3 − 0.1 · 36/√6, is named', () => {
    const x = 3 - (0.1 * 36) / (Math.sqrt(6) + 1e-8);
    const y = 4 - (0.1 * 64) / (Math.sqrt(8) + 1e-8);
    const grades = answer('adam', [
      ...first,
      ['state-1-3', '(6, 8)'],
      ['state-1-4', '(36, 64)'],
      ['update-0', `(${x.toFixed(5)}, ${y.toFixed(5)})`],
    ]);
    expect(named(grades.at(-1)!)).toBe('swapped');
  });

  it('carries wrong bias-corrected moments into θ₁: m̂₁ = (6, 8), v̂₁ = (9, 16) gives θ₁ = (2.80, 3.80)', () => {
    const grades = answer('adam', [
      ...first,
      ['state-1-3', '(6, 8)'],
      ['state-1-4', '(9, 16)'],
      ['update-0', '(2.80, 3.80)'],
    ]);
    expect(grades.at(-1)).toMatchObject({ kind: 'carried' });
  });
});

describe('RMSProp and a schedule', () => {
  it('θ₁ without the square root, 3 − 0.1 · 6/3.6 ≈ 2.8333, is named', () => {
    expect(
      named(
        answer('rmsprop', [
          ['state-1', '(3.6, 6.4)'],
          ['update-0', '(2.8333, 3.875)'],
        ]).at(-1)!,
      ),
    ).toBe('no_sqrt');
  });
  it('α₂ of the step schedule is 0.2; α₃ = 0.2 is the same, α₀ = 0.4 is the initial rate', () => {
    expect(named(answer('schedule', [['state-2', '0.2']]).at(-1)!)).toBe('correct');
    expect(named(answer('schedule', [['state-2', '0.4']]).at(-1)!)).toBe('rate_previous');
  });
  it('x₃ with α₁ = 0.4 instead of α₂ = 0.2 (0.2 − 0.4·0.4 = 0.04) is the rate at the wrong t', () => {
    const grades = answer('schedule', [
      ['state-2', '0.2'],
      ['iterate-2', '0.2'],
      ['update-2', '0.04'],
    ]);
    expect(named(grades.at(-1)!)).toBe('rate_previous');
  });
});

describe('Nesterov, AdaGrad and Adam’s ε, on x² + y² from (3, 4) with α = 0.1', () => {
  const exercise = (optimizer: string, steps: string) => {
    const text = `id: t\ntitle: t\npolicy: { unlock: free }\nexercises:\n  - id: e\n    title: e\n    function: x^2 + y^2\n    variables: [x, y]\n    start: [3, 4]\n    learning_rate: 0.1\n    optimizer: ${optimizer}\n    steps:\n${steps}`;
    const result = loadLesson('t.yaml', text, 0, { render: false });
    if (!result.lesson) throw new Error(result.issues.map((i) => i.message).join('; '));
    return openSession(result.lesson, 'e');
  };
  const twoUpdates = '      - { kind: update, after: 0 }\n      - { kind: update, after: 1 }';

  it('Nesterov’s θ₂ with the gradient at θ₁ instead of the look-ahead is named (it is the heavy ball’s 1.38, 1.84)', () => {
    // Look-ahead θ₁ − αβv₁ = (2.4, 3.2) − 0.1·0.9·(6, 8) = (1.86, 2.48); v₂ = 0.9·(6, 8) + (3.72, 4.96) = (9.12, 12.16).
    const s = exercise('{ kind: nesterov, beta: 0.9 }', twoUpdates);
    expect(s.answer('update-1', '(1.488, 1.984)')).toMatchObject({ kind: 'correct' });
    expect(named(s.answer('update-1', '(1.38, 1.84)'))).toBe('no_lookahead');
  });

  it('AdaGrad’s θ₂ without the square root or without the running sum is named', () => {
    const s = exercise('{ kind: adagrad, epsilon: 0 }', twoUpdates);
    // G₁ = (36, 64), θ₁ = (2.9, 3.9); g₂ = (5.8, 7.8), G₂ = (69.64, 124.84).
    const x = 2.9 - (0.1 * 5.8) / Math.sqrt(69.64);
    const y = 3.9 - (0.1 * 7.8) / Math.sqrt(124.84);
    expect(s.answer('update-1', `(${x.toFixed(5)}, ${y.toFixed(5)})`)).toMatchObject({ kind: 'correct' });
    expect(
      named(s.answer('update-1', `(${(2.9 - 0.58 / 69.64).toFixed(5)}, ${(3.9 - 0.78 / 124.84).toFixed(5)})`)),
    ).toBe('no_sqrt');
    expect(named(s.answer('update-1', '(2.8, 3.8)'))).toBe('not_accumulated');
  });

  it('Adam with ε = 10 outside the root: ε forgotten or put under the root are named', () => {
    const s = exercise('{ kind: adam, epsilon: 10 }', '      - kind: update');
    // m̂₁ = (6, 8), v̂₁ = (36, 64): θ₁ = (3 − 0.6/16, 4 − 0.8/18).
    expect(s.answer('update', `(${(3 - 0.6 / 16).toFixed(5)}, ${(4 - 0.8 / 18).toFixed(5)})`)).toMatchObject({
      kind: 'correct',
    });
    expect(named(s.answer('update', '(2.9, 3.9)'))).toBe('epsilon_forgotten');
    expect(
      named(s.answer('update', `(${(3 - 0.6 / Math.sqrt(46)).toFixed(5)}, ${(4 - 0.8 / Math.sqrt(74)).toFixed(5)})`)),
    ).toBe('epsilon_placement');
  });
});
