/**
 * Error carried forward: a step's expected answer recomputed from the
 * learner's own earlier answers, following the rule the content layer derived
 * as a tree (e.g. θ₀ − α·g with g the learner's gradient). Pure: trees in, a
 * tree out, nothing read from text.
 */
import { lowerVectors, rowsOf, substitute, num, type Node } from '../math/index.js';
import type { DerivedStep } from '../content/index.js';

/** What the learner answered for a step, read into a tree (or nothing usable). */
export type AnswerTree = Node | undefined;

/** The expected answer under the learner's earlier answers, or undefined when they cannot be used. */
export function carriedExpected(step: DerivedStep, answers: ReadonlyMap<string, AnswerTree>): Node | undefined {
  const carry = step.carry;
  if (!carry) return undefined;
  const values: Record<string, Node> = {};
  for (const input of carry.inputs) {
    const tree = answers.get(input.step);
    if (!tree) return undefined;
    // A matrix answer's entries are its components, row by row.
    const matrix = input.component !== undefined ? rowsOf(tree) : undefined;
    const lowered = matrix?.ok ? ({ ok: true, components: matrix.rows.flat() } as const) : lowerVectors(tree);
    if (!lowered.ok) return undefined;
    if (input.component === undefined) {
      if (!('scalar' in lowered)) return undefined;
      values[input.symbol] = lowered.scalar;
    } else {
      if (!('components' in lowered)) return undefined;
      const component = lowered.components[input.component - 1];
      if (!component) return undefined;
      values[input.symbol] = component;
    }
  }
  const bind = Object.fromEntries(Object.entries(carry.bind ?? {}).map(([k, v]) => [k, num(v)]));
  // Inputs first (a learner's expression in x, y), then the point they are evaluated at.
  return substitute(substitute(carry.template, values), bind);
}
