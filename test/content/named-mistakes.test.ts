/**
 * Every step where a slip is common names the slip: swept over every step of every lesson in content/ and
 * over generated exercises in one to three variables; and a scripted learner typing each named mistake gets
 * that mistake's feedback, never a generic "not right".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLesson, type CompiledExercise, type CompiledLesson, type DerivedStep } from '../../src/content/index.js';
import { contentFiles, lessonFromContent, openSession } from '../tutor/fixtures.js';
import { integers, weightedSquares } from './arbitraries.js';
import { lesson as lessonText } from './lesson-text.js';

/** The steps that must name at least one mistake: the derivative, gradient and update family, and a table's cells of those. */
const MUST_NAME = new Set([
  'partial',
  'partial_value',
  'gradient',
  'negative_gradient',
  'norm',
  'step',
  'update',
  'iterate',
  'decrease',
]);

function mustName(step: DerivedStep): boolean {
  if (step.kind === 'table') return step.id.endsWith('-gradient') || step.id.endsWith('-next');
  return MUST_NAME.has(step.kind);
}

/** "exercise › step (kind)" for each step that should name a mistake and names none. */
const silent = (lesson: CompiledLesson): string[] =>
  lesson.exercises.flatMap((e) =>
    e.steps.filter((s) => mustName(s) && s.misconceptions.length === 0).map((s) => `${e.id} › ${s.id} (${s.kind})`),
  );

/** Each named mistake typed by a learner, and what the session called it. */
function typedMistakes(lesson: CompiledLesson, exercise: CompiledExercise): { named: string[]; expected: string[] } {
  const s = openSession(lesson, exercise.id);
  const named: string[] = [];
  const expected: string[] = [];
  for (const step of exercise.steps) {
    for (const m of step.misconceptions) {
      expected.push(`${step.id}:${m.id}`);
      const g = s.answer(step.id, m.text);
      named.push(`${step.id}:${g.kind === 'misconception' ? g.misconception.id : g.kind}`);
    }
    s.answer(step.id, step.answer.text);
  }
  return { named, expected };
}

describe('named mistakes in every lesson of content/', () => {
  it.each(contentFiles())('%s: every derivative, gradient and update step names at least one mistake', (file) => {
    for (const seed of [0, 1, 2]) expect(silent(lessonFromContent(file, seed)), `seed ${seed}`).toEqual([]);
  });
});

describe('a one-variable update', () => {
  const lesson = compile(['x^2', '[x]', '[3]', '0.1', ['update', 'step', 'table']]);
  const steps = lesson.exercises[0]!.steps;

  it('names the sign, a forgotten α, only the step and ∇f/α (they were once dropped as vectors of one)', () => {
    expect(steps.find((s) => s.id === 'update')!.misconceptions.map((m) => [m.id, m.text])).toEqual([
      ['sign', '3.6'],
      ['forgot_rate', '-3'],
      ['step_only', '0.6'],
      ['negative_step_only', '-0.6'],
      ['divided_by_rate', '-57'],
    ]);
  });

  it('gives each mistake its own feedback when typed', () => {
    const s = openSession(lesson, 'e');
    expect(s.answer('update', '3.6')).toMatchObject({ kind: 'misconception', misconception: { id: 'sign' } });
    expect(s.answer('update', '-3')).toMatchObject({ kind: 'misconception', misconception: { id: 'forgot_rate' } });
    expect(s.answer('update', '2.4').kind).toBe('correct');
  });

  it('names the same mistakes in a table’s next-iterate cells', () => {
    expect(steps.find((s) => s.id === 'table-0-next')!.misconceptions.map((m) => m.id)).toEqual([
      'sign',
      'forgot_rate',
      'step_only',
      'negative_step_only',
      'divided_by_rate',
    ]);
  });
});

describe('a two-variable update', () => {
  it('names swapped components: the gradient’s components moved the wrong coordinates', () => {
    const lesson = compile(['x^2 + 3*y^2', '[x, y]', '[1, 2]', '0.1', ['update']]);
    const update = lesson.exercises[0]!.steps[0]!;
    // ∇f(1, 2) = (2, 12): swapped, θ − 0.1·(12, 2) = (−0.2, 1.8).
    expect(update.misconceptions.find((m) => m.id === 'swapped')?.text).toBe('[-0.2, 1.8]');
    const s = openSession(lesson, 'e');
    expect(s.answer(update.id, '(-0.2, 1.8)')).toMatchObject({
      kind: 'misconception',
      misconception: { id: 'swapped' },
    });
  });
});

/** One exercise from its function, variables, start, rate and step kinds. */
function compile([f, vars, start, rate, kinds]: [string, string, string, string, string[]]): CompiledLesson {
  const extra: Record<string, string> = { table: '\n        rows: 2' };
  const steps = kinds.map((k) => {
    const [kind, wrt] = k.split(' ');
    return `    - kind: ${kind}${wrt ? `\n        wrt: ${wrt}` : (extra[kind!] ?? '')}`;
  });
  const text = lessonText(
    '- id: e',
    '  title: E',
    `  function: ${f}`,
    `  variables: ${vars}`,
    `  start: ${start}`,
    `  learning_rate: ${rate}`,
    '  steps:',
    ...steps,
  );
  const result = loadLesson('t.yaml', text);
  if (!result.lesson) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.lesson;
}

describe('generated exercises in one to three variables', () => {
  const VARS = ['x', 'y', 'z'];
  const exercise = fc
    .integer({ min: 1, max: 3 })
    .chain((n) =>
      fc.tuple(
        fc.constant(n),
        integers(1, 5, n),
        fc.array(
          fc.integer({ min: -5, max: 5 }).filter((v) => v !== 0),
          { minLength: n, maxLength: n },
        ),
        // No rate 1/(2c) for a coefficient c ≤ 5, which lands on the minimum, where every slip gives the right answer.
        fc.constantFrom('0.15', '0.05', '0.2'),
      ),
    )
    .map(([n, coefficients, start, rate]): [string, string, string, string, string[]] => [
      weightedSquares(coefficients, VARS.slice(0, n)),
      `[${VARS.slice(0, n).join(', ')}]`,
      `[${start.join(', ')}]`,
      rate,
      [
        ...VARS.slice(0, n).map((v) => `partial_value ${v}`),
        'gradient',
        'negative_gradient',
        'norm',
        'step',
        'update',
        'table',
      ],
    ]);

  it('name a mistake at every derivative, gradient and update step, and each typed mistake is named', () => {
    fc.assert(
      fc.property(exercise, (spec) => {
        const lesson = compile(spec);
        expect(silent(lesson)).toEqual([]);
        // The sign and a forgotten α never give the right answer off the minimum (only the step can: θ = 2αg).
        const update = lesson.exercises[0]!.steps.find((s) => s.kind === 'update')!;
        expect(update.misconceptions.map((m) => m.id)).toEqual(expect.arrayContaining(['sign', 'forgot_rate']));
        const { named, expected } = typedMistakes(lesson, lesson.exercises[0]!);
        expect(named).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
