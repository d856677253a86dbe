/**
 * Whether two expressions are the same function of their variables. The rules
 * (README, "When two answers are equal"):
 *
 * - Constants are compared exactly: as rationals when both are rational
 *   (99999999/10⁸ ≠ 99999998/99999999), otherwise in 32 digits.
 * - Rational functions are compared in exact arithmetic at random rational
 *   points (rational-identity.ts): equal is then a certainty, not a float.
 * - Everything else is sampled in three bands of magnitude, both signs, at
 *   points seeded from the pair being judged. Two sides are equal when they
 *   agree wherever both are defined and, in every band, the points where both
 *   are defined are a substantial share (1/8) of those where either is:
 *   log(xy) = log x + log y and √a·√b = √(ab), but √(x²) ≠ x (they differ for
 *   x < 0), and 2x + √(1−x²) − √(1−x²) ≠ 2x (defined only on [−1, 1]).
 * - A disputed point is settled beyond doubles: a difference small enough to
 *   be rounding (relative to the sizes the evaluation went through,
 *   rounding-error.ts) in 32-digit arithmetic (precise.ts) — the two widest
 *   gaps, and only when no clear difference elsewhere already decided; a value beyond their range (e^50000, (x − 4a)^6000, or one flushed
 *   to 0) in log-magnitude (magnitude.ts).
 * - When the expected answer is defined at no non-integer point ((−1)ⁿ, n!),
 *   its variables are integers: both sides are sampled at integers instead.
 *
 * What sampling cannot see: a difference confined to a set no point falls in
 * (a bump narrower than the gaps between points, a difference only beyond
 * |v| = 1000), or smaller than 1 part in 10¹¹ at every point. Deliberately no
 * symbolic engine: the same code grades in the browser, where nerdamer is not
 * loaded.
 */
import { freeSymbols, type Node } from './ast.js';
import { sameValue } from './closeness.js';
import { compile, type Compiled } from './evaluate.js';
import { evaluateExact } from './exact.js';
import { toText } from './format.js';
import {
  compileMagnitude,
  isBeyond,
  isDefined,
  sameMagnitude,
  type Magnitude,
  type MagnitudeCompiled,
} from './magnitude.js';
import { compilePrecise, evaluatePrecise, preciseConstant, preciseEqual, type PreciseCompiled } from './precise.js';
import { hashString, seeded, type Random } from './random.js';
import { compileScale, withinRounding } from './rounding-error.js';
import { isRationalFunction, rationalIdentity } from './rational-identity.js';
import { INTEGER_BANDS, REAL_BANDS, drawPoint, type Band } from './sample-points.js';

export type Equivalence =
  | { readonly equal: true; readonly how: 'exact' | 'numeric' }
  | {
      readonly equal: false;
      readonly at?: Readonly<Record<string, number>>;
      readonly why: 'value' | 'domain' | 'undecided';
    };

/** Points per band where both sides are defined, and draws allowed to find them. */
const POINTS_PER_BAND = 12;
const DRAWS_PER_BAND = 32;
/** Fewer agreeing points than this in all bands together is no evidence. */
const MIN_POINTS = 4;
/** In each band, the common domain must hold this share of the larger domain's points. */
const COMMON_SHARE = 1 / 8;
/** Disputed points re-checked in 32 digits per comparison (the widest gaps): they cost tens of microseconds each. */
const PRECISE_BUDGET = 2;
/** A float difference below this (relative) is disputed and re-checked precisely. */
const DISPUTED = 1e-2;

const UNDECIDED: Equivalence = { equal: false, why: 'undecided' };

/** The seed of a comparison: the pair itself, so points differ per answer but never per run. */
export const pairSeed = (a: Node, b: Node): number => hashString(toText(b), hashString(toText(a)));

function pointAt(variables: readonly string[], values: Float64Array): Record<string, number> {
  return Object.fromEntries(variables.map((v, k) => [v, values[k]!]));
}

function relativeGap(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

function compareConstants(a: Node, b: Node): Equivalence {
  const ea = evaluateExact(a);
  const eb = evaluateExact(b);
  if (ea && eb) return ea.n === eb.n && ea.d === eb.d ? { equal: true, how: 'exact' } : { equal: false, why: 'value' };
  const fa = compile(a, [])(new Float64Array(0));
  const fb = compile(b, [])(new Float64Array(0));
  if (Number.isFinite(fa) && Number.isFinite(fb) && relativeGap(fa, fb) > DISPUTED && !sameValue(fa, fb))
    return { equal: false, why: 'value' };
  const pa = preciseConstant(a);
  const pb = preciseConstant(b);
  if (pa && pb) return preciseEqual(pa, pb) ? { equal: true, how: 'exact' } : { equal: false, why: 'value' };
  if (pa || pb) return { equal: false, why: 'domain' };
  // Beyond even 32 digits' reach (a trigonometric function of 10¹⁵): doubles decide, as before.
  if (Number.isFinite(fa) && Number.isFinite(fb))
    return sameValue(fa, fb) ? { equal: true, how: 'numeric' } : UNDECIDED;
  return Number.isFinite(fa) || Number.isFinite(fb) ? { equal: false, why: 'domain' } : UNDECIDED;
}

/** One side of a comparison: its float closure, and its log-magnitude and precise ones, compiled on first need. */
class Side {
  private precise: PreciseCompiled | undefined;
  private magnitude: MagnitudeCompiled | undefined;
  private scale: Compiled | undefined;
  readonly float: Compiled;

  constructor(
    private readonly node: Node,
    private readonly variables: readonly string[],
  ) {
    this.float = compile(node, variables);
  }

  preciseAt(values: Float64Array) {
    this.precise ??= compilePrecise(this.node, this.variables);
    return evaluatePrecise(this.precise, Array.from(values));
  }

  scaleAt(values: Float64Array): number {
    this.scale ??= compileScale(this.node, this.variables);
    return this.scale(values);
  }

  magnitudeAt(values: Float64Array): Magnitude {
    this.magnitude ??= compileMagnitude(this.node, this.variables);
    return this.magnitude(values);
  }
}

type PointResult = { readonly a: boolean; readonly b: boolean; readonly agree: boolean };
/** A point that settles nothing (neither side has a value doubles or log-magnitude can vouch for). */
const SILENT: PointResult = { a: false, b: false, agree: true };

class Sampler {
  private disputed: { values: Float64Array; scale: number; gap: number }[] = [];
  private readonly values: Float64Array;

  constructor(
    private readonly a: Side,
    private readonly b: Side,
    private readonly variables: readonly string[],
    private readonly random: Random,
  ) {
    this.values = new Float64Array(variables.length);
  }

  /** Both sides at the current point: which are defined, and whether they agree. */
  private judgePoint(): PointResult {
    const va = this.a.float(this.values);
    const vb = this.b.float(this.values);
    if (Number.isNaN(va) && Number.isNaN(vb)) return SILENT;
    // Overflow, underflow (a 0 that went through nothing larger), or a pole: compare signs and logarithms instead.
    if (
      !Number.isFinite(va) ||
      !Number.isFinite(vb) ||
      (va === 0 && this.a.scaleAt(this.values) === 0) ||
      (vb === 0 && this.b.scaleAt(this.values) === 0)
    ) {
      const ma = this.a.magnitudeAt(this.values);
      const mb = this.b.magnitudeAt(this.values);
      if (isBeyond(ma) || isBeyond(mb)) return SILENT;
      const da = isDefined(ma) && Number.isFinite(ma.log) === (ma.sign !== 0);
      const db = isDefined(mb) && Number.isFinite(mb.log) === (mb.sign !== 0);
      // A 0 here may be a true zero or one made by cancellation (1 − tanh²x): doubles judged it already.
      if (da && db && (ma.sign === 0 || mb.sign === 0)) {
        // …unless doubles could not evaluate a side at all (0·∞): then this point says nothing.
        if (Number.isNaN(va) || Number.isNaN(vb)) return SILENT;
        return { a: true, b: true, agree: sameValue(va, vb) };
      }
      if (!(da && db) || sameMagnitude(ma, mb)) return { a: da, b: db, agree: true };
      // Log-magnitudes lose a difference of near-equal terms as doubles do (1 − 1/(eʷ + 1) at w = −37 is 0 in
      // doubles): 32 digits, where they reach, have the last word before the sides are called different.
      const scale = Math.max(this.a.scaleAt(this.values), this.b.scaleAt(this.values));
      return { a: true, b: true, agree: this.preciselyEqual(this.values, scale) === true };
    }
    if (sameValue(va, vb)) return { a: true, b: true, agree: true };
    // Clearly apart, and not by rounding: cancellation (cosh²x − sinh²x) can make equal sides look so.
    const scale = Math.max(this.a.scaleAt(this.values), this.b.scaleAt(this.values));
    if (relativeGap(va, vb) > DISPUTED && !withinRounding(va, vb, scale)) return { a: true, b: true, agree: false };
    // Disputed: kept for 32 digits to settle at the end, unless a clear difference elsewhere settles it first.
    const gap = Math.abs(va - vb) / Math.max(scale, Math.abs(va), Math.abs(vb), 1e-300);
    this.disputed.push({ values: Float64Array.from(this.values), scale, gap });
    return { a: true, b: true, agree: true };
  }

  /**
   * Whether 32 digits find both sides equal at `values`, where doubles' rounding is bounded by `scale`;
   * undefined when either side is out of their reach.
   */
  private preciselyEqual(values: Float64Array, scale: number): boolean | undefined {
    const pa = this.a.preciseAt(values);
    const pb = this.b.preciseAt(values);
    if (pa === undefined || pb === undefined) return undefined;
    if (Number.isFinite(scale)) return preciseEqual(pa, pb, scale);
    // Doubles could not even bound the rounding (a divisor cancelled to 0): 32 digits keep at least 12 through it.
    const size = Math.max(Math.abs(pa.toNumber()), Math.abs(pb.toNumber()));
    return preciseEqual(pa, pb, size * 1e14);
  }

  /** The disputed points, the widest gaps first, settled in 32 digits: the first that differs decides. */
  private settleDisputed(): Equivalence | undefined {
    const worst = this.disputed.sort((p, q) => q.gap - p.gap).slice(0, PRECISE_BUDGET);
    for (const point of worst)
      if (this.preciselyEqual(point.values, point.scale) === false)
        return { equal: false, at: pointAt(this.variables, point.values), why: 'value' };
    return undefined;
  }

  /**
   * Samples `bands`; a disagreement ends it. `seenA` tells whether the
   * expected side was defined anywhere, so the caller can fall back to integers.
   */
  run(bands: readonly Band[]): { verdict: Equivalence | undefined; seenA: boolean } {
    let agreed = 0;
    let seenA = false;
    for (const band of bands) {
      let onlyA = 0;
      let onlyB = 0;
      let both = 0;
      for (let draw = 0; draw < DRAWS_PER_BAND && both < POINTS_PER_BAND; draw++) {
        drawPoint(band, this.random, this.values, draw);
        const r = this.judgePoint();
        if (r.a && r.b) {
          if (!r.agree) return { verdict: { equal: false, at: this.at(), why: 'value' }, seenA: true };
          both++;
        } else if (r.a) onlyA++;
        else if (r.b) onlyB++;
      }
      if (both + onlyA > 0) seenA = true;
      const larger = Math.max(both + onlyA, both + onlyB);
      if (larger >= 3 && both < COMMON_SHARE * larger) return { verdict: { equal: false, why: 'domain' }, seenA };
      agreed += both;
    }
    const settled = this.settleDisputed();
    if (settled) return { verdict: settled, seenA };
    return { verdict: agreed >= MIN_POINTS ? { equal: true, how: 'numeric' } : undefined, seenA };
  }

  private at(): Record<string, number> {
    return pointAt(this.variables, this.values);
  }
}

/** Compares the expected tree `a` with a given one `b` over `variables`; `seed` defaults to a hash of the pair. */
export function equivalent(a: Node, b: Node, variables: readonly string[], seed?: number): Equivalence {
  if (freeSymbols(a, variables).length === 0 && freeSymbols(b, variables).length === 0) return compareConstants(a, b);
  const random = seeded(seed ?? pairSeed(a, b));
  if (isRationalFunction(a, variables) && isRationalFunction(b, variables)) {
    const identity = rationalIdentity(a, b, variables, random);
    if (identity)
      return identity.equal ? { equal: true, how: 'exact' } : { equal: false, at: identity.at, why: 'value' };
  }
  const sampler = new Sampler(new Side(a, variables), new Side(b, variables), variables, random);
  const real = sampler.run(REAL_BANDS);
  // An expected answer defined at no real point but integers ((−1)ⁿ, n!) makes its variables integers.
  if (real.seenA) return real.verdict ?? UNDECIDED;
  return sampler.run(INTEGER_BANDS).verdict ?? UNDECIDED;
}
