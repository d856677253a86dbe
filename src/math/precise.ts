/**
 * The same trees evaluated in 32-digit decimal arithmetic (decimal.js), for the
 * few points where doubles cannot settle a comparison: a difference lost to
 * cancellation, or a value beyond 1.8e308 (e^50000, (x − 4a)^6000). Exponents
 * up to 9e15 are representable, so overflow is compared, not given up on.
 * Bounded like the float evaluator: no call reaches anything but arithmetic,
 * a trigonometric argument beyond 1e12 is treated as undefined (its reduction
 * would need thousands of digits of π), and factorials stop at 5000. The
 * costly functions (e^x, ln x, sin x, cos x) come from bigint fixed point
 * (precise-exp-log.ts, precise-trig.ts), decimal.js's series only at the edges.
 */
import { Decimal } from 'decimal.js';
import { CONSTANTS, type FunctionName, type Node } from './ast.js';
import { oddRoot } from './evaluate.js';
import { evaluateExact } from './exact.js';
import { fastExp, fastLn } from './precise-exp-log.js';
import { fastSinCos } from './precise-trig.js';

/** A private Decimal class: nothing else on the page changes its settings. */
const D = Decimal.clone({ precision: 32, rounding: Decimal.ROUND_HALF_EVEN, maxE: 9e15, minE: -9e15 });
type Dec = InstanceType<typeof D>;

export type PreciseCompiled = (values: readonly Dec[]) => Dec;

const NAN = new D(NaN);
const ONE = new D(1);
const TRIG_LIMIT = new D(1e12);
const FACTORIAL_LIMIT = 5000;

/**
 * The constants the float evaluator knows, to this precision: worked out on first use, not when the page
 * loads the checker (decimal.js's e and π series cost milliseconds before the first answer box).
 */
let preciseConstants: Readonly<Record<string, Dec>> | undefined;
const constantsOnce = (): Readonly<Record<string, Dec>> => (preciseConstants ??= { e: ONE.exp(), pi: D.acos(-1) });

const trig =
  (f: (x: Dec) => Dec) =>
  (x: Dec): Dec =>
    x.abs().gt(TRIG_LIMIT) ? NAN : f(x);

function factorial(x: Dec): Dec {
  if (!x.isInteger() || x.isNeg() || x.gt(FACTORIAL_LIMIT)) return NAN;
  let product = ONE;
  for (let k = 2; k <= x.toNumber(); k++) product = product.times(k);
  return product;
}

const inv = (x: Dec): Dec => ONE.div(x);
/** decimal.js answers NaN outside the real domain already; these keep it so for the rest. */
const acos = (x: Dec): Dec => (x.abs().gt(1) ? NAN : x.acos());
const asin = (x: Dec): Dec => (x.abs().gt(1) ? NAN : x.asin());
const acosh = (x: Dec): Dec => (x.lt(1) ? NAN : x.acosh());
const atanh = (x: Dec): Dec => (x.abs().gte(1) ? NAN : x.atanh());
const exp = (x: Dec): Dec => fastExp(D, x) ?? x.exp();
const sinCos = (x: Dec): [Dec, Dec] => fastSinCos(D, x) ?? [x.sin(), x.cos()];
const ln = (x: Dec): Dec => fastLn(D, x) ?? x.ln();
const log = (x: Dec): Dec => (x.isNeg() ? NAN : x.isZero() ? NAN : ln(x));
const LN_BASES = new Map<number, Dec>();
/** log_base x as ln x / ln base, exact where x is a whole power of the base (log₁₀ 1000 is 3, not 2.99…9). */
function logIn(base: number, x: Dec): Dec {
  if (x.isNeg() || x.isZero()) return NAN;
  let lnBase = LN_BASES.get(base);
  if (!lnBase) LN_BASES.set(base, (lnBase = new D(base).ln()));
  const q = ln(x).div(lnBase);
  const whole = q.round();
  return whole.abs().lt(1e6) && new D(base).pow(whole).eq(x) ? whole : q;
}
/** b^t for b > 0 through e^(t·ln b) when that stays within 700 (relative error ~1e-30), else decimal.js's pow. */
function positivePower(b: Dec, t: Dec): Dec {
  if (t.isInteger()) return b.pow(t);
  const product = t.times(ln(b));
  return product.abs().lte(700) ? exp(product) : b.pow(t);
}
const sigmoid = (x: Dec): Dec => ONE.div(ONE.plus(exp(x.neg())));
/**
 * cosh and sinh from one exponential: decimal.js's own series cost several
 * times as much at |x| in the hundreds. Below |x| = 1, e^x − e^−x would cancel
 * digits away, so sinh keeps decimal.js's series there (cheap at that size).
 */
/** The last exponential taken: cosh x and sinh x at one point (cosh²x − sinh²x) need the same e^|x|. */
let lastExp: { readonly x: Dec; readonly e: Dec } | undefined;
function expOf(x: Dec): Dec {
  if (lastExp?.x.eq(x)) return lastExp.e;
  const e = exp(x);
  lastExp = { x, e };
  return e;
}
const cosh = (x: Dec): Dec => {
  const e = expOf(x.abs());
  return e.plus(ONE.div(e)).div(2);
};
const sinh = (x: Dec): Dec => {
  if (x.abs().lt(ONE)) return x.sinh();
  const e = expOf(x.abs());
  const m = e.minus(ONE.div(e)).div(2);
  return x.isNeg() ? m.neg() : m;
};

const IMPLEMENTATIONS: Readonly<Record<FunctionName, (x: Dec, y: Dec) => Dec>> = {
  sin: trig((x) => sinCos(x)[0]),
  cos: trig((x) => sinCos(x)[1]),
  tan: trig((x) => {
    const [s, c] = sinCos(x);
    return s.div(c);
  }),
  sec: trig((x) => inv(sinCos(x)[1])),
  csc: trig((x) => inv(sinCos(x)[0])),
  cot: trig((x) => {
    const [s, c] = sinCos(x);
    return c.div(s);
  }),
  asin,
  acos,
  atan: (x) => x.atan(),
  asec: (x) => acos(inv(x)),
  acsc: (x) => asin(inv(x)),
  acot: (x) => inv(x).atan(),
  sinh,
  cosh,
  tanh: (x) => x.tanh(),
  sech: (x) => inv(cosh(x)),
  csch: (x) => inv(sinh(x)),
  coth: (x) => inv(x.tanh()),
  asinh: (x) => x.asinh(),
  acosh,
  atanh,
  asech: (x) => acosh(inv(x)),
  acsch: (x) => inv(x).asinh(),
  acoth: (x) => atanh(inv(x)),
  exp,
  log,
  log10: (x) => logIn(10, x),
  log2: (x) => logIn(2, x),
  sqrt: (x) => (x.isNeg() ? NAN : x.sqrt()),
  cbrt: (x) => x.cbrt(),
  abs: (x) => x.abs(),
  factorial,
  sigmoid,
  softplus: (x) => log(ONE.plus(exp(x))),
  relu: (x) => (x.isNeg() ? new D(0) : x),
  heaviside: (x) => (x.isZero() ? NAN : x.isPos() ? ONE : new D(0)),
  max: (x, y) => D.max(x, y),
  min: (x, y) => D.min(x, y),
};

function power(base: Dec, exponent: Dec): Dec {
  if (base.isZero() && exponent.isNeg()) return NAN;
  if (base.isNeg() && !exponent.isInteger()) return NAN;
  return base.isPos() ? positivePower(base, exponent) : base.pow(exponent);
}

/** p when the exponent is exactly p/2 for an odd p of moderate size. */
function halfPower(exponent: Node): number | undefined {
  const r = evaluateExact(exponent);
  return r && r.d === 2n && r.n >= -4097n && r.n <= 4097n ? Number(r.n) : undefined;
}

/** Compiles a scalar tree over `variables`, like evaluate.ts's compile but in 32 digits. */
export function compilePrecise(node: Node, variables: readonly string[]): PreciseCompiled {
  switch (node.type) {
    case 'number': {
      const value = new D(node.value);
      return () => value;
    }
    case 'symbol': {
      const index = variables.indexOf(node.name);
      if (index >= 0) return (v) => v[index]!;
      const value = constantsOnce()[node.name] ?? new D(CONSTANTS[node.name] ?? NaN);
      return () => value;
    }
    case 'neg': {
      const arg = compilePrecise(node.arg, variables);
      return (v) => arg(v).neg();
    }
    case 'call': {
      const f = IMPLEMENTATIONS[node.fn];
      const args = node.args.map((a) => compilePrecise(a, variables));
      return (v) => f(args[0]!(v), args[1]?.(v) ?? NAN);
    }
    case 'binary': {
      const l = compilePrecise(node.left, variables);
      const root = node.op === '^' ? oddRoot(node.right) : undefined;
      const half = node.op === '^' && !root ? halfPower(node.right) : undefined;
      if (half !== undefined) {
        // x^(p/2) as (√x)^p: a square root costs a tenth of pow's exp(ln(x)·p/2).
        return (v) => {
          const b = l(v);
          return b.isNeg() || (b.isZero() && half < 0) ? NAN : b.sqrt().pow(half);
        };
      }
      if (root) {
        // A cube root directly (cbrt is many times faster than exp(ln(b)/3)), then the integer power.
        const exponent = new D(root.p).div(root.q);
        const cube = root.q === 3;
        return (v) => {
          const b = l(v);
          const m = cube ? b.abs().cbrt().pow(root.p) : positivePower(b.abs(), exponent);
          return b.isNeg() && Math.abs(root.p) % 2 === 1 ? m.neg() : m;
        };
      }
      const r = compilePrecise(node.right, variables);
      switch (node.op) {
        case '+':
          return (v) => l(v).plus(r(v));
        case '-':
          return (v) => l(v).minus(r(v));
        case '*':
          return (v) => l(v).times(r(v));
        case '/':
          return (v) => {
            const d = r(v);
            return d.isZero() ? NAN : l(v).div(d);
          };
        case '^':
          return (v) => power(l(v), r(v));
      }
    }
    // falls through: vectors are lowered before anything is compiled
    case 'vector':
      throw new Error('compilePrecise: vectors are lowered to components before compiling');
  }
}

/** A precise value, or undefined where the tree is undefined (or beyond 10^(9e15)). */
export function evaluatePrecise(f: PreciseCompiled, values: readonly number[]): Dec | undefined {
  try {
    const value = f(values.map((x) => new D(x)));
    return value.isFinite() ? value : undefined;
  } catch {
    return undefined; // decimal.js refuses some inputs (precision limits): no value, not a crash
  }
}

/**
 * Whether two precise values agree to 22 of their 32 digits (or are both below
 * 1e-22), or differ by less than 32 digits can resolve when the evaluation went
 * through numbers of size `scale` (cancellation: cosh²x − sinh²x at x = 200).
 */
export function preciseEqual(a: Dec, b: Dec, scale = 0): boolean {
  const diff = a.minus(b).abs();
  if (diff.lte(1e-22) || diff.lte(D.max(a.abs(), b.abs()).times(1e-22))) return true;
  return Number.isFinite(scale) && diff.lte(new D(scale).times(1e-26));
}

/** The precise value of a tree with no variables. */
export function preciseConstant(node: Node): Dec | undefined {
  return evaluatePrecise(compilePrecise(node, []), []);
}

export type { Dec as PreciseValue };
