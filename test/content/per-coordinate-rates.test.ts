/**
 * Per-coordinate learning rates (`learning_rate: [0.1, 0.5]`): the update θ − α ⊙ ∇f, its prompt and worked
 * solution, its named mistakes (the rates swapped, one rate for every coordinate, the sign, α forgotten), carried
 * forward through a table; pinned to plain arithmetic written here, and refused at its place in the file by the
 * steps that need a single α.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadLesson, type CompiledExercise, type DerivedStep } from '../../src/content/index.js';
import { lessonFromContent, openSession } from '../tutor/fixtures.js';

function lessonText(f: string, start: readonly number[], rates: string, steps: string, extra = ''): string {
  return `id: t
title: t
exercises:
  - id: e
    title: e
    function: ${f}
    variables: [x, y]
    start: [${start.join(', ')}]
    learning_rate: ${rates}
${extra}    steps:
${steps}`;
}

function compile(f: string, start: readonly number[], rates: string, steps: string): CompiledExercise {
  const result = loadLesson('t.yaml', lessonText(f, start, rates, steps), 0, { render: false });
  expect(result.issues.map(formatIssue)).toEqual([]);
  return result.lesson!.exercises[0]!;
}

const numbers = (s: DerivedStep): number[] =>
  s.answer.type === 'vector' && s.answer.expected.type === 'vector'
    ? s.answer.expected.components.map((c) => c.value)
    : s.answer.type === 'value'
      ? [s.answer.expected.value]
      : [];

const step = (e: CompiledExercise, id: string): DerivedStep => e.steps.find((s) => s.id === id)!;

describe('one update with α = (0.1, 0.5) on x² + 3y² − xy from (3, −2)', () => {
  // ∇f = (2x − y, 6y − x) = (8, −15) at (3, −2).
  const e = compile(
    'x^2 + 3*y^2 - x*y',
    [3, -2],
    '[0.1, 0.5]',
    '      - kind: gradient\n      - kind: step\n      - kind: update\n      - { kind: iterate, after: 2 }',
  );

  it('is θ − α ⊙ ∇f, component by component: (3 − 0.1·8, −2 − 0.5·(−15)) = (2.2, 5.5)', () => {
    expect(numbers(step(e, 'step'))).toEqual([0.1 * 8, 0.5 * -15]);
    expect(numbers(step(e, 'update'))).toEqual([3 - 0.1 * 8, -2 - 0.5 * -15]);
    // θ₂: ∇f(2.2, 5.5) = (2·2.2 − 5.5, 6·5.5 − 2.2) = (−1.1, 30.8).
    const [x1, y1] = [2.2, 5.5];
    const [gx, gy] = [2 * x1 - y1, 6 * y1 - x1];
    numbers(step(e, 'iterate-2')).forEach((v, k) => {
      expect(v).toBeCloseTo([x1 - 0.1 * gx, y1 - 0.5 * gy][k]!, 12);
    });
  });

  it('says “with α = (0.1, 0.5)” and shows the element-wise product in the worked solution', () => {
    expect(e.statement).toContain('\\alpha = \\left(0.1, 0.5\\right)');
    expect(step(e, 'update').prompt).toContain('\\alpha = \\left(0.1, 0.5\\right)');
    expect(step(e, 'update').solution).toEqual([
      '$\\theta_{1} = \\theta_{0} - \\alpha \\odot \\nabla f(\\theta_{0})$',
      '$= \\left(3, -2\\right) - \\left(0.1, 0.5\\right) \\odot \\left(8, -15\\right) = \\left(3, -2\\right) - \\left(0.1 \\cdot 8, 0.5 \\cdot \\left(-15\\right)\\right) = \\left(3, -2\\right) - \\left(0.8, -7.5\\right) = \\left(2.2, 5.5\\right)$',
    ]);
  });

  it('names the slips a rate per coordinate allows, each with the answer plain arithmetic gives', () => {
    const mistakes = Object.fromEntries(step(e, 'update').misconceptions.map((m) => [m.id, m.text]));
    expect(mistakes).toMatchObject({
      sign: '[3.8, -9.5]', // θ + α ⊙ g
      forgot_rate: '[-5, 13]', // θ − g
      rates_swapped: '[-1, -0.5]', // (3 − 0.5·8, −2 − 0.1·(−15))
      one_rate_1: '[2.2, -0.5]', // α₁ for both: (3 − 0.8, −2 + 1.5)
      one_rate_2: '[-1, 5.5]', // α₂ for both: (3 − 4, −2 + 7.5)
    });
  });

  it('a learner typing each named mistake of the update is told that mistake', () => {
    const lesson = loadLesson(
      't.yaml',
      lessonText('x^2 + 3*y^2 - x*y', [3, -2], '[0.1, 0.5]', '      - kind: update'),
      0,
      { render: false },
    ).lesson!;
    const s = openSession(lesson, 'e');
    const u = lesson.exercises[0]!.steps[0]!;
    for (const m of u.misconceptions) {
      const g = s.answer(u.id, m.text);
      expect(g.kind === 'misconception' ? g.misconception.id : g.kind).toBe(m.id);
    }
  });
});

describe('a table with per-coordinate rates carries the learner’s slip forward', () => {
  it('next = θ − α ⊙ g from the learner’s own θ and gradient cells', () => {
    const text = lessonText('x^2 + y^2', [3, 4], '[0.1, 0.5]', '      - { kind: table, rows: 2 }');
    const lesson = loadLesson('t.yaml', text, 0, { render: false }).lesson!;
    const s = openSession(lesson, 'e');
    const cells = lesson.exercises[0]!.steps;
    expect(cells.map((c) => c.id).slice(0, 4)).toEqual([
      'table-0-theta',
      'table-0-loss',
      'table-0-gradient',
      'table-0-next',
    ]);
    // θ₀ = (3, 4), ∇f = (6, 8): θ₁ = (3 − 0.6, 4 − 4) = (2.4, 0).
    expect(numbers(cells[3]!)).toEqual([3 - 0.1 * 6, 4 - 0.5 * 8]);
    s.answer('table-0-theta', '(3, 4)');
    s.answer('table-0-loss', '25');
    // A slip in the gradient, (6, 12): the next iterate from it is (3 − 0.1·6, 4 − 0.5·12) = (2.4, −2).
    expect(s.answer('table-0-gradient', '(6, 12)').kind).toBe('incorrect');
    expect(s.answer('table-0-next', '(2.4, -2)').kind).toBe('carried');
  });
});

describe('the step and a table’s next cell write α ⊙ ∇f, as their solutions do, in English and in French', () => {
  const EN = ' Give numbers to at least 3 significant figures.';
  const FR = ' Donnez les nombres avec au moins 3 chiffres significatifs.';
  const per = (locale: 'en' | 'fr') =>
    lessonFromContent('ill-conditioned.yaml', 0, locale).exercises.find((x) => x.id === 'per-coordinate')!;
  const table = (locale: 'en' | 'fr') => {
    const text = lessonText('x^2 + y^2', [3, 4], '[0.1, 0.5]', '      - { kind: table, rows: 1 }');
    return loadLesson('t.yaml', text, 0, { render: false, locale }).lesson!.exercises[0]!;
  };

  it('the step: its prompt, title and solution', () => {
    expect(step(per('en'), 'step').prompt).toBe(
      'With learning rate $\\alpha = \\left(2.5, 0.5\\right)$, compute the step $\\alpha \\odot \\nabla f$ at $\\theta_{0} = \\left(9, -3\\right)$.' +
        EN,
    );
    expect(step(per('fr'), 'step').prompt).toBe(
      'Avec le taux d’apprentissage $\\alpha = \\left(2{,}5 ; 0{,}5\\right)$, calculez le pas $\\alpha \\odot \\nabla f$ en $\\theta_{0} = \\left(9 ; -3\\right)$.' +
        FR,
    );
    expect(step(per('en'), 'step').title).toBe('α ⊙ ∇f at θ₀');
    expect(step(per('en'), 'step').solution[0]).toMatch(/^\$\\alpha \\odot \\nabla f = /);
  });

  it('the table’s next cell', () => {
    expect(step(table('en'), 'table-0-next').prompt).toBe(
      'Row 0: the next iterate $\\theta_{1} = \\theta_{0} - \\alpha \\odot \\nabla f(\\theta_{0})$, with $\\alpha = \\left(0.1, 0.5\\right)$.' +
        EN,
    );
    expect(step(table('fr'), 'table-0-next').prompt).toBe(
      'Ligne 0 : l’itéré suivant $\\theta_{1} = \\theta_{0} - \\alpha \\odot \\nabla f(\\theta_{0})$, avec $\\alpha = \\left(0{,}1 ; 0{,}5\\right)$.' +
        FR,
    );
  });

  it('one rate keeps α∇f', () => {
    const text = lessonText('x^2 + y^2', [3, 4], '0.1', '      - kind: step');
    const e = loadLesson('t.yaml', text, 0, { render: false }).lesson!.exercises[0]!;
    expect(step(e, 'step').prompt).toBe(
      'With learning rate $\\alpha = 0.1$, compute the step $\\alpha \\nabla f$ at $\\theta_{0} = \\left(3, 4\\right)$.' +
        EN,
    );
  });
});

describe('refused at lint, at the place, where a step needs one α', () => {
  it.each([
    ['decrease', 11],
    ['decrease_bound', 11],
    ['regime', 11],
  ])('a %s step with learning_rate [0.1, 0.5] is an error at its line', (kind, line) => {
    const text = lessonText('x^2 + y^2', [3, 4], '[0.1, 0.5]', `      - kind: ${kind}`);
    const issues = loadLesson('t.yaml', text, 0, { render: false }).issues.map(formatIssue);
    expect(issues).toEqual([
      `t.yaml:${line}:9: Step “${kind.replace('_', '-')}”: this step needs one learning rate α, and learning_rate gives one per coordinate. Per-coordinate rates serve update, step, iterate, table, loss, gradient, norm, limit, limit_loss, iterations_to steps; give this exercise one number for learning_rate, or ask one of those.`,
    ]);
  });

  it('a rate vector of the wrong length, or with an optimiser, is an error at learning_rate', () => {
    const short = loadLesson('t.yaml', lessonText('x^2 + y^2', [3, 4], '[0.1]', '      - kind: update'), 0, {
      render: false,
    }).issues.map(formatIssue);
    expect(short).toEqual([
      't.yaml:9:20: Per-coordinate rates give one rate per variable: 1 given, 2 variables (x, y).',
    ]);
    const adam = loadLesson(
      't.yaml',
      lessonText('x^2 + y^2', [3, 4], '[0.1, 0.5]', '      - kind: update', '    optimizer: adam\n'),
      0,
      { render: false },
    ).issues.map(formatIssue);
    expect(adam).toHaveLength(1);
    expect(adam[0]).toMatch(/^t\.yaml:9:20: Per-coordinate rates are for plain gradient descent/);
  });
});

describe('the lesson: rates 1/Lᵢ on 0.2x₁² + x₂² from (9, −3) converge in one step', () => {
  it('θ₁ = (9 − 2.5·0.4·9, −3 − 0.5·2·(−3)) = (0, 0), and f(θ₁) = 0', () => {
    const e = lessonFromContent('ill-conditioned.yaml').exercises.find((x) => x.id === 'per-coordinate')!;
    expect(numbers(step(e, 'step'))).toEqual([2.5 * 0.4 * 9, 0.5 * 2 * -3]);
    expect(numbers(step(e, 'update'))).toEqual([9 - 2.5 * 0.4 * 9, -3 - 0.5 * 2 * -3]);
    expect(numbers(step(e, 'loss-1'))).toEqual([0]);
    // The plot draws the engine's path: (9, −3), then the minimum.
    expect(e.path).toEqual([
      [9, -3],
      [0, 0],
    ]);
  });
});

describe('property: the per-coordinate update is plain arithmetic on random quadratics and rate vectors', () => {
  it('θ₁ = θ₀ − α ⊙ ∇f for f = a x² + b y² + c xy, and every named mistake is named when typed', () => {
    const small = fc.integer({ min: -5, max: 5 });
    const rate = fc.integer({ min: 1, max: 9 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        small,
        small,
        small,
        rate,
        rate,
        (a, b, c, x0, y0, r1, r2) => {
          const [a1, a2] = [r1 / 10, r2 / 100];
          const text = lessonText(`${a}*x^2 + ${b}*y^2 + ${c}*x*y`, [x0, y0], `[${a1}, ${a2}]`, '      - kind: update');
          const lesson = loadLesson('t.yaml', text, 0, { render: false }).lesson!;
          const u = lesson.exercises[0]!.steps[0]!;
          const [gx, gy] = [2 * a * x0 + c * y0, 2 * b * y0 + c * x0];
          numbers(u).forEach((v, k) => {
            expect(v).toBeCloseTo([x0 - a1 * gx, y0 - a2 * gy][k]!, 12);
          });
          const s = openSession(lesson, 'e');
          for (const m of u.misconceptions) {
            const g = s.answer(u.id, m.text);
            expect(g.kind === 'misconception' ? g.misconception.id : g.kind).toBe(m.id);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
