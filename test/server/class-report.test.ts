/** The class view's figures, from records: exact counts on a small class. */
import { describe, expect, it } from 'vitest';
import { classReport, gradebookCsv, type AttemptSummary } from '../../src/server/class-report.js';
import type { GradedAction, LessonInfo } from '../../src/server/grading.js';

const lesson: LessonInfo = {
  id: 'bowl',
  title: 'Bowl',
  exercises: [
    {
      id: 'one',
      title: 'One step',
      steps: [
        { id: 'loss', title: 'Loss' },
        { id: 'update', title: 'Update' },
      ],
    },
  ],
};
const person = (attempt: string, earned: number, completed: boolean, name = `L${attempt}`): AttemptSummary => ({
  attempt,
  name,
  sub: `sub-${attempt}`,
  earned,
  possible: 2,
  completed,
  started: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T01:00:00.000Z',
});
const answer = (step: string, answer: string, verdict: GradedAction['verdict'], mistake?: string): GradedAction => ({
  exercise: 'one',
  type: 'answer',
  step,
  answer,
  at: 0,
  verdict,
  ...(mistake ? { mistake } : {}),
});

describe('class report', () => {
  const attempts = [person('1', 2, true), person('2', 0.9, false), person('3', 0, false)];
  const events = new Map<string, GradedAction[]>([
    ['1', [answer('loss', '25', 'correct'), answer('update', '(2.4, 3.2)', 'correct')]],
    [
      '2',
      [
        answer('loss', '24', 'incorrect'),
        answer('loss', '25', 'correct'),
        answer('update', '(3.6, 4.8)', 'misconception', 'the sign of the update'),
      ],
    ],
    [
      '3',
      [
        answer('loss', '25', 'correct'),
        answer('update', '(3.6,4.8)', 'misconception', 'the sign of the update'),
        answer('update', '(-0.6, -0.8)', 'misconception', 'only the step, negated'),
      ],
    ],
  ]);
  const report = classReport(lesson, undefined, attempts, events);

  it('counts who started and finished, and spreads the scores over tenths', () => {
    expect(report.started).toBe(3);
    expect(report.finished).toBe(1);
    expect(report.distribution).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  });

  it('gives each step its share right first time and its most frequent named mistakes with what was typed', () => {
    expect(report.steps).toEqual([
      { exercise: 'one', step: 'loss', title: 'One step: Loss', answered: 3, rightFirstTime: 2, mistakes: [] },
      {
        exercise: 'one',
        step: 'update',
        title: 'One step: Update',
        answered: 3,
        rightFirstTime: 1,
        mistakes: [
          { name: 'the sign of the update', count: 2, examples: ['(3.6, 4.8)', '(3.6,4.8)'] },
          { name: 'only the step, negated', count: 1, examples: ['(-0.6, -0.8)'] },
        ],
      },
    ]);
  });

  it('writes the gradebook as CSV, defusing anything a spreadsheet would run', () => {
    expect(gradebookCsv([person('1', 2, true, 'Ada, "the first"'), person('2', 0.9, false, '=HYPERLINK("x")')])).toBe(
      'learner,lms_user_id,started,last_activity,completed,earned,possible,score_percent\r\n' +
        '"Ada, ""the first""",sub-1,2026-01-01T00:00:00.000Z,2026-01-01T01:00:00.000Z,true,2,2,100\r\n' +
        '"\'=HYPERLINK(""x"")",sub-2,2026-01-01T00:00:00.000Z,2026-01-01T01:00:00.000Z,false,0.9,2,45\r\n',
    );
  });
});
