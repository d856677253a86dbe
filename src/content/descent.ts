/**
 * Gradient descent run numerically: the path of iterates, where it ends, and
 * what it does at a learning rate (the regime), decided by running it rather
 * than by a formula typed in, so it holds for any function a lesson states.
 */
import type { Compiled } from '../math/index.js';

export type Regime = 'slow' | 'converges' | 'one_step' | 'oscillates' | 'flips' | 'diverges';

export const REGIMES: readonly { id: Regime; label: string }[] = [
  { id: 'slow', label: 'converges, but slowly' },
  { id: 'converges', label: 'converges steadily' },
  { id: 'one_step', label: 'reaches the minimum in one step' },
  { id: 'oscillates', label: 'overshoots back and forth but converges' },
  { id: 'flips', label: 'flips between two points forever' },
  { id: 'diverges', label: 'diverges' },
];

/** Iterations beyond which steady convergence counts as slow (to shrink the step a millionfold). */
export const SLOW_AFTER = 100;
const MAX_ITERATIONS = 20_000;

export type Step = (theta: Float64Array) => Float64Array;

/** One gradient step θ − α∇f(θ) over compiled partials; with one rate per coordinate, θ − α ⊙ ∇f(θ). */
export function stepper(gradient: readonly Compiled[], learningRate: number | readonly number[]): Step {
  const rate = (k: number): number => (typeof learningRate === 'number' ? learningRate : learningRate[k]!);
  return (theta) => {
    const next = new Float64Array(theta.length);
    for (let k = 0; k < theta.length; k++) next[k] = theta[k]! - rate(k) * gradient[k]!(theta);
    return next;
  };
}

const norm = (v: Float64Array): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
const minus = (a: Float64Array, b: Float64Array): Float64Array => a.map((x, k) => x - b[k]!);

export interface Run {
  readonly regime: Regime;
  /** Where it ends (the last iterate when it does not converge). */
  readonly end: Float64Array;
  readonly iterations: number;
}

/**
 * Descent from `start` under the one stopping rule, iterate by iterate: yields
 * each θₜ (t ≥ 1) worth drawing, and returns how the run ended. It stops once
 * the step is negligible (that last, negligible move is not yielded), when it
 * blows up (a non-finite iterate is not yielded), or when it cycles.
 */
function* descend(step: Step, start: Float64Array): Generator<Float64Array, Run> {
  const scale = Math.max(1, norm(start));
  let theta = start;
  let previous: Float64Array | undefined;
  let firstSize = 0;
  // Per coordinate: has every move so far reversed the one before? One zig-zagging coordinate
  // (x₂ on an ill-conditioned bowl) is oscillation even when the others move steadily.
  const zigzag = new Array<boolean>(start.length).fill(true);
  const moved = new Array<number>(start.length).fill(0); // non-negligible moves per coordinate
  let previousSize = 0;
  let shrunk: number | undefined; // when the step first became a millionth of the first one
  for (let t = 0; t < MAX_ITERATIONS; t++) {
    const next = step(theta);
    const move = minus(next, theta);
    const size = norm(move);
    if (t === 0) firstSize = size;
    if (!Number.isFinite(size)) return { regime: 'diverges', end: next, iterations: t + 1 };
    if (norm(next) > 1e8 * scale || (t > 10 && size > 1e3 * firstSize)) {
      yield next;
      return { regime: 'diverges', end: next, iterations: t + 1 };
    }
    for (let k = 0; k < move.length; k++) {
      if (Math.abs(move[k]!) <= 1e-9 * scale) continue;
      if (previous && Math.abs(previous[k]!) > 1e-9 * scale && previous[k]! * move[k]! > 0) zigzag[k] = false;
      moved[k]!++;
    }
    const oscillating = zigzag.some((z, k) => z && moved[k]! >= 3);
    if (shrunk === undefined && size <= 1e-6 * firstSize) shrunk = t;
    if (size <= 1e-12 * scale) {
      const regime: Regime =
        t <= 1
          ? t === 0
            ? 'converges'
            : 'one_step'
          : oscillating
            ? 'oscillates'
            : (shrunk ?? t) > SLOW_AFTER
              ? 'slow'
              : 'converges';
      return { regime, end: next, iterations: t };
    }
    yield next;
    // Moves that stop shrinking while a coordinate keeps reversing: a 2-cycle.
    if (t >= 50 && oscillating && Math.abs(size - previousSize) <= 1e-9 * size)
      return { regime: 'flips', end: next, iterations: t + 1 };
    previous = move;
    previousSize = size;
    theta = next;
  }
  return {
    regime: zigzag.some((z, k) => z && moved[k]! >= 3) ? 'flips' : 'slow',
    end: theta,
    iterations: MAX_ITERATIONS,
  };
}

/** Runs descent from `start` until the step is negligible, it blows up, or it cycles. */
export function run(step: Step, start: Float64Array): Run {
  const steps = descend(step, start);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The iterates θ₀ … θₜ of the same run, at most `max` steps: where `run`
 * stops (converged, diverged, cycling), the path stops too.
 */
export function descentPath(step: Step, start: ArrayLike<number>, max: number): Float64Array[] {
  const path: Float64Array[] = [Float64Array.from(start)];
  if (max <= 0) return path;
  for (const theta of descend(step, path[0]!)) {
    path.push(theta);
    if (path.length > max) break;
  }
  return path;
}

/** The largest eigenvalue of a symmetric matrix (the L of an L-smooth quadratic). */
export const largestEigenvalue = (matrix: readonly (readonly number[])[]): number =>
  Math.max(...symmetricEigenvalues(matrix));

/** The eigenvalues of a small symmetric matrix, in diagonal order, by cyclic Jacobi rotations. */
export function symmetricEigenvalues(matrix: readonly (readonly number[])[]): number[] {
  const n = matrix.length;
  const a = matrix.map((row) => [...row]);
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p]![q]!) < 1e-300) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
      }
  }
  return a.map((row, k) => row[k]!);
}
