/**
 * How much a float evaluation can be off: the size of the largest sums it went
 * through. cosh²x − sinh²x at x = 20 subtracts two numbers near 6e16 and gets
 * 0 or 8 instead of 1; its scale (cosh²x + sinh²x ≈ 1.2e17) says that any
 * result within ~1e-16 × 1.2e17 of the truth is all doubles can promise. The
 * equivalence check re-checks such points precisely instead of trusting them.
 * The estimate follows sums, products and quotients; a function's value is
 * taken as it is (errors inside its argument are not propagated through it).
 */
import type { Node } from './ast.js';
import { compile, type Compiled } from './evaluate.js';

export function compileScale(node: Node, variables: readonly string[]): Compiled {
  if (node.type === 'number') {
    const value = Math.abs(node.value);
    return () => value;
  }
  if (node.type === 'neg') return compileScale(node.arg, variables);
  if (node.type === 'binary' && node.op !== '^') {
    const l = compileScale(node.left, variables);
    const r = compileScale(node.right, variables);
    if (node.op === '*') return (v) => l(v) * r(v);
    if (node.op === '/') {
      const divisor = compile(node.right, variables);
      return (v) => l(v) / Math.abs(divisor(v));
    }
    return (v) => l(v) + r(v);
  }
  // A power, a call or a symbol: as large as its value.
  const f = compile(node, variables);
  return (v) => Math.abs(f(v));
}

/** Whether `a` and `b` differ by no more than rounding at the given scale could explain. */
export function withinRounding(a: number, b: number, scale: number): boolean {
  return Math.abs(a - b) <= 1e-9 * scale;
}
