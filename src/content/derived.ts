/**
 * What the engine derives for each step: the question, the expected answer,
 * the worked solution, the hints, and the answers known mistakes would give.
 * Answers travel as data (numbers, vectors, expression trees with their
 * variables), never as text a later layer reads again, and all of it is plain
 * JSON, so a compiled lesson travels to the browser as is.
 */
import type { Node, Tolerance } from '../math/index.js';
import type { StepKind } from './schema.js';

/** A number the engine worked out. */
export interface NumberValue {
  readonly type: 'number';
  readonly value: number;
  /** The exact value as numerator and denominator, when it is a fraction with no finite decimal (23/3). */
  readonly fraction?: readonly [number, number];
}

/** A vector of numbers: a point θₜ, a gradient at a point. */
export interface VectorValue {
  readonly type: 'vector';
  readonly components: readonly NumberValue[];
}

/** An expression in the exercise's variables (∂f/∂x). */
export interface ExpressionValue {
  readonly type: 'expression';
  readonly tree: Node;
}

/** A vector of expressions (the symbolic gradient). */
export interface ExpressionsValue {
  readonly type: 'expressions';
  readonly trees: readonly Node[];
}

/** One of a choice step's options, by id. */
export interface OptionValue {
  readonly type: 'option';
  readonly id: string;
}

/** Several of a choice step's options, by id (sorted): the right answer when several are right. */
export interface OptionsValue {
  readonly type: 'options';
  readonly ids: readonly string[];
}

/** A matrix row by row (a Hessian): each entry a number, or an expression in the exercise's variables. */
export interface MatrixValue {
  readonly type: 'matrix';
  readonly rows: readonly (readonly (NumberValue | ExpressionValue)[])[];
}

/** An answer as data. */
export type Quantity =
  NumberValue | VectorValue | ExpressionValue | ExpressionsValue | OptionValue | OptionsValue | MatrixValue;

/**
 * A step's expected answer, with how it is checked. `text` is the same answer
 * as checker text, for people (the `solve` listing, lint messages, the answer
 * a test types) and for the saved session's fingerprint: nothing reads it back.
 */
export type Answer =
  | {
      readonly type: 'expr';
      readonly expected: ExpressionValue;
      readonly text: string;
      readonly vars: readonly string[];
    }
  | { readonly type: 'value'; readonly expected: NumberValue; readonly text: string; readonly tolerance: Tolerance }
  | {
      readonly type: 'vector';
      readonly expected: VectorValue | ExpressionsValue;
      readonly text: string;
      readonly vars: readonly string[];
      readonly tolerance: Tolerance;
    }
  | {
      readonly type: 'matrix';
      readonly expected: MatrixValue;
      readonly text: string;
      readonly vars: readonly string[];
      readonly tolerance: Tolerance;
    }
  | {
      readonly type: 'choice';
      readonly expected: OptionValue | OptionsValue;
      readonly text: string;
      readonly options: readonly { readonly id: string; readonly label: string }[];
    };

/** A wrong answer the engine can name: what it equals, and what to say. */
export interface Misconception {
  readonly id: string;
  /** A short name for the mistake ("sign of the update"). */
  readonly name: string;
  /** The answer the mistake gives. */
  readonly answer: Quantity;
  /** The same as checker text, for people (see Answer.text). */
  readonly text: string;
  readonly feedback: string;
}

/**
 * Error carried forward: the step's expected answer as a tree over the
 * learner's own earlier answers. Symbols `input` stand for those answers (a
 * component of a vector answer, or an expression answer); after substituting
 * them, `bind` gives the point where expressions are evaluated.
 */
export interface CarryForward {
  readonly inputs: readonly { readonly symbol: string; readonly step: string; readonly component?: number }[];
  readonly template: Node;
  readonly bind?: Readonly<Record<string, number>>;
}

/**
 * What a step's answer stands for, beyond its kind: a table's cells are an
 * iterate, a loss, a gradient. Read by the plots (which answers are points of
 * the descent) instead of anything in a title or an id.
 */
export const STEP_ROLES = [
  'derivative',
  'gradient',
  'direction',
  'norm',
  'step',
  'iterate',
  'loss',
  'limit',
  'limit_loss',
  'decrease',
  'regime',
  'max_rate',
  'state',
  'question',
  'count',
  'curvature',
  'critical',
  'newton',
  'jacobian',
] as const;

export type StepRole = (typeof STEP_ROLES)[number];

/**
 * The parts of a step, or of an exercise, that the teacher wrote rather than the engine: they are in the lesson's own
 * language, which differs from the engine's words when the lesson is compiled in another (`proseLanguage`).
 */
export const WRITTEN_PARTS = ['prompt', 'hints', 'statement'] as const;
export type WrittenPart = (typeof WRITTEN_PARTS)[number];

export interface DerivedStep {
  readonly id: string;
  readonly kind: StepKind;
  readonly role: StepRole;
  /** The t of θₜ the answer is at (an iterate's own t; the point a gradient or a loss is taken at). */
  readonly t?: number;
  /** Plain text, never LaTeX: "H at (1, -2)", "θ1". */
  readonly title: string;
  /** What the step's answer is called in a sentence: "gradient", "update", "loss". */
  readonly noun: string;
  /** The question, in Markdown with $…$ math. */
  readonly prompt: string;
  readonly answer: Answer;
  /** The expected answer in LaTeX, for the solution and the summary. */
  readonly answerLatex: string;
  /** The worked solution, one line of Markdown with $…$ math per entry. */
  readonly solution: readonly string[];
  readonly hints: readonly string[];
  readonly feedback: { readonly correct: string; readonly incorrect: string };
  readonly misconceptions: readonly Misconception[];
  readonly carry?: CarryForward;
  /** What of it the teacher wrote, when the lesson was compiled in a language other than its own. */
  readonly written?: readonly WrittenPart[];
}
