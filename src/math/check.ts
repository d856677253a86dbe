/**
 * The answer checker: one learner answer against one expected answer, judged
 * mathematically. A verdict is exactly one of correct, incorrect, unknown
 * symbol (a name the exercise does not know), imprecise (a number close to
 * the answer but rounded too far or not within the tolerance), unreadable
 * (with where and why) and empty. Only an incorrect verdict is a wrong answer.
 * Expected answers are prepared once (read and compiled) and then judge any
 * number of answers, one per keystroke if need be.
 */
import { freeSymbols, type Node, type Range } from './ast.js';
import { DEFAULT_TOLERANCE, judgeNumber, precisionWanted, type Tolerance } from './closeness.js';
import { equivalent, type Equivalence } from './equivalence.js';
import { evaluateConstant } from './evaluate.js';
import { toLatex, toText } from './format.js';
import { Vocabulary } from './identifiers.js';
import { LIMITS } from './limits.js';
import { decimalComma } from './locale.js';
import { say } from '../messages/catalogue.js';
import { CHECKER } from '../messages/checker.js';
import { hashString } from './random.js';
import { read } from './parse.js';
import { judgeMatrix, type MatrixReason } from './matrix-check.js';
import { readAnswer, rowsOf, type Rows } from './matrix.js';
import { lowerVectors } from './vectors.js';

export type Kind = 'expr' | 'value' | 'vector' | 'matrix';

export interface CheckRequest {
  readonly kind: Kind;
  readonly expected: string;
  readonly answer: string;
  /** The exercise's variables (for `expr`, and for symbolic vector components). */
  readonly vars?: readonly string[];
  readonly tolerance?: Tolerance;
  /** The learner's locale: with a decimal comma (fr), 2,4 is read as 2.4 and shown so. */
  readonly locale?: string;
}

/** Why an incorrect answer is incorrect, for feedback that says what to fix. */
export type Reason =
  | 'not-equivalent'
  | 'different-domain'
  | 'off-value'
  | 'not-a-number'
  | 'not-a-vector'
  | 'vector-for-scalar'
  | 'wrong-length'
  | 'components'
  | 'undecided'
  | MatrixReason;

export type Verdict =
  | { readonly verdict: 'correct'; readonly latex: string; readonly read: Node }
  | {
      readonly verdict: 'incorrect';
      readonly latex: string;
      readonly read: Node;
      readonly reason: Reason;
      readonly message: string;
      /** For vectors: which components are right, in order. */
      readonly components?: readonly boolean[];
      /** For matrices: which entries are right, row by row. */
      readonly entries?: readonly (readonly boolean[])[];
    }
  /** A name that is not a variable of the exercise: not a wrong answer, so it costs nothing. */
  | {
      readonly verdict: 'unknown-symbol';
      readonly latex: string;
      readonly read: Node;
      readonly symbols: readonly string[];
      readonly message: string;
    }
  /** A number close to the answer, rounded too far or not within the tolerance: costs nothing. */
  | {
      readonly verdict: 'imprecise';
      readonly latex: string;
      readonly read: Node;
      readonly reason: 'too-few-figures' | 'close';
      readonly message: string;
    }
  | { readonly verdict: 'unreadable'; readonly message: string; readonly range: Range }
  | { readonly verdict: 'empty'; readonly message: string };

/** A prepared expected answer: its tree and its components, read once. */
export interface Expectation {
  readonly kind: Kind;
  readonly node: Node;
  readonly components: readonly Node[] | undefined;
  /** For a matrix: its entries, row by row. */
  readonly rows?: Rows;
  readonly variables: readonly string[];
  readonly vocabulary: Vocabulary;
  readonly tolerance: Tolerance;
  readonly locale: string | undefined;
  /** The expected answer's part of the sampling seed. */
  readonly seed: number;
}

export type Prepared =
  { readonly ok: true; readonly expectation: Expectation } | { readonly ok: false; readonly message: string };

/** Reads and validates an expected answer (teacher input: errors are for the teacher). */
export function prepare(
  kind: Kind,
  expected: string,
  vars: readonly string[] = [],
  tolerance?: Tolerance,
  options: { readonly locale?: string } = {},
): Prepared {
  const vocabulary = new Vocabulary(vars);
  // A matrix may be written in row notation by the teacher as by the learner: `[1 2; 3 4]`.
  const result = (kind === 'matrix' ? readAnswer : read)(expected, {
    variables: vocabulary,
    maxLength: LIMITS.expressionLength,
  });
  if (!result.ok) return { ok: false, message: `expected answer ${quote(expected)}: ${result.error.message}` };
  return expectationOf(kind, result.node, quote(expected), vars, vocabulary, tolerance, options, hashString(expected));
}

/**
 * Validates an expected answer already held as a tree (a compiled lesson's
 * answers are data): nothing is read, so it costs no parsing.
 */
export function prepareTree(
  kind: Kind,
  expected: Node,
  vars: readonly string[] = [],
  tolerance?: Tolerance,
  options: { readonly locale?: string } = {},
): Prepared {
  const seed = hashString(toText(expected));
  return expectationOf(kind, expected, 'the expected answer', vars, new Vocabulary(vars), tolerance, options, seed);
}

function expectationOf(
  kind: Kind,
  node: Node,
  named: string,
  vars: readonly string[],
  vocabulary: Vocabulary,
  tolerance: Tolerance | undefined,
  options: { readonly locale?: string },
  seed: number,
): Prepared {
  const matrix = kind === 'matrix' ? rowsOf(node) : undefined;
  if (matrix && !matrix.ok) return { ok: false, message: `expected answer ${named}: ${matrix.message}` };
  const lowered = matrix ? ({ ok: true, scalar: node } as const) : lowerVectors(node);
  if (!lowered.ok) return { ok: false, message: `expected answer ${named}: ${lowered.message}` };
  const isVector = 'components' in lowered;
  if (kind === 'vector' && !isVector) return { ok: false, message: `expected answer ${named} is not a vector.` };
  if (kind !== 'vector' && isVector)
    return { ok: false, message: `expected answer ${named} is a vector; use kind "vector".` };
  const allowed = kind === 'value' ? [] : vars;
  const stray = freeSymbols(node, vars).filter((s) => !allowed.includes(s));
  if (stray.length > 0)
    return {
      ok: false,
      message: `expected answer ${named} uses ${stray.join(', ')}, which is not declared.`,
    };
  return {
    ok: true,
    expectation: {
      kind,
      node,
      components: isVector ? lowered.components : undefined,
      ...(matrix ? { rows: matrix.rows } : {}),
      variables: vars,
      vocabulary,
      tolerance: tolerance ?? DEFAULT_TOLERANCE,
      locale: options.locale,
      seed,
    },
  };
}

/** The expected text in a message, shortened: a message should not repeat a whole file. */
const quote = (text: string): string => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

type Scalar =
  | { readonly ok: true }
  | { readonly ok: false; readonly verdict: 'incorrect'; readonly reason: Reason; readonly message: string }
  | { readonly ok: false; readonly verdict: 'unknown-symbol'; readonly symbols: string[]; readonly message: string }
  | {
      readonly ok: false;
      readonly verdict: 'imprecise';
      readonly reason: 'too-few-figures' | 'close';
      readonly message: string;
    };

const wrong = (reason: Reason, message: string): Scalar => ({ ok: false, verdict: 'incorrect', reason, message });

/** The numbers of an answer as typed (`7.60`), whose figures say how it was rounded. */
function literalsOf(node: Node, into: string[] = []): string[] {
  switch (node.type) {
    case 'number':
      into.push(node.text ?? String(node.value));
      break;
    case 'neg':
      literalsOf(node.arg, into);
      break;
    case 'binary':
      literalsOf(node.left, into);
      literalsOf(node.right, into);
      break;
    case 'call':
    case 'vector':
      for (const child of node.type === 'call' ? node.args : node.items) literalsOf(child, into);
      break;
    case 'symbol':
      into.push('#'); // a constant (π): a calculation, never one plain number
      break;
  }
  return into;
}

function judgeValue(expected: Node, answer: Node, t: Tolerance, locale: string | undefined): Scalar {
  const a = evaluateConstant(answer);
  if (!Number.isFinite(a)) return wrong('off-value', 'Your answer has no finite value.');
  const judged = judgeNumber(a, evaluateConstant(expected), t, literalsOf(answer));
  if (judged.ok) return { ok: true };
  if (judged.why === 'off') return wrong('off-value', 'This value is not right.');
  const said = say(CHECKER, locale);
  const precision = precisionWanted(t, locale);
  return {
    ok: false,
    verdict: 'imprecise',
    reason: judged.why,
    message: judged.why === 'close' ? said.close({ precision }) : said.roundedTooFar({ precision }),
  };
}

/** Judges a scalar (a component, or the whole answer) against the expectation's rules. */
function judgeScalar(expected: Node, answer: Node, e: Expectation, seed: number): Scalar {
  const allowed = e.kind === 'value' && e.components === undefined ? [] : e.variables;
  const stray = freeSymbols(answer, e.variables).filter((s) => !allowed.includes(s));
  if (stray.length > 0) {
    return allowed.length === 0 || freeSymbols(expected, e.variables).length === 0
      ? wrong('not-a-number', say(CHECKER, e.locale).numberExpected({ names: stray }))
      : {
          ok: false,
          verdict: 'unknown-symbol',
          symbols: stray,
          message: say(CHECKER, e.locale).notVariables({ names: stray, variables: allowed }),
        };
  }
  if (
    freeSymbols(expected, e.variables).length === 0 &&
    freeSymbols(answer, e.variables).length === 0 &&
    e.kind !== 'expr'
  )
    return judgeValue(expected, answer, e.tolerance, e.locale);
  const result: Equivalence = equivalent(expected, answer, e.variables, seed);
  if (result.equal) return { ok: true };
  switch (result.why) {
    case 'domain':
      return wrong(
        'different-domain',
        'This agrees only part of the time: it is undefined where the answer is defined, or the other way round.',
      );
    case 'undecided':
      return wrong('undecided', 'This could not be shown equal to the answer; try a simpler form.');
    case 'value':
      return wrong('not-equivalent', 'This is not equivalent to the answer.');
  }
}

/** Judges one answer against a prepared expectation. Never throws on any answer text. */
export function judge(e: Expectation, answer: string): Verdict {
  const said = say(CHECKER, e.locale);
  if (answer.trim() === '') return { verdict: 'empty', message: said.empty };
  const result = (e.rows ? readAnswer : read)(answer, { variables: e.vocabulary, locale: e.locale });
  if (!result.ok) {
    const { start, end, message } = result.error;
    return { verdict: 'unreadable', message, range: { start, end: Math.min(end, answer.length) } };
  }
  const node = result.node;
  const latex = toLatex(node, { locale: e.locale });
  if (e.rows) return judgeMatrixAnswer(e, node, latex, hashString(answer.trim(), e.seed));
  const lowered = lowerVectors(node);
  if (!lowered.ok) return { verdict: 'unreadable', message: lowered.message, range: { start: 0, end: answer.length } };
  const { incorrect, notRight, partsFailed } = verdictsFor(latex, node);

  if (e.tolerance.plainNumber && !isPlainNumber(node))
    return {
      verdict: 'unreadable',
      message: said.plainNumber,
      range: { start: 0, end: answer.length },
    };

  // The sample points depend on the pair judged: the same in every run, different for every answer.
  const seed = hashString(answer.trim(), e.seed);
  if (e.components) {
    if (!('components' in lowered)) {
      const n = e.components.length;
      return incorrect(
        'not-a-vector',
        said.vectorExpected({
          n,
          example: `(${Array.from({ length: n }, (_, k) => `a${k + 1}`).join(decimalComma(e.locale) ? ' ; ' : ', ')})`,
        }),
      );
    }
    if (lowered.components.length !== e.components.length)
      return incorrect(
        'wrong-length',
        said.wrongLength({ given: lowered.components.length, expected: e.components.length }),
      );
    const judged = e.components.map((c, k) => judgeScalar(c, lowered.components[k]!, e, seed + k));
    const right = judged.map((j) => j.ok);
    if (right.every(Boolean)) return { verdict: 'correct', latex, read: node };
    const failed = judged.filter((j): j is Failed => !j.ok);
    const wrongOnes = right.flatMap((ok, k) => (ok ? [] : [k + 1]));
    const which = said.components({ wrong: wrongOnes, of: right.length });
    const notAttempt = partsFailed(failed, which);
    if (notAttempt) return notAttempt;
    // A wrong kind of component (a stray symbol, say) deserves its own words; a wrong value does not.
    const firstWrong = failed.find(
      (j) => j.verdict === 'incorrect' && j.reason !== 'off-value' && j.reason !== 'not-equivalent',
    );
    const detail = firstWrong ? ` ${firstWrong.message}` : '';
    return incorrect('components', `${said.componentsWrong({ which, n: wrongOnes.length })}${detail}`, {
      components: right,
    });
  }
  if ('components' in lowered) return incorrect('vector-for-scalar', said.scalarExpected);
  const judged = judgeScalar(e.node, lowered.scalar, e, seed);
  return judged.ok ? { verdict: 'correct', latex, read: node } : notRight(judged);
}

/** A matrix answer: the shape first, then entry by entry, then the named mistake it equals. */
function judgeMatrixAnswer(e: Expectation, node: Node, latex: string, seed: number): Verdict {
  const { incorrect, partsFailed } = verdictsFor(latex, node);
  const answer = rowsOf(node, e.locale);
  if (!answer.ok) return incorrect('not-a-matrix', answer.message);
  const j = judgeMatrix(e.rows!, answer.rows, (x, a, k) => judgeScalar(x, a, e, seed + k), e.locale);
  switch (j.kind) {
    case 'correct':
      return { verdict: 'correct', latex, read: node };
    case 'shape':
      return incorrect(j.reason, j.message);
    case 'entries': {
      if (j.named) return incorrect(j.named.reason, j.named.message, { entries: j.right });
      const failed = j.judged.flat().filter((s): s is Failed => !s.ok);
      return partsFailed(failed, j.where) ?? incorrect('entries', j.message, { entries: j.right });
    }
  }
}

type Failed = Exclude<Scalar, { ok: true }>;

/** The verdicts an answer read as `node` can get: the same words and fields for a scalar, a vector or a matrix. */
function verdictsFor(latex: string, node: Node) {
  const incorrect = (
    reason: Reason,
    message: string,
    marks: { components?: readonly boolean[]; entries?: readonly (readonly boolean[])[] } = {},
  ): Verdict => ({ verdict: 'incorrect', latex, read: node, reason, message, ...marks });
  /** A verdict for a judged scalar that is not right, whatever its kind. */
  const notRight = (j: Failed): Verdict => {
    switch (j.verdict) {
      case 'unknown-symbol':
        return { verdict: 'unknown-symbol', latex, read: node, symbols: j.symbols, message: j.message };
      case 'imprecise':
        return { verdict: 'imprecise', latex, read: node, reason: j.reason, message: j.message };
      case 'incorrect':
        return incorrect(j.reason, j.message);
    }
  };
  /**
   * Of the failed parts of a vector or matrix (`where` names them): an unknown name anywhere is not an attempt;
   * nor is an answer whose only faults are rounding. Undefined when the answer is simply wrong.
   */
  const partsFailed = (failed: readonly Failed[], where: string): Verdict | undefined => {
    const unknown = failed.find((j) => j.verdict === 'unknown-symbol');
    if (unknown) return notRight(unknown);
    const first = failed[0];
    if (first && failed.every((j) => j.verdict === 'imprecise'))
      return notRight({ ...first, message: `${where}: ${first.message}` });
    return undefined;
  };
  return { incorrect, notRight, partsFailed };
}

function isPlainNumber(node: Node): boolean {
  return node.type === 'number' || (node.type === 'neg' && node.arg.type === 'number');
}

/**
 * Judges one request end to end. Throws only for a malformed expected answer,
 * which is the teacher's (or the caller's) error, not the learner's.
 */
export function check(request: CheckRequest): Verdict {
  const prepared = prepare(request.kind, request.expected, request.vars ?? [], request.tolerance, {
    ...(request.locale !== undefined ? { locale: request.locale } : {}),
  });
  if (!prepared.ok) throw new ExpectedAnswerError(prepared.message);
  return judge(prepared.expectation, request.answer);
}

export class ExpectedAnswerError extends Error {}
