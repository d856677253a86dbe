/**
 * A model's loss on its data, as the lesson states it: the mean squared error
 * with 1/(2n) (the default, `mse_half`) or 1/n (`mse`), or the cross-entropy of
 * a predicted probability (`cross_entropy`, for logistic regression:
 * prediction sigmoid(w*x + b)). Built as a tree in the parameters, with each
 * example's own loss ℓᵢ (J is their mean), which stochastic steps use.
 */
import { bin, num, sym, toLatex, type Node } from '../math/index.js';

export const MODEL_LOSSES = ['mse_half', 'mse', 'cross_entropy'] as const;
export type ModelLoss = (typeof MODEL_LOSSES)[number];

export interface BuiltLoss {
  readonly f: Node;
  readonly examples: readonly { readonly row: Readonly<Record<string, number>>; readonly loss: Node }[];
  /** J as shown, over a generic example i. */
  readonly written: string;
}

const sum = (terms: readonly Node[]): Node => terms.reduce((a, b) => bin('+', a, b));
const log = (x: Node): Node => ({ type: 'call', fn: 'log', args: [x] });
const neg = (x: Node): Node => ({ type: 'neg', arg: x });

/** −[y log p + (1 − y) log(1 − p)], with a zero term left out for a label of 0 or 1. */
function crossEntropy(p: Node, y: number): Node {
  if (y === 1) return neg(log(p));
  if (y === 0) return neg(log(bin('-', num(1), p)));
  return neg(bin('+', bin('*', num(y), log(p)), bin('*', num(1 - y), log(bin('-', num(1), p)))));
}

export function modelLoss(
  kind: ModelLoss,
  prediction: (row: Readonly<Record<string, Node>>) => Node,
  rows: readonly Readonly<Record<string, number>>[],
  columns: readonly string[],
  target: string,
): BuiltLoss {
  const n = rows.length;
  const nodes = rows.map((row) => Object.fromEntries(columns.map((c) => [c, num(row[c]!)])));
  const generic = prediction(Object.fromEntries(columns.map((c) => [c, sym(`${c}_i`)])));
  const shown = toLatex(generic);
  if (kind === 'cross_entropy') {
    const losses = rows.map((row, i) => crossEntropy(prediction(nodes[i]!), row[target]!));
    return {
      f: bin('*', bin('/', num(1), num(n)), sum(losses)),
      examples: rows.map((row, i) => ({ row, loss: losses[i]! })),
      written: `-\\frac{1}{n}\\sum_{i=1}^{n}\\left[${target}_i \\log p_i + (1 - ${target}_i) \\log(1 - p_i)\\right],\\ p_i = ${shown},\\ n = ${n}`,
    };
  }
  const squares = rows.map((row, i) => bin('^', bin('-', prediction(nodes[i]!), num(row[target]!)), num(2)));
  const half = kind === 'mse_half';
  return {
    f: bin('*', bin('/', num(1), num(half ? 2 * n : n)), sum(squares)),
    examples: rows.map((row, i) => ({ row, loss: half ? bin('*', num(0.5), squares[i]!) : squares[i]! })),
    written: `\\frac{1}{${half ? '2n' : 'n'}}\\sum_{i=1}^{n}\\left(${shown} - ${target}_i\\right)^2,\\ n = ${n}`,
  };
}
