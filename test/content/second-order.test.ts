/**
 * The second-order step kinds of issue 14, pinned to the engine's numbers on
 * the lessons that use them (content/critical-points.yaml, hessian.yaml,
 * newton.yaml), and graded as a learner types them: matrices in either
 * notation, the named mistakes, the classification a choice.
 */
import { describe, expect, it } from 'vitest';
import { loadLesson, type DerivedStep } from '../../src/content/index.js';
import { prepareStep } from '../../src/tutor/grade.js';
import { gradeAnswer } from '../../src/tutor/index.js';
import { lessonFromContent, openSession } from '../tutor/fixtures.js';
import { gradeOf as grade, stepsById as steps } from './derived-steps.js';

const summary = (s: DerivedStep) => ({
  answer: s.answer.text,
  misconceptions: s.misconceptions.map((m) => `${m.id} ${m.text}`),
});

describe('content/critical-points.yaml', () => {
  const lesson = lessonFromContent('critical-points.yaml');

  it('finds x = 2 for x² − 4x + 5, where f = 1 and f″ = 2: a minimum', () => {
    const s = steps(lesson, 'parabola');
    expect(Object.keys(s)).toEqual(['partial-x', 'critical-points', 'value-at', 'second-derivative', 'classify']);
    expect(s['critical-points']!.answer.text).toBe('2');
    expect(s['value-at']!.answer.text).toBe('1');
    expect(summary(s['second-derivative']!)).toEqual({ answer: '2', misconceptions: ['first_derivative 2*x - 4'] });
    expect(s.classify!.answer.text).toBe('minimum');
    expect(s.classify!.solution).toEqual([
      "At $x = 2$ the gradient is zero, and $f''(x) = 2$ there: that is positive: the graph curves up, so this is a local minimum.",
    ]);
  });

  it('finds −1 (a maximum) and 1 (a minimum) for x³ − 3x, and names the zeros of f and the wrong order', () => {
    const s = steps(lesson, 'cubic');
    expect(summary(s['critical-points']!)).toEqual({
      answer: '[-1, 1]',
      misconceptions: ['roots_of_f [-1.732050808, 0, 1.732050808]', 'order [1, -1]'],
    });
    expect(grade(s['critical-points']!, '-1, 1')).toBe('correct');
    expect(grade(s['critical-points']!, '(-1.732, 0, 1.732)')).toBe('misconception roots_of_f');
    expect(grade(s['critical-points']!, '(1, -1)')).toBe('misconception order');
    expect(
      Object.values(s)
        .filter((x) => x.kind === 'classify')
        .map((x) => x.answer.text),
    ).toEqual(['maximum', 'minimum']);
    expect(grade(s['second-derivative']!, '6x')).toBe('correct');
    expect(grade(s['second-derivative']!, '3x^2 - 3')).toBe('misconception first_derivative');
  });

  it('finds the saddle of x² − y² at the origin: Hessian [[2, 0], [0, −2]], eigenvalues −2 and 2', () => {
    const s = steps(lesson, 'saddle');
    expect(s['critical-points']!.answer.text).toBe('[0, 0]');
    expect(s.hessian!.answer).toMatchObject({ type: 'matrix', text: '[[2, 0], [0, -2]]' });
    expect(s.hessian!.answerLatex).toBe('\\begin{bmatrix}2 & 0 \\\\ 0 & -2\\end{bmatrix}');
    expect(grade(s.hessian!, '[2 0; 0 -2]')).toBe('correct');
    expect(grade(s.hessian!, '[[-2, 0], [0, 2]]')).toBe('incorrect');
    expect(s.eigenvalues!.answer.text).toBe('[-2, 2]');
    expect(s.classify!.answer.text).toBe('saddle');
    expect(grade(s.classify!, 'saddle')).toBe('correct');
    expect(grade(s.classify!, 'minimum')).toBe('incorrect');
  });
});

describe('content/hessian.yaml', () => {
  const lesson = lessonFromContent('hessian.yaml');

  it('gives 0.2x₁² + x₂² the Hessian [[0.4, 0], [0, 2]], eigenvalues 0.4 and 2, and 1/L = 0.5', () => {
    const s = steps(lesson, 'elongated');
    expect(s.hessian!.answer.text).toBe('[[0.4, 0], [0, 2]]');
    expect(s.eigenvalues!.answer.text).toBe('[0.4, 2]');
    expect(s['max-rate']!.answer.text).toBe('0.5');
  });

  it('gives x² + xy + 2y² the Hessian [[2, 1], [1, 4]] with eigenvalues 3 ∓ √2, naming the dropped mixed partials', () => {
    const s = steps(lesson, 'tilted');
    expect(summary(s.hessian!)).toEqual({ answer: '[[2, 1], [1, 4]]', misconceptions: ['no_mixed [[2, 0], [0, 4]]'] });
    expect(grade(s.hessian!, '[2 1; 1 4]')).toBe('correct');
    expect(grade(s.hessian!, '[[2, 0], [0, 4]]')).toBe('misconception no_mixed');
    expect(summary(s.eigenvalues!)).toEqual({
      answer: '[3 - sqrt(2), 3 + sqrt(2)]',
      misconceptions: ['diagonal [2, 4]', 'order [3 + sqrt(2), 3 - sqrt(2)]'],
    });
    expect(grade(s.eigenvalues!, '(3 - √2, 3 + √2)')).toBe('correct');
    expect(grade(s.eigenvalues!, '(1.59, 4.41)')).toBe('correct');
    expect(grade(s.eigenvalues!, '(2, 4)')).toBe('misconception diagonal');
    expect(s['max-rate']!.answer.text).toBe('0.226540919660986');
  });
});

describe('content/newton.yaml', () => {
  const lesson = lessonFromContent('newton.yaml');

  it('lands one Newton step from (2, 1) on x² + xy + 2y² at the minimum (0, 0); a gradient step reaches (1.5, 0.4)', () => {
    const s = steps(lesson, 'newton-quadratic');
    expect(summary(s.newton!)).toEqual({
      answer: '[0, 0]',
      misconceptions: ['hessian_not_inverse [-14, -28]', 'sign [4, 2]', 'step_only [-2, -1]', 'gradient_step [-3, -5]'],
    });
    expect(grade(s.newton!, '(0, 0)')).toBe('correct');
    expect(grade(s.newton!, '(-14, -28)')).toBe('misconception hessian_not_inverse');
    expect(grade(s.newton!, '(4, 2)')).toBe('misconception sign');
    expect(s.update!.answer.text).toBe('[1.5, 0.4]');
  });

  it('carries a slip in the Hessian forward into the Newton step: from H = [[2, 0], [0, 4]], (−0.5, −0.5) is carried', () => {
    const session = openSession(lesson, 'newton-quadratic');
    expect(session.answer('gradient', '(5, 6)').kind).toBe('correct');
    expect(session.answer('hessian', '[2 0; 0 4]').kind).toBe('misconception');
    // (2, 1) − [[2, 0], [0, 4]]⁻¹ (5, 6) = (2 − 2.5, 1 − 1.5).
    expect(session.answer('newton', '(-0.5, -0.5)')).toMatchObject({
      kind: 'carried',
      message:
        'This follows from your gradient $\\left(5, 6\\right)$ and Hessian $\\begin{bmatrix}2 & 0 \\\\ 0 & 4\\end{bmatrix}$; your Hessian is off.',
    });
  });

  it('sets one Newton step on x·cos x + 9 from 8 (to −1.893, uphill: f″(8) < 0) beside a gradient step (to 8.806)', () => {
    const s = steps(lesson, 'newton-wavy');
    expect(s['second-derivative']!.answer.text).toBe('-2*sin(x) - x*cos(x)');
    expect(s.newton!.answer.text).toBe('-1.89346447443142');
    expect(grade(s.newton!, '-1.89')).toBe('correct');
    expect(grade(s.newton!, '17.9')).toBe('misconception sign');
    expect(s.newton!.solution[2]).toBe(
      "The curvature is not positive here, so Newton's step heads for a maximum or a saddle of the local quadratic model, not downhill: $f$ goes from $7.836$ to $9.60041$. So $x_1 = -1.89346$.",
    );
    expect(s.update!.answer.text).toBe('8.80603660067957');
  });
});

describe('content/directional.yaml', () => {
  const lesson = lessonFromContent('directional.yaml');

  it('gives the slopes of v₁² + 2v₂² at (1, 1): 4.4 along (3, 4), 6/√2 along (1, 1), ΔC ≈ −0.4 (true −0.385)', () => {
    const s = steps(lesson, 'slopes');
    expect(summary(s['along-3-4']!)).toEqual({ answer: '4.4', misconceptions: ['not_normalised 22', 'sign -4.4'] });
    expect(grade(s['along-3-4']!, '22/5')).toBe('correct');
    expect(grade(s['along-3-4']!, '22')).toBe('misconception not_normalised');
    expect(s['along-diagonal']!.answer.text).toBe('4.24264068711928');
    expect(grade(s['along-diagonal']!, '3√2')).toBe('correct');
    expect(grade(s['along-diagonal']!, '4.24')).toBe('correct');
    expect(grade(s['along-diagonal']!, '6')).toBe('misconception not_normalised');
    expect(s['small-move']!.answer.text).toBe('-0.4');
    expect(s['small-move']!.solution.slice(1)).toEqual([
      'The true change is $C(\\theta + \\Delta v) - C(\\theta) = -0.385$.',
      'The first-order estimate, close to it for a small move: $\\nabla C \\cdot \\Delta v = 2 \\cdot \\left(-0.1\\right) + 4 \\cdot \\left(-0.05\\right) = -0.4$.',
    ]);
  });

  it('gives the unit steepest-descent direction −(2, 4)/√20, and names the uphill and unnormalised answers', () => {
    const s = steps(lesson, 'slopes')['unit-direction']!;
    expect(s.answer.text).toBe('[-0.447213595499958, -0.894427190999916]');
    expect(grade(s, '-(1, 2)/√5')).toBe('correct');
    expect(grade(s, '(-0.447, -0.894)')).toBe('correct');
    expect(grade(s, '(1, 2)/√5')).toBe('misconception sign');
    expect(grade(s, '(-2, -4)')).toBe('misconception not_normalised');
  });
});

describe('content/jacobian.yaml', () => {
  const lesson = lessonFromContent('jacobian.yaml');

  it('gives the Jacobian of Ax as A in the numerator layout and Aᵀ in the denominator layout, naming the other', () => {
    const s = steps(lesson, 'layouts');
    expect(summary(s['ax-numerator']!)).toEqual({
      answer: '[[1, 2], [3, 4]]',
      misconceptions: ['transpose [[1, 3], [2, 4]]'],
    });
    expect(summary(s['ax-denominator']!)).toEqual({
      answer: '[[1, 3], [2, 4]]',
      misconceptions: ['transpose [[1, 2], [3, 4]]'],
    });
    expect(s['xta-denominator']!.answer.text).toBe('[[1, 2], [3, 4]]');
    expect(grade(s['ax-denominator']!, '[1 3; 2 4]')).toBe('correct');
    expect(grade(s['ax-denominator']!, '[1 2; 3 4]')).toBe('misconception transpose');
    expect(grade(s['ax-denominator']!, '[1 3; 2 5]')).toBe('incorrect');
  });

  it('gives xᵀAx the Hessian A + Aᵀ = [[2, 5], [5, 8]]', () => {
    expect(steps(lesson, 'layouts').hessian!.answer.text).toBe('[[2, 5], [5, 8]]');
  });

  it('names the wrong entries of a matrix answer in the grade', () => {
    const g = gradeAnswer(prepareStep(steps(lesson, 'layouts')['ax-numerator']!), '[1 2; 3 5]', new Map()).grade;
    expect(g).toMatchObject({
      kind: 'incorrect',
      entries: [
        [true, true],
        [true, false],
      ],
    });
    expect(g.message).toMatch(/^Entry \(2, 2\) of the 2×2 matrix is not right\./);
  });
});

describe('the second-order kinds in one variable and at a point', () => {
  const lesson = (yaml: string) => {
    const r = loadLesson('inline.yaml', yaml, 0);
    if (!r.lesson) throw new Error(r.issues.map((i) => i.message).join('; '));
    return r.lesson.exercises[0]!.steps;
  };

  it('names f′/f″ without the gradient and H for H⁻¹ in a one-variable Newton step (x⁴ − 2x² from 2)', () => {
    const [s] = lesson(
      `id: n1\ntitle: t\nexercises:\n  - id: e\n    title: e\n    function: x^4 - 2x^2\n    variables: [x]\n    start: [2]\n    steps:\n      - kind: newton\n`,
    );
    // f′(2) = 24, f″(2) = 44: x₁ = 2 − 24/44 = 16/11.
    expect(summary(s!)).toEqual({
      answer: '16/11',
      misconceptions: [
        'hessian_not_inverse -1054',
        'sign 28/11',
        'step_only -6/11',
        'forgot_gradient 87/44',
        'gradient_step -22',
      ],
    });
  });

  it('lists the three critical points of x⁴ − 2x²: a minimum, a maximum, a minimum', () => {
    const s = lesson(
      `id: c\ntitle: t\nexercises:\n  - id: e\n    title: e\n    function: x^4 - 2x^2\n    variables: [x]\n    steps:\n      - kind: critical_points\n      - kind: classify\n        critical: 1\n      - kind: classify\n        critical: 2\n      - kind: classify\n        critical: 3\n`,
    );
    expect(s.map((x) => x.answer.text)).toEqual(['[-1, 0, 1]', 'minimum', 'maximum', 'minimum']);
  });

  it('gives the Hessian of x³ + xy as expressions, and at (1, 2) as numbers', () => {
    const s = lesson(
      `id: h\ntitle: t\nexercises:\n  - id: e\n    title: e\n    function: x^3 + x*y\n    variables: [x, y]\n    steps:\n      - kind: hessian\n      - kind: hessian\n        id: at\n        at: [1, 2]\n      - kind: classify\n        at: [0, 0]\n`,
    );
    expect(s.map((x) => x.answer.text)).toEqual(['[[6*x, 1], [1, 0]]', '[[6, 1], [1, 0]]', 'saddle']);
    expect(grade(s[0]!, '[6x 1; 1 0]')).toBe('correct');
    expect(grade(s[0]!, '[[6, 1], [1, 0]]')).toBe('incorrect');
  });

  it('refuses what the engine cannot do, with a message for the teacher', () => {
    const issues = (fn: string, step: string) =>
      loadLesson(
        'inline.yaml',
        `id: r\ntitle: t\nexercises:\n  - id: e\n    title: e\n    function: ${fn}\n    variables: [x]\n    steps:\n      - kind: ${step}\n`,
        0,
      ).issues.map((i) => i.message);
    expect(issues('x*cos(x) + 9', 'critical_points')).toEqual([
      'Step “critical-points”: critical_points is worked out for a polynomial in one variable (degree ≤ 12) and for a quadratic in several variables; this function is neither.',
    ]);
    expect(issues('x^2', 'classify')).toEqual([
      'Step “classify”: Say where: give `at` (a point) or `critical` (which critical point), or a start point.',
    ]);
  });
});
