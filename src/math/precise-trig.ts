/**
 * sin x and cos x for the 32-digit evaluator, in binary fixed point (bigint,
 * 256 fractional bits) instead of decimal.js's series, which cost hundreds of
 * microseconds for a single cos(π/4). The argument is reduced by a multiple
 * of π/2 known to 320 bits, exact enough for any |x| ≤ 1e12 (the evaluator's
 * bound); what is left is summed as a Taylor series to 2^-256. The 256 bits
 * leave a relative error below 1e-37 unless x lies within 2^-120 of a multiple
 * of π/2: there decimal.js's functions are used, as before.
 */
import type { Decimal } from 'decimal.js';
import { scaleByPowerOfTwo, toFixedPoint } from './precise-exp-log.js';

type Dec = Decimal;
type Ctor = typeof Decimal;

const G = 256n;
const ONE = 1n << G;
const PI_BITS = G + 64n;

/** atan(1/n)·2^bits, by its alternating series. */
function atanInverse(n: bigint, bits: bigint): bigint {
  let power = (1n << bits) / n;
  let sum = 0n;
  for (let k = 1n, sign = 1n; power > 0n; k += 2n, sign = -sign, power /= n * n) sum += (sign * power) / k;
  return sum;
}

let halfPi: bigint | undefined;
/** π/2 to PI_BITS bits, by Machin's formula: π/4 = 4·atan(1/5) − atan(1/239). */
function halfPiFixed(): bigint {
  halfPi ??= (2n * (4n * atanInverse(5n, PI_BITS + 8n) - atanInverse(239n, PI_BITS + 8n))) >> 8n;
  return halfPi;
}

/** sin r and cos r for |r| ≤ π/4, both to 2^-G. */
function series(r: bigint): [bigint, bigint] {
  const r2 = (r * r) >> G;
  let sin = r;
  let cos = ONE;
  let term = r; // r^n/n!, n odd for sin
  let cosTerm = ONE;
  for (let n = 1n; term !== 0n || cosTerm !== 0n; n += 2n) {
    cosTerm = -(cosTerm * r2) / ((n * (n + 1n)) << G);
    term = -(term * r2) / (((n + 1n) * (n + 2n)) << G);
    cos += cosTerm;
    sin += term;
  }
  return [sin, cos];
}

/** [sin x, cos x], or undefined where decimal.js should decide instead. */
export function fastSinCos(D: Ctor, x: Dec): [Dec, Dec] | undefined {
  if (!x.isFinite() || x.abs().gt(1e12) || x.abs().lt(1e-30)) return undefined;
  const X = toFixedPoint(x, G);
  const H = halfPiFixed();
  const shift = PI_BITS - G;
  const k = ((X << (shift + 1n)) / H + (X >= 0n ? 1n : -1n)) / 2n;
  const r = X - ((k * H) >> shift);
  if ((r < 0n ? -r : r) < 1n << (G - 120n)) return undefined;
  const [s, c] = series(r);
  const quadrant = Number(((k % 4n) + 4n) % 4n);
  const [sin, cos] = [
    [s, c],
    [c, -s],
    [-s, -c],
    [-c, s],
  ][quadrant]!;
  return [scaleByPowerOfTwo(D, sin!, -G), scaleByPowerOfTwo(D, cos!, -G)];
}
