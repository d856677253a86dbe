/**
 * What the engine derives for each step: the question, the expected answer,
 * the worked solution, the hints, and the answers known mistakes would give.
 * All of it is plain JSON, so a compiled lesson travels to the browser as is.
 */
import type { Tolerance } from '../math/index.js';
import type { StepKind } from './schema.js';

export type Answer =
  | { readonly type: 'expr'; readonly expected: string; readonly vars: readonly string[] }
  | { readonly type: 'value'; readonly expected: string; readonly tolerance: Tolerance }
  | {
      readonly type: 'vector';
      readonly expected: string;
      readonly vars: readonly string[];
      readonly tolerance: Tolerance;
    }
  | {
      readonly type: 'choice';
      readonly expected: string;
      readonly options: readonly { readonly id: string; readonly label: string }[];
    };

/** A wrong answer the engine can name: what it equals, and what to say. */
export interface Misconception {
  readonly id: string;
  /** A short name for the mistake ("sign of the update"). */
  readonly name: string;
  /** The answer the mistake gives, as checker text. */
  readonly answer: string;
  readonly feedback: string;
}

/**
 * Error carried forward: the step's expected answer as a template over the
 * learner's own earlier answers. Symbols `input` stand for those answers (a
 * component of a vector answer, or an expression answer); after substituting
 * them, `bind` gives the point where expressions are evaluated.
 */
export interface CarryForward {
  readonly inputs: readonly { readonly symbol: string; readonly step: string; readonly component?: number }[];
  readonly template: string;
  readonly bind?: Readonly<Record<string, number>>;
}

export interface DerivedStep {
  readonly id: string;
  readonly kind: StepKind;
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
}
