/**
 * Puts a derivative the symbolic engine produced into the order a teacher
 * writes: terms with variables before constants and a positive term first
 * (cos x − x sin x, not −sin(x)·x + cos x), numbers then variables then
 * functions in a product (2x(wx − y)), and decimals where the function was
 * written in decimals (0.4x₁, not 2/5·x₁). Every rewrite keeps the value.
 */
import { bin, num, symbolsOf, type Node } from './ast.js';
import { evaluateExact, terminates, toNumber } from './exact.js';

interface Term {
  readonly negative: boolean;
  readonly node: Node;
}

function terms(node: Node, negative = false, into: Term[] = []): Term[] {
  if (node.type === 'binary' && (node.op === '+' || node.op === '-')) {
    terms(node.left, negative, into);
    terms(node.right, node.op === '-' ? !negative : negative, into);
  } else if (node.type === 'neg') {
    terms(node.arg, !negative, into);
  } else if (node.type === 'number' && node.value < 0) {
    into.push({ negative: !negative, node: num(-node.value) });
  } else {
    const product = factors(node);
    into.push({ negative: negative !== product.negative, node: rebuildProduct(product.factors) });
  }
  return into;
}

function factors(node: Node, into: Node[] = []): { negative: boolean; factors: Node[] } {
  let negative = false;
  const walk = (n: Node): void => {
    if (n.type === 'binary' && n.op === '*') {
      walk(n.left);
      walk(n.right);
    } else if (n.type === 'neg') {
      negative = !negative;
      walk(n.arg);
    } else if (n.type === 'number' && n.value < 0) {
      negative = !negative;
      into.push(num(-n.value));
    } else into.push(tidyInner(n));
  };
  walk(node);
  return { negative, factors: into };
}

const rank = (n: Node): number => {
  if (
    n.type === 'number' ||
    (n.type === 'binary' && n.op === '/' && n.left.type === 'number' && n.right.type === 'number')
  )
    return 0;
  if (n.type === 'symbol' || (n.type === 'binary' && n.op === '^' && n.left.type === 'symbol')) return 1;
  if (n.type === 'call' || (n.type === 'binary' && n.op === '^')) return 2;
  return 3;
};

function rebuildProduct(fs: Node[]): Node {
  const sorted = fs
    .map((f, k) => [f, k] as const)
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1])
    .map(([f]) => f);
  const ones = sorted.filter((f) => !(f.type === 'number' && f.value === 1));
  return ones.length === 0 ? num(1) : ones.reduce((a, b) => bin('*', a, b));
}

function rebuildSum(ts: Term[]): Node {
  const variable = ts.filter((t) => symbolsOf(t.node).size > 0);
  const constant = ts.filter((t) => symbolsOf(t.node).size === 0);
  const ordered = [...variable, ...constant];
  const lead = ordered.findIndex((t) => !t.negative);
  if (lead > 0) ordered.unshift(...ordered.splice(lead, 1));
  const [first, ...rest] = ordered;
  if (!first) return num(0);
  let out: Node = first.negative ? { type: 'neg', arg: first.node } : first.node;
  for (const t of rest) out = bin(t.negative ? '-' : '+', out, t.node);
  return out;
}

function tidyInner(node: Node): Node {
  switch (node.type) {
    case 'binary':
      if (node.op === '+' || node.op === '-') return rebuildSum(terms(node));
      if (node.op === '*') {
        const p = factors(node);
        const product = rebuildProduct(p.factors);
        return p.negative ? { type: 'neg', arg: product } : product;
      }
      return bin(node.op, tidyInner(node.left), tidyInner(node.right));
    case 'neg': {
      const inner = tidyInner(node.arg);
      return inner.type === 'neg' ? inner.arg : { type: 'neg', arg: inner };
    }
    case 'call':
      return { ...node, args: node.args.map(tidyInner) };
    case 'vector':
      return { ...node, items: node.items.map(tidyInner) };
    default:
      return node;
  }
}

/** Whether a tree contains a number written with decimals (0.2x² rather than x²/5). */
export function hasDecimals(node: Node): boolean {
  switch (node.type) {
    case 'number':
      return !Number.isInteger(node.value);
    case 'neg':
      return hasDecimals(node.arg);
    case 'binary':
      return hasDecimals(node.left) || hasDecimals(node.right);
    case 'call':
    case 'vector':
      return (node.type === 'call' ? node.args : node.items).some(hasDecimals);
    default:
      return false;
  }
}

/** Ratios of integers that have a short decimal form, as decimals: 2/5 → 0.4. */
function decimalize(node: Node): Node {
  if (node.type === 'binary' && node.op === '/' && node.left.type === 'number' && node.right.type === 'number') {
    const exact = evaluateExact(node);
    if (exact && terminates(exact) && String(toNumber(exact)).length <= 8) return num(toNumber(exact));
  }
  switch (node.type) {
    case 'binary':
      return bin(node.op, decimalize(node.left), decimalize(node.right));
    case 'neg':
      return { type: 'neg', arg: decimalize(node.arg) };
    case 'call':
      return { ...node, args: node.args.map(decimalize) };
    default:
      return node;
  }
}

/** `node` in a teacher's order; in decimals when `decimals` (the function was written so). */
export function tidy(node: Node, decimals = false): Node {
  return tidyInner(decimals ? decimalize(node) : node);
}
