/**
 * What grading says of an answer, and what the rest of the tutor asks of it: the grade's kinds and the tests on
 * them (judged? right? an attempt?). Types and predicates only, apart from the checker (grade.ts and the math
 * under it), so that a page can show an exercise, its progress and its saved verdicts' counts before the checker
 * has loaded (see checker.ts).
 */
import type { Expectation, Range } from '../math/index.js';
import type { DerivedStep, Misconception } from '../content/index.js';
import type { AnswerTree } from './carry.js';

/** An earlier answer that a carried-forward grade was checked against. */
export interface Basis {
  readonly step: string;
  readonly noun: string;
  readonly latex: string;
}

export type Grade =
  | { readonly kind: 'correct'; readonly latex: string; readonly message: string }
  | { readonly kind: 'carried'; readonly latex: string; readonly message: string; readonly basis: readonly Basis[] }
  | {
      readonly kind: 'misconception';
      readonly latex: string;
      readonly message: string;
      readonly misconception: Pick<Misconception, 'id' | 'name'>;
    }
  | {
      readonly kind: 'incorrect';
      readonly latex: string;
      readonly message: string;
      readonly components?: readonly boolean[];
      /** For a matrix: which entries are right, row by row. */
      readonly entries?: readonly (readonly boolean[])[];
    }
  /** A name the exercise does not know, or a number rounded too far: said so, and no attempt spent. */
  | { readonly kind: 'unknown-symbol' | 'imprecise'; readonly latex: string; readonly message: string }
  | { readonly kind: 'unreadable'; readonly message: string; readonly range: Range }
  | { readonly kind: 'empty'; readonly message: string };

/** A grade that judged the answer right or wrong; the others (empty, unreadable, unknown symbol, imprecise) only say what to fix. */
export type Judged = Extract<Grade, { kind: 'correct' | 'carried' | 'misconception' | 'incorrect' }>;
/** Whether a grade is kept as the step's answer and logged; one that is not changes nothing. */
export const isJudged = (g: Grade): g is Judged =>
  g.kind === 'correct' || g.kind === 'carried' || g.kind === 'misconception' || g.kind === 'incorrect';

/** Whether a grade spends an attempt: only a readable, wrong answer does. */
export const countsAsAttempt = (g: Grade): boolean => g.kind === 'misconception' || g.kind === 'incorrect';
export const isRight = (g: Grade | undefined): boolean => g?.kind === 'correct' || g?.kind === 'carried';

/** What later steps need to know of an earlier one. */
export interface EarlierAnswer {
  readonly noun: string;
  readonly tree: AnswerTree;
  readonly latex: string;
  readonly grade: Grade | undefined;
}

/** A step with its expected answer and its mistakes ready for the checker. */
export interface PreparedStep {
  readonly step: DerivedStep;
  /** Undefined for a choice, which is matched by its option's id. */
  readonly expected: Expectation | undefined;
  /** The learner's locale the step was prepared for (2,4 read as 2.4 in fr). */
  readonly locale: string | undefined;
  readonly mistakes: readonly { readonly misconception: Misconception; readonly expectation: Expectation }[];
}

/** An answer graded: its grade, and the tree it was read into (for the steps that build on it). */
export interface Graded {
  readonly grade: Grade;
  readonly tree: AnswerTree;
}
