/**
 * An exercise of questions only (choice and number steps, no function): it compiles without a function, variables,
 * start or rate (content/concepts.yaml's `saddles`), a learner works it through a LessonSession and is scored like
 * any other exercise, and lint refuses what such an exercise cannot use, at its place.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, loadLesson } from '../../src/content/index.js';
import { LessonSession, MemoryStorage } from '../../src/tutor/index.js';
import { lessonFromContent } from './fixtures.js';

const QUESTIONS = `id: q
title: Questions
exercises:
  - id: only
    title: Only questions
    constants: { d: 4 }
    statement: In $d = {{d}}$ dimensions.
    steps:
      - kind: number
        id: chance
        prompt: What is $2^{-d}$ for $d = {{d}}$?
        value: 2^(-d)
      - kind: choice
        id: why
        prompt: Which is right?
        shuffle: false
        options:
          - { text: This one., correct: true }
          - { text: That one., feedback: Not that one. }
`;

describe('a set of questions without a function', () => {
  const result = loadLesson('q.yaml', QUESTIONS, 0, { render: false });

  it('compiles with no function, no start and no rate, its constants put into the statement', () => {
    expect(result.issues.map(formatIssue)).toEqual([]);
    const e = result.lesson!.exercises[0]!;
    expect(e.function).toBeUndefined();
    expect(e.start).toBeUndefined();
    expect(e.learningRate).toBeUndefined();
    expect(e.statement).toBe('In $d = 4$ dimensions.');
    expect(e.steps.map((s) => [s.id, s.kind, s.answer.text])).toEqual([
      ['chance', 'number', '0.0625'],
      ['why', 'choice', 'a'],
    ]);
  });

  it('a scripted learner works it through a LessonSession: one slip named, then both right, scored 1 + 0.9', () => {
    let clock = 0;
    const session = new LessonSession({
      lesson: result.lesson!,
      learner: 'ada',
      storage: new MemoryStorage(),
      now: () => ++clock,
    });
    const s = session.exercise('only')!;
    expect(s.answer('chance', '0.0625').kind).toBe('correct');
    expect(s.answer('why', 'b')).toMatchObject({
      kind: 'misconception',
      misconception: { id: 'option-b' },
      message: 'Not that one.',
    });
    expect(s.answer('why', 'a').kind).toBe('correct');
    const progress = session.progress();
    expect(progress.exercises).toEqual([{ exercise: 'only', earned: 1.9, possible: 2, complete: true }]);
    expect(progress.complete).toBe(true);
  });

  it('content/concepts.yaml: the saddle-point questions need no function (2⁻¹⁰, then why saddles dominate)', () => {
    const e = lessonFromContent('concepts.yaml').exercises.find((x) => x.id === 'saddles')!;
    expect(e.function).toBeUndefined();
    expect(e.steps.map((s) => s.kind)).toEqual(['number', 'choice']);
    const number = e.steps[0]!.answer;
    expect(number.type === 'value' && number.expected.value).toBe(2 ** -10);
  });
});

describe('lint: what a set of questions cannot have, at its place', () => {
  const issues = (text: string) => loadLesson('q.yaml', text, 0, { render: false }).issues.map(formatIssue);

  it('a step that descends needs a function', () => {
    const text = QUESTIONS.replace('    steps:\n', '    steps:\n      - kind: gradient\n');
    expect(issues(text)).toEqual(['q.yaml:4:5: An exercise that descends needs variables, e.g. variables: [x, y].']);
    expect(issues(text.replace('    constants:', '    variables: [x]\n    constants:'))).toEqual([
      'q.yaml:4:5: An exercise needs a function (or a model, or a matrix) to descend; only a set of choice and number questions needs none.',
    ]);
  });

  it('a start or a learning rate without a function is refused at its key', () => {
    expect(issues(QUESTIONS.replace('    constants:', '    learning_rate: 0.1\n    constants:'))).toEqual([
      'q.yaml:6:5: A set of questions without a function has no use for learning_rate; remove it, or give the exercise a function.',
    ]);
  });
});
