/**
 * The answer checker: one learner answer against one expected answer, judged
 * mathematically. A verdict is exactly one of correct, incorrect, unreadable
 * (with where and why) and empty. Expected answers are prepared once (read and
 * compiled) and then judge any number of answers, one per keystroke if need be.
 */
import { freeSymbols, type Node, type Range } from './ast.js';
import { DEFAULT_TOLERANCE, isClose, withinTolerance, type Tolerance } from './closeness.js';
import { equivalent, type Equivalence } from './equivalence.js';
import { evaluateConstant } from './evaluate.js';
import { toLatex } from './format.js';
import { Vocabulary } from './identifiers.js';
import { LIMITS } from './limits.js';
import { read } from './parse.js';
import { lowerVectors } from './vectors.js';

export type Kind = 'expr' | 'value' | 'vector';

export interface CheckRequest {
  readonly kind: Kind;
  readonly expected: string;
  readonly answer: string;
  /** The exercise's variables (for `expr`, and for symbolic vector components). */
  readonly vars?: readonly string[];
  readonly tolerance?: Tolerance;
}

/** Why an incorrect answer is incorrect, for feedback that says what to fix. */
export type Reason =
  | 'not-equivalent'
  | 'different-domain'
  | 'off-value'
  | 'close'
  | 'unknown-symbol'
  | 'not-a-number'
  | 'not-a-vector'
  | 'vector-for-scalar'
  | 'wrong-length'
  | 'components'
  | 'undecided';

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
    }
  | { readonly verdict: 'unreadable'; readonly message: string; readonly range: Range }
  | { readonly verdict: 'empty'; readonly message: string };

/** A prepared expected answer: its tree and its components, read once. */
export interface Expectation {
  readonly kind: Kind;
  readonly node: Node;
  readonly components: readonly Node[] | undefined;
  readonly variables: readonly string[];
  readonly vocabulary: Vocabulary;
  readonly tolerance: Tolerance;
}

export type Prepared =
  { readonly ok: true; readonly expectation: Expectation } | { readonly ok: false; readonly message: string };

/** Reads and validates an expected answer (teacher input: errors are for the teacher). */
export function prepare(kind: Kind, expected: string, vars: readonly string[] = [], tolerance?: Tolerance): Prepared {
  const vocabulary = new Vocabulary(vars);
  const result = read(expected, { variables: vocabulary, maxLength: LIMITS.expressionLength });
  if (!result.ok) return { ok: false, message: `expected answer ${quote(expected)}: ${result.error.message}` };
  return expectationOf(kind, result.node, quote(expected), vars, vocabulary, tolerance);
}

/**
 * Validates an expected answer already held as a tree (a compiled lesson's
 * answers are data): nothing is read, so it costs no parsing.
 */
export function prepareTree(kind: Kind, expected: Node, vars: readonly string[] = [], tolerance?: Tolerance): Prepared {
  return expectationOf(kind, expected, 'the expected answer', vars, new Vocabulary(vars), tolerance);
}

function expectationOf(
  kind: Kind,
  node: Node,
  named: string,
  vars: readonly string[],
  vocabulary: Vocabulary,
  tolerance: Tolerance | undefined,
): Prepared {
  const lowered = lowerVectors(node);
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
      variables: vars,
      vocabulary,
      tolerance: tolerance ?? DEFAULT_TOLERANCE,
    },
  };
}

const list = (names: readonly string[]): string => names.join(', ');

/** The expected text in a message, shortened: a message should not repeat a whole file. */
const quote = (text: string): string => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

/** Judges a scalar (a component, or the whole answer) against the expectation's rules. */
function judgeScalar(
  expected: Node,
  answer: Node,
  e: Expectation,
): { ok: true } | { ok: false; reason: Reason; message: string } {
  const allowed = e.kind === 'value' && e.components === undefined ? [] : e.variables;
  const stray = freeSymbols(answer, e.variables).filter((s) => !allowed.includes(s));
  if (stray.length > 0) {
    return allowed.length === 0 || freeSymbols(expected, e.variables).length === 0
      ? { ok: false, reason: 'not-a-number', message: `A number is expected, but your answer contains ${list(stray)}.` }
      : {
          ok: false,
          reason: 'unknown-symbol',
          message: `${list(stray)} ${stray.length === 1 ? 'is not a variable' : 'are not variables'} of this exercise (the variables are ${list(allowed)}).`,
        };
  }
  if (
    freeSymbols(expected, e.variables).length === 0 &&
    freeSymbols(answer, e.variables).length === 0 &&
    e.kind !== 'expr'
  ) {
    const a = evaluateConstant(answer);
    const x = evaluateConstant(expected);
    if (!Number.isFinite(a)) return { ok: false, reason: 'off-value', message: 'Your answer has no finite value.' };
    if (withinTolerance(a, x, e.tolerance)) return { ok: true };
    return isClose(a, x)
      ? { ok: false, reason: 'close', message: 'Close, but not within the tolerance: keep more decimal places.' }
      : { ok: false, reason: 'off-value', message: 'This value is not right.' };
  }
  const result: Equivalence = equivalent(expected, answer, e.variables);
  if (result.equal) return { ok: true };
  switch (result.why) {
    case 'domain':
      return {
        ok: false,
        reason: 'different-domain',
        message:
          'This agrees only part of the time: it is undefined where the answer is defined, or the other way round.',
      };
    case 'undecided':
      return {
        ok: false,
        reason: 'undecided',
        message: 'This could not be shown equal to the answer; try a simpler form.',
      };
    case 'value':
      return { ok: false, reason: 'not-equivalent', message: 'This is not equivalent to the answer.' };
  }
}

/** Judges one answer against a prepared expectation. Never throws on any answer text. */
export function judge(e: Expectation, answer: string): Verdict {
  if (answer.trim() === '') return { verdict: 'empty', message: 'Type an answer first.' };
  const result = read(answer, { variables: e.vocabulary });
  if (!result.ok) {
    const { start, end, message } = result.error;
    return { verdict: 'unreadable', message, range: { start, end: Math.min(end, answer.length) } };
  }
  const node = result.node;
  const latex = toLatex(node);
  const lowered = lowerVectors(node);
  if (!lowered.ok) return { verdict: 'unreadable', message: lowered.message, range: { start: 0, end: answer.length } };
  const incorrect = (reason: Reason, message: string, components?: readonly boolean[]): Verdict => ({
    verdict: 'incorrect',
    latex,
    read: node,
    reason,
    message,
    ...(components ? { components } : {}),
  });

  if (e.tolerance.plainNumber && !isPlainNumber(node))
    return {
      verdict: 'unreadable',
      message: 'Give a plain number here, like 2.4, not a calculation: work it out first.',
      range: { start: 0, end: answer.length },
    };

  if (e.components) {
    if (!('components' in lowered)) {
      const n = e.components.length;
      return incorrect(
        'not-a-vector',
        `A vector of ${n} components is expected, written like (${Array.from({ length: n }, (_, k) => `a${k + 1}`).join(', ')}).`,
      );
    }
    if (lowered.components.length !== e.components.length)
      return incorrect(
        'wrong-length',
        `Your vector has ${lowered.components.length} components; ${e.components.length} are expected.`,
      );
    const judged = e.components.map((c, k) => judgeScalar(c, lowered.components[k]!, e));
    const right = judged.map((j) => j.ok);
    if (right.every(Boolean)) return { verdict: 'correct', latex, read: node };
    const wrong = right.flatMap((ok, k) => (ok ? [] : [k + 1]));
    // A wrong kind of component (a stray symbol, say) deserves its own words; a wrong value does not.
    const firstWrong = judged.find((j) => !j.ok && j.reason !== 'off-value' && j.reason !== 'not-equivalent');
    const detail = firstWrong && !firstWrong.ok ? ` ${firstWrong.message}` : '';
    return incorrect(
      'components',
      `${wrong.length === 1 ? 'Component' : 'Components'} ${wrong.join(' and ')} of ${right.length} ${wrong.length === 1 ? 'is' : 'are'} not right.${detail}`,
      right,
    );
  }
  if ('components' in lowered)
    return incorrect('vector-for-scalar', 'A single expression or number is expected here, not a vector.');
  const judged = judgeScalar(e.node, lowered.scalar, e);
  return judged.ok ? { verdict: 'correct', latex, read: node } : incorrect(judged.reason, judged.message);
}

function isPlainNumber(node: Node): boolean {
  return node.type === 'number' || (node.type === 'neg' && node.arg.type === 'number');
}

/**
 * Judges one request end to end. Throws only for a malformed expected answer,
 * which is the teacher's (or the caller's) error, not the learner's.
 */
export function check(request: CheckRequest): Verdict {
  const prepared = prepare(request.kind, request.expected, request.vars ?? [], request.tolerance);
  if (!prepared.ok) throw new ExpectedAnswerError(prepared.message);
  return judge(prepared.expectation, request.answer);
}

export class ExpectedAnswerError extends Error {}
