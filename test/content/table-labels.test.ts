/**
 * An iteration table in one variable names its slope the way the lesson does: J′(θ₁), f′(x₁), L′(w₁), never
 * ∇J(θ₁) (the column heading already says J′(θₜ)); in several variables it stays ∇f(θ₁). Pinned on the
 * one-variable lesson and a lesson written here, then swept over every table cell of every lesson.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, loadLesson, type CompiledExercise } from '../../src/content/index.js';
import { plainText } from '../../src/content/plain-text.js';
import { contentFiles, lessonFromContent } from '../tutor/fixtures.js';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const sub = (t: number) => String(t).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]!);

const cell = (e: CompiledExercise, id: string) => e.steps.find((s) => s.id === id)!;

describe('one-variable.yaml, three steps on a parabola (J, θ)', () => {
  const en = lessonFromContent('one-variable.yaml', 0, 'en').exercises[0]!;
  const fr = lessonFromContent('one-variable.yaml', 0, 'fr').exercises[0]!;

  it('labels row 1’s slope J′(θ₁), asks for the derivative, and writes the update with J′', () => {
    expect(cell(en, 'table-1-gradient').title).toBe('Row 1, J′(θ₁)');
    expect(cell(en, 'table-1-gradient').prompt).toBe(
      "Row 1: the derivative $J'(\\theta_{1})$. Give numbers to at least 3 significant figures.",
    );
    expect(cell(en, 'table-1-gradient').solution).toEqual(["$J'(\\theta_{1}) = 8$"]);
    expect(cell(en, 'table-1-next').prompt).toBe(
      "Row 1: the next iterate $\\theta_{2} = \\theta_{1} - \\alpha J'(\\theta_{1})$, with $\\alpha = 0.1$. Give numbers to at least 3 significant figures.",
    );
  });

  it('says so in French: Ligne 1, J′(θ₁), la dérivée', () => {
    expect(cell(fr, 'table-1-gradient').title).toBe('Ligne 1, J′(θ₁)');
    expect(cell(fr, 'table-1-gradient').prompt).toBe(
      "Ligne 1 : la dérivée $J'(\\theta_{1})$. Donnez les nombres avec au moins 3 chiffres significatifs.",
    );
  });
});

function compile(name: string, variables: string, start: string): CompiledExercise {
  const text = `id: t
title: t
exercises:
  - id: e
    title: e
    name: ${name}
    function: ${variables === '[w]' ? 'w^2 - 2*w' : 'x^2 + y^2'}
    variables: ${variables}
    start: ${start}
    learning_rate: 0.25
    steps:
      - kind: table
        rows: 2
`;
  const result = loadLesson('t.yaml', text, 0, { render: false });
  expect(result.issues.map(formatIssue)).toEqual([]);
  return result.lesson!.exercises[0]!;
}

describe('a lesson that names its loss L of w', () => {
  it('labels the slope L′(w₀) and L′(w₁), and its worked rule uses L′ too', () => {
    const e = compile('L', '[w]', '[3]');
    expect(e.steps.filter((s) => s.id.endsWith('-gradient')).map((s) => s.title)).toEqual([
      'Row 0, L′(w₀)',
      'Row 1, L′(w₁)',
    ]);
    // L′(w) = 2w − 2: L′(3) = 4, w₁ = 3 − 0.25 · 4 = 2, L′(2) = 2.
    expect(cell(e, 'table-1-gradient').solution).toEqual(["$L'(w_{1}) = 2$"]);
  });

  it('keeps ∇f(θ₁) in two variables', () => {
    const e = compile('f', '[x, y]', '[3, 4]');
    expect(cell(e, 'table-1-gradient').title).toBe('Row 1, ∇f(θ₁)');
    expect(cell(e, 'table-1-gradient').prompt).toBe(
      'Row 1: the gradient $\\nabla f(\\theta_{1})$. Give numbers to at least 3 significant figures.',
    );
  });
});

describe('every one-variable table cell of every lesson', () => {
  const cells = contentFiles().flatMap((file) =>
    (['en', 'fr'] as const).flatMap((locale) =>
      lessonFromContent(file, 0, locale).exercises.flatMap((e) =>
        e.function?.variables.length === 1
          ? e.steps
              .filter((s) => s.kind === 'table' && s.role === 'gradient')
              .map((s) => ({ where: `${file} › ${s.id} (${locale})`, e, s, locale }))
          : [],
      ),
    ),
  );

  it('has cells to sweep (the one-variable lesson’s three rows, in two languages)', () => {
    expect(cells.length).toBe(6);
  });

  it.each(cells.map((c) => [c.where, c] as const))('%s: its label is f′(xₜ) as the lesson names f and x', (_, c) => {
    const { name, variables } = c.e.function!;
    const x = plainText(`$${variables[0]!.replace(/^theta$/, '\\theta')}$`);
    const row = c.locale === 'fr' ? 'Ligne' : 'Row';
    expect(c.s.title).toBe(`${row} ${c.s.t}, ${name}′(${x}${sub(c.s.t!)})`);
    expect(c.s.prompt).not.toContain('\\nabla');
  });
});
