/**
 * Evaluation in log-magnitude: a value is kept as its sign and the natural log
 * of its size, so e^50000, (x − 4a)^6000 and 500! are ordinary numbers here
 * (and so are their reciprocals, which underflow to 0 in doubles). Used where
 * doubles overflow or underflow on both sides: comparing there is comparing
 * signs and logs. As cheap as the float evaluator, and as bounded: functions
 * without a log-magnitude rule are evaluated in doubles when the argument
 * fits in one, and are undefined otherwise.
 */
import { CONSTANTS, type FunctionName, type Node } from './ast.js';
import { compile, oddRoot } from './evaluate.js';

/** sign ∈ {−1, 0, 1} (NaN: undefined); log = ln|value| (−Infinity for 0). */
export interface Magnitude {
  readonly sign: number;
  readonly log: number;
}

export type MagnitudeCompiled = (values: Float64Array) => Magnitude;

const UNDEFINED: Magnitude = { sign: NaN, log: NaN };
/** Beyond even log-magnitude (e^(e^1000)): not undefined, just unknown here. */
const BEYOND: Magnitude = { sign: NaN, log: Infinity };
const ZERO: Magnitude = { sign: 0, log: -Infinity };
const LN2 = Math.LN2;

/** Below this a double is subnormal: it keeps too few digits for its logarithm to be compared. */
const SUBNORMAL = 2.2250738585072014e-308;

export function fromValue(x: number): Magnitude {
  if (Number.isNaN(x) || !Number.isFinite(x)) return UNDEFINED;
  if (x === 0) return ZERO;
  return Math.abs(x) < SUBNORMAL ? UNDEFINED : { sign: Math.sign(x), log: Math.log(Math.abs(x)) };
}

/** The double a magnitude stands for (±Infinity or 0 beyond a double's range). */
export function toValue(m: Magnitude): number {
  return m.sign === 0 ? 0 : m.sign * Math.exp(m.log);
}

const defined = (m: Magnitude): boolean => !Number.isNaN(m.sign) && !Number.isNaN(m.log);
export const isBeyond = (m: Magnitude): boolean => Number.isNaN(m.sign) && m.log === Infinity;
/** What an operation on a side that is not a number gives: undefined wins over unknown. */
const notANumber = (a: Magnitude, b: Magnitude): Magnitude =>
  (!defined(a) && !isBeyond(a)) || (!defined(b) && !isBeyond(b)) ? UNDEFINED : BEYOND;

function add(a: Magnitude, b: Magnitude): Magnitude {
  if (!defined(a) || !defined(b)) return notANumber(a, b);
  if (a.sign === 0) return b;
  if (b.sign === 0) return a;
  const [big, small] = a.log >= b.log ? [a, b] : [b, a];
  const gap = small.log - big.log; // ≤ 0
  if (big.sign === small.sign) return { sign: big.sign, log: big.log + Math.log1p(Math.exp(gap)) };
  if (gap === 0) return ZERO;
  return { sign: big.sign, log: big.log + Math.log1p(-Math.exp(gap)) };
}

const neg = (a: Magnitude): Magnitude => ({ sign: -a.sign, log: a.log });

function times(a: Magnitude, b: Magnitude): Magnitude {
  if (!defined(a) || !defined(b)) return notANumber(a, b);
  return a.sign === 0 || b.sign === 0 ? ZERO : { sign: a.sign * b.sign, log: a.log + b.log };
}

function divide(a: Magnitude, b: Magnitude): Magnitude {
  if (!defined(a) || !defined(b)) return notANumber(a, b);
  if (b.sign === 0) return UNDEFINED;
  return a.sign === 0 ? ZERO : { sign: a.sign * b.sign, log: a.log - b.log };
}

/** base^e, where e is the exponent as a double (exact, so that 6000 stays an integer). */
function power(base: Magnitude, e: number, root: { p: number; q: number } | undefined): Magnitude {
  if (!defined(base)) return notANumber(base, base);
  if (!Number.isFinite(e)) return Number.isNaN(e) ? UNDEFINED : BEYOND;
  if (base.sign === 0) return e > 0 ? ZERO : UNDEFINED;
  const log = e * base.log;
  if (base.sign > 0) return { sign: 1, log };
  if (root) return { sign: Math.abs(root.p) % 2 === 1 ? -1 : 1, log };
  if (!Number.isInteger(e)) return UNDEFINED;
  return { sign: Math.abs(e) % 2 === 1 ? -1 : 1, log };
}

/** ln n! by Stirling's series beyond where the product is cheap (accurate to ~1e-15 relative). */
function logFactorial(n: number): number {
  if (n < 2) return 0;
  if (n <= 170) {
    let product = 1;
    for (let k = 2; k <= n; k++) product *= k;
    return Math.log(product);
  }
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}

/** Functions with a rule for huge arguments; the rest go through doubles. */
function call(fn: FunctionName, x: Magnitude, double: (v: number) => number): Magnitude {
  if (!defined(x)) return notANumber(x, x);
  const v = toValue(x);
  switch (fn) {
    case 'exp':
      return Number.isFinite(v) ? { sign: 1, log: v } : v < 0 ? ZERO : BEYOND;
    case 'log':
      return x.sign > 0 ? fromValue(x.log) : UNDEFINED;
    case 'sqrt':
      return x.sign >= 0 ? { sign: x.sign, log: x.log / 2 } : UNDEFINED;
    case 'cbrt':
      return { sign: x.sign, log: x.log / 3 };
    case 'abs':
      return { sign: Math.abs(x.sign), log: x.log };
    case 'cosh':
    case 'sinh':
      if (Number.isFinite(v) && Math.abs(v) > 20)
        return { sign: fn === 'cosh' ? 1 : Math.sign(v), log: Math.abs(v) - LN2 };
      break;
    case 'sigmoid':
      // ln σ(v) = −softplus(−v): exact in the far tail, where σ(v) ≈ eᵛ underflows.
      return Number.isFinite(v)
        ? { sign: 1, log: v < 0 ? v - Math.log1p(Math.exp(v)) : -Math.log1p(Math.exp(-v)) }
        : UNDEFINED;
    case 'sech':
    case 'csch':
      if (Number.isFinite(v) && Math.abs(v) > 20)
        return { sign: fn === 'sech' ? 1 : Math.sign(v), log: LN2 - Math.abs(v) };
      break;
    case 'factorial':
      return Number.isInteger(v) && v >= 0 && v <= 1e7 ? { sign: 1, log: logFactorial(v) } : UNDEFINED;
    default:
      break;
  }
  // An argument beyond a double: a function without a rule for it cannot say.
  return Number.isFinite(v) ? fromValue(double(v)) : BEYOND;
}

export function compileMagnitude(node: Node, variables: readonly string[]): MagnitudeCompiled {
  switch (node.type) {
    case 'number': {
      const m = fromValue(node.value);
      return () => m;
    }
    case 'symbol': {
      const k = variables.indexOf(node.name);
      if (k >= 0) return (v) => fromValue(v[k]!);
      const m = fromValue(CONSTANTS[node.name] ?? NaN);
      return () => m;
    }
    case 'neg': {
      const arg = compileMagnitude(node.arg, variables);
      return (v) => neg(arg(v));
    }
    case 'call': {
      if (node.args.length !== 1) {
        const f = compile(node, variables);
        return (v) => fromValue(f(v));
      }
      const arg = compileMagnitude(node.args[0]!, variables);
      const one = compile({ type: 'call', fn: node.fn, args: [{ type: 'symbol', name: '\u0000' }] }, ['\u0000']);
      const cell = new Float64Array(1);
      const double = (x: number): number => {
        cell[0] = x;
        return one(cell);
      };
      return (v) => call(node.fn, arg(v), double);
    }
    case 'binary': {
      const l = compileMagnitude(node.left, variables);
      const r = node.op === '^' ? l : compileMagnitude(node.right, variables);
      switch (node.op) {
        case '+':
          return (v) => add(l(v), r(v));
        case '-':
          return (v) => add(l(v), neg(r(v)));
        case '*':
          return (v) => times(l(v), r(v));
        case '/':
          return (v) => divide(l(v), r(v));
        case '^': {
          const root = oddRoot(node.right);
          const exponent = compile(node.right, variables);
          return (v) => power(l(v), exponent(v), root);
        }
      }
    }
    // falls through: vectors are lowered before anything is compiled
    case 'vector':
      throw new Error('compileMagnitude: vectors are lowered to components before compiling');
  }
}

/** Whether two magnitudes are the same number, to 1e-9 relative (defined and of one sign). */
export function sameMagnitude(a: Magnitude, b: Magnitude): boolean {
  if (a.sign !== b.sign) return false;
  if (a.sign === 0) return true;
  return Math.abs(a.log - b.log) <= 1e-9 * Math.max(1, Math.abs(a.log), Math.abs(b.log));
}

export const isDefined = defined;
