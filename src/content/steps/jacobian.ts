/**
 * The Jacobian of a map ℝⁿ → ℝᵐ given on the step (`map`, one expression per
 * output), in the layout the lesson states: numerator (row i is the gradient
 * of output i, m × n, so the Jacobian of Ax is A) or denominator (its
 * transpose, n × m: ∇ₓ(Ax) = Aᵀ). The other layout is the named mistake. The
 * learner's words are the catalogue's (src/messages/steps-jacobian.ts); the
 * lesson-file errors stay English, like the other kinds'.
 */
import { differentiate } from '../../math/derivative.js';
import { freeSymbols, num, read, substitute, toLatex, type Node } from '../../math/index.js';
import { matrixAnswer, statedMatrix, type Entry } from '../quantity.js';
import type { StepFile } from '../schema.js';
import { evaluateAt, pointLatex, valueOf, valueShort } from '../values.js';
import { DerivationError, latexName, type Workings } from '../workings.js';
import type { Derivation, StepInput } from './context.js';
import { say } from '../../messages/catalogue.js';
import { STEPS_JACOBIAN } from '../../messages/steps-jacobian.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

function outputs(w: Workings, map: readonly string[]): Node[] {
  const params = Object.fromEntries(Object.entries(w.problem.parameters).map(([k, v]) => [k, num(v)]));
  return map.map((text, k) => {
    const r = read(text, { variables: w.variables, maxLength: 4000 });
    if (!r.ok) throw new DerivationError(`map, output ${k + 1}: ${r.error.message}`);
    const node = substitute(r.node, params);
    const stray = freeSymbols(node).filter((s) => !w.variables.includes(s));
    if (stray.length > 0) throw new DerivationError(`map, output ${k + 1}: ${stray.join(', ')} is not a variable`);
    return node;
  });
}

const matrixLatex = (rows: readonly (readonly string[])[]): string =>
  `\\begin{bmatrix}${rows.map((r) => r.join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
const transpose = <T>(m: readonly (readonly T[])[]): T[][] => (m[0] ?? []).map((_, j) => m.map((r) => r[j]!));

export function jacobian({ step, workings: w, tolerance, locale }: StepInput<Of<'jacobian'>>): Derivation {
  const m = say(STEPS_JACOBIAN, locale);
  const f = outputs(w, step.map);
  const layout = step.layout ?? 'numerator';
  // Numerator layout: J[i][j] = ∂fᵢ/∂xⱼ.
  const J = f.map((fi) =>
    w.variables.map((x) => {
      const d = differentiate(fi, x, w.variables);
      if (!d.ok) throw new DerivationError(d.message);
      return d.value.node;
    }),
  );
  if (step.at && step.at.length !== w.variables.length)
    throw new DerivationError(`\`at\` needs one coordinate per variable (${w.variables.length}).`);
  const point = step.at?.map(valueOf);
  const entry = (t: Node): Entry =>
    point
      ? { value: evaluateAt(t, w.variables, point) }
      : freeSymbols(t).some((s) => w.variables.includes(s))
        ? { tree: t }
        : { value: evaluateAt(t, [], []) };
  const numerator = J.map((r) => r.map(entry));
  const [rows, other] = layout === 'numerator' ? [numerator, transpose(numerator)] : [transpose(numerator), numerator];
  const shown = (e: Entry) => ('value' in e ? valueShort(e.value) : toLatex(e.tree));
  const fl = `\\left(${f.map((t) => toLatex(t)).join(', ')}\\right)`;
  const vars = w.variables.map(latexName).join(', ');
  const square = f.length === w.variables.length;
  const symmetric = square && statedMatrix(rows).text === statedMatrix(other).text;
  const inLayout = m[`layout_${layout}` as const];
  return {
    title: m.title,
    prompt: m.prompt({ vars, map: fl, at: point && pointLatex(point), layout: inLayout }),
    answer: matrixAnswer(rows, point ? [] : w.variables, tolerance),
    answerLatex: matrixLatex(rows.map((r) => r.map(shown))),
    solution: [
      m.partials({
        list: f
          .map((_, i) => `$\\nabla f_{${i + 1}} = \\left(${J[i]!.map((t) => toLatex(t)).join(', ')}\\right)$`)
          .join(', '),
      }),
      m.inLayout({ layout: inLayout, matrix: matrixLatex(rows.map((r) => r.map(shown))) }),
    ],
    hints: [m.hint, m[`hint_${layout}` as const]],
    correct: m[`correct_${layout}` as const],
    misconceptions: symmetric
      ? []
      : [
          {
            id: 'transpose',
            name: m.nameTranspose,
            ...statedMatrix(other),
            feedback: m[`transposed_${layout}` as const],
          },
        ],
  };
}
