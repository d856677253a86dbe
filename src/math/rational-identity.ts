/**
 * Equality of rational functions (polynomials and quotients of them with
 * rational coefficients) made certain rather than approximate: both sides are
 * evaluated in exact rational arithmetic at random rational points. Two
 * different rational functions of total degree d agree at a random point of
 * S^n with probability at most d/|S| (Schwartz–Zippel); with |S| ≈ 2^24 and
 * three points a false "equal" is out of reach, and no cancellation (an
 * expanded degree-13 polynomial with 10¹³ coefficients) can fake a "different".
 */
import type { Node } from './ast.js';
import { evaluateExact, rational, type Rational } from './exact.js';
import type { Random } from './random.js';

const MAX_EXPONENT = 64;
const POINTS = 3;
const DRAWS = 8;

/** Whether a literal was typed as a short decimal (not a double's 17-digit artifact). */
function shortLiteral(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const digits = String(Math.abs(value))
    .replace(/e.*$/, '')
    .replace('.', '')
    .replace(/^0+/, '');
  return digits.length <= 15;
}

/** Whether a tree is a rational function of `variables` with short rational coefficients. */
export function isRationalFunction(node: Node, variables: readonly string[]): boolean {
  switch (node.type) {
    case 'number':
      return shortLiteral(node.value);
    case 'symbol':
      return variables.includes(node.name);
    case 'neg':
      return isRationalFunction(node.arg, variables);
    case 'binary':
      if (node.op === '^') {
        const k = node.right.type === 'neg' ? node.right.arg : node.right;
        return (
          k.type === 'number' &&
          Number.isInteger(k.value) &&
          Math.abs(k.value) <= MAX_EXPONENT &&
          isRationalFunction(node.left, variables)
        );
      }
      return isRationalFunction(node.left, variables) && isRationalFunction(node.right, variables);
    default:
      return false;
  }
}

function randomRational(random: Random): Rational {
  const n = BigInt(1 + Math.floor(random() * 0xffff)) * (random() < 0.5 ? -1n : 1n);
  const d = BigInt(1 + Math.floor(random() * 0xff));
  return rational(n, d)!;
}

export type Identity =
  | { readonly equal: true }
  | { readonly equal: false; readonly at: Readonly<Record<string, number>> }
  | undefined;

/**
 * Compares two rational functions exactly; undefined when the sizes exceed
 * exact.ts's bounds or the draws keep hitting poles (the caller then samples).
 */
export function rationalIdentity(a: Node, b: Node, variables: readonly string[], random: Random): Identity {
  let compared = 0;
  for (let draw = 0; draw < DRAWS && compared < POINTS; draw++) {
    const point = Object.fromEntries(variables.map((v) => [v, randomRational(random)]));
    const ra = evaluateExact(a, point);
    const rb = evaluateExact(b, point);
    if (!ra || !rb) continue; // a pole of either side (or too large): another point
    if (ra.n !== rb.n || ra.d !== rb.d)
      return {
        equal: false,
        at: Object.fromEntries(Object.entries(point).map(([k, r]) => [k, Number(r.n) / Number(r.d)])),
      };
    compared++;
  }
  return compared === POINTS ? { equal: true } : undefined;
}
