/**
 * The guard in front of the symbolic engine (nerdamer-prime, used to
 * differentiate a teacher's function): nerdamer expands powers and factorials
 * eagerly (factorial(100000) never returns), so only small trees with small
 * integer exponents and no factorials may reach it.
 */
import type { Node } from './ast.js';
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
