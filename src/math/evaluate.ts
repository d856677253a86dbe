/**
 * A bounded evaluator over real numbers. It compiles a tree once into a plain
 * closure over a vector of variable values, so checking an answer at a dozen
 * points costs microseconds. It knows only the allow-listed functions of ast.ts,
 * computes factorials only up to LIMITS.factorial, and never calls out: learner
 * text cannot reach anything but arithmetic. Outside the real domain (√−1,
 * log 0, 0/0) the result is NaN or ±Infinity, which callers treat as undefined.
 */
import { CONSTANTS, type BinaryOp, type FunctionName, type Node } from './ast.js';
import { LIMITS } from './limits.js';

export type Compiled = (values: Float64Array) => number;

function factorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) return NaN;
  if (n > LIMITS.factorial) return Infinity;
  let product = 1;
  for (let k = 2; k <= n; k++) product *= k;
  return product;
}

const IMPLEMENTATIONS: Readonly<Record<FunctionName, (x: number) => number>> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  factorial,
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
    case 'binary':
      return compileBinary(node.op, compile(node.left, variables), compile(node.right, variables));
    case 'call': {
      const f = IMPLEMENTATIONS[node.fn];
      const arg = compile(node.args[0]!, variables);
      return (v) => f(arg(v));
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

/** The value of a tree with no variables (NaN where it is undefined). */
export function evaluateConstant(node: Node): number {
  return compile(node, [])(new Float64Array(0));
}
