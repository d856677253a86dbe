/**
 * How much a float evaluation can be off: the size of the largest sums it went
 * through. cosh²x − sinh²x at x = 20 subtracts two numbers near 6e16 and gets
 * 0 or 8 instead of 1; its scale (cosh²x + sinh²x ≈ 1.2e17) says that any
 * result within ~1e-16 × 1.2e17 of the truth is all doubles can promise. The
 * equivalence check re-checks such points precisely instead of trusting them.
 * The estimate follows sums, products, quotients (a small divisor amplifies
 * its own rounding) and constant powers; a function's value is taken as it is
 * (errors inside its argument are not propagated through it).
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
      // The divisor's own rounding counts too, amplified by how small it is: 1 − 1/(eʷ + 1) at w = −30 is 1e-13
      // from a subtraction of numbers near 1, so a quotient by it is only as good as 1e-16/1e-13.
      const divisor = compile(node.right, variables);
      const quotient = compile(node, variables);
      return (v) => {
        const d = Math.abs(divisor(v));
        return l(v) / d + (Math.abs(quotient(v)) * r(v)) / d;
      };
    }
    return (v) => l(v) + r(v);
  }
  const f = compile(node, variables);
  // A power by a constant scales its base's relative error by the exponent: (1 − cos x)^2 near 0 as well.
  if (node.type === 'binary' && node.right.type === 'number') {
    const base = compile(node.left, variables);
    const b = compileScale(node.left, variables);
    const p = Math.abs(node.right.value);
    return (v) => Math.abs(f(v)) * (1 + (p * b(v)) / Math.abs(base(v)));
  }
  // A call or a symbol: as large as its value.

  return (v) => Math.abs(f(v));
}

/** Whether `a` and `b` differ by no more than rounding at the given scale could explain. */
export function withinRounding(a: number, b: number, scale: number): boolean {
  return Math.abs(a - b) <= 1e-9 * scale;
}
