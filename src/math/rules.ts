/**
 * Differentiation by the textbook rules on our own tree, with switches that
 * reproduce a learner's slips: the chain rule's inner factor dropped, the power
 * rule's exponent forgotten. The result is never simplified and never shown;
 * it is only compared numerically, so that the engine knows what each mistake
 * would give (derivative.ts is the one whose output people read).
 */
import { bin, num, type FunctionName, type Node } from './ast.js';

export interface Slips {
  /** Leave out the inner derivative of the chain rule: d/dx f(g(x)) = f'(g(x)). */
  readonly dropChain?: boolean;
  /** Forget to bring down the exponent: d/dx xⁿ = xⁿ⁻¹. */
  readonly forgetExponent?: boolean;
  /** Treat these other variables as varying together with the variable (dy/dx = 1). */
  readonly alsoVarying?: readonly string[];
}

const ZERO = num(0);
const ONE = num(1);
const isZero = (n: Node) => n.type === 'number' && n.value === 0;
const isOne = (n: Node) => n.type === 'number' && n.value === 1;

// Light constant folding keeps the trees small; it changes no value.
const add = (a: Node, b: Node): Node => (isZero(a) ? b : isZero(b) ? a : bin('+', a, b));
const sub = (a: Node, b: Node): Node => (isZero(b) ? a : isZero(a) ? { type: 'neg', arg: b } : bin('-', a, b));
const mul = (a: Node, b: Node): Node => (isZero(a) || isZero(b) ? ZERO : isOne(a) ? b : isOne(b) ? a : bin('*', a, b));
const div = (a: Node, b: Node): Node => (isZero(a) ? ZERO : isOne(b) ? a : bin('/', a, b));
const call = (fn: FunctionName, arg: Node): Node => ({ type: 'call', fn, args: [arg] });
const square = (n: Node): Node => bin('^', n, num(2));
const neg = (n: Node): Node => ({ type: 'neg', arg: n });
/** 1/√(1 − g²) and its relatives, the derivatives of the inverse functions. */
const overRoot = (radicand: Node): Node => div(ONE, call('sqrt', radicand));

function dependsOn(node: Node, names: ReadonlySet<string>): boolean {
  switch (node.type) {
    case 'number':
      return false;
    case 'symbol':
      return names.has(node.name);
    case 'neg':
      return dependsOn(node.arg, names);
    case 'binary':
      return dependsOn(node.left, names) || dependsOn(node.right, names);
    case 'call':
    case 'vector':
      return (node.type === 'call' ? node.args : node.items).some((c) => dependsOn(c, names));
  }
}

/** The derivative of `node` with respect to `wrt`, under the given slips. */
export function differentiateByRules(node: Node, wrt: string, slips: Slips = {}): Node {
  const varying = new Set([wrt, ...(slips.alsoVarying ?? [])]);
  const d = (n: Node): Node => {
    if (!dependsOn(n, varying)) return ZERO;
    switch (n.type) {
      case 'number':
        return ZERO;
      case 'symbol':
        return ONE;
      case 'neg':
        return { type: 'neg', arg: d(n.arg) };
      case 'vector':
        return { type: 'vector', items: n.items.map(d) };
      case 'binary':
        return binary(n.op, n.left, n.right);
      case 'call':
        return chain(n, n.args[0]!);
    }
  };
  const inner = (g: Node): Node => (slips.dropChain ? ONE : d(g));
  const binary = (op: string, f: Node, g: Node): Node => {
    switch (op) {
      case '+':
        return add(d(f), d(g));
      case '-':
        return sub(d(f), d(g));
      case '*':
        return add(mul(d(f), g), mul(f, d(g)));
      case '/':
        return div(sub(mul(d(f), g), mul(f, d(g))), bin('^', g, num(2)));
      default: {
        // f^g: a constant exponent takes the power rule; otherwise f^g = e^(g ln f).
        if (!dependsOn(g, varying)) {
          const factor = slips.forgetExponent ? ONE : g;
          const lowered = g.type === 'number' ? num(g.value - 1) : bin('-', g, ONE);
          const power = isOne(lowered) ? f : isZero(lowered) ? ONE : bin('^', f, lowered);
          return mul(mul(factor, power), inner(f));
        }
        const power = bin('^', f, g);
        if (!dependsOn(f, varying)) return mul(mul(power, call('log', f)), inner(g));
        return mul(power, add(mul(d(g), call('log', f)), div(mul(g, d(f)), f)));
      }
    }
  };
  const chain = (n: Node & { type: 'call' }, g: Node): Node => {
    if (n.fn === 'max' || n.fn === 'min') {
      // max(f, h)' is f' where f is the larger, h' where h is: a step picks the branch.
      const h = n.args[1]!;
      const [first, second] = n.fn === 'max' ? [sub(g, h), sub(h, g)] : [sub(h, g), sub(g, h)];
      return add(mul(call('heaviside', first), inner(g)), mul(call('heaviside', second), inner(h)));
    }
    return mul(outerDerivative(n.fn, g), inner(g));
  };
  return d(node);
}

/** f′(g) for a function of one argument. */
function outerDerivative(fn: FunctionName, g: Node): Node {
  const g2 = square(g);
  switch (fn) {
    case 'sin':
      return call('cos', g);
    case 'cos':
      return neg(call('sin', g));
    case 'tan':
      return square(call('sec', g));
    case 'sec':
      return mul(call('sec', g), call('tan', g));
    case 'csc':
      return neg(mul(call('csc', g), call('cot', g)));
    case 'cot':
      return neg(square(call('csc', g)));
    case 'asin':
      return overRoot(sub(ONE, g2));
    case 'acos':
      return neg(overRoot(sub(ONE, g2)));
    case 'atan':
      return div(ONE, add(ONE, g2));
    case 'asec':
      return div(ONE, mul(call('abs', g), call('sqrt', sub(g2, ONE))));
    case 'acsc':
      return neg(div(ONE, mul(call('abs', g), call('sqrt', sub(g2, ONE)))));
    case 'acot':
      return neg(div(ONE, add(ONE, g2)));
    case 'sinh':
      return call('cosh', g);
    case 'cosh':
      return call('sinh', g);
    case 'tanh':
      return square(call('sech', g));
    case 'sech':
      return neg(mul(call('sech', g), call('tanh', g)));
    case 'csch':
      return neg(mul(call('csch', g), call('coth', g)));
    case 'coth':
      return neg(square(call('csch', g)));
    case 'asinh':
      return overRoot(add(g2, ONE));
    case 'acosh':
      return overRoot(sub(g2, ONE));
    case 'atanh':
    case 'acoth':
      return div(ONE, sub(ONE, g2));
    case 'asech':
      return neg(div(ONE, mul(g, call('sqrt', sub(ONE, g2)))));
    case 'acsch':
      return neg(div(ONE, mul(call('abs', g), call('sqrt', add(ONE, g2)))));
    case 'exp':
      return call('exp', g);
    case 'log':
      return div(ONE, g);
    case 'log10':
      return div(ONE, mul(g, call('log', num(10))));
    case 'log2':
      return div(ONE, mul(g, call('log', num(2))));
    case 'sqrt':
      return div(ONE, mul(num(2), call('sqrt', g)));
    case 'cbrt':
      return div(ONE, mul(num(3), square(call('cbrt', g))));
    case 'abs':
      return div(g, call('abs', g));
    case 'sigmoid':
      return mul(call('sigmoid', g), sub(ONE, call('sigmoid', g)));
    case 'softplus':
      return call('sigmoid', g);
    case 'relu':
      return call('heaviside', g);
    case 'heaviside':
      return ZERO;
    case 'factorial':
    case 'max':
    case 'min':
      return num(NaN);
  }
}
