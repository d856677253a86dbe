/**
 * The bounds that keep every check finite. Learner text is hostile until proven
 * otherwise: these numbers are why no input can hang a check or blow the stack.
 */
export const LIMITS = {
  /** Characters of a learner's answer; a worked answer is rarely a tenth of this. */
  answerLength: 500,
  /** Characters of a teacher's expression (a model's loss written out is longer). */
  expressionLength: 4000,
  /** Brackets, unary signs and powers nested inside each other. */
  depth: 40,
  /** Largest n for which n! is computed; 171! is already beyond a double. */
  factorial: 170,
  /** Largest exponent handed to the symbolic engine, which expands powers. */
  symbolicExponent: 16,
} as const;
