/**
 * The iteration table: for t = 0 … rows − 1, the iterate θₜ, the loss f(θₜ),
 * the gradient ∇f(θₜ) and the next iterate θₜ₊₁. Each cell is a step of its
 * own, and each carries the learner's earlier cells forward, so a slip in row
 * one is not punished again in every row below it.
 */
import { bin, substitute, sym, type Node } from '../../math/index.js';
import { statedPoint, valueTree } from '../quantity.js';
import type { CarryForward } from '../derived.js';
import type { StepFile } from '../schema.js';
import { combine, valueOf, type Point } from '../values.js';
import { latexName, type Workings } from '../workings.js';
import { updateMistakes } from './update.js';
import { say } from '../../messages/catalogue.js';
import { STEPS_TABLE } from '../../messages/steps-table.js';
import { STEPS_COMMON } from '../../messages/steps-common.js';
import { STEPS_UPDATE } from '../../messages/steps-update.js';
import {
  pointAnswer,
  pointName,
  operandLatex,
  quantityLatex,
  rateLatex,
  rateProduct,
  rateTimes,
  short,
  templateOf,
  valueAnswer,
  type Derivation,
  type StepInput,
} from './context.js';
import { optimizerNextCell } from './optimizer.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

export const TABLE_COLUMNS = ['theta', 'loss', 'gradient', 'next'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export const cellId = (id: string, t: number, column: TableColumn): string => `${id}-${t}-${column}`;

/** The t of each row: 0 … rows − 1, or the list the teacher gave. */
export const tableRows = (step: Of<'table'>): readonly number[] =>
  typeof step.rows === 'number' ? Array.from({ length: step.rows }, (_, t) => t) : step.rows;

/** The teacher's hints for a cell: its own ("2.next"), else its column's ("next"), else the engine's. */
function cellHints(step: Of<'table'>, t: number, column: TableColumn, derived: readonly string[]): readonly string[] {
  const hints = step.hints;
  if (!hints || Array.isArray(hints)) return derived; // a list serves every cell (applied with the step's overrides)
  const own = Object.hasOwn(hints, `${t}.${column}`) ? hints[`${t}.${column}`] : undefined;
  const ofColumn = Object.hasOwn(hints, column) ? hints[column] : undefined;
  return own ?? ofColumn ?? derived;
}

/** Input symbols for a cell's answer, one per component. */
const cellInputs = (w: Workings, id: string, prefix: string) =>
  w.variables.length === 1
    ? [{ symbol: prefix, step: id }]
    : w.variables.map((_, k) => ({ symbol: `${prefix}c${k + 1}`, step: id, component: k + 1 }));

/** f or ∂f/∂v with the learner's θ cell in place of the variables. */
function over(w: Workings, id: string, node: Node): Node {
  const inputs = cellInputs(w, id, 'p');
  return substitute(node, Object.fromEntries(w.variables.map((v, k) => [v, sym(inputs[k]!.symbol)])));
}

/** The gradient at an iterate as the lesson writes it: J'(x_1) in one variable, \\nabla J(\\theta_1) in several. */
const slopeLatex = (w: Workings, at: string): string =>
  w.variables.length === 1 ? `${w.name}'(${at})` : `\\nabla ${w.name}(${at})`;

/** The update rule from θ_k, in the lesson's names. */
const ruleLatex = (w: Workings): string => {
  const k = w.variables.length === 1 ? `${latexName(w.variables[0]!)}_k` : '\\theta_k';
  const next = w.variables.length === 1 ? `${latexName(w.variables[0]!)}_{k+1}` : '\\theta_{k+1}';
  return `${next} = ${k} - \\alpha ${rateTimes(w)}${slopeLatex(w, k)}`;
};

export function table({ id, step, workings: w, tolerance, locale }: StepInput<Of<'table'>>): Derivation[] {
  const m = say(STEPS_TABLE, locale);
  const nouns = say(STEPS_COMMON, locale);
  const words = say(STEPS_UPDATE, locale);
  const cells: Derivation[] = [];
  const rows = tableRows(step);
  rows.forEach((t, r) => {
    // A row right after the one above takes its θ from that row's next iterate; after a gap (5, then 20), from descent.
    const follows = r > 0 && rows[r - 1] === t - 1;
    const theta = w.point(t);
    const g = w.gradientAt(theta);
    const next = w.point(t + 1);
    const thetaId = cellId(id, t, 'theta');
    const gradientId = cellId(id, t, 'gradient');
    const name = pointName(w, t);
    const row = (what: string) => m.row({ t, what });
    const thetaCarry: CarryForward | undefined = follows
      ? {
          inputs: cellInputs(w, cellId(id, t - 1, 'next'), 'q'),
          template: templateOf(cellInputs(w, '', 'q').map((i) => sym(i.symbol))),
        }
      : undefined;
    cells.push({
      id: thetaId,
      noun: nouns.noun_iterate,
      role: 'iterate',
      t,
      title: row(`$${name}$`),
      prompt: t === 0 ? m.thetaStart({ name }) : follows ? m.thetaFollows({ t, name }) : m.thetaAfter({ t, name }),
      answer: pointAnswer(theta, tolerance),
      answerLatex: quantityLatex(theta),
      solution: [
        t === 0
          ? m.thetaStartSolution({ name, value: quantityLatex(theta) })
          : follows
            ? m.thetaFollowsSolution({ name, value: quantityLatex(theta) })
            : m.thetaAfterSolution({ name, value: quantityLatex(theta), t, rule: ruleLatex(w) }),
      ],
      hints: cellHints(step, t, 'theta', [
        t === 0 ? m.thetaStartHint : follows ? m.thetaFollowsHint : m.thetaAfterHint({ t }),
      ]),
      correct: m.right,
      misconceptions: [],
      ...(thetaCarry ? { carry: thetaCarry } : {}),
    });
    const loss = w.lossAt(theta);
    cells.push({
      id: cellId(id, t, 'loss'),
      noun: nouns.noun_loss,
      role: 'loss',
      t,
      title: row(`$${w.name}(${name})$`),
      prompt: m.lossPrompt({ t, f: w.name, name }),
      answer: valueAnswer(loss, tolerance),
      answerLatex: short(loss),
      solution: [`$${w.name}(${name}) = ${short(loss)}$`],
      hints: cellHints(step, t, 'loss', [m.lossHint({ formula: w.fLatex, name })]),
      correct: m.right,
      misconceptions: [],
      carry: { inputs: cellInputs(w, thetaId, 'p'), template: over(w, thetaId, w.problem.f) },
    });
    cells.push({
      id: gradientId,
      noun: nouns.noun_gradient,
      role: 'gradient',
      t,
      title: row(`$${slopeLatex(w, name)}$`),
      prompt: (w.variables.length === 1 ? m.derivativePrompt : m.gradientPrompt)({ t, slope: slopeLatex(w, name) }),
      answer: pointAnswer(g, tolerance),
      answerLatex: quantityLatex(g),
      solution: [`$${slopeLatex(w, name)} = ${quantityLatex(g)}$`],
      hints: cellHints(step, t, 'gradient', [m.gradientHint]),
      correct: m.right,
      misconceptions: [
        {
          id: 'sign',
          name: m.nameSign,
          ...statedPoint(g.map((x) => combine(valueOf(0), x, '-'))),
          feedback: m.sign,
        },
      ],
      carry: {
        inputs: cellInputs(w, thetaId, 'p'),
        template: templateOf(w.gradient().map((d) => over(w, thetaId, d.node))),
      },
    });
    const thetaIn = cellInputs(w, thetaId, 'p');
    const gradIn = cellInputs(w, gradientId, 'g');
    const common = {
      id: cellId(id, t, 'next'),
      noun: nouns.noun_next,
      role: 'iterate',
      t: t + 1,
      title: row(`$${pointName(w, t + 1)}$`),
      answer: pointAnswer(next, tolerance),
      answerLatex: quantityLatex(next),
      correct: m.right,
    } as const;
    if (w.problem.method) {
      // An optimiser's next iterate depends on its state, which the table does not ask: no carry-forward.
      cells.push({
        ...common,
        ...optimizerNextCell(w, t, locale),
        hints: cellHints(step, t, 'next', [m.optimizerNextHint]),
      });
      return;
    }
    cells.push({
      ...common,
      prompt: m.nextPrompt({
        t,
        next: pointName(w, t + 1),
        name,
        times: rateTimes(w),
        slope: slopeLatex(w, name),
        rate: rateLatex(w),
      }),
      solution: [
        `$${pointName(w, t + 1)} = ${quantityLatex(theta)} - ${rateLatex(w)} ${rateProduct(w)} ${operandLatex(g)} = ${quantityLatex(next)}$`,
      ],
      hints: cellHints(step, t, 'next', w.perCoordinate ? [m.nextHint, words.elementwiseHint] : [m.nextHint]),
      misconceptions: updateMistakes(w, theta, g, locale),
      carry: {
        inputs: [...thetaIn, ...gradIn],
        template: templateOf(
          thetaIn.map((p, k) => bin('-', sym(p.symbol), bin('*', valueTree(w.rates[k]!), sym(gradIn[k]!.symbol)))),
        ),
      },
    });
  });
  return cells;
}

/** The derived value of a cell, for verifying a table the teacher wrote. */
export function cellValue(w: Workings, t: number, column: TableColumn): Point {
  const theta = w.point(t);
  switch (column) {
    case 'theta':
      return theta;
    case 'loss':
      return [w.lossAt(theta)];
    case 'gradient':
      return w.gradientAt(theta);
    case 'next':
      return w.point(t + 1);
  }
}
