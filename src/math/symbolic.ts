/**
 * The symbolic engine (nerdamer-prime), behind a guard. It is used where
 * numbers cannot speak: differentiating a teacher's function, and comparing
 * two expressions that are undefined at every sampled point. nerdamer expands
 * powers and factorials eagerly (factorial(100000) never returns), so only
 * small trees with small integer exponents and no factorials reach it.
 */
import nerdamer from 'nerdamer-prime';
import type { Node } from './ast.js';
import { toText } from './format.js';
import { LIMITS } from './limits.js';

const MAX_NODES = 400;

/** Whether nerdamer can take this tree without risk of hanging. */
export function safeForSymbolic(node: Node): boolean {
  let count = 0;
  const visit = (n: Node): boolean => {
    if (++count > MAX_NODES) return false;
    switch (n.type) {
      case 'number':
        return Math.abs(n.value) < 1e15;
      case 'symbol':
        return true;
      case 'neg':
        return visit(n.arg);
      case 'call':
        return n.fn !== 'factorial' && n.args.every(visit);
      case 'vector':
        return false;
      case 'binary':
        if (n.op === '^' && n.right.type === 'number' && Math.abs(n.right.value) > LIMITS.symbolicExponent)
          return false;
        return visit(n.left) && visit(n.right);
    }
  };
  return visit(node);
}

/** True when nerdamer simplifies a − b to 0; false when it cannot or may not say. */
export function symbolicallyEqual(a: Node, b: Node): boolean {
  if (!safeForSymbolic(a) || !safeForSymbolic(b)) return false;
  try {
    return nerdamer(`simplify((${toText(a)})-(${toText(b)}))`).toString() === '0';
  } catch {
    return false;
  }
}
