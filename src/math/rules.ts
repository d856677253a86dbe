/**
 * Differentiation by the textbook rules on our own tree, with switches that
 * reproduce a learner's slips: the chain rule's inner factor dropped, the power
 * rule's exponent forgotten. The result is never simplified and never shown;
 * it is only compared numerically, so that the engine knows what each mistake
 * would give (derivative.ts is the one whose output people read).
 */
import { bin, num, type Node } from './ast.js';

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
const call = (fn: 'sin' | 'cos' | 'exp' | 'log' | 'sqrt' | 'abs' | 'cosh' | 'sinh' | 'tanh', arg: Node): Node => ({
  type: 'call',
  fn,
  args: [arg],
});

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
    const outer = ((): Node => {
      switch (n.fn) {
        case 'sin':
          return call('cos', g);
        case 'cos':
          return { type: 'neg', arg: call('sin', g) };
        case 'tan':
          return div(ONE, bin('^', call('cos', g), num(2)));
        case 'exp':
          return call('exp', g);
        case 'log':
          return div(ONE, g);
        case 'sqrt':
          return div(ONE, mul(num(2), call('sqrt', g)));
        case 'abs':
          return div(g, call('abs', g));
        case 'sinh':
          return call('cosh', g);
        case 'cosh':
          return call('sinh', g);
        case 'tanh':
          return sub(ONE, bin('^', call('tanh', g), num(2)));
        case 'asin':
          return div(ONE, call('sqrt', sub(ONE, bin('^', g, num(2)))));
        case 'acos':
          return { type: 'neg', arg: div(ONE, call('sqrt', sub(ONE, bin('^', g, num(2))))) };
        case 'atan':
          return div(ONE, add(ONE, bin('^', g, num(2))));
        case 'factorial':
          return { type: 'number', value: NaN };
      }
    })();
    return mul(outer, inner(g));
  };
  return d(node);
}
