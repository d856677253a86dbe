/**
 * Newton's step in three variables (issue 14): the engine's step on a three-variable quadratic, its named
 * mistakes, and a slip in the learner's Hessian carried forward through H⁻¹g by Cramer's rule.
 */
import { describe, expect, it } from 'vitest';
import { lessonFromContent, openSession } from '../tutor/fixtures.js';

describe('content/newton.yaml › newton-three', () => {
  const lesson = lessonFromContent('newton.yaml');

  it('steps from (1, 1, 1) to the critical point (3, −2, 1) in one step', () => {
    const s = Object.fromEntries(lesson.exercises.find((e) => e.id === 'newton-three')!.steps.map((x) => [x.id, x]));
    expect(s.gradient!.answer.text).toBe('[-1, 4, 3]');
    expect(s.hessian!.answer.text).toBe('[[2, 1, 0], [1, 2, 1], [0, 1, 2]]');
    expect(s.newton!.answer.text).toBe('[3, -2, 1]');
    expect(s.newton!.misconceptions.map((m) => `${m.id} ${m.text}`)).toEqual([
      'hessian_not_inverse [-1, -9, -9]',
      'sign [-1, 4, 1]',
      'step_only [2, -3, 0]',
      'gradient_step [2, -3, -2]',
    ]);
    expect(s['newton-steps']!.answer.text).toBe('one');
  });

  it('carries a Hessian without its mixed partials forward: (1, 1, 1) − (−1, 4, 3)/2 = (1.5, −1, −0.5)', () => {
    const session = openSession(lesson, 'newton-three');
    expect(session.answer('gradient', '(-1, 4, 3)').kind).toBe('correct');
    expect(session.answer('hessian', '[2 0 0; 0 2 0; 0 0 2]').kind).toBe('misconception');
    expect(session.answer('newton', '(1.5, -1, -0.5)').kind).toBe('carried');
    expect(session.answer('newton', '(3, -2, 1)').kind).toBe('correct');
  });
});
