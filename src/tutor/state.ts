/**
 * A session's whole state is its event log: every answer (with its time and
 * the verdict it got), hint and revealed solution. Everything a learner sees
 * is a fold over that log, so saving is writing the log, and replaying it
 * reproduces the state exactly. Pure: no clock, no storage, no DOM.
 */
import type { CompiledExercise, DerivedStep, Policy } from '../content/index.js';
import type { AnswerTree } from './carry.js';
import { checker } from './checker.js';
import {
  countsAsAttempt,
  isJudged,
  isRight,
  type EarlierAnswer,
  type Grade,
  type Graded,
  type PreparedStep,
} from './verdict.js';
import { creditOf, type Deduction } from './scoring.js';

export type SessionEvent =
  | {
      readonly type: 'answer';
      readonly step: string;
      readonly text: string;
      readonly at: number;
      readonly verdict: Grade['kind'];
    }
  | { readonly type: 'hint'; readonly step: string; readonly at: number }
  | { readonly type: 'reveal'; readonly step: string; readonly at: number };

export type StepStatus = 'locked' | 'open' | 'correct' | 'carried' | 'revealed';

export interface StepView {
  readonly id: string;
  readonly status: StepStatus;
  /** The last answer checked (what the learner typed, never lost). */
  readonly answer: string;
  /** The grade of that answer against the learner's current earlier answers. */
  readonly grade?: Grade;
  readonly attempts: number;
  readonly hintsShown: number;
  readonly revealed: boolean;
  /** Whether the policy now offers the worked solution (always, once the step is settled). */
  readonly solutionOffered: boolean;
  /**
   * Whether the step is settled (it was right, or its solution was shown): its hints and solution are then
   * offered for review and cost nothing more.
   */
  readonly review: boolean;
  readonly credit: number;
  readonly deductions: readonly Deduction[];
}

export interface ExerciseView {
  readonly steps: readonly StepView[];
  /** Sum of step credits over the number of steps, 0 … 1. */
  readonly score: number;
  readonly earned: number;
  readonly possible: number;
  readonly complete: boolean;
}

/** The mutable working record of one step while folding the log. */
interface Working {
  answer: string;
  grade: Grade | undefined;
  /** The answer as read when it was graded, for the steps that carry it forward. */
  tree: AnswerTree;
  firstRight: 'correct' | 'carried' | undefined;
  attempts: number;
  wrongBeforeRight: number;
  hints: number;
  /** Hints taken before the step was settled: the only ones that cost credit. */
  paidHints: number;
  revealed: boolean;
}

const fresh = (): Working => ({
  answer: '',
  grade: undefined,
  tree: undefined,
  firstRight: undefined,
  attempts: 0,
  wrongBeforeRight: 0,
  hints: 0,
  paidHints: 0,
  revealed: false,
});

/** Right once, or its solution shown: what the learner does with the step after that costs nothing. */
const settled = (w: Working) => w.firstRight !== undefined || w.revealed;

/** A step unlocks the next once answered (right or not) or revealed: a slip may be carried forward. */
const attempted = (w: Working) => w.revealed || w.answer !== '';

/**
 * Per step, the later steps whose grade depends on its answer, in step order: those that carry it
 * forward, and, since a carried grade also reads whether its inputs were right, those that carry them.
 */
export function dependentsOf(steps: readonly DerivedStep[]): ReadonlyMap<string, readonly string[]> {
  const direct = new Map<string, Set<string>>(steps.map((s) => [s.id, new Set<string>()]));
  for (const s of steps) for (const input of s.carry?.inputs ?? []) direct.get(input.step)?.add(s.id);
  const order = new Map(steps.map((s, k) => [s.id, k]));
  const closure = (id: string, into: Set<string>): Set<string> => {
    for (const next of direct.get(id) ?? []) if (!into.has(next)) closure(next, into.add(next));
    return into;
  };
  return new Map(steps.map((s) => [s.id, [...closure(s.id, new Set())].sort((a, b) => order.get(a)! - order.get(b)!)]));
}

/** An answer as it was read, in LaTeX: what a carried grade's feedback quotes (a choice, as typed). */
const latexOf = (s: DerivedStep, w: Working): string =>
  s.answer.type === 'choice' ? w.answer : w.grade && 'latex' in w.grade ? w.grade.latex : '';

export class Tracker {
  private readonly work = new Map<string, Working>();
  private readonly index: ReadonlyMap<string, number>;
  /**
   * Each step prepared for the checker once, for the life of the tracker, when it is first graded: a page
   * opens every exercise's session to show the lesson's progress, and most steps are not graded then.
   */
  private readonly prepared: (PreparedStep | undefined)[];
  private readonly dependents: ReadonlyMap<string, readonly string[]>;
  /**
   * The view of the work as it stands, worked out once per change: a page asks for it for every step's draft and
   * for the lesson's progress before its first answer box is ready, and only apply() changes the work.
   */
  private current: ExerciseView | undefined;

  constructor(
    readonly exercise: CompiledExercise,
    readonly policy: Policy,
    /** The learner's locale: how numbers are read (2,4 in fr) and shown. */
    readonly locale?: string,
  ) {
    this.index = new Map(exercise.steps.map((s, k) => [s.id, k]));
    for (const s of exercise.steps) this.work.set(s.id, fresh());
    this.prepared = exercise.steps.map(() => undefined);
    this.dependents = dependentsOf(exercise.steps);
  }

  step(id: string): DerivedStep | undefined {
    const k = this.index.get(id);
    return k === undefined ? undefined : this.exercise.steps[k];
  }

  isLocked(id: string): boolean {
    if (this.policy.unlock === 'free') return false;
    const k = this.index.get(id) ?? 0;
    return this.exercise.steps.slice(0, k).some((s) => !attempted(this.work.get(s.id)!));
  }

  /** The earlier steps' current answers, as grading needs them. */
  private earlier(upTo: number): Map<string, EarlierAnswer> {
    const map = new Map<string, EarlierAnswer>();
    for (const s of this.exercise.steps.slice(0, upTo)) {
      const w = this.work.get(s.id)!;
      if (w.answer === '' && !w.revealed) continue;
      // A revealed step stands at its right answer for what follows.
      const standsAtExpected = w.revealed && !isRight(w.grade);
      const read = standsAtExpected ? checker().expectedTree(s) : { tree: w.tree, latex: latexOf(s, w) };
      map.set(s.id, {
        noun: s.noun,
        tree: read.tree,
        latex: read.latex,
        grade: standsAtExpected ? undefined : w.grade,
      });
    }
    return map;
  }

  /** Grades an answer to a step against the learner's current earlier answers (changes nothing). */
  grade(id: string, text: string): Graded {
    const k = this.index.get(id)!;
    const { prepareStep, gradeAnswer } = checker();
    const prepared = (this.prepared[k] ??= prepareStep(this.exercise.steps[k]!, this.locale));
    return gradeAnswer(prepared, text, this.earlier(k));
  }

  /** How many hints of a step were shown (what its view says, without working out the whole view). */
  hintsTaken(id: string): number {
    return this.work.get(id)?.hints ?? 0;
  }

  /**
   * Applies one event; returns the grade an answer got. `graded` is the answer's grade when the caller
   * has just worked it out (a session checking it), so that it is not graded twice.
   */
  apply(event: SessionEvent, graded?: Graded): Grade | undefined {
    const w = this.work.get(event.step);
    if (!w) return undefined;
    this.current = undefined;
    switch (event.type) {
      case 'hint':
        if (!settled(w)) w.paidHints++;
        w.hints++;
        return undefined;
      case 'reveal':
        w.revealed = true;
        this.regradeAfter(event.step);
        return undefined;
      case 'answer': {
        const { grade, tree } = graded ?? this.grade(event.step, event.text);
        if (!isJudged(grade)) return grade; // nothing counted, nothing replaced
        // The same answer checked again changes nothing later steps build on.
        const changed = w.answer !== event.text || w.grade?.kind !== grade.kind;
        w.answer = event.text;
        w.grade = grade;
        w.tree = tree;
        if (countsAsAttempt(grade)) {
          w.attempts++;
          if (!w.firstRight) w.wrongBeforeRight++;
        } else if (!w.firstRight && (grade.kind === 'correct' || grade.kind === 'carried')) {
          w.firstRight = grade.kind;
        }
        if (changed) this.regradeAfter(event.step);
        return grade;
      }
    }
  }

  /** A changed earlier answer changes what the answers that build on it are checked against, and only those. */
  private regradeAfter(id: string): void {
    for (const later of this.dependents.get(id) ?? []) {
      const w = this.work.get(later)!;
      if (w.answer !== '') w.grade = this.grade(later, w.answer).grade;
    }
  }

  view(): ExerciseView {
    return (this.current ??= this.workedView());
  }

  private workedView(): ExerciseView {
    const steps = this.exercise.steps.map((s): StepView => {
      const w = this.work.get(s.id)!;
      const right = isRight(w.grade) ? (w.grade!.kind as 'correct' | 'carried') : undefined;
      // Credit follows the current grade; a step first right then changed to wrong earns nothing.
      const { credit, deductions } = creditOf(
        {
          right: right && (w.firstRight ?? right),
          revealed: w.revealed,
          wrongAttempts: w.wrongBeforeRight,
          hintsUsed: w.paidHints,
        },
        this.policy,
        this.locale,
      );
      const status: StepStatus = right ?? (w.revealed ? 'revealed' : this.isLocked(s.id) ? 'locked' : 'open');
      return {
        id: s.id,
        status,
        answer: w.answer,
        ...(w.grade ? { grade: w.grade } : {}),
        attempts: w.attempts,
        hintsShown: w.hints,
        revealed: w.revealed,
        solutionOffered: settled(w) || w.attempts >= this.policy.attempts,
        review: settled(w),
        credit,
        deductions,
      };
    });
    const earned = Math.round(steps.reduce((s, v) => s + v.credit, 0) * 1000) / 1000;
    const possible = steps.length;
    return {
      steps,
      earned,
      possible,
      score: possible === 0 ? 0 : Math.round((earned / possible) * 1000) / 1000,
      complete: steps.every((v) => v.status === 'correct' || v.status === 'carried' || v.status === 'revealed'),
    };
  }
}

/** The state a log leads to, from scratch. */
export function replay(
  exercise: CompiledExercise,
  policy: Policy,
  events: readonly SessionEvent[],
  locale?: string,
): { tracker: Tracker; grades: (Grade | undefined)[] } {
  const tracker = new Tracker(exercise, policy, locale);
  const grades = events.map((e) => tracker.apply(e));
  return { tracker, grades };
}
