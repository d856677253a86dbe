/**
 * Answers that are not wrong attempts: a symbol the exercise does not know, and
 * a number close to the answer but rounded too far. The learner is told what to
 * fix; no attempt is spent, nothing is logged, the step's answer is unchanged.
 * And in a locale with a decimal comma, numbers are read and shown its way.
 */
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/index.js';
import { MemoryStorage, Session } from '../../src/tutor/index.js';

const LESSON = `id: t
title: T
exercises:
  - id: e
    title: E
    function: x^2 + y^2
    variables: [x, y]
    start: [3, 4]
    learning_rate: 0.1
    steps:
      - kind: partial
        wrt: x
      - kind: update
`;

function session(locale?: string) {
  const { lesson } = loadLesson('t.yaml', LESSON);
  if (!lesson) throw new Error('the lesson does not load');
  const exercise = lesson.exercises[0]!;
  let clock = 0;
  return new Session({
    exercise,
    policy: lesson.policy,
    lesson: lesson.id,
    storage: new MemoryStorage(),
    now: () => ++clock,
    ...(locale ? { locale } : {}),
  });
}

const attempts = (s: Session, step: string) => s.view().steps.find((v) => v.id === step)!.attempts;

describe('verdicts that cost nothing', () => {
  it('an unknown symbol is named with the exercise’s variables, and spends no attempt', () => {
    const s = session();
    const step = s.view().steps[0]!.id;
    expect(s.answer(step, '2z')).toMatchObject({
      kind: 'unknown-symbol',
      message: 'z is not a variable of this exercise (the variables are x, y).',
    });
    expect(attempts(s, step)).toBe(0);
    expect(s.answer(step, '2x').kind).toBe('correct');
    expect(attempts(s, step)).toBe(0);
  });

  it('a number rounded too far is told so and spends no attempt; a wrong one does', () => {
    const s = session();
    const [partial, update] = s.view().steps.map((v) => v.id);
    s.answer(partial!, '2x');
    expect(s.answer(update!, '(2, 3)')).toMatchObject({ kind: 'imprecise' });
    expect(attempts(s, update!)).toBe(0);
    expect(s.answer(update!, '(3, 3)').kind).not.toBe('imprecise');
    expect(attempts(s, update!)).toBe(1);
    expect(s.answer(update!, '(2.4, 3.2)').kind).toBe('correct');
  });
});

describe('a locale with a decimal comma', () => {
  it('reads 2,4 as 2.4 and (2,4 ; 3,2) as a vector, and shows numbers the same way', () => {
    const s = session('fr');
    const [partial, update] = s.view().steps.map((v) => v.id);
    s.answer(partial!, '2x');
    expect(s.answer(update!, '(2,4 ; 3,2)')).toMatchObject({ kind: 'correct', latex: '\\left(2{,}4; 3{,}2\\right)' });
  });

  it('leaves en as it was: (2,4) is a vector of two components', () => {
    const s = session();
    const [partial, update] = s.view().steps.map((v) => v.id);
    s.answer(partial!, '2x');
    expect(s.answer(update!, '(2.4, 3.2)')).toMatchObject({ kind: 'correct', latex: '\\left(2.4, 3.2\\right)' });
  });
});

describe('the precision asked for is in the prompt, and follows the lesson', () => {
  const prompts = (text: string) => loadLesson('t.yaml', text).lesson!.exercises[0]!.steps.map((s) => s.prompt);

  it('says 3 significant figures by default, for numeric steps only', () => {
    const [partial, update] = prompts(LESSON);
    expect(partial).not.toContain('significant');
    expect(update).toMatch(/Give numbers to at least 3 significant figures\.$/);
  });

  it('takes a tolerance from the lesson, the exercise or the step, the nearest winning', () => {
    const lessonWide = LESSON.replace('exercises:', 'tolerance: {places: 2}\nexercises:');
    expect(prompts(lessonWide)[1]).toMatch(/Give numbers to 2 decimal places\.$/);
    const exerciseWide = lessonWide.replace('    steps:', '    tolerance: {sig_figs: 4}\n    steps:');
    expect(prompts(exerciseWide)[1]).toMatch(/Give numbers to at least 4 significant figures\.$/);
    const stepWide = exerciseWide.replace('- kind: update', '- kind: update\n        tolerance: {absolute: 0.05}');
    expect(prompts(stepWide)[1]).toMatch(/Give numbers within ±0\.05\.$/);
  });
});
