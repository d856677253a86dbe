/**
 * The public face of src/math: reading, judging, evaluating. Browser-safe: the
 * symbolic derivative (nerdamer, mathjs) lives in ./derivative.ts and is
 * imported from there by the content layer alone.
 */
export type { Node, Range } from './ast.js';
export { read, symbolsOfText, type ReadResult, type ReadError, type ReadOptions } from './parse.js';
export { toLatex, toText } from './format.js';
export {
  check,
  judge,
  prepare,
  prepareTree,
  ExpectedAnswerError,
  type CheckRequest,
  type Verdict,
  type Kind,
  type Reason,
  type Expectation,
} from './check.js';
export { type Tolerance, withinTolerance, precisionWanted, DEFAULT_TOLERANCE } from './closeness.js';
export { equivalent } from './equivalence.js';
export { seeded, hashString, type Random } from './random.js';
export { LIMITS } from './limits.js';
export { substitute, symbolsOf, freeSymbols, num, sym, bin, FUNCTIONS, CONSTANTS, type BinaryOp } from './ast.js';
export { compile, evaluateConstant, type Compiled } from './evaluate.js';
export { evaluateExact, fromNumber, toNumber, terminates, type Rational } from './exact.js';
export { lowerVectors } from './vectors.js';
export { readAnswer, rowsOf, matrixNode, type Rows } from './matrix.js';
export { safeForSymbolic } from './symbolic.js';
export { differentiateByRules, type Slips } from './rules.js';
