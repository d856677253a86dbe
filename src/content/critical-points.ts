/**
 * All the critical points of a function, for the functions where the engine
 * can be sure it has all of them: a polynomial in one variable (the real roots
 * of f′, found between the roots of f″ by bisection, and exact when rational)
 * and a quadratic in several (∇f = 0 is a linear system, solved exactly).
 * Anything else is refused with a message for the teacher.
 */
import { compile, type Node } from '../math/index.js';
import { rootsOn } from './interval-roots.js';
import { PLANE_UNSUPPORTED, planeCriticalPoints } from './plane-critical-points.js';
import { solve } from './hessian.js';
import { combine, evaluateAt, exactValue, valueOf, type Point, type Value } from './values.js';
import { DerivationError, type Workings } from './workings.js';

/** The English of this module, in one place (to move into the message catalogue). */
export const CRITICAL_TEXT = {
  unsupported:
    'critical_points is worked out for a polynomial in one variable (degree ≤ 12) and for a quadratic in several variables; this function is neither.',
  singular:
    'This quadratic’s Hessian is singular: its critical points form a line or a plane (or there are none), which cannot be listed.',
} as const;

const MAX_DEGREE = 12;
const zero = (v: Value) => (v.exact ? v.exact.n === 0n : v.number === 0);
/** Whether two values are known to be exactly equal. */
const sameExact = (a: Value, b: Value): boolean =>
  a.exact !== undefined && b.exact !== undefined && a.exact.n === b.exact.n && a.exact.d === b.exact.d;

/** The polynomial (constant first) through the points (xsₖ, ysₖ), by Newton's divided differences, exact where they are. */
export function interpolate(xs: readonly Value[], ys: readonly Value[]): Value[] {
  const dd = [...ys];
  const newton: Value[] = [dd[0]!];
  for (let j = 1; j < xs.length; j++) {
    for (let i = 0; i < xs.length - j; i++)
      dd[i] = combine(combine(dd[i + 1]!, dd[i]!, '-'), combine(xs[i + j]!, xs[i]!, '-'), '/');
    newton.push(dd[0]!);
  }
  // The Newton form expanded to monomials: p ← p·(x − xⱼ) + newton[j].
  let coefficients: Value[] = [newton[newton.length - 1]!];
  for (let j = newton.length - 2; j >= 0; j--) {
    const shifted = [valueOf(0), ...coefficients];
    coefficients = shifted.map((c, k) =>
      combine(
        k < coefficients.length ? combine(c, combine(coefficients[k]!, xs[j]!, '*'), '-') : c,
        k === 0 ? newton[j]! : valueOf(0),
        '+',
      ),
    );
  }
  return coefficients;
}

/** The coefficients (constant first) of `node` as a polynomial in `x`, exactly; undefined when it is not one. */
export function polynomialCoefficients(node: Node, x: string): Value[] | undefined {
  const xs = Array.from({ length: MAX_DEGREE + 2 }, (_, k) => valueOf(k));
  const ys = xs.map((v) => evaluateAt(node, [x], [v]));
  if (!ys.every((y) => y.exact)) return undefined;
  const coefficients = interpolate(xs, ys);
  while (coefficients.length > 1 && zero(coefficients[coefficients.length - 1]!)) coefficients.pop();
  if (coefficients.length > MAX_DEGREE + 1) return undefined;
  // A function that agrees with a polynomial at 14 integers need not be one: check a point off the grid.
  const probe = exactValue({ n: 13n, d: 7n });
  const at = evaluateAt(node, [x], [probe]);
  const p = coefficients.reduceRight((s, c) => combine(combine(s, probe, '*'), c, '+'), valueOf(0));
  return sameExact(at, p) ? coefficients : undefined;
}

const sameRoot = (a: Value, b: Value): boolean =>
  sameExact(a, b) || Math.abs(a.number - b.number) <= 1e-9 * Math.max(1, Math.abs(a.number));

const evaluate = (c: readonly number[], x: number): number => c.reduceRight((s, a) => s * x + a, 0);
const derivative = (c: readonly number[]): number[] => c.slice(1).map((a, k) => a * (k + 1));

/** The real roots of a polynomial (constant first), increasing: each lies between two roots of its derivative. */
export function realRoots(c: readonly number[]): number[] {
  const degree = c.length - 1;
  if (degree < 1) return [];
  if (degree === 1) return [-c[0]! / c[1]!];
  const bound = 1 + Math.max(...c.slice(0, -1).map((a) => Math.abs(a / c[degree]!)));
  const stops = [-bound, ...realRoots(derivative(c)).filter((r) => Math.abs(r) < bound), bound];
  const scale = Math.max(...c.map(Math.abs));
  const roots: number[] = [];
  for (let k = 0; k < stops.length; k++) {
    const a = stops[k]!;
    // A root of p that is also a root of p′ (a double root) is found at the stop itself.
    if (k > 0 && k < stops.length - 1 && Math.abs(evaluate(c, a)) <= 1e-12 * scale) roots.push(a);
    const b = stops[k + 1];
    if (b === undefined) break;
    let [lo, hi] = [a, b];
    const flo = evaluate(c, lo);
    if (Math.sign(flo) * Math.sign(evaluate(c, hi)) >= 0) continue;
    for (let i = 0; i < 200 && hi - lo > 0; i++) {
      const mid = (lo + hi) / 2;
      if (Math.sign(evaluate(c, mid)) === Math.sign(flo)) lo = mid;
      else hi = mid;
    }
    roots.push((lo + hi) / 2);
  }
  return roots.filter((r, k) => k === 0 || Math.abs(r - roots[k - 1]!) > 1e-9 * Math.max(1, Math.abs(r)));
}

/**
 * A root as a value: exactly, when a fraction with a small denominator is one. A root of multiplicity m is
 * found only to about ε^(1/m) (1.5 as 1.49998 when triple), hence the wide window; the exact test decides.
 */
export function rootValue(node: Node, x: string, r: number): Value {
  for (let q = 1; q <= 24; q++) {
    const candidate = exactValue({ n: BigInt(Math.round(r * q)), d: BigInt(q) });
    if (
      candidate.exact &&
      Math.abs(candidate.number - r) < 1e-4 * Math.max(1, Math.abs(r)) &&
      zero(evaluateAt(node, [x], [candidate]))
    )
      return candidate;
  }
  return valueOf(Number(r.toPrecision(10)));
}

/** The real roots of a polynomial in `x`, increasing (exact where rational), or undefined when `node` is not one. */
export function polynomialRoots(node: Node, x: string): Value[] | undefined {
  const c = polynomialCoefficients(node, x);
  if (!c) return undefined;
  // A repeated root can come out of the bisection more than once, a hair apart (the sign of p near it is
  // rounding noise); snapped to values, the copies are equal or within rounding, and one is kept.
  const roots = realRoots(c.map((v) => v.number)).map((r) => rootValue(node, x, r));
  return roots.filter((v, k) => k === 0 || !sameRoot(roots[k - 1]!, v));
}

/** Every critical point, in increasing order for one variable; the one point of a quadratic in several. */
export function criticalPoints(w: Workings, interval?: readonly [number, number]): Point[] {
  if (w.variables.length === 1) {
    const x = w.variables[0]!;
    const d = w.partial(x).node;
    const roots = polynomialRoots(d, x);
    if (interval) {
      const [lo, hi] = interval;
      if (roots) return roots.filter((r) => r.number >= lo && r.number <= hi).map((r) => [r]);
      const run = compile(d, [x]);
      // A root kept to the last bit (its f′ is 0 to rounding), unless a small fraction is exactly one.
      return rootsOn((t) => run(Float64Array.of(t)), lo, hi).map((r) => {
        const snapped = rootValue(d, x, r);
        return [snapped.exact && zero(evaluateAt(d, [x], [snapped])) ? snapped : { number: r }];
      });
    }
    if (!roots) throw new DerivationError(CRITICAL_TEXT.unsupported);
    return roots.map((r) => [r]);
  }
  // A quadratic: each partial is affine, gᵢ(θ) = gᵢ(0) + Σⱼ Hᵢⱼ θⱼ.
  const origin = w.variables.map(() => valueOf(0));
  const g0 = w.gradientAt(origin);
  // columns[j][i] = ∂gᵢ/∂θⱼ, from the gradient at each unit vector.
  const columns = w.variables.map((_, j) => {
    const unit = origin.map((z, k) => (k === j ? valueOf(1) : z));
    return w.gradientAt(unit).map((g, i) => combine(g, g0[i]!, '-'));
  });
  const matrix = w.variables.map((_, i) => w.variables.map((_, j) => columns[j]![i]!));
  const probe = w.variables.map((_, k) => exactValue({ n: BigInt(3 * k + 5), d: 7n }));
  const predicted = matrix.map((row, i) =>
    row.reduce((s, h, j) => combine(s, combine(h, probe[j]!, '*'), '+'), g0[i]!),
  );
  const actual = w.gradientAt(probe);
  const affine = actual.every((a, i) => sameExact(a, predicted[i]!));
  if (!affine) {
    const points = w.variables.length === 2 ? planeCriticalPoints(w) : undefined;
    if (!points) throw new DerivationError(PLANE_UNSUPPORTED);
    return points;
  }
  const point = solve(
    matrix,
    g0.map((g) => combine(valueOf(0), g, '-')),
  );
  if (!point) throw new DerivationError(CRITICAL_TEXT.singular);
  return [point];
}
