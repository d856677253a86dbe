/** The lessons the text sweeps walk, with their text: every lesson of content/, and one for the kinds none asks. */
import { readFileSync } from 'node:fs';
import { loadLesson, type CompiledLesson } from '../../src/content/index.js';
import type { Locale } from '../../src/messages/catalogue.js';
import { contentFiles } from '../tutor/fixtures.js';

/**
 * Step kinds no lesson of content/ asks, and ways of asking that none uses (a Hessian at a point of its own), in a
 * lesson of their own so that the sweeps reach them.
 */
const OTHER_KINDS = `id: autres
title: Other kinds
exercises:
  - id: bowl
    title: Bowl
    function: x^2 + 3*y^2
    variables: [x, y]
    start: [3, 4]
    learning_rate: 0.1
    steps:
      - kind: step
  # The curvature steps asked at a point of their own: their titles name the point ("H at (1, -2)").
  - id: at-a-point
    title: At a point
    function: x^3 + x*y + 2*y^2
    variables: [x, y]
    start: [1, 2]
    steps:
      - kind: hessian
        at: [1, -2]
      - kind: eigenvalues
        at: [1, -2]
      - kind: value_at
        at: [1, -2]
  - id: curve
    title: A curve
    function: x^4/3
    variables: [x]
    start: [1]
    steps:
      - kind: second_derivative
        at: [-0.5]
`;

/** Each lesson swept, with its text: content/'s, and the one above. */
export const SWEPT: readonly (readonly [string, string])[] = [
  ...contentFiles().map((f) => [f, readFileSync(new URL(`../../content/${f}`, import.meta.url), 'utf8')] as const),
  ['other-kinds.yaml', OTHER_KINDS],
];

/** A swept lesson compiled for a seed (in its own language, or in `locale`). */
export function sweptLesson(file: string, text: string, seed = 0, locale?: Locale): CompiledLesson {
  const r = loadLesson(file, text, seed, locale ? { locale } : {});
  if (!r.lesson) throw new Error(`${file}: ${r.issues.map((i) => i.message).join('; ')}`);
  return r.lesson;
}
