/**
 * What a session says, made ready to show: the math in a piece of feedback or
 * prose found (`$…$`, `$$…$$`) and typeset to MathML markup by the math
 * layer's small emitter. Pure strings, no DOM: the elements render them, and
 * reach the emitter through here rather than the layers below the tutor.
 */
export { mathSpans, type MathSpan } from '../content/math-spans.js';
export { latexToMathML } from '../math/mathml.js';

import { toLatex } from '../math/format.js';

/** A variable's name in LaTeX (θ for theta, x_{1} for x1), for the headings an element composes. */
export const variableLatex = (name: string): string => toLatex({ type: 'symbol', name });
