/**
 * Second-order calculations of an exercise's function: the second partials
 * (symbolic, each worked out once), the Hessian at a point (exact where the
 * arithmetic allows), its eigenvalues, the second-derivative test, and small
 * linear solves for Newton's step. Values stay exact when they can, so a
 * worked solution shows 0.4 and −1/2 rather than their binary neighbours.
 */
import { differentiate, type Derivative } from '../math/derivative.js';
import { bin, symbolsOf, type Node } from '../math/index.js';
import { symmetricEigenvalues } from './descent.js';
import { valueTree } from './quantity.js';
import { sqrtValue } from './steps/derivatives.js';
import { combine, evaluateAt, valueOf, type Point, type Value } from './values.js';
import { DerivationError, type Workings } from './workings.js';

const cache = new WeakMap<Workings, Map<string, Derivative>>();

/** ∂²f/∂a∂b, worked out once per exercise variant. */
export function secondPartial(w: Workings, a: string, b: string): Derivative {
  let map = cache.get(w);
  if (!map) cache.set(w, (map = new Map<string, Derivative>()));
  const key = `${a}\u0000${b}`;
  let d = map.get(key);
  if (!d) {
    const result = differentiate(w.partial(a).node, b, w.variables);
    if (!result.ok) throw new DerivationError(result.message);
    d = result.value;
    map.set(key, d);
  }
  return d;
}

/** The Hessian as trees in the variables, row a, column b: ∂²f/∂a∂b. */
export const hessianTrees = (w: Workings): Node[][] =>
  w.variables.map((a) => w.variables.map((b) => secondPartial(w, a, b).node));

export const hessianAt = (w: Workings, point: Point): Value[][] =>
  hessianTrees(w).map((row) => row.map((t) => evaluateAt(t, w.variables, point)));

/** Whether the Hessian is the same everywhere (a quadratic), so no point is needed. */
export const constantHessian = (w: Workings): boolean =>
  hessianTrees(w).every((row) => row.every((t) => ![...symbolsOf(t)].some((name) => w.variables.includes(name))));

/** A numeric result to 10 significant digits, so 1.9999999999 reads 2. */
export const settle = (x: number): number => Number(x.toPrecision(10));

const isqrt = (n: bigint): bigint | undefined => {
  if (n < 0n) return undefined;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x * x === n ? x : undefined;
};

const half = valueOf(0.5);

/**
 * The eigenvalues of a 2×2 symmetric matrix of rationals as exact trees, (a + c)/2 ∓ √r, when they are
 * irrational; undefined otherwise (the values are then exact). A learner may type 3 − √2 and be judged exactly.
 */
export function eigenTrees(H: readonly (readonly Value[])[]): Node[] | undefined {
  if (H.length !== 2 || !H.every((r) => r.every((v) => v.exact))) return undefined;
  const [a, b] = H[0]!;
  const c = H[1]![1]!;
  const mid = combine(combine(a!, c, '+'), half, '*');
  const offset = combine(combine(a!, c, '-'), half, '*');
  const r = combine(combine(offset, offset, '*'), combine(b!, b!, '*'), '+');
  if (!r.exact || (isqrt(r.exact.n) !== undefined && isqrt(r.exact.d) !== undefined)) return undefined;
  const root: Node = { type: 'call', fn: 'sqrt', args: [valueTree(r)] };
  if (mid.exact?.n === 0n) return [{ type: 'neg', arg: root }, root];
  return [bin('-', valueTree(mid), root), bin('+', valueTree(mid), root)];
}

/** Eigenvalues of a symmetric matrix, smallest first: exact for 2×2 when they are rational, else to 10 digits (Jacobi). */
export function eigenvalues(H: readonly (readonly Value[])[]): Value[] {
  if (H.length === 1) return [H[0]![0]!];
  if (H.length === 2) {
    const [a, b] = H[0]!;
    const c = H[1]![1]!;
    const mid = combine(combine(a!, c, '+'), half, '*');
    const offset = combine(combine(a!, c, '-'), half, '*');
    const root = sqrtValue(combine(combine(offset, offset, '*'), combine(b!, b!, '*'), '+'));
    return [combine(mid, root, '-'), combine(mid, root, '+')];
  }
  return symmetricEigenvalues(H.map((r) => r.map((v) => v.number)))
    .sort((x, y) => x - y)
    .map((x) => valueOf(settle(x)));
}

export type Classification = 'minimum' | 'maximum' | 'saddle' | 'undecided';

/** The second-derivative test from the Hessian's eigenvalues (for one variable, f″ itself). */
export function classify(eigen: readonly Value[]): Classification {
  const scale = Math.max(1, ...eigen.map((v) => Math.abs(v.number)));
  const sign = (v: Value) =>
    v.exact
      ? Number(v.exact.n > 0n) - Number(v.exact.n < 0n)
      : Math.abs(v.number) < 1e-9 * scale
        ? 0
        : Math.sign(v.number);
  const signs = eigen.map(sign);
  if (signs.includes(1) && signs.includes(-1)) return 'saddle';
  if (signs.includes(0)) return 'undecided';
  return signs[0] === 1 ? 'minimum' : 'maximum';
}

/** Solves A x = b by Gaussian elimination (exact where the entries are), or undefined when A is singular. */
export function solve(A: readonly (readonly Value[])[], b: readonly Value[]): Value[] | undefined {
  const n = b.length;
  const m = A.map((row, i) => [...row, b[i]!]);
  const zero = (v: Value) => (v.exact ? v.exact.n === 0n : Math.abs(v.number) < 1e-12);
  for (let col = 0; col < n; col++) {
    const pivot = m.findIndex((row, i) => i >= col && !zero(row[col]!));
    if (pivot < 0) return undefined;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let i = 0; i < n; i++) {
      if (i === col || zero(m[i]![col]!)) continue;
      const f = combine(m[i]![col]!, m[col]![col]!, '/');
      m[i] = m[i]!.map((v, k) => combine(v, combine(f, m[col]![k]!, '*'), '-'));
    }
  }
  return m.map((row, i) => combine(row[n]!, row[i]!, '/'));
}

/** The matrix times a vector. */
export const times = (A: readonly (readonly Value[])[], x: readonly Value[]): Value[] =>
  A.map((row) => row.reduce((s, a, k) => combine(s, combine(a, x[k]!, '*'), '+'), valueOf(0)));
