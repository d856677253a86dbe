/**
 * The teacher's view of one resource link, computed from the server's records: who started and who finished, the
 * distribution of scores, and per step the share of learners right at their first answer and the named mistakes
 * made most often, each with examples of what was typed; and the CSV of the gradebook. Pure.
 */
import type { GradedAction, LessonInfo } from './grading.js';

export interface AttemptSummary {
  readonly attempt: string;
  readonly name: string;
  readonly sub: string;
  readonly earned: number;
  readonly possible: number;
  readonly completed: boolean;
  readonly started: string;
  readonly updated: string;
}

export interface StepReport {
  readonly exercise: string;
  readonly step: string;
  readonly title: string;
  /** Learners who answered the step at least once. */
  readonly answered: number;
  /** Of those, how many were right at their first answer. */
  readonly rightFirstTime: number;
  readonly mistakes: readonly { readonly name: string; readonly count: number; readonly examples: readonly string[] }[];
}

export interface ClassReport {
  readonly started: number;
  readonly finished: number;
  /** Learners per tenth of the score: [0, 10) %, …, [90, 100] %. */
  readonly distribution: readonly number[];
  readonly steps: readonly StepReport[];
}

const MISTAKES_SHOWN = 3;
const EXAMPLES_SHOWN = 3;

export const scoreOf = (a: Pick<AttemptSummary, 'earned' | 'possible'>): number =>
  a.possible === 0 ? 0 : a.earned / a.possible;

export function classReport(
  lesson: LessonInfo,
  scope: string | undefined,
  attempts: readonly AttemptSummary[],
  events: ReadonlyMap<string, readonly GradedAction[]>,
): ClassReport {
  const distribution = Array.from({ length: 10 }, () => 0);
  for (const a of attempts) distribution[Math.min(9, Math.floor(scoreOf(a) * 10))]!++;
  const steps: StepReport[] = [];
  for (const exercise of lesson.exercises) {
    if (scope !== undefined && exercise.id !== scope) continue;
    for (const step of exercise.steps) {
      let answered = 0;
      let rightFirstTime = 0;
      const mistakes = new Map<string, { count: number; examples: Set<string> }>();
      for (const log of events.values()) {
        const answers = log.filter((e) => e.exercise === exercise.id && e.step === step.id && e.type === 'answer');
        if (answers.length === 0) continue;
        answered++;
        if (answers[0]!.verdict === 'correct' || answers[0]!.verdict === 'carried') rightFirstTime++;
        for (const a of answers) {
          if (!a.mistake) continue;
          const m = mistakes.get(a.mistake) ?? { count: 0, examples: new Set<string>() };
          m.count++;
          if (m.examples.size < EXAMPLES_SHOWN && a.answer !== undefined) m.examples.add(a.answer);
          mistakes.set(a.mistake, m);
        }
      }
      steps.push({
        exercise: exercise.id,
        step: step.id,
        title: `${exercise.title}: ${step.title}`,
        answered,
        rightFirstTime,
        mistakes: [...mistakes]
          .sort((x, y) => y[1].count - x[1].count || x[0].localeCompare(y[0]))
          .slice(0, MISTAKES_SHOWN)
          .map(([name, m]) => ({ name, count: m.count, examples: [...m.examples] })),
      });
    }
  }
  return { started: attempts.length, finished: attempts.filter((a) => a.completed).length, distribution, steps };
}

/** A CSV field, quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
const field = (v: string | number | boolean): string => {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function gradebookCsv(attempts: readonly AttemptSummary[]): string {
  const head = [
    'learner',
    'lms_user_id',
    'started',
    'last_activity',
    'completed',
    'earned',
    'possible',
    'score_percent',
  ];
  const rows = attempts.map((a) =>
    [a.name, a.sub, a.started, a.updated, a.completed, a.earned, a.possible, Math.round(scoreOf(a) * 1000) / 10]
      .map(field)
      .join(','),
  );
  return `${[head.join(','), ...rows].join('\r\n')}\r\n`;
}
