/**
 * Equality of rational functions (polynomials and quotients of them with
 * rational coefficients) made certain rather than approximate: both sides are
 * evaluated in exact rational arithmetic at random rational points. Two
 * different rational functions of total degree d agree at a random point of
 * S^n with probability at most d/|S| (Schwartz–Zippel); with |S| ≈ 2^24 and
 * two points a false "equal" is out of reach (below (64/2^24)² ≈ 1.5e-11), and no cancellation (an
 * expanded degree-13 polynomial with 10¹³ coefficients) can fake a "different".
 */
import type { Node } from './ast.js';
import { evaluateExact } from './exact.js';
import type { Random } from './random.js';

const MAX_EXPONENT = 64; // beyond it, the values overflow the size bound anyway
const POINTS = 2;
const DRAWS = 8;

/** Whether a literal was typed as a short decimal (not a double's 17-digit artifact). */
function shortLiteral(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const digits = String(Math.abs(value)).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '');
  return digits.length <= 15;
}

/** Whether a tree is a rational function of `variables` with short rational coefficients. */
export function isRationalFunction(node: Node, variables: readonly string[]): boolean {
  switch (node.type) {
    case 'number':
      // Typed literals are exact as typed; a computed one with a double's 17 digits is noise, not a coefficient.
      return node.text !== undefined || shortLiteral(node.value);
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

/** An unreduced fraction: reducing costs a gcd per operation, and equality is cross-multiplication. */
interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}
type ExactCompiled = (values: readonly Fraction[]) => Fraction | undefined;

/** Beyond this many bits a point is abandoned (the caller samples instead): sizes stay bounded. */
const LIMIT = 1n << 4096n;
const bounded = (n: bigint, d: bigint): Fraction | undefined =>
  d === 0n || n > LIMIT || -n > LIMIT || d > LIMIT || -d > LIMIT ? undefined : { n, d };

function compileExact(node: Node, variables: readonly string[]): ExactCompiled {
  switch (node.type) {
    case 'number': {
      const r = evaluateExact(node);
      return () => r;
    }
    case 'symbol': {
      const k = variables.indexOf(node.name);
      return (v) => v[k];
    }
    case 'neg': {
      const arg = compileExact(node.arg, variables);
      return (v) => {
        const a = arg(v);
        return a && { n: -a.n, d: a.d };
      };
    }
    case 'binary': {
      const l = compileExact(node.left, variables);
      if (node.op === '^') {
        const k = BigInt(evaluateExactInteger(node.right));
        const e = k < 0n ? -k : k;
        return (v) => {
          const a = l(v);
          if (!a) return undefined;
          return k < 0n ? bounded(a.d ** e, a.n ** e) : bounded(a.n ** e, a.d ** e);
        };
      }
      const r = compileExact(node.right, variables);
      const op = node.op;
      return (v) => {
        const a = l(v);
        const b = a && r(v);
        if (!a || !b) return undefined;
        switch (op) {
          case '+':
            return bounded(a.n * b.d + b.n * a.d, a.d * b.d);
          case '-':
            return bounded(a.n * b.d - b.n * a.d, a.d * b.d);
          case '*':
            return bounded(a.n * b.n, a.d * b.d);
          default:
            return bounded(a.n * b.d, a.d * b.n);
        }
      };
    }
    default:
      throw new Error('compileExact: only rational functions are compiled (see isRationalFunction)');
  }
}

const evaluateExactInteger = (node: Node): number =>
  node.type === 'neg' ? -evaluateExactInteger(node.arg) : node.type === 'number' ? node.value : NaN;

function randomFraction(random: Random): Fraction {
  const n = BigInt(1 + Math.floor(random() * 0xffff)) * (random() < 0.5 ? -1n : 1n);
  const d = BigInt(1 + Math.floor(random() * 0xff));
  return { n, d };
}

export type Identity =
  { readonly equal: true } | { readonly equal: false; readonly at: Readonly<Record<string, number>> } | undefined;

/**
 * Compares two rational functions exactly; undefined when the sizes exceed
 * the bound or the draws keep hitting poles (the caller then samples).
 */
export function rationalIdentity(a: Node, b: Node, variables: readonly string[], random: Random): Identity {
  const fa = compileExact(a, variables);
  const fb = compileExact(b, variables);
  let compared = 0;
  for (let draw = 0; draw < DRAWS && compared < POINTS; draw++) {
    const point = variables.map(() => randomFraction(random));
    const ra = fa(point);
    const rb = fb(point);
    if (!ra || !rb) continue; // a pole of either side (or too large): another point
    if (ra.n * rb.d !== rb.n * ra.d)
      return {
        equal: false,
        at: Object.fromEntries(variables.map((v, k) => [v, Number(point[k]!.n) / Number(point[k]!.d)])),
      };
    compared++;
  }
  return compared === POINTS ? { equal: true } : undefined;
}
