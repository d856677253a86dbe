/**
 * Every critical point of a polynomial in two variables x, y of low degree (a
 * cubic such as x³ − 3x + y², x³ + y³ − 3xy): ∇f = 0 is two polynomial
 * equations, and y is eliminated by their resultant. R(x) = Res_y(fₓ, f_y) is
 * the determinant of their Sylvester matrix, computed exactly at integer x and
 * interpolated; every critical point has its x among R's real roots, and each
 * such x gives the y that solve both equations. Exact where the roots are
 * rational; a resultant that vanishes identically (a curve of critical points)
 * is refused.
 */
import { substitute, num, type Node } from '../math/index.js';
import { interpolate, polynomialCoefficients, polynomialRoots, realRoots, rootValue } from './critical-points.js';
import { valueTree } from './quantity.js';
import { combine, evaluateAt, valueOf, type Point, type Value } from './values.js';
import { DerivationError, type Workings } from './workings.js';

/** Degrees in y of each partial; the total degree of f at most 5 keeps the resultant small (degree ≤ 16). */
const MAX_Y_DEGREE = 4;

const isZero = (v: Value): boolean => (v.exact ? v.exact.n === 0n : Math.abs(v.number) < 1e-12);

/** The determinant of a square matrix of values, by elimination (exact where the entries are). */
function determinant(rows: readonly (readonly Value[])[]): Value {
  const m = rows.map((r) => [...r]);
  const n = m.length;
  let det = valueOf(1);
  for (let c = 0; c < n; c++) {
    const p = m.findIndex((r, i) => i >= c && !isZero(r[c]!));
    if (p < 0) return valueOf(0);
    if (p !== c) {
      [m[c], m[p]] = [m[p]!, m[c]!];
      det = combine(valueOf(0), det, '-');
    }
    det = combine(det, m[c]![c]!, '*');
    for (let i = c + 1; i < n; i++) {
      const f = combine(m[i]![c]!, m[c]![c]!, '/');
      m[i] = m[i]!.map((v, k) => combine(v, combine(f, m[c]![k]!, '*'), '-'));
    }
  }
  return det;
}

/** The Sylvester matrix of a (degree p) and b (degree q), coefficients constant first, formal degrees kept. */
function sylvester(a: readonly Value[], b: readonly Value[]): Value[][] {
  const [p, q] = [a.length - 1, b.length - 1];
  const size = p + q;
  const row = (c: readonly Value[], shift: number) =>
    Array.from({ length: size }, (_, k) => {
      const power = c.length - 1 - (k - shift);
      return k >= shift && power >= 0 ? c[power]! : valueOf(0);
    });
  return [...Array.from({ length: q }, (_, i) => row(a, i)), ...Array.from({ length: p }, (_, i) => row(b, i))];
}

/** g(x₀, y) as coefficients in y, padded to `degree` (the formal degree). */
function inY(g: Node, x: string, y: string, x0: Value, degree: number): Value[] | undefined {
  const c = polynomialCoefficients(substitute(g, { [x]: valueTree(x0) }), y);
  if (!c || c.length - 1 > degree) return undefined;
  return [...c, ...Array.from({ length: degree + 1 - c.length }, () => valueOf(0))];
}

/** g(x₀, y) in y for an irrational x₀, numerically: through degree + 1 points. */
function inYNumeric(g: Node, vars: readonly string[], x0: Value, degree: number): number[] {
  const ys = Array.from({ length: degree + 1 }, (_, k) => valueOf(k));
  return interpolate(
    ys,
    ys.map((y) => evaluateAt(g, vars, [{ number: x0.number }, y])),
  ).map((v) => v.number);
}

/** For the teacher, when a function of several variables is neither a quadratic nor a two-variable polynomial of low degree. */
export const PLANE_UNSUPPORTED =
  'critical_points is worked out for a polynomial in one variable, a quadratic in several, and a polynomial in two variables whose partial derivatives have degree ≤ 4 in y (a cubic such as x^3 - 3x + y^2); this function is none of them.';

/** The critical points of a two-variable polynomial, sorted by x then y; undefined when f is not one of low degree. */
export function planeCriticalPoints(w: Workings): Point[] | undefined {
  const [x, y] = w.variables as [string, string];
  const [gx, gy] = [w.partial(x).node, w.partial(y).node];
  const grid = Array.from({ length: 18 }, (_, k) => valueOf(k));
  const degreeOf = (c: readonly Value[]) => c.reduce((d, v, k) => (isZero(v) ? d : k), 0);
  const degreesOf = (g: Node) =>
    grid.map((x0) => {
      const c = inY(g, x, y, x0, 12);
      return c && degreeOf(c);
    });
  const [dx, dy] = [degreesOf(gx), degreesOf(gy)];
  if ([...dx, ...dy].some((d) => d === undefined)) return undefined;
  const p = Math.max(0, ...(dx as number[]));
  const q = Math.max(0, ...(dy as number[]));
  if (p > MAX_Y_DEGREE || q > MAX_Y_DEGREE) return undefined;
  // R(x₀) at integers, then interpolated: deg R ≤ (total degree)², at most 16, so 18 points determine it.
  const r = grid.map((x0) => determinant(sylvester(inY(gx, x, y, x0, p)!, inY(gy, x, y, x0, q)!)));
  const R = interpolate(grid, r);
  while (R.length > 1 && isZero(R[R.length - 1]!)) R.pop();
  if (R.every(isZero))
    throw new DerivationError(
      'The critical points of this function are not isolated (∇f vanishes along a curve), so they cannot be listed.',
    );
  const exactR = (v: Value) => R.reduceRight((s, c) => combine(combine(s, v, '*'), c, '+'), valueOf(0));
  const xs = realRoots(R.map((c) => c.number)).map((root) => {
    const snapped = rootValue(num(0), x, root);
    return snapped.exact && isZero(exactR(snapped)) ? snapped : { number: root };
  });
  const points: Point[] = [];
  for (const x0 of xs) {
    const solveY = (g: Node, degree: number): Value[] | undefined => {
      if (x0.exact) {
        const tree = substitute(g, { [x]: valueTree(x0) });
        const c = polynomialCoefficients(tree, y);
        if (c && c.every(isZero)) return undefined;
        return polynomialRoots(tree, y);
      }
      const c = inYNumeric(g, w.variables, x0, degree);
      const scale = Math.max(1, ...c.map(Math.abs));
      if (c.every((k) => Math.abs(k) <= 1e-9 * scale)) return undefined;
      while (c.length > 1 && Math.abs(c[c.length - 1]!) <= 1e-12 * scale) c.pop();
      return realRoots(c).map((root) => ({ number: Number(root.toPrecision(12)) }));
    };
    const candidates = solveY(gy, q) ?? solveY(gx, p);
    if (!candidates)
      throw new DerivationError(
        'The critical points of this function are not isolated (∇f vanishes along a line), so they cannot be listed.',
      );
    for (const y0 of candidates) {
      const g = w.gradientAt([x0, y0]);
      const scale = Math.max(1, Math.abs(x0.number), Math.abs(y0.number)) ** 4;
      if (g.every((c) => (c.exact ? c.exact.n === 0n : Math.abs(c.number) <= 1e-7 * scale))) points.push([x0, y0]);
    }
  }
  return points.sort((a, b) => a[0]!.number - b[0]!.number || a[1]!.number - b[1]!.number);
}
