/**
 * What a name a learner typed stands for: a function, a declared variable (in any
 * of its spellings), a constant, or a run of those written without spaces
 * (`xy` is x·y when x and y are declared). Anything else is an unknown symbol,
 * which is readable but never equal to a declared variable.
 */
import { CONSTANTS, isFunctionName, type FunctionName } from './ast.js';
import { canonicalName } from './tokenize.js';

export type Resolved =
  /** A function; `log_b` and `log_2`-style names carry their base (`b`, `3`) when it is not 2 or 10. */
  | { readonly kind: 'function'; readonly name: FunctionName; readonly base?: string }
  | { readonly kind: 'symbols'; readonly names: readonly string[] };

const FUNCTION_ALIASES: Readonly<Record<string, FunctionName>> = {
  ln: 'log',
  loge: 'log',
  lg: 'log10',
  lb: 'log2',
  ld: 'log2',
  arcsin: 'asin',
  arccos: 'acos',
  arctan: 'atan',
  arcsec: 'asec',
  arccsc: 'acsc',
  arccot: 'acot',
  cosec: 'csc',
  cotan: 'cot',
  arsinh: 'asinh',
  arcsinh: 'asinh',
  arcosh: 'acosh',
  arccosh: 'acosh',
  artanh: 'atanh',
  arctanh: 'atanh',
  arsech: 'asech',
  arcsech: 'asech',
  arcsch: 'acsch',
  arccsch: 'acsch',
  arcoth: 'acoth',
  arccoth: 'acoth',
  fact: 'factorial',
  sigma: 'sigmoid',
  logistic: 'sigmoid',
  ReLU: 'relu',
  Relu: 'relu',
  RELU: 'relu',
};

/** What `f^-1` and `f⁻¹` mean for a function that has an inverse: sin⁻¹ x is arcsin x. */
export const INVERSES: Readonly<Partial<Record<FunctionName, FunctionName>>> = {
  sin: 'asin',
  cos: 'acos',
  tan: 'atan',
  sec: 'asec',
  csc: 'acsc',
  cot: 'acot',
  sinh: 'asinh',
  cosh: 'acosh',
  tanh: 'atanh',
  sech: 'asech',
  csch: 'acsch',
  coth: 'acoth',
};

/** `log_b` (typed with an underscore, or as a subscript): its base, when it has one. */
const LOG_BASE = /^log_(\d+(?:\.\d+)?|[A-Za-z]\w*)$/;

/** A lookup from every spelling of the declared variables to the declared name. */
export class Vocabulary {
  private readonly byCanonical = new Map<string, string>();
  private readonly cache = new Map<string, Resolved>();
  /** The names a run of letters may split into, longest first. */
  private readonly pieces: readonly string[];

  constructor(readonly variables: readonly string[]) {
    for (const v of variables) this.byCanonical.set(canonicalName(v), v);
    this.pieces = [...this.byCanonical.keys(), ...Object.keys(CONSTANTS)].sort((a, b) => b.length - a.length);
  }

  resolve(typed: string): Resolved {
    let hit = this.cache.get(typed);
    if (!hit) {
      hit = this.resolveUncached(typed);
      if (this.cache.size < 256) this.cache.set(typed, hit);
    }
    return hit;
  }

  private resolveUncached(typed: string): Resolved {
    const name = canonicalName(typed);
    const variable = this.byCanonical.get(name);
    if (variable !== undefined) return { kind: 'symbols', names: [variable] };
    if (isFunctionName(name)) return { kind: 'function', name };
    if (Object.hasOwn(FUNCTION_ALIASES, name)) return { kind: 'function', name: FUNCTION_ALIASES[name]! };
    const base = LOG_BASE.exec(typed.replace(/[₀-₉]+/g, (m) => `_${canonicalName(m)}`));
    if (base) return { kind: 'function', name: 'log', base: base[1]! };
    if (Object.hasOwn(CONSTANTS, name)) return { kind: 'symbols', names: [name] };
    return { kind: 'symbols', names: this.split(name) ?? [name] };
  }

  /**
   * `wx` → [w, x]; longest names first, so `x12` with x1 and x12 declared stays
   * x12. Suffixes that cannot be split are remembered, so this is linear in the
   * length of the run whatever names are declared.
   */
  private split(name: string): string[] | undefined {
    if (name.length > 24) return undefined;
    const failed = new Set<number>();
    const from = (start: number): string[] | undefined => {
      if (start === name.length) return [];
      if (failed.has(start)) return undefined;
      for (const piece of this.pieces) {
        if (!name.startsWith(piece, start)) continue;
        const rest = from(start + piece.length);
        if (rest) return [this.byCanonical.get(piece) ?? piece, ...rest];
      }
      failed.add(start);
      return undefined;
    };
    return from(0);
  }
}
