/**
 * The comparison plot's model and text alternative on the optimizers lesson's long valley, 0.2x₁² + x₂² from
 * (9, −3): momentum (the exercise's own run, α = 0.9, β = 0.3) beside plain descent (α = 0.9) and Adam (α = 0.5).
 * The iterates are checked against plain arithmetic written here, not against the engine.
 */
import { describe, expect, it } from 'vitest';
import { comparisonModel, describeComparison } from '../../src/plot/comparison.js';
import { answered, exerciseOf } from './fixtures.js';

const exercise = exerciseOf('optimizers', 'zigzag-momentum');

/** Plain descent on 0.2x₁² + x₂²: each step multiplies x₁ by 1 − 0.9·0.4 and x₂ by 1 − 0.9·2. */
const plain = (t: number) => [9 * 0.64 ** t, -3 * (-0.8) ** t];

/** Adam with β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸, written out coordinate by coordinate. */
function adam(steps: number, alpha = 0.5): number[][] {
  let theta = [9, -3];
  let m = [0, 0];
  let v = [0, 0];
  const path = [theta];
  for (let t = 1; t <= steps; t++) {
    const g = [0.4 * theta[0]!, 2 * theta[1]!];
    m = m.map((mk, k) => 0.9 * mk + 0.1 * g[k]!);
    v = v.map((vk, k) => 0.999 * vk + 0.001 * g[k]! ** 2);
    theta = theta.map((x, k) => x - (alpha * (m[k]! / (1 - 0.9 ** t))) / (Math.sqrt(v[k]! / (1 - 0.999 ** t)) + 1e-8));
    path.push(theta);
  }
  return path;
}

describe('the comparison of optimisers from one start', () => {
  it('runs the exercise’s own optimiser first, then each compared one, from the same start', () => {
    const runs = exercise.comparison!;
    expect(runs.map((r) => [r.optimizer, r.own ?? false, r.learningRate])).toEqual([
      ['momentum', true, 0.9],
      ['gd', false, 0.9],
      ['adam', false, 0.5],
    ]);
    // Momentum's own path is the exercise's: θ₂ = (2.7144, −0.3), as its iterate step says.
    expect(runs[0]!.path).toEqual(exercise.path);
    expect(runs[0]!.path[2]![0]).toBeCloseTo(2.7144, 12);
    expect(runs[0]!.path[2]![1]).toBeCloseTo(-0.3, 12);
    for (let t = 0; t <= 10; t++) {
      expect(runs[1]!.path[t]![0]).toBeCloseTo(plain(t)[0]!, 10);
      expect(runs[1]!.path[t]![1]).toBeCloseTo(plain(t)[1]!, 10);
    }
    const written = adam(10);
    for (let t = 0; t <= 10; t++) {
      expect(runs[2]!.path[t]![0]).toBeCloseTo(written[t]![0]!, 9);
      expect(runs[2]!.path[t]![1]).toBeCloseTo(written[t]![1]!, 9);
    }
    // Adam's first step moves every coordinate by about α: (9, −3) → (8.5, −2.5).
    expect(runs[2]!.path[1]!.map((x) => Math.round(x * 1e6) / 1e6)).toEqual([8.5, -2.5]);
  });

  it('draws the learner’s own point where they put it, and conceals the exercise’s own path until it is done', () => {
    const steps = answered(exercise, [
      ['state-2', '(3.384, 3)'],
      ['iterate-2', '(2.8, -0.3)'],
    ]);
    const working = comparisonModel(exercise, steps, true)!;
    expect(working.series.map((s) => [s.optimizer, s.own, s.shown])).toEqual([
      ['momentum', true, false],
      ['gd', false, true],
      ['adam', false, true],
    ]);
    expect(working.learner.map((p) => [p.step, [...p.point], p.t, p.status])).toEqual([
      ['iterate-2', [2.8, -0.3], 2, 'wrong'],
    ]);
    // On the loss chart the learner's θ₂ sits at its own J: 0.2·2.8² + 0.3² = 1.658.
    expect(working.learnerLosses.map((p) => [p.t, Math.round(p.loss * 1e9) / 1e9])).toEqual([[2, 1.658]]);
    const d = describeComparison(working);
    expect(d.mapCaption).toBe(
      'Contour map of J(x₁, x₂) = 0.2x₁² + x₂², with the paths of momentum (α = 0.9), plain descent (α = 0.9), and Adam (α = 0.5)',
    );
    expect(d.sentences.slice(0, 2)).toEqual([
      'All 3 optimisers start at θ₀ = (9, −3), where J = 25.2.',
      'The path of momentum (α = 0.9) is drawn once you have answered every step.',
    ]);
    expect(d.sentences.at(-1)).toBe(
      'Your θ₂ = (2.8, −0.3), where J = 1.658, downhill: lower than 12.4 at (5.76, 2.4).',
    );
    // The table: J per iteration for each run; the concealed run only at t = 0.
    expect(d.rows.slice(0, 3)).toEqual([
      { t: 0, values: ['25.2', '25.2', '25.2'] },
      { t: 1, values: ['', '12.4', '20.7'] },
      { t: 2, values: ['', '6.404', '16.82'] },
    ]);
    expect(d.rows).toHaveLength(41);
    // The loss chart: iterations 0 … 40 across; up, from the lowest loss drawn to the start's J = 25.2 (the
    // concealed run counts only there), with a 6% margin each side.
    const lowest = Math.min(...working.series.filter((s) => s.shown).flatMap((s) => s.losses));
    expect(working.lossView.x).toEqual([0, 40]);
    expect(working.lossView.y[0]).toBeCloseTo(lowest - (25.2 - lowest) * 0.06, 9);
    expect(working.lossView.y[1]).toBeCloseTo(25.2 + (25.2 - lowest) * 0.06, 9);
  });

  it('once done, draws every path and says where each one ends and when it gets close to the minimum', () => {
    const done = comparisonModel(exercise, [], false)!;
    expect(done.series.every((s) => s.shown)).toBe(true);
    const d = describeComparison(done);
    expect(d.sentences).toEqual([
      'All 3 optimisers start at θ₀ = (9, −3), where J = 25.2.',
      'Momentum (α = 0.9): after 39 steps at (−4.44 × 10⁻¹¹, −1.33 × 10⁻¹⁰), where J = 1.82 × 10⁻²⁰.',
      'Momentum (α = 0.9) brings J within 0.025 of its lowest value at step 5.',
      'Plain descent (α = 0.9): after 60 steps at (2.11 × 10⁻¹¹, −4.6 × 10⁻⁶), where J = 2.11 × 10⁻¹¹.',
      'Plain descent (α = 0.9) brings J within 0.025 of its lowest value at step 14.',
      'Adam (α = 0.5): after 60 steps at (0.3382, −0.01413), where J = 0.02308.',
      'Adam (α = 0.5) brings J within 0.025 of its lowest value at step 21.',
    ]);
    // French words and French numbers: a decimal comma, and a semicolon between a point's coordinates.
    expect(describeComparison(done, 'fr').sentences[1]).toBe(
      'Le moment (α = 0,9) : après 39 pas, en (−4,44 × 10⁻¹¹ ; −1,33 × 10⁻¹⁰), où J = 1,82 × 10⁻²⁰.',
    );
    // The map frames every path: the view holds the start and Adam's furthest swing.
    expect(done.view.x[0]).toBeLessThan(0);
    expect(done.view.x[1]).toBeGreaterThan(9);
  });

  it('has no comparison for an exercise without compare:, nor for one of more than two variables', () => {
    expect(comparisonModel(exerciseOf('optimizers', 'zigzag-plain'), [], false)).toBeUndefined();
    expect(
      comparisonModel({ ...exercise, function: { ...exercise.function!, variables: ['a', 'b', 'c'] } }, [], false),
    ).toBeUndefined();
  });
});
