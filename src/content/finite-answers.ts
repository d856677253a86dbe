/**
 * Whether a derived answer is something a learner can be checked against: a
 * finite number (or vector of them), and an expression that is defined where
 * the exercise evaluates it. A start of 1e308 overflows, x/0 or log of a
 * negative is undefined: such a step is an error naming it, never a lesson
 * whose expected answer is Infinity or NaN.
 */
import { compile, type Node } from '../math/index.js';
import type { Answer } from './derived.js';
import { numberTree } from './answer-tree.js';

/** What is wrong with an answer's numbers, or undefined when they are all finite. */
export type Undefined = { readonly value: string; readonly reason: 'overflow' | 'undefined' | 'unreadable' };

function classify(values: readonly number[]): Undefined | undefined {
  const bad = values.find((v) => !Number.isFinite(v));
  if (bad === undefined) return undefined;
  return { value: String(bad), reason: Number.isNaN(bad) ? 'undefined' : 'overflow' };
}

/**
 * An answer's values: its numbers (one per component) when it is numeric, its
 * values at `point` when it is an expression, or "unreadable" when the checker
 * could not evaluate it. Undefined for an expression with no point to take.
 */
function valuesOf(
  answer: Answer,
  variables: readonly string[],
  point: readonly number[] | undefined,
): number[] | 'unreadable' | undefined {
  const q = answer.expected;
  switch (q.type) {
    case 'option':
      return undefined;
    case 'number':
      return [q.value];
    case 'vector':
      return q.components.map((c) => c.value);
    case 'matrix':
    case 'expression':
    case 'expressions': {
      const entries = q.type === 'matrix' ? q.rows.flat() : [];
      if (q.type === 'matrix' && entries.every((x) => x.type === 'number')) return entries.map((x) => x.value);
      const nodes: readonly Node[] =
        q.type === 'expression'
          ? [q.tree]
          : q.type === 'expressions'
            ? q.trees
            : entries.map((x) => (x.type === 'number' ? numberTree(x) : x.tree));
      if (!point || point.length !== variables.length) return undefined;
      const at = Float64Array.from(point);
      try {
        return nodes.map((n) => compile(n, variables)(at));
      } catch {
        return 'unreadable'; // a symbol the evaluator does not know (a function name the symbolic engine used, say)
      }
    }
  }
}

/** The numbers of a numeric answer ((2.4, 3.2), 23/3), or undefined for an expression or a choice. */
export function answerNumbers(answer: Answer): number[] | undefined {
  const values =
    answer.type === 'value' || answer.type === 'vector' || answer.type === 'matrix'
      ? valuesOf(answer, [], undefined)
      : undefined;
  return Array.isArray(values) ? values : undefined;
}

/** Checks an answer: numbers must be finite; an expression must be finite at `point`, the start, when there is one. */
function undefinedIn(
  answer: Answer,
  variables: readonly string[],
  point: readonly number[] | undefined,
): Undefined | undefined {
  const values = valuesOf(answer, variables, point);
  if (values === 'unreadable') return { value: answer.text.slice(0, 40), reason: 'unreadable' };
  return values && classify(values);
}

/** How a step is named in a message: its id, which the teacher wrote or lint generated (partial-x, update-0). */
export const stepLabel = (id: string): string => `Step “${id}”`;

function message(id: string, found: Undefined, expression: boolean): string {
  const what = stepLabel(id);
  switch (found.reason) {
    case 'overflow':
      return `${what} has no finite answer: it is ${found.value}${expression ? ' at the start point' : ''}, from a division by zero or numbers past what a double holds (about 1.8e308). Move the start, or use a smaller start, learning rate or number of steps.`;
    case 'undefined':
      return expression
        ? `${what} has no defined answer at the start point (it is ${found.value} there): a division by zero, or a root or logarithm of a negative number. Move the start or change the function.`
        : `${what} has no defined answer: it is ${found.value}, from a division by zero or a root or logarithm of a negative number at the points it uses. Move the start, or change the function or the learning rate.`;
    case 'unreadable':
      return `${what} cannot be checked: its derived answer “${found.value}” uses something the checker cannot evaluate. Please report this function.`;
  }
}

/** The message for the first of a step's answers (a table has one per cell) that is not finite, if any. */
export function undefinedStep(
  derived: readonly { readonly id: string; readonly answer: Answer }[],
  variables: readonly string[],
  start: readonly number[] | undefined,
): string | undefined {
  for (const d of derived) {
    const found = undefinedIn(d.answer, variables, start);
    if (found) return message(d.id, found, d.answer.type === 'expr');
  }
  return undefined;
}

/** When the function is not a finite number at the start, the message saying so. */
export function undefinedAtStart(f: Node, variables: readonly string[], start: readonly number[]): string | undefined {
  let value: number;
  try {
    value = compile(f, variables)(Float64Array.from(start));
  } catch {
    return undefined; // a symbol we cannot evaluate: the steps that need it say so
  }
  if (Number.isFinite(value)) return undefined;
  const where = `at the start point (${start.join(', ')})`;
  return Number.isNaN(value)
    ? `The function is undefined ${where}: it is NaN there (a root or logarithm of a negative number, or 0/0?).`
    : `The function is not finite ${where}: it is ${value} there (a division by zero, or numbers too large for a double).`;
}
