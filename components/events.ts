/**
 * The events the elements send to the host page: one helper dispatches them
 * all, bubbling and composed (they cross shadow roots), each typed below.
 */
import type { Grade } from '../src/tutor/grade.js';

export interface GradedDetail {
  readonly exercise: string;
  readonly step: string;
  readonly verdict: Grade['kind'];
  /** The named mistake, when the answer matched one. */
  readonly misconception?: string;
  readonly answer: string;
  readonly credit: number;
  readonly score: number;
}

export interface HintDetail {
  readonly exercise: string;
  readonly step: string;
  readonly index: number;
  readonly of: number;
  readonly cost: number;
}

export interface SolutionDetail {
  readonly exercise: string;
  readonly step: string;
}

export interface CompletedDetail {
  readonly exercise: string;
  readonly score: number;
  readonly earned: number;
  readonly possible: number;
}

export interface LessonProgressDetail {
  readonly lesson: string;
  readonly completed: number;
  readonly exercises: number;
  readonly score: number;
}

export interface GdEvents {
  'gd-graded': GradedDetail;
  'gd-hint-shown': HintDetail;
  'gd-solution-shown': SolutionDetail;
  'gd-exercise-completed': CompletedDetail;
  'gd-lesson-progress': LessonProgressDetail;
}

export function emit<K extends keyof GdEvents>(target: EventTarget, name: K, detail: GdEvents[K]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gd-graded': CustomEvent<GradedDetail>;
    'gd-hint-shown': CustomEvent<HintDetail>;
    'gd-solution-shown': CustomEvent<SolutionDetail>;
    'gd-exercise-completed': CustomEvent<CompletedDetail>;
    'gd-lesson-progress': CustomEvent<LessonProgressDetail>;
  }
}
