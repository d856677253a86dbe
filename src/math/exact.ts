/**
 * Exact rational arithmetic for the numbers a worked solution shows: 3 − 0.1·6
 * is 2.4, not 2.4000000000000004, and (1/6)·46 is 23/3. A tree evaluates
 * exactly when it uses only decimals, + − × ÷, small integer powers and
 * factorials of integers (200!/199! is 200, where doubles overflow);
 * otherwise (√, sin, a huge power) there is no exact value and callers fall
 * back to floating point. Sizes are bounded so no input can make this slow.
 */
import type { BinaryOp, Node } from './ast.js';

export interface Rational {
  readonly n: bigint;
  readonly d: bigint; // always > 0, and gcd(n, d) = 1
}

const MAX_BITS = 2048n;
const MAX_POWER = 4096;
/** The largest n whose n! is below 2^MAX_BITS. */
const MAX_FACTORIAL = 300;

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function make(n: bigint, d: bigint): Rational | undefined {
  if (d === 0n) return undefined;
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  const r = { n: n / g, d: d / g };
  const limit = 1n << MAX_BITS;
  return (r.n < 0n ? -r.n : r.n) > limit || r.d > limit ? undefined : r;
}

/** The exact value of a decimal literal (`2.40`, `1e-3`); undefined beyond the size bound. */
function fromText(text: string): Rational | undefined {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || text.length > 400) return undefined;
  const [, whole = '', frac = '', exp = '0'] = m;
  const shift = Number(exp) - frac.length;
  if (Math.abs(shift) > 400) return undefined;
  const digits = BigInt(`${whole}${frac}` || '0');
  return shift >= 0 ? make(digits * 10n ** BigInt(shift), 1n) : make(digits, 10n ** BigInt(-shift));
}

/** The exact value of a finite double as written in decimal (0.1 is 1/10, not its binary neighbour). */
export function fromNumber(value: number): Rational | undefined {
  if (!Number.isFinite(value)) return undefined;
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!m) return undefined;
  const [, sign, whole, frac = '', exp = '0'] = m;
  const shift = Number(exp) - frac.length;
  if (Math.abs(shift) > 400) return undefined;
  const digits = BigInt(`${sign}${whole}${frac}`);
  return shift >= 0 ? make(digits * 10n ** BigInt(shift), 1n) : make(digits, 10n ** BigInt(-shift));
}

export function toNumber(r: Rational): number {
  const n = Number(r.n);
  const d = Number(r.d);
  if (Number.isFinite(n) && Number.isFinite(d)) return n / d;
  // Past 2^1024 a bigint converts to Infinity, and Infinity/Infinity is NaN: drop the same low bits from both.
  const bits = (x: bigint) => (x < 0n ? -x : x).toString(2).length;
  const shift = BigInt(Math.max(bits(r.n), bits(r.d)) - 1000);
  return Number(r.n >> shift) / Number(r.d >> shift);
}

const bits = (n: bigint): number => (n < 0n ? -n : n).toString(2).length;

function power(base: Rational, exponent: Rational): Rational | undefined {
  if (exponent.d !== 1n || exponent.n > BigInt(MAX_POWER) || exponent.n < -BigInt(MAX_POWER)) return undefined;
  const k = exponent.n < 0n ? -exponent.n : exponent.n;
  // Refuse before computing: a result beyond the size bound is never built.
  if ((bits(base.n) + bits(base.d)) * Number(k) > 2 * Number(MAX_BITS)) return undefined;
  const r = make(base.n ** k, base.d ** k);
  return r && exponent.n < 0n ? make(r.d, r.n) : r;
}

/** The exact value of `node`, or undefined where it has none (or no exact one we compute). */
export function evaluateExact(node: Node, values: Readonly<Record<string, Rational>> = {}): Rational | undefined {
  switch (node.type) {
    case 'number':
      // As typed when typed: 1267650600228229401496703205376 is 2^100, not its nearest double.
      return node.text !== undefined ? (fromText(node.text) ?? fromNumber(node.value)) : fromNumber(node.value);
    case 'symbol':
      return Object.hasOwn(values, node.name) ? values[node.name] : undefined;
    case 'neg': {
      const a = evaluateExact(node.arg, values);
      return a && { n: -a.n, d: a.d };
    }
    case 'binary': {
      const a = evaluateExact(node.left, values);
      const b = a && evaluateExact(node.right, values);
      if (!a || !b) return undefined;
      return arithmetic(node.op, a, b);
    }
    case 'call':
      return node.fn === 'factorial' ? factorial(evaluateExact(node.args[0]!, values)) : undefined;
    default:
      return undefined;
  }
}

/** n! for a whole n, while it stays within the size bound (300! does, 301! does not). */
function factorial(x: Rational | undefined): Rational | undefined {
  if (!x || x.d !== 1n || x.n < 0n || x.n > BigInt(MAX_FACTORIAL)) return undefined;
  let product = 1n;
  for (let k = 2n; k <= x.n; k++) product *= k;
  return make(product, 1n);
}

function arithmetic(op: BinaryOp, a: Rational, b: Rational): Rational | undefined {
  switch (op) {
    case '+':
      return make(a.n * b.d + b.n * a.d, a.d * b.d);
    case '-':
      return make(a.n * b.d - b.n * a.d, a.d * b.d);
    case '*':
      return make(a.n * b.n, a.d * b.d);
    case '/':
      return make(a.n * b.d, a.d * b.n);
    case '^':
      return power(a, b);
  }
}

/** Whether a rational has a finite decimal expansion (its denominator is 2^a·5^b). */
export function terminates(r: Rational): boolean {
  let d = r.d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}
