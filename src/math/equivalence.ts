/**
 * Whether two expressions are the same function of their variables. The test
 * is numeric: both are evaluated at seeded random non-integer points, negative
 * ones included, widening the range until enough points lie in the domain.
 * Polynomials that agree at small integers are told apart, and so are
 * expressions defined on different sets (√(x²) is not x, log(x²) is not
 * 2·log x): at a point where one side is defined and the other is not, they
 * differ. When no point in any range is in either domain the answer is
 * "undecided" (not shown equal). Deliberately no symbolic engine here: the
 * same code grades in the browser, where nerdamer (180 KB gzip) is not
 * loaded, and numbers decide every case a lesson produces.
 */
import type { Node } from './ast.js';
import { sameValue } from './closeness.js';
import { compile, type Compiled } from './evaluate.js';
import { seeded, type Random } from './random.js';

export type Equivalence =
  | { readonly equal: true; readonly how: 'numeric' }
  | {
      readonly equal: false;
      readonly at?: Readonly<Record<string, number>>;
      readonly why: 'value' | 'domain' | 'undecided';
    };

/** Half-widths of the sampling boxes, tried in turn until enough points are defined. */
const SCALES = [3, 30, 300];
const POINTS = 12;
const DRAWS_PER_SCALE = 40;
const MIN_POINTS = 4;

function pointAt(variables: readonly string[], values: Float64Array): Record<string, number> {
  return Object.fromEntries(variables.map((v, k) => [v, values[k]!]));
}

/** Compares two compiled expressions over `variables`. */
export function equivalentCompiled(
  a: Compiled,
  b: Compiled,
  variables: readonly string[],
  random: Random = seeded(0x9e3779b9),
): Equivalence | undefined {
  const values = new Float64Array(variables.length);
  // A constant needs one evaluation; a function needs POINTS where both sides agree.
  const [needed, draws] = variables.length === 0 ? [1, 1] : [POINTS, DRAWS_PER_SCALE];
  let agreed = 0;
  for (const scale of SCALES) {
    for (let draw = 0; draw < draws && agreed < needed; draw++) {
      for (let k = 0; k < values.length; k++) values[k] = (2 * random() - 1) * scale;
      const va = a(values);
      const vb = b(values);
      const definedA = Number.isFinite(va);
      const definedB = Number.isFinite(vb);
      if (definedA && definedB) {
        if (!sameValue(va, vb)) return { equal: false, at: pointAt(variables, values), why: 'value' };
        agreed++;
      } else if (definedA !== definedB) {
        return { equal: false, at: pointAt(variables, values), why: 'domain' };
      }
    }
    if (agreed >= needed) return { equal: true, how: 'numeric' };
  }
  // A small domain still gives a few points; fewer than that is no evidence.
  return agreed >= Math.min(needed, MIN_POINTS) ? { equal: true, how: 'numeric' } : undefined;
}

export function equivalent(a: Node, b: Node, variables: readonly string[], random?: Random): Equivalence {
  return (
    equivalentCompiled(compile(a, variables), compile(b, variables), variables, random) ?? {
      equal: false,
      why: 'undecided',
    }
  );
}
