/**
 * Grading the optimiser steps of content/optimizers.yaml as a learner answers them: each optimiser's named
 * mistakes are recognised by the answer they give, and a slip in a state (the velocity, Adam's moments) is
 * carried forward into the update instead of being punished twice.
 */
import { describe, expect, it } from 'vitest';
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
