/**
 * e^x and ln x for the 32-digit evaluator, in binary fixed point (bigint, 160
 * fractional bits) instead of decimal.js's series: a few microseconds where
 * decimal.js takes hundreds, and they are most of what a precise re-check
 * costs (cosh, e^(ln 5), 10^(log₁₀ 7), every non-integer power).
 *
 * Error: e^x is computed to about 2^-150 relative before the final rounding to
 * the class's precision; ln x takes one Halley step from the double's log
 * (cubic convergence: 2^-53 → far below 2^-150), so it is as good as the e^y
 * it uses. Where these arguments do not hold (x beyond 10^17, ln near 1 where
 * a relative error would grow, values beyond doubles' range) decimal.js's own
 * functions are used, as before.
 */
import type { Decimal } from 'decimal.js';

type Dec = Decimal;
type Ctor = typeof Decimal;

const F = 160n;
const ONE = 1n << F;
/** ln 2 with 64 more bits than F, so k·ln 2 stays exact to 2^-F for any |k| < 2^60. */
const LN2_BITS = F + 64n;
/** Bits of x/2^S that the series sees: e^x = (e^(x/2^S))^(2^S). */
const S = 8n;
const LOG10_2 = Math.log10(2);

let ln2: bigint | undefined;
/** ln 2 = 2·atanh(1/3) = 2·Σ 1/((2k+1)·3^(2k+1)), to LN2_BITS bits. */
function ln2Fixed(): bigint {
  if (ln2 !== undefined) return ln2;
  const one = 1n << (LN2_BITS + 8n);
  let sum = 0n;
  let power = one / 3n; // 3^-(2k+1)
  for (let k = 1n; power > 0n; k += 2n, power /= 9n) sum += power / k;
  ln2 = (2n * sum) >> 8n;
  return ln2;
}

/** x as round(x·2^bits), for |x| ≤ 1e17 written in at most a few hundred digits. */
export function toFixedPoint(x: Dec, bits = F): bigint {
  const text = x.toFixed();
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const scale = 10n ** BigInt(fraction.length);
  const magnitude = ((BigInt(whole + fraction) << (bits + 1n)) / scale + 1n) >> 1n;
  return negative ? -magnitude : magnitude;
}

/** e^x, or undefined where decimal.js should decide instead. */
export function fastExp(D: Ctor, x: Dec): Dec | undefined {
  if (!x.isFinite() || x.abs().gt(1e17)) return undefined;
  if (x.abs().lt(1e-40)) return new D(1).plus(x); // x²/2 is far below the last digit
  const X = toFixedPoint(x);
  const L = ln2Fixed();
  const shift = LN2_BITS - F;
  // k = round(x / ln 2); r = x − k·ln 2, |r| ≤ ln 2 / 2.
  const k = ((X << (shift + 1n)) / L + (X >= 0n ? 1n : -1n)) / 2n;
  const r = X - ((k * L) >> shift);
  const small = r >> S;
  let sum = ONE;
  let term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * small) / (n << F);
    sum += term;
  }
  for (let i = 0n; i < S; i++) sum = (sum * sum) >> F;
  return scaleByPowerOfTwo(D, sum, k - F);
}

/**
 * m·2^e as a decimal rounded to the class's precision: exactly in bigint while
 * the numbers stay a few hundred digits long, else through decimal.js's integer
 * power (correctly rounded too, but several times slower).
 */
export function scaleByPowerOfTwo(D: Ctor, m: bigint, e: bigint): Dec {
  if (e >= 0n && e <= 3000n) return new D((m << e).toString()).toSignificantDigits(D.precision);
  if (e < 0n && e >= -3000n) {
    // m·2^e = (m·10^d / 2^−e)·10^−d, with d decimals: enough that the quotient keeps ~45 digits.
    const d = BigInt(Math.ceil(Number(-e) * LOG10_2));
    const q = (m * 10n ** d) >> -e;
    return new D(`${q}e-${d}`).toSignificantDigits(D.precision);
  }
  return new D(m.toString()).times(new D(2).pow(Number(e)));
}

/** ln x for x > 0, or undefined where decimal.js should decide instead. */
export function fastLn(D: Ctor, x: Dec): Dec | undefined {
  if (!x.isFinite() || !x.isPos()) return undefined;
  const guess = Math.log(x.toNumber());
  // Near 1, ln x is small and an absolute error of 1e-32 would be a large relative one.
  if (!Number.isFinite(guess) || Math.abs(guess) < 0.01) return undefined;
  const y = new D(guess);
  const e = fastExp(D, y);
  if (!e) return undefined;
  // Halley: y + 2(x − e^y)/(x + e^y).
  return y.plus(x.minus(e).times(2).div(x.plus(e)));
}
