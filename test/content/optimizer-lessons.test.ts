/**
 * The lessons of issue 15 pinned to their numbers, each worked out again here by plain arithmetic: momentum and Adam
 * beside the plain step on x² + y² from (3, 4) with α = 0.1, Adam's first two steps, RMSProp, a step-decay schedule,
 * the textbook's (θ₁ − 3)² + (θ₂ + 2)² from (0, 0), and the number step 2⁻¹⁰.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledLesson, DerivedStep } from '../../src/content/index.js';
import { lessonFromContent } from '../tutor/fixtures.js';

const values = (s: DerivedStep): number[] =>
  s.answer.type === 'vector' && s.answer.expected.type === 'vector'
    ? s.answer.expected.components.map((c) => c.value)
    : s.answer.type === 'value'
      ? [s.answer.expected.value]
      : [];

function answers(lesson: CompiledLesson, exercise: string): Record<string, number[]> {
  const e = lesson.exercises.find((x) => x.id === exercise)!;
  return Object.fromEntries(e.steps.map((s) => [s.id, values(s)]));
}

function close(got: number[] | undefined, want: number[]): void {
  expect(got).toHaveLength(want.length);
  got!.forEach((x, k) => {
    expect(Math.abs(x - want[k]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want[k]!)));
  });
}

describe('content/optimizers.yaml', () => {
  const lesson = lessonFromContent('optimizers.yaml');
  const g = (p: number[]) => p.map((x) => 2 * x); // ∇(x² + y²)

  it('the plain step goes to (2.4, 3.2), and so does the first momentum step (v₁ = g₁ = (6, 8))', () => {
    close(answers(lesson, 'plain-step').update, [2.4, 3.2]);
    const m = answers(lesson, 'momentum');
    close(m['state-1'], [6, 8]);
    close(m['update-0'], [2.4, 3.2]);
  });

  it('the second momentum step: v₂ = 0.9·(6, 8) + (4.8, 6.4) = (10.2, 13.6), θ₂ = (1.38, 1.84), past plain descent’s (1.92, 2.56)', () => {
    const m = answers(lesson, 'momentum');
    const v2 = [0.9 * 6 + 4.8, 0.9 * 8 + 6.4];
    close(m['state-2'], v2);
    close(m['update-1'], [2.4 - 0.1 * v2[0]!, 3.2 - 0.1 * v2[1]!]);
    expect(m['update-1']).toEqual([1.38, 1.84]);
  });

  it('Adam’s first two steps with bias correction (β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸)', () => {
    let theta = [3, 4];
    let m = [0, 0];
    let v = [0, 0];
    const want: Record<string, number[]> = {};
    for (const t of [1, 2]) {
      const grad = g(theta);
      m = m.map((x, k) => 0.9 * x + 0.1 * grad[k]!);
      v = v.map((x, k) => 0.999 * x + 0.001 * grad[k]! ** 2);
      const mHat = m.map((x) => x / (1 - 0.9 ** t));
      const vHat = v.map((x) => x / (1 - 0.999 ** t));
      theta = theta.map((x, k) => x - (0.1 * mHat[k]!) / (Math.sqrt(vHat[k]!) + 1e-8));
      const suffix = t === 1 ? 'state-1' : 'state-2';
      Object.assign(want, {
        [suffix]: m,
        [`${suffix}-2`]: v,
        [`${suffix}-3`]: mHat,
        [`${suffix}-4`]: vHat,
        [`update-${t - 1}`]: theta,
      });
    }
    const a = answers(lesson, 'adam');
    for (const [id, value] of Object.entries(want)) close(a[id], value);
    // The numbers the lesson states: m̂₁ = (6, 8), v̂₁ = (36, 64), θ₁ ≈ (2.9, 3.9), θ₂ ≈ (2.8001, 3.8001).
    expect(a['state-1-3']).toEqual([6, 8]);
    expect(a['state-1-4']).toEqual([36, 64]);
    expect(a['update-1']!.map((x) => Number(x.toFixed(4)))).toEqual([2.8001, 3.8001]);
  });

  it('RMSProp (ρ = 0.9): s₁ = (3.6, 6.4) and θ₁ = (3, 4) − 0.1·√10·(1, 1)', () => {
    const r = answers(lesson, 'rmsprop');
    close(r['state-1'], [3.6, 6.4]);
    close(r['update-0'], [3 - (0.1 * 6) / (Math.sqrt(3.6) + 1e-8), 4 - (0.1 * 8) / (Math.sqrt(6.4) + 1e-8)]);
  });

  it('step decay α_k = 0.4·0.5^⌊k/2⌋ on x² from 5: α₂ = 0.2, x₂ = 0.2, x₃ = 0.12', () => {
    const s = answers(lesson, 'schedule');
    expect([s['state-2'], s['iterate-2'], s['update-2']]).toEqual([[0.2], [0.2], [0.12]]);
  });
});

describe('momentum against plain descent on 0.2x₁² + x₂² from (9, −3), α = 0.9', () => {
  /** Steps until ‖∇J‖ < 10⁻³, and how often x₂ changed sides on the way, by the heavy-ball rule (β = 0 is plain). */
  function race(beta: number): { steps: number; flips: number } {
    let theta = [9, -3];
    let v = [0, 0];
    let flips = 0;
    for (let t = 0; ; t++) {
      const grad = [0.4 * theta[0]!, 2 * theta[1]!];
      if (Math.hypot(grad[0]!, grad[1]!) < 1e-3) return { steps: t, flips };
      v = v.map((x, k) => beta * x + grad[k]!);
      const next = theta.map((x, k) => x - 0.9 * v[k]!);
      if (Math.sign(next[1]!) !== Math.sign(theta[1]!)) flips++;
      theta = next;
    }
  }
  const lesson = lessonFromContent('optimizers.yaml');

  it('plain descent takes 39 steps (x₂ changing sides at every one of them); momentum with β = 0.3 takes 14 (9 changes of side)', () => {
    expect([race(0), race(0.3)]).toEqual([
      { steps: 39, flips: 39 },
      { steps: 14, flips: 9 },
    ]);
    expect(answers(lesson, 'zigzag-plain')['iterations-to']).toEqual([39]);
    expect(answers(lesson, 'zigzag-momentum')['iterations-to']).toEqual([14]);
  });

  it('after two steps: plain (3.6864, −1.92), momentum (2.7144, −0.3) with v₂ = (3.384, 3)', () => {
    close(answers(lesson, 'zigzag-plain')['iterate-2'], [9 * 0.64 ** 2, -3 * 0.8 ** 2]);
    close(answers(lesson, 'zigzag-momentum')['state-2'], [0.3 * 3.6 + 2.304, 0.3 * -6 + 4.8]);
    close(answers(lesson, 'zigzag-momentum')['iterate-2'], [5.76 - 0.9 * 3.384, 2.4 - 0.9 * 3]);
  });
});

describe('content/textbook-example.yaml', () => {
  const lesson = lessonFromContent('textbook-example.yaml');
  const a = answers(lesson, 'code-example');

  it('J(0, 0) = 13, ∇J = (−6, 4), ‖∇J‖ = √52, θ₁ = (0.6, −0.4), the limit (3, −2) with J = 0', () => {
    expect(a.loss).toEqual([13]);
    expect(a['gradient-2']).toEqual([-6, 4]);
    close(a.norm, [Math.sqrt(52)]);
    expect(a.update).toEqual([0.6, -0.4]);
    close(a.limit, [3, -2]);
    expect(a['limit-loss']).toEqual([0]);
  });

  it('‖∇J(θₜ)‖ = √52·0.8ᵗ first falls under 10⁻⁶ at t = 71; the guaranteed decrease is 0.1/2·52 = 2.6', () => {
    const t = Math.ceil(Math.log(Math.sqrt(52) * 1e6) / Math.log(1.25));
    expect(t).toBe(71);
    expect(a['iterations-to']).toEqual([t]);
    expect(a['decrease-bound']).toEqual([2.6]);
  });
});

describe('content/concepts.yaml', () => {
  it('the number step is 2⁻¹⁰ = 0.0009765625 with d = 10', () => {
    const lesson = lessonFromContent('concepts.yaml');
    expect(answers(lesson, 'saddles').number).toEqual([2 ** -10]);
    expect(answers(lesson, 'schedules')['state-2']).toEqual([0.1]);
  });
});
