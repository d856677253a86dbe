/** The lessons the text sweeps walk, with their text: every lesson of content/, and one for the kinds none asks. */
import { readFileSync } from 'node:fs';
import { contentFiles } from '../tutor/fixtures.js';

/** Step kinds no lesson of content/ asks, in a lesson of their own so that the sweep reaches every kind. */
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
`;

/** Each lesson swept, with its text: content/'s, and the one above. */
export const SWEPT: readonly (readonly [string, string])[] = [
  ...contentFiles().map((f) => [f, readFileSync(new URL(`../../content/${f}`, import.meta.url), 'utf8')] as const),
  ['other-kinds.yaml', OTHER_KINDS],
];
