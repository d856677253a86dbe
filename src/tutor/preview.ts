/**
 * How a learner's text reads, before it is checked: the "read as …" preview of
 * an answer box, from the same reader the checker uses, so what the preview
 * shows is what will be judged (a matrix in row notation, [1 2; 3 4], too). Grades nothing.
 */
import { readAnswer, type Range } from '../math/index.js';
import { toMathML } from '../math/mathml.js';

export type Reading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'read'; readonly mathml: string }
  | { readonly kind: 'unreadable'; readonly message: string; readonly range: Range };

/** The reading of `text` with the exercise's `variables` (their spellings x₁, θ read as them), in the learner's locale. */
export function readingOf(text: string, variables: readonly string[], locale?: string): Reading {
  if (text.trim() === '') return { kind: 'empty' };
  const r = readAnswer(text, { variables, locale });
  if (r.ok) return { kind: 'read', mathml: toMathML(r.node, { locale }) };
  return { kind: 'unreadable', message: r.error.message, range: { start: r.error.start, end: r.error.end } };
}
