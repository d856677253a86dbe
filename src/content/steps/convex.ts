/**
 * The `convex` step: is the function convex (its Hessian positive semidefinite
 * everywhere)? An engine-decided choice (convexity.ts proves it either way);
 * a function it cannot decide is refused at lint, with what it can decide.
 * The named mistake: calling a non-convex function with a minimum convex.
 */
import { convexity, type Convexity } from '../convexity.js';
import { criticalPoints } from '../critical-points.js';
import { classify, eigenvalues, hessianAt, secondPartial } from '../hessian.js';
import type { StepFile } from '../schema.js';
import { pointLatex, valueShort, type Value } from '../values.js';
import { DerivationError, latexName, type Workings } from '../workings.js';
import type { Derivation, StepInput } from './context.js';
import { say, type Locale } from '../../messages/catalogue.js';
import { STEPS_CONVEX } from '../../messages/steps-convex.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** Why the engine cannot decide, for the teacher (lesson-file errors are English, like the other kinds'). */
const UNDECIDED: Record<Extract<Convexity, { convex: 'undecided' }>['why'], string> = {
  not_polynomial:
    'convex is decided for quadratics and polynomials (a Hessian whose entries are polynomials, diagonal when there are several variables); this function’s curvature is not a polynomial, and no point where it curves down was found. Ask for its Hessian instead, or use a polynomial.',
  touches_zero:
    'convex cannot be decided here: the curvature’s smallest value is zero at an irrational point, which rounding cannot settle. Use a function whose curvature stays clearly positive, or dips below zero.',
  mixed:
    'convex is decided for quadratics, for polynomials in one variable and for sums of such (a diagonal Hessian); this function’s Hessian mixes the variables and no point where it curves down was found, so the engine cannot prove it convex. Ask for its Hessian or eigenvalues at a point instead.',
};

const matrixLatex = (H: readonly (readonly Value[])[]): string =>
  H.length === 1
    ? valueShort(H[0]![0]!)
    : `\\begin{bmatrix}${H.map((r) => r.map(valueShort).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;

function solutionOf(w: Workings, c: Exclude<Convexity, { convex: 'undecided' }>, locale: Locale): string[] {
  const m = say(STEPS_CONVEX, locale);
  if (!c.convex) {
    const at = w.variables.length === 1 ? `${latexName(w.variables[0]!)} = ${valueShort(c.at[0]!)}` : pointLatex(c.at);
    return [
      m.witness({ at, H: matrixLatex(hessianAt(w, c.at)), lambda: c.eigenvalues.map(valueShort).join(',\\ ') }),
      m.notConvex,
    ];
  }
  if (c.how === 'quadratic') {
    const H = hessianAt(
      w,
      w.variables.map(() => ({ number: 0, exact: { n: 0n, d: 1n } })),
    );
    return [m.quadratic({ H: matrixLatex(H), minors: c.eigenvalues.map(valueShort).join(',\\ ') }), m.quadraticConvex];
  }
  const list = c.minima.map((e) =>
    m.curvatureEntry({
      second: `${w.variables.length === 1 ? `${w.name}''` : `\\frac{\\partial^2 ${w.name}}{\\partial ${latexName(e.variable)}^2}`} = ${secondPartial(w, e.variable, e.variable).latex}`,
      min: valueShort(e.min),
      at: e.at && `${latexName(e.variable)} = ${valueShort(e.at)}`,
    }),
  );
  return [m.curvature({ list: list.join('; ') }), m.curvatureConvex];
}

/** Whether the function has a local minimum the engine can find (a tempting reason to call it convex). */
function hasMinimum(w: Workings): boolean {
  try {
    return criticalPoints(w).some((p) => classify(eigenvalues(hessianAt(w, p))) === 'minimum');
  } catch {
    return false;
  }
}

export function convex({ workings: w, locale }: StepInput<Of<'convex'>>): Derivation {
  const c = convexity(w);
  if (c.convex === 'undecided') throw new DerivationError(UNDECIDED[c.why]);
  const m = say(STEPS_CONVEX, locale);
  const id = c.convex ? 'convex' : 'not_convex';
  const options = (['convex', 'not_convex'] as const).map((o) => ({ id: o, label: m[`option_${o}`] }));
  return {
    title: m.title,
    prompt: m.prompt({ signature: w.signature, formula: w.problem.written }),
    answer: { type: 'choice', expected: { type: 'option', id }, text: id, options },
    answerLatex: `\\text{${m[`option_${id}`]}}`,
    solution: solutionOf(w, c, locale),
    hints: [m.hint1, m.hint2],
    correct: m[`correct_${id}`],
    misconceptions:
      !c.convex && hasMinimum(w)
        ? [
            {
              id: 'has_minimum',
              name: m.nameCritical,
              answer: { type: 'option', id: 'convex' },
              text: 'convex',
              feedback: m.critical,
            },
          ]
        : [],
  };
}
