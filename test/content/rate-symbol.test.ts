/**
 * The learning rate under the lesson's own name: a lesson that writes η (rate_symbol: eta, or prose with η and
 * never α) reads η in every sentence the engine writes for it, as it reads J or L for the function.
 */
import { describe, expect, it } from 'vitest';
import { loadLesson, type CompiledLesson } from '../../src/content/index.js';
import { lessonRateSymbol } from '../../src/content/rate-symbol.js';
import type { LessonFile } from '../../src/content/schema.js';
import { generatedSentences } from './english-left.js';
import { SWEPT } from './swept-lessons.js';
import { spokenStrings, visibleStrings } from './visible-strings.js';

function compiled(file: string, text: string, locale?: 'fr'): CompiledLesson {
  const r = loadLesson(file, text, 0, locale ? { locale } : {});
  if (!r.lesson) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.lesson;
}

const BOWL = (extra: string, intro = 'Descent steps against the gradient.') => `id: bol
title: Bowl
${extra}introduction: '${intro}'
exercises:
  - id: one
    title: One step
    name: J
    function: x^2 + y^2
    variables: [x, y]
    start: [3, 4]
    learning_rate: 0.1
    steps:
      - kind: step
      - kind: update
`;

/** The engine's sentences that name the rate α (in LaTeX or in prose). */
const alphas = (lesson: CompiledLesson, text: string, locale?: string) =>
  generatedSentences([...visibleStrings(lesson), ...spokenStrings(lesson, locale)], text)
    .filter(([, s]) => /\\alpha(?![a-zA-Z])|α/.test(s))
    .map(([where, s]) => `${where}: ${s}`);

describe('rate_symbol', () => {
  it('writes η in the statement, the prompts, the solutions and the named mistakes of a lesson that says eta', () => {
    const lesson = compiled('bol.yaml', BOWL('rate_symbol: eta\n'));
    const e = lesson.exercises[0]!;
    expect(e.statement).toBe(
      'Let $J(x, y) = x^{2} + y^{2}$. In this exercise, gradient descent starts at $\\theta_0 = \\left(3, 4\\right)$ with learning rate $\\eta = 0.1$.',
    );
    expect(e.rateSymbol).toBe('η');
    const [step, update] = e.steps;
    expect(step!.title).toBe('η∇J at θ₀');
    expect(step!.prompt).toMatch(/^With learning rate \$\\eta = 0\.1\$, compute the step \$\\eta \\nabla J\$ at /);
    expect(update!.misconceptions.find((m) => m.id === 'forgot_rate')!.feedback).toBe(
      'Scale the gradient by the learning rate $\\eta = 0.1$ before subtracting it.',
    );
  });

  it('is deduced from the lesson’s prose: η when it writes η and never α; α otherwise; the key decides over both', () => {
    const lesson = (fields: Partial<LessonFile>): LessonFile => ({ id: 'l', title: 'L', exercises: [], ...fields });
    expect(lessonRateSymbol(lesson({ introduction: 'The rate $\\eta$ sets the step.' }))).toBe('eta');
    expect(lessonRateSymbol(lesson({ introduction: 'The rate η sets the step.' }))).toBe('eta');
    expect(lessonRateSymbol(lesson({ introduction: '$\\alpha$ (some books write $\\eta$)' }))).toBe('alpha');
    expect(lessonRateSymbol(lesson({ introduction: 'The rate sets the step.' }))).toBe('alpha');
    expect(lessonRateSymbol(lesson({ introduction: 'The rate $\\eta$.', rate_symbol: 'alpha' }))).toBe('alpha');
    const deduced = compiled('bol.yaml', BOWL('', 'Each step moves by $\\eta \\nabla J$.'));
    expect(deduced.exercises[0]!.steps[0]!.prompt).toContain('$\\eta \\nabla J$');
  });

  it('leaves α where the lesson writes α', () => {
    const text = BOWL('');
    expect(alphas(compiled('bol.yaml', text), text).length).toBeGreaterThan(0);
  });
});

describe('every lesson, written with η', () => {
  it.each(SWEPT)('%s: no sentence the engine writes shows α, in English or in French', (file, text) => {
    const eta = `rate_symbol: eta\n${text}`;
    expect(alphas(compiled(file, eta), eta)).toEqual([]);
    expect(alphas(compiled(file, eta, 'fr'), eta, 'fr')).toEqual([]);
  });
});
