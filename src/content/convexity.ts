/**
 * Whether a function is convex (its Hessian positive semidefinite everywhere),
 * decided only where the engine can prove it either way, and refused otherwise:
 * - a quadratic: its one Hessian, by the signs of its principal minors, exactly;
 * - a polynomial in one variable: f″ ≥ 0 everywhere when its degree is even,
 *   its leading coefficient positive and its smallest value, at a zero of f‴,
 *   is ≥ 0 (exact at rational zeros, with a margin at irrational ones);
 * - several variables whose Hessian is diagonal, each diagonal entry a
 *   polynomial in its own variable: each entry proven ≥ 0 the same way;
 * - not convex: a rational point where the Hessian has a negative principal
 *   minor, computed exactly (or, for a function the arithmetic cannot keep
 *   exact, clearly negative).
 * Anything else is undecided, and the step is refused with a message.
 */
import { freeSymbols, type Node } from '../math/index.js';
import { differentiate } from '../math/derivative.js';
import { polynomialCoefficients, polynomialRoots } from './critical-points.js';
import { constantHessian, eigenvalues, hessianAt, hessianTrees } from './hessian.js';
import { combine, evaluateAt, exactValue, valueOf, type Point, type Value } from './values.js';
import type { Workings } from './workings.js';

export type Convexity =
  | { readonly convex: true; readonly how: 'quadratic'; readonly eigenvalues: readonly Value[] }
  | {
      readonly convex: true;
      readonly how: 'curvature';
      /** Each diagonal curvature's smallest value and where (one entry for one variable). */
      readonly minima: readonly { readonly variable: string; readonly min: Value; readonly at?: Value }[];
    }
  | { readonly convex: false; readonly at: Point; readonly eigenvalues: readonly Value[] }
  | { readonly convex: 'undecided'; readonly why: 'not_polynomial' | 'touches_zero' | 'mixed' };

const ZERO = valueOf(0);
const sign = (v: Value, scale: number): number =>
  v.exact
    ? Number(v.exact.n > 0n) - Number(v.exact.n < 0n)
    : Math.abs(v.number) <= 1e-9 * scale
      ? 0
      : Math.sign(v.number);

/** The determinant of a small matrix (n ≤ 3), exact where its entries are. */
function determinant(m: readonly (readonly Value[])[]): Value {
  if (m.length === 1) return m[0]![0]!;
  return m[0]!.reduce((sum, a, j) => {
    const minor = m.slice(1).map((r) => r.filter((_, k) => k !== j));
    const term = combine(a, determinant(minor), '*');
    return combine(sum, term, j % 2 === 0 ? '+' : '-');
  }, ZERO);
}

/** Every principal minor of H (all subsets of rows and the same columns): H is PSD iff none is negative. */
function principalMinors(H: readonly (readonly Value[])[]): Value[] {
  const n = H.length;
  const minors: Value[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const idx = Array.from({ length: n }, (_, k) => k).filter((k) => mask & (1 << k));
    minors.push(determinant(idx.map((i) => idx.map((j) => H[i]![j]!))));
  }
  return minors;
}

/** Whether H is certainly not PSD: a principal minor negative (exactly, or clearly). */
function notPsd(H: readonly (readonly Value[])[]): boolean {
  const scale = Math.max(1, ...H.flat().map((v) => Math.abs(v.number))) ** H.length;
  return principalMinors(H).some((d) => sign(d, scale) < 0);
}

/** A rational grid to look for a point where the Hessian is not PSD: coordinates −4 … 4 by halves. */
function witness(w: Workings): Point | undefined {
  const axis = Array.from({ length: 17 }, (_, k) => exactValue({ n: BigInt(k - 8), d: 2n }));
  const per = w.variables.length === 1 ? axis : w.variables.length === 2 ? axis : axis.filter((_, k) => k % 2 === 0);
  let grid: Value[][] = [[]];
  for (let k = 0; k < w.variables.length; k++) grid = grid.flatMap((p) => per.map((x) => [...p, x]));
  // Nearest the origin first: the simplest point to show a learner.
  const near = (p: readonly Value[]) => p.reduce((s, v) => s + Math.abs(v.number), 0);
  grid.sort((a, b) => near(a) - near(b));
  return grid.find((p) => {
    try {
      const H = hessianAt(w, p);
      return H.flat().every((v) => Number.isFinite(v.number)) && notPsd(H);
    } catch {
      return false;
    }
  });
}

type NonNegative =
  | { readonly ok: true; readonly min: Value; readonly at?: Value }
  | { readonly ok: false; readonly at: Value }
  | { readonly ok: 'undecided' };

/** A point where the polynomial is exactly negative, among the candidates and ±2ᵏ; found when its degree is odd or its lead negative. */
function negativeAt(p: Node, x: string, candidates: readonly Value[]): Value {
  const far = Array.from({ length: 60 }, (_, k) => [valueOf(2 ** k), valueOf(-(2 ** k))]).flat();
  return [...candidates, ...far].find((v) => evaluateAt(p, [x], [v]).number < 0) ?? far[far.length - 1]!;
}

/**
 * Whether a polynomial in x is ≥ 0 for every real x (undefined when it is not a polynomial): even degree,
 * positive leading coefficient, and its smallest value, at a zero of its derivative, not negative.
 */
function nonNegativeEverywhere(p: Node, x: string): NonNegative | undefined {
  const c = polynomialCoefficients(p, x);
  if (!c) return undefined;
  const degree = c.length - 1;
  const lead = c[degree]!;
  if (degree === 0) return lead.number >= 0 ? { ok: true, min: lead } : { ok: false, at: valueOf(0) };
  if (degree % 2 === 1 || lead.number < 0) return { ok: false, at: negativeAt(p, x, []) };
  const d = differentiate(p, x, [x]);
  const roots = d.ok ? polynomialRoots(d.value.node, x) : undefined;
  if (!roots || roots.length === 0) return undefined;
  const values = roots.map((r) => ({ at: r, min: evaluateAt(p, [x], [r]) }));
  const lowest = values.reduce((a, b) => (b.min.number < a.min.number ? b : a));
  const scale = Math.max(1, ...c.map((v) => Math.abs(v.number)));
  const s = sign(lowest.min, scale);
  if (s < 0)
    return {
      ok: false,
      at: lowest.at.exact ? lowest.at : negativeAt(p, x, [valueOf(Number(lowest.at.number.toPrecision(6)))]),
    };
  // Zero at an irrational point is rounding's call, not a proof: undecided.
  if (s === 0 && !lowest.min.exact) return { ok: 'undecided' };
  return { ok: true, min: lowest.min, at: lowest.at };
}

/** One variable, or a diagonal Hessian of one-variable entries: each entry ≥ 0 everywhere. */
function byCurvature(w: Workings): Convexity | undefined {
  const H = hessianTrees(w);
  const diagonal = H.every((row, i) => row.every((t, j) => i === j || (t.type === 'number' && t.value === 0)));
  if (!diagonal) return undefined;
  const minima: { variable: string; min: Value; at?: Value }[] = [];
  for (const [k, x] of w.variables.entries()) {
    const entry = H[k]![k]!;
    if (freeSymbols(entry, w.variables).some((s) => w.variables.includes(s) && s !== x)) return undefined;
    const verdict = nonNegativeEverywhere(entry, x);
    if (!verdict) return { convex: 'undecided', why: 'not_polynomial' };
    if (verdict.ok === 'undecided') return { convex: 'undecided', why: 'touches_zero' };
    if (!verdict.ok) {
      const at = w.variables.map((v) => (v === x ? verdict.at : ZERO));
      return { convex: false, at, eigenvalues: eigenvalues(hessianAt(w, at)) };
    }
    minima.push({ variable: x, min: verdict.min, ...(verdict.at ? { at: verdict.at } : {}) });
  }
  return { convex: true, how: 'curvature', minima };
}

/** Decides convexity where it can be proven. */
export function convexity(w: Workings): Convexity {
  if (constantHessian(w)) {
    const H = hessianAt(
      w,
      w.variables.map(() => ZERO),
    );
    return notPsd(H)
      ? { convex: false, at: w.variables.map(() => ZERO), eigenvalues: eigenvalues(H) }
      : { convex: true, how: 'quadratic', eigenvalues: eigenvalues(H) };
  }
  const proof = byCurvature(w);
  if (proof && proof.convex !== 'undecided') return proof;
  const found = witness(w);
  if (found) return { convex: false, at: found, eigenvalues: eigenvalues(hessianAt(w, found)) };
  return proof ?? { convex: 'undecided', why: 'mixed' };
}
