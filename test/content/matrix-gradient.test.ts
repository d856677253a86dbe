/**
 * The gradient with respect to a matrix variable (issue 14): ∇ of ‖X‖²_F is 2X, laid out like X, with the
 * transpose and X itself named; and the 2Ax shortcut for a symmetric A, pinned on content/matrix-calculus.yaml.
 * Checked on generated weighted sums Σ cᵢⱼ xᵢⱼ² (gradient 2C∘X entry by entry).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLesson, type CompiledLesson, type DerivedStep } from '../../src/content/index.js';
import { lessonFromContent } from '../tutor/fixtures.js';
import { gradeOf as grade } from './derived-steps.js';
import { integers, weightedSquares } from './arbitraries.js';
import { lesson as lessonText } from './lesson-text.js';

const first = (lesson: CompiledLesson, exercise: string): DerivedStep =>
  lesson.exercises.find((e) => e.id === exercise)!.steps[0]!;

describe('content/matrix-calculus.yaml, the matrix-variable exercises', () => {
  const lesson = lessonFromContent('matrix-calculus.yaml');

  it('gives ∇ of ‖X‖²_F as 2X, with its transpose 2Xᵀ and X itself named', () => {
    const s = first(lesson, 'frobenius');
    expect(s.answer).toMatchObject({ type: 'matrix', text: '[[2*x11, 2*x12], [2*x21, 2*x22]]' });
    expect(grade(s, '[2x11 2x12; 2x21 2x22]')).toBe('correct');
    expect(grade(s, '[[x11 + x11, 2*x12], [2*x21, 2*x22]]')).toBe('correct');
    expect(grade(s, '[[2x11, 2x21], [2x12, 2x22]]')).toBe('misconception transpose');
    expect(grade(s, '[[x11, x12], [x21, x22]]')).toBe('misconception itself');
  });

  it('lays ∂f/∂x₁₂ = 3 in row 1, column 2 for x₁₁² + 3x₁₂ + x₂₁x₂₂', () => {
    const s = first(lesson, 'weighted');
    expect(s.answer.text).toBe('[[2*x11, 3], [x22, x21]]');
    expect(grade(s, '[[2x11, x22], [3, x21]]')).toBe('misconception transpose');
  });

  it('takes 2Ax for a symmetric A = [[2, 1], [1, 3]]: (4x₁ + 2x₂, 2x₁ + 6x₂), Hessian 2A', () => {
    const [gradient, hessian] = lesson.exercises.find((e) => e.id === 'symmetric')!.steps;
    expect(grade(gradient!, '(4x1 + 2x2, 2x1 + 6x2)')).toBe('correct');
    expect(grade(gradient!, '2*(2x1 + x2, x1 + 3x2)')).toBe('correct');
    expect(grade(gradient!, '(2x1 + x2, x1 + 3x2)')).not.toBe('correct');
    expect(hessian!.answer.text).toBe('[[4, 2], [2, 6]]');
  });
});

describe('matrix_gradient on generated weighted sums of squares', () => {
  it('Σ cᵢⱼ xᵢⱼ² over a 2×3 X has gradient [2cᵢⱼ xᵢⱼ], laid out like X', () => {
    fc.assert(
      fc.property(integers(1, 9, 6), (c) => {
        const names = ['x11', 'x12', 'x13', 'x21', 'x22', 'x23'];
        const text = lessonText(
          '- id: e',
          '  title: E',
          `  function: ${weightedSquares(c, names)}`,
          `  variables: [${names.join(', ')}]`,
          '  steps:',
          '    - kind: matrix_gradient',
          '      shape: [2, 3]',
        );
        const result = loadLesson('t.yaml', text, 0, { render: false });
        const step = result.lesson!.exercises[0]!.steps[0]!;
        const expected = `[${[0, 1].map((i) => `[${[0, 1, 2].map((j) => `${2 * c[i * 3 + j]!}*${names[i * 3 + j]}`).join(', ')}]`).join(', ')}]`;
        expect(grade(step, expected)).toBe('correct');
      }),
      { numRuns: 25 },
    );
  });
});
