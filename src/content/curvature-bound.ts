/**
 * The smoothness constant L of a function on a stated region: the largest |f″|
 * on an interval (one variable), or the largest |λ| of the Hessian on a box
 * (several), so that α ≤ 1/L is a safe learning rate there. One variable: the
 * maximum of |f″| is at an end of the interval or where f‴ = 0, and those
 * zeros are found by bracketing and bisection (interval-roots.ts), so the
 * maximum is found, not guessed. Several variables: a grid over the box, then
 * a compass search from the best grid points, kept inside the box. A quadratic
 * has one Hessian, and its L needs no region. Values stay exact where the
 * maximum is at a rational point (an end of the interval, a grid point).
 */
import { compile, type Node } from '../math/index.js';
import { differentiate } from '../math/derivative.js';
import { constantHessian, eigenvalues, hessianAt, secondPartial } from './hessian.js';
import { rootsOn } from './interval-roots.js';
import { rootValue } from './critical-points.js';
import { combine, valueOf, type Point, type Value } from './values.js';
import { DerivationError, type Workings } from './workings.js';

export type Region = readonly (readonly [number, number])[];

export interface Bound {
  /** The largest |f″| or |λ| on the region. */
  readonly L: Value;
  /** Where it is reached (undefined for a quadratic: everywhere). */
  readonly at?: Point;
  /** The eigenvalues (or f″) there, smallest first. */
  readonly curvatures: readonly Value[];
  /** The largest signed curvature over the same candidates: what forgetting |·| gives. */
  readonly signed: Value;
  /** One variable: the zeros of f‴ inside the interval, where |f″| may peak. */
  readonly interior?: readonly Value[];
}

const abs = (v: Value): Value => (v.number < 0 ? combine(valueOf(0), v, '-') : v);
const largest = (lambda: readonly Value[]): Value => lambda.map(abs).reduce((a, b) => (b.number > a.number ? b : a));

/** The curvature at a point: the Hessian's eigenvalues, smallest first, and the largest in size. */
function curvatureAt(w: Workings, p: Point): { curvatures: Value[]; size: Value } {
  const curvatures = eigenvalues(hessianAt(w, p));
  return { curvatures, size: largest(curvatures) };
}

/** The third derivative of a function of one variable, as a tree. */
function thirdDerivative(w: Workings): Node {
  const x = w.variables[0]!;
  const d = differentiate(secondPartial(w, x, x).node, x, w.variables);
  if (!d.ok) throw new DerivationError(d.message);
  return d.value.node;
}

/** Settles a numeric coordinate to 12 significant digits, so an interior maximum prints cleanly. */
const settled = (x: number): Value => valueOf(Number(x.toPrecision(12)));

function candidatesOneVariable(w: Workings, [lo, hi]: readonly [number, number]): Point[] {
  const ends = [valueOf(lo), valueOf(hi)];
  const f3 = thirdDerivative(w);
  const run = compile(f3, w.variables);
  // A zero that is a small fraction (0, 1/2) is snapped to it when f‴ is exactly zero there.
  const interior = rootsOn((t) => run(Float64Array.of(t)), lo, hi).map((r) => rootValue(f3, w.variables[0]!, r));
  return [...ends, ...interior].map((v) => [v]);
}

/** A grid of the box (n ≤ 3), then a compass search from the best few points, clamped to the box. */
function candidatesBox(w: Workings, box: Region): Point[] {
  const per = box.length === 2 ? 41 : 17;
  const axes = box.map(([lo, hi]) => Array.from({ length: per }, (_, k) => lo + ((hi - lo) * k) / (per - 1)));
  let grid: number[][] = [[]];
  for (const axis of axes) grid = grid.flatMap((p) => axis.map((x) => [...p, x]));
  const size = (p: readonly number[]) => curvatureAt(w, p.map(valueOf)).size.number;
  const best = grid
    .map((p) => ({ p, s: size(p) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, 5);
  const refined = best.map(({ p, s }) => {
    let point = [...p];
    let value = s;
    let step = Math.max(...box.map(([lo, hi]) => hi - lo)) / (per - 1);
    while (step > 1e-10) {
      let moved = false;
      for (let k = 0; k < point.length && !moved; k++)
        for (const dir of [1, -1]) {
          const q = [...point];
          q[k] = Math.min(box[k]![1], Math.max(box[k]![0], q[k]! + dir * step));
          const v = size(q);
          if (v > value) {
            [point, value, moved] = [q, v, true];
            break;
          }
        }
      if (!moved) step /= 2;
    }
    return point;
  });
  return [...best.map((b) => b.p.map(valueOf)), ...refined.map((p) => p.map(settled))];
}

/** Checks a region against the exercise: one [lo, hi] per variable, lo < hi. */
export function checkRegion(w: Workings, region: Region, name: string): void {
  if (region.length !== w.variables.length)
    throw new DerivationError(
      `\`${name}\` needs one [low, high] per variable (${w.variables.length}); it has ${region.length}.`,
    );
  if (w.variables.length > 3) throw new DerivationError(`\`${name}\` is worked out for up to 3 variables.`);
  for (const [lo, hi] of region)
    if (!(lo < hi)) throw new DerivationError(`\`${name}\`: [${lo}, ${hi}] is not an interval (low < high).`);
}

/** L on the region: the largest |f″| or |λ(H)|. A quadratic's needs no region. */
export function curvatureBound(w: Workings, region: Region | undefined): Bound {
  if (constantHessian(w)) {
    const zero = w.variables.map(() => valueOf(0));
    const { curvatures, size } = curvatureAt(w, zero);
    return { L: size, curvatures, signed: curvatures[curvatures.length - 1]! };
  }
  if (!region)
    throw new DerivationError(
      'This function is not a quadratic: its curvature changes from point to point. Say where to bound it: `interval: [low, high]` for one variable, or `box: [[low, high], …]` for several.',
    );
  const candidates = w.variables.length === 1 ? candidatesOneVariable(w, region[0]!) : candidatesBox(w, region);
  const scored = candidates
    .filter((p) => p.every((v) => Number.isFinite(v.number)))
    .map((p) => ({ p, ...curvatureAt(w, p) }));
  if (scored.length === 0) throw new DerivationError('The curvature is not finite anywhere on the region.');
  // Ties (|f″| the same at two places) go to the first, an end of the interval: exact when it can be.
  const top = scored.reduce((a, b) => (b.size.number > a.size.number * (1 + 1e-12) ? b : a));
  if (!Number.isFinite(top.size.number) || !(top.size.number > 0))
    throw new DerivationError('The curvature is zero on the whole region, so every learning rate is safe there.');
  const signed = scored
    .map((c) => c.curvatures[c.curvatures.length - 1]!)
    .reduce((a, b) => (b.number > a.number ? b : a));
  const interior = w.variables.length === 1 ? candidates.slice(2).map((p) => p[0]!) : undefined;
  return { L: top.size, at: top.p, curvatures: top.curvatures, signed, ...(interior ? { interior } : {}) };
}
