/**
 * Convexity, the curvature bound on a region and Newton's step count (issue 14): pinned on
 * content/convexity.yaml with the engine's exact values, graded as a learner types them, and checked on
 * generated functions against an independent oracle (eigenvalues by Jacobi rotations, |f″| sampled densely).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convexity } from '../../src/content/convexity.js';
import { curvatureBound } from '../../src/content/curvature-bound.js';
import { symmetricEigenvalues } from '../../src/content/descent.js';
import { formatIssue, loadLesson } from '../../src/content/index.js';
import { newtonRun } from '../../src/content/steps/newton-steps.js';
import { compile, read } from '../../src/math/index.js';
import { lessonFromContent } from '../tutor/fixtures.js';
import { gradeOf as grade, stepsById as steps, workingsOf as workings } from './derived-steps.js';
import { integers, polynomial, quadraticForm, secondDerivative, symmetricMatrix, valueAt } from './arbitraries.js';
import { lesson as lessonText } from './lesson-text.js';

describe('content/convexity.yaml', () => {
  const lesson = lessonFromContent('convexity.yaml');

  it('calls x² + xy + 2y² convex (eigenvalues 3 ∓ √2), takes 1/(3 + √2) exactly as 1/L, and Newton one step', () => {
    const s = steps(lesson, 'tilted-bowl');
    expect(s.convex!.answer.text).toBe('convex');
    expect(grade(s.convex!, 'convex')).toBe('correct');
    expect(grade(s.convex!, 'not_convex')).toBe('incorrect');
    expect(s['max-rate']!.answer.text).toBe('0.226540919660986');
    // The bug this pins: 1/L was rounded to 10 digits, so the exact answer was judged "imprecise".
    expect(grade(s['max-rate']!, '1/(3+sqrt(2))')).toBe('correct');
    expect(grade(s['max-rate']!, '(3 - sqrt(2))/7')).toBe('correct');
    expect(grade(s['max-rate']!, '0.2265')).toBe('correct');
    expect(grade(s['max-rate']!, '3 + sqrt(2)')).toBe('misconception L');
    expect(s['newton-steps']!.answer.text).toBe('one');
    expect(s['newton-steps']!.solution).toContain(
      'Gradient descent with $\\alpha = 0.1$ needs 113 steps to get as close.',
    );
    expect(grade(s['newton-steps']!, 'several')).toBe('misconception like_gradient');
  });

  it('proves x⁴ + x² convex (f″ = 12x² + 2 ≥ 2) and x⁴ − 2x² not (f″(0) = −4)', () => {
    const convex = steps(lesson, 'convex-quartic').convex!;
    expect(convex.answer.text).toBe('convex');
    expect(convex.solution[0]).toBe(
      "The curvature $f'' = 12x^{2} + 2$ is never negative (its smallest value is $2$, at $x = 0$).",
    );
    const q = steps(lesson, 'quartic');
    expect(q.convex!.answer.text).toBe('not_convex');
    expect(q.convex!.solution[0]).toBe(
      'At $x = 0$ the Hessian is $-4$, with eigenvalues $-4$: one is negative, so the function curves down there.',
    );
    expect(grade(q.convex!, 'convex')).toBe('misconception has_minimum');
  });

  it('bounds |f″| of x⁴ − 2x² on [−1, 2] by L = 44 (at x = 2), so the safe rate is 1/44', () => {
    const q = steps(lesson, 'quartic');
    expect(q.lipschitz!.answer.text).toBe('44');
    expect(q['max-rate']!.answer.text).toBe('1/44');
    expect(grade(q['max-rate']!, '1/44')).toBe('correct');
    expect(grade(q['max-rate']!, '0.0227')).toBe('correct');
    expect(grade(q['max-rate']!, '44')).toBe('misconception L');
    expect(grade(q['max-rate']!, '1/22')).toBe('misconception two_over_L');
  });

  it('bounds |f″| of x·cos x + 9 on [0, 10] at x ≈ 9.72403, where f‴ = 0: L ≈ 9.88148', () => {
    const s = steps(lesson, 'wavy');
    expect(Number(s.lipschitz!.answer.text)).toBeCloseTo(9.881482, 5);
    expect(grade(s.lipschitz!, '9.88')).toBe('correct');
    expect(grade(s.lipschitz!, '0.815')).toBe('misconception at_start');
    expect(Number(s['max-rate']!.answer.text)).toBeCloseTo(1 / 9.881482, 6);
  });

  it('finds x⁴ + xy + y² not convex at the origin and bounds its Hessian on the box by 7 + √26', () => {
    const s = steps(lesson, 'two-variables');
    expect(s.convex!.answer.text).toBe('not_convex');
    expect(Number(s.lipschitz!.answer.text)).toBeCloseTo(7 + Math.sqrt(26), 9);
    expect(steps(lesson, 'separable').convex!.answer.text).toBe('convex');
  });
});

describe('a convex step the engine cannot decide is refused at lint, at the step', () => {
  it('x² + xy + y² + y⁴ (convex, but its Hessian mixes the variables) is refused with what it can decide', () => {
    const text = lessonText(
      '- id: e',
      '  title: E',
      '  function: x^2 + x*y + y^2 + y^4',
      '  variables: [x, y]',
      '  steps:',
      '    - kind: convex',
    );
    const result = loadLesson('t.yaml', text);
    expect(result.lesson).toBeUndefined();
    expect(result.issues.map((i) => formatIssue(i).slice(0, 70))).toEqual([
      't.yaml:9:9: Step “convex”: convex is decided for quadratics, for polyn',
    ]);
  });
});

const small = fc.integer({ min: -4, max: 4 });

describe('convexity on generated functions', () => {
  it('decides every quadratic xᵀAx (2 or 3 variables) as Jacobi eigenvalues of its Hessian do', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }).chain((n) => symmetricMatrix(n, small)),
        (A) => {
          const vars = ['x', 'y', 'z'].slice(0, A.length);
          const w = workings(quadraticForm(A, vars), vars);
          const lowest = Math.min(...symmetricEigenvalues(A.map((r) => r.map((x) => 2 * x))));
          expect(convexity(w).convex).toBe(lowest >= -1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('decides polynomials in one variable of degree ≤ 6 consistently with f″ sampled on [−10, 10], with a true witness', () => {
    fc.assert(
      fc.property(integers(-4, 4, [3, 7]), (c) => {
        const w = workings(polynomial(c), ['x']);
        const second = read(polynomial(secondDerivative(c)), { variables: ['x'] });
        if (!second.ok) throw new Error(second.error.message);
        const f2 = compile(second.node, ['x']);
        const samples = Array.from({ length: 2001 }, (_, k) => f2(Float64Array.of(-10 + k / 100)));
        const verdict = convexity(w);
        if (verdict.convex === true) expect(Math.min(...samples)).toBeGreaterThanOrEqual(-1e-9);
        if (verdict.convex === false) expect(f2(Float64Array.of(verdict.at[0]!.number))).toBeLessThan(0);
        if (Math.min(...samples) < -1e-6) expect(verdict.convex).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the curvature bound on generated polynomials', () => {
  it('L on [a, b] is the largest |f″| there: never below a dense sample, and within 1e-6 of it', () => {
    fc.assert(
      fc.property(
        integers(-4, 4, [3, 6]),
        fc.integer({ min: -5, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        (c, lo, width) => {
          if (c.slice(2).every((k) => k === 0)) return;
          const w = workings(polynomial(c), ['x']);
          const second = (x: number) => valueAt(secondDerivative(c), x);
          const hi = lo + width;
          const sampled = Math.max(
            ...Array.from({ length: 20001 }, (_, k) => Math.abs(second(lo + (width * k) / 20000))),
          );
          if (sampled === 0) return;
          const L = curvatureBound(w, [[lo, hi]]).L.number;
          expect(L).toBeGreaterThanOrEqual(sampled * (1 - 1e-12));
          expect(L).toBeLessThanOrEqual(sampled * (1 + 1e-6));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("Newton's step count on generated quadratics", () => {
  it('is one from any start on a positive definite quadratic BᵀB + I', () => {
    fc.assert(
      fc.property(integers(-4, 4, 4), small, small, (b, x0, y0) => {
        if (x0 === 0 && y0 === 0) return;
        const [p, q, r, s] = b as [number, number, number, number];
        // (px + qy)² + (rx + sy)² + x² + y² + x − y: positive definite, with its minimum off the origin.
        const f = `(${p}*x + ${q}*y)^2 + (${r}*x + ${s}*y)^2 + x^2 + y^2 + x - y`;
        const w = workings(f, ['x', 'y'], [x0, y0]);
        const g = Math.hypot(...w.gradientAt(w.point(0)).map((v) => v.number));
        if (g === 0) return;
        expect(newtonRun(w, 1e-9 * Math.max(1, g))?.n).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
