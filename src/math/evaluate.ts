/**
 * A bounded evaluator over real numbers. It compiles a tree once into a plain
 * closure over a vector of variable values, so checking an answer at a dozen
 * points costs microseconds. It knows only the allow-listed functions of ast.ts,
 * computes factorials only up to LIMITS.factorial, and never calls out: learner
 * text cannot reach anything but arithmetic. Outside the real domain (√−1,
 * log 0, 0/0) the result is NaN or ±Infinity, which callers treat as undefined.
 */
import { CONSTANTS, type BinaryOp, type FunctionName, type Node } from './ast.js';
import { evaluateExact } from './exact.js';
import { LIMITS } from './limits.js';

export type Compiled = (values: Float64Array) => number;

function factorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) return NaN;
  if (n > LIMITS.factorial) return Infinity;
  let product = 1;
  for (let k = 2; k <= n; k++) product *= k;
  return product;
}

/** Logistic function, written so that neither tail overflows. */
function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** log(1 + eˣ), exact in both tails. */
const softplus = (x: number): number => (x > 30 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));

/** 1 for x > 0, 0 for x < 0, undefined at 0 (where relu has no derivative). */
const heaviside = (x: number): number => (x > 0 ? 1 : x < 0 ? 0 : NaN);

type Implementation = (x: number, y: number) => number;

const IMPLEMENTATIONS: Readonly<Record<FunctionName, Implementation>> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  sec: (x) => 1 / Math.cos(x),
  csc: (x) => 1 / Math.sin(x),
  cot: (x) => Math.cos(x) / Math.sin(x),
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  asec: (x) => Math.acos(1 / x),
  acsc: (x) => Math.asin(1 / x),
  acot: (x) => Math.atan(1 / x),
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  sech: (x) => 1 / Math.cosh(x),
  csch: (x) => 1 / Math.sinh(x),
  coth: (x) => 1 / Math.tanh(x),
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
  asech: (x) => Math.acosh(1 / x),
  acsch: (x) => Math.asinh(1 / x),
  acoth: (x) => Math.atanh(1 / x),
  exp: Math.exp,
  log: Math.log,
  log10: Math.log10,
  log2: Math.log2,
  sqrt: Math.sqrt,
  cbrt: Math.cbrt,
  abs: Math.abs,
  factorial,
  sigmoid,
  softplus,
  relu: (x) => (Number.isNaN(x) ? NaN : Math.max(0, x)),
  heaviside,
  max: (x, y) => Math.max(x, y),
  min: (x, y) => Math.min(x, y),
};

export class UnknownSymbolError extends Error {
  constructor(readonly symbol: string) {
    super(`unknown symbol ${symbol}`);
  }
}

/**
 * Compiles a scalar tree over `variables` (their order is the order of the
 * values array). Throws UnknownSymbolError for a symbol that is neither a
 * variable nor a constant: callers check symbols before compiling.
 */
export function compile(node: Node, variables: readonly string[]): Compiled {
  switch (node.type) {
    case 'number': {
      const value = node.value;
      return () => value;
    }
    case 'symbol': {
      const index = variables.indexOf(node.name);
      if (index >= 0) return (v) => v[index]!;
      if (Object.hasOwn(CONSTANTS, node.name)) {
        const value = CONSTANTS[node.name]!;
        return () => value;
      }
      throw new UnknownSymbolError(node.name);
    }
    case 'neg': {
      const arg = compile(node.arg, variables);
      return (v) => -arg(v);
    }
    case 'binary': {
      const root = node.op === '^' ? oddRoot(node.right) : undefined;
      const base = compile(node.left, variables);
      return root ? compileRealRoot(base, root) : compileBinary(node.op, base, compile(node.right, variables));
    }
    case 'call': {
      const f = IMPLEMENTATIONS[node.fn];
      const arg = compile(node.args[0]!, variables);
      if (node.args.length === 1) return (v) => f(arg(v), NaN);
      const second = compile(node.args[1]!, variables);
      return (v) => f(arg(v), second(v));
    }
    case 'vector':
      throw new Error('compile: vectors are lowered to components before compiling');
  }
}

function compileBinary(op: BinaryOp, l: Compiled, r: Compiled): Compiled {
  switch (op) {
    case '+':
      return (v) => l(v) + r(v);
    case '-':
      return (v) => l(v) - r(v);
    case '*':
      return (v) => l(v) * r(v);
    case '/':
      return (v) => l(v) / r(v);
    case '^':
      return (v) => Math.pow(l(v), r(v));
  }
}

/**
 * A constant exponent p/q in lowest terms with q odd (1/3, −2/5): then a
 * negative base has a real power, as on paper ((−8)^(1/3) = −2), where
 * Math.pow would say NaN.
 */
export function oddRoot(exponent: Node): { readonly p: number; readonly q: number } | undefined {
  if (exponent.type === 'number' || exponent.type === 'symbol') return undefined;
  const r = evaluateExact(exponent);
  if (!r || r.d === 1n || r.d % 2n === 0n || r.d > 1_000_001n) return undefined;
  return { p: Number(r.n), q: Number(r.d) };
}

function compileRealRoot(base: Compiled, { p, q }: { p: number; q: number }): Compiled {
  const exponent = p / q;
  const negate = Math.abs(p) % 2 === 1;
  return (v) => {
    const b = base(v);
    if (b >= 0 || Number.isNaN(b)) return Math.pow(b, exponent);
    const m = Math.pow(-b, exponent);
    return negate ? -m : m;
  };
}

/** The value of a tree with no variables (NaN where it is undefined). */
export function evaluateConstant(node: Node): number {
  return compile(node, [])(new Float64Array(0));
}
