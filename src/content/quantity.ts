/**
 * Building answers as data from what a derivation works out (values, points,
 * trees), each with its checker text for people. Nothing here reads text.
 */
import { toText, type Node, type Tolerance } from '../math/index.js';
import { numberTree } from './answer-tree.js';
import { terminates, toNumber } from '../math/exact.js';
import type {
  Answer,
  ExpressionsValue,
  ExpressionValue,
  MatrixValue,
  NumberValue,
  Quantity,
  VectorValue,
} from './derived.js';
import { pointText, valueText, type Point, type Value } from './values.js';

/** An answer with its checker text, as a misconception carries it. */
export interface Stated {
  readonly answer: Quantity;
  readonly text: string;
}

export function numberOf(v: Value): NumberValue {
  const e = v.exact;
  const fraction = e && !terminates(e) ? ([Number(e.n), Number(e.d)] as const) : undefined;
  // A fraction too large for a double's integers is kept as its value alone.
  return fraction?.every(Number.isSafeInteger)
    ? { type: 'number', value: v.number, fraction }
    : { type: 'number', value: e ? toNumber(e) : v.number };
}
const vectorOf = (p: Point): VectorValue => ({ type: 'vector', components: p.map(numberOf) });
const expressionOf = (tree: Node): ExpressionValue => ({ type: 'expression', tree });
const expressionsOf = (trees: readonly Node[]): ExpressionsValue => ({ type: 'expressions', trees });

export const valueTree = (v: Value): Node => numberTree(numberOf(v));

export const statedValue = (v: Value): Stated => ({ answer: numberOf(v), text: valueText(v) });
/**
 * A point a mistake gives, shaped as `pointAnswer` shapes the right one: a number for one variable, a vector
 * otherwise. (A one-variable mistake stated as a vector of one could never match a number answer, so the
 * compiler dropped it and one-variable updates named no mistake.)
 */
export const statedPoint = (p: Point): Stated =>
  p.length === 1 ? statedValue(p[0]!) : { answer: vectorOf(p), text: pointText(p) };
export const statedExpression = (tree: Node): Stated => ({ answer: expressionOf(tree), text: toText(tree) });
export const statedExpressions = (trees: readonly Node[]): Stated => ({
  answer: expressionsOf(trees),
  text: `[${trees.map((t) => toText(t)).join(', ')}]`,
});

export const valueAnswer = (v: Value, tolerance: Tolerance): Answer => ({
  type: 'value',
  expected: numberOf(v),
  text: valueText(v),
  tolerance,
});

/** A point-valued answer: a number for one variable, a vector otherwise. */
export const pointAnswer = (p: Point, tolerance: Tolerance): Answer =>
  p.length === 1
    ? valueAnswer(p[0]!, tolerance)
    : { type: 'vector', expected: vectorOf(p), text: pointText(p), vars: [], tolerance };

export const expressionAnswer = (tree: Node, vars: readonly string[]): Answer => ({
  type: 'expr',
  expected: expressionOf(tree),
  text: toText(tree),
  vars,
});

export const expressionsAnswer = (trees: readonly Node[], vars: readonly string[], tolerance: Tolerance): Answer => ({
  type: 'vector',
  expected: expressionsOf(trees),
  text: `[${trees.map((t) => toText(t)).join(', ')}]`,
  vars,
  tolerance,
});

/** A matrix entry as data: a number, or an expression in the variables (a symbolic Hessian's 6x). */
export type Entry = { readonly value: Value } | { readonly tree: Node };

const entryOf = (e: Entry): MatrixValue['rows'][number][number] =>
  'value' in e ? numberOf(e.value) : expressionOf(e.tree);
const entryText = (e: Entry): string => ('value' in e ? valueText(e.value) : toText(e.tree));
const matrixText = (rows: readonly (readonly Entry[])[]): string =>
  `[${rows.map((r) => `[${r.map(entryText).join(', ')}]`).join(', ')}]`;

export const statedMatrix = (rows: readonly (readonly Entry[])[]): Stated => ({
  answer: { type: 'matrix', rows: rows.map((r) => r.map(entryOf)) },
  text: matrixText(rows),
});

/** A matrix-valued answer, entries in `vars` (none for a matrix of numbers). */
export const matrixAnswer = (
  rows: readonly (readonly Entry[])[],
  vars: readonly string[],
  tolerance: Tolerance,
): Answer => ({
  type: 'matrix',
  expected: { type: 'matrix', rows: rows.map((r) => r.map(entryOf)) },
  text: matrixText(rows),
  vars,
  tolerance,
});
