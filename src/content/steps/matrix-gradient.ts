/**
 * The `matrix_gradient` step: the gradient of f with respect to a matrix
 * variable X, laid out like X (∇ of ‖X‖²_F is 2X). The exercise's variables
 * are X's entries row by row (x11, x12, x21, x22) and `shape` says X's rows and
 * columns. Named mistakes: the transpose, X itself. The learner's words are
 * the catalogue's (src/messages/steps-matrix-gradient.ts).
 */
import { freeSymbols, sym, type Node } from '../../math/index.js';
import type { Misconception } from '../derived.js';
import { matrixAnswer, statedMatrix, type Entry } from '../quantity.js';
import type { StepFile } from '../schema.js';
import { evaluateAt } from '../values.js';
import { DerivationError, latexName, type Workings } from '../workings.js';
import type { Derivation, StepInput } from './context.js';
import { say } from '../../messages/catalogue.js';
import { STEPS_MATRIX_GRADIENT } from '../../messages/steps-matrix-gradient.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

const matrixLatex = (rows: readonly (readonly string[])[]): string =>
  `\\begin{bmatrix}${rows.map((r) => r.join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;

function shapeOf(w: Workings, shape: readonly number[] | undefined): [number, number] {
  const n = w.variables.length;
  const side = Math.round(Math.sqrt(n));
  const [r, c] = shape ?? (side * side === n ? [side, side] : [0, 0]);
  if (!r || !c || r * c !== n)
    throw new DerivationError(
      `matrix_gradient needs \`shape: [rows, columns]\` with rows × columns = ${n}, the number of variables (X's entries, row by row).`,
    );
  return [r, c];
}

const entryOf = (tree: Node, w: Workings): Entry =>
  freeSymbols(tree).some((s) => w.variables.includes(s)) ? { tree } : { value: evaluateAt(tree, [], []) };

export function matrixGradient({ step, workings: w, tolerance, locale }: StepInput<Of<'matrix_gradient'>>): Derivation {
  const m = say(STEPS_MATRIX_GRADIENT, locale);
  const [r, c] = shapeOf(w, step.shape);
  const grid = <T>(f: (k: number) => T): T[][] =>
    Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => f(i * c + j)));
  const partials = grid((k) => w.partial(w.variables[k]!));
  const rows = partials.map((row) => row.map((d) => entryOf(d.node, w)));
  const shown = partials.map((row) => row.map((d) => d.latex));
  const X = grid((k) => latexName(w.variables[k]!));
  const slips: Misconception[] = [];
  const text = statedMatrix(rows).text;
  if (r === c) {
    const transposed = rows.map((row, i) => row.map((_, j) => rows[j]![i]!));
    if (statedMatrix(transposed).text !== text)
      slips.push({ id: 'transpose', name: m.nameTranspose, ...statedMatrix(transposed), feedback: m.transpose });
  }
  const itself = grid((k): Entry => ({ tree: sym(w.variables[k]!) }));
  if (statedMatrix(itself).text !== text)
    slips.push({ id: 'itself', name: m.nameItself, ...statedMatrix(itself), feedback: m.itself });
  return {
    title: m.title,
    prompt: m.prompt({ signature: w.signature, formula: w.problem.written, X: matrixLatex(X) }),
    answer: matrixAnswer(rows, w.variables, tolerance),
    answerLatex: matrixLatex(shown),
    solution: [
      m.partials({
        list: partials
          .flat()
          .map((d, k) => `$\\frac{\\partial ${w.name}}{\\partial ${latexName(w.variables[k]!)}} = ${d.latex}$`)
          .join(', '),
      }),
      m.layout({ matrix: matrixLatex(shown) }),
    ],
    hints: [m.hint1, m.hint2],
    correct: m.correct,
    misconceptions: slips,
  };
}
