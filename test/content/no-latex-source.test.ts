/**
 * A learner never reads LaTeX source: every string a compiled lesson shows (statement, prompts, hints,
 * solutions, feedback, mistakes' names and feedback) and every message a session says at run time keeps
 * its backslash commands inside $…$ or $$…$$, where they are typeset.
 */
import { describe, expect, it } from 'vitest';
import { latexOutsideMath, leaks, spokenStrings, visibleStrings } from './visible-strings.js';
import { SWEPT, sweptLesson } from './swept-lessons.js';

describe('no LaTeX source outside math', () => {
  it('finds the leak once seen: “Right: the loss went from \\frac{19}{3} to …”', () => {
    expect(latexOutsideMath('Right: the loss went from \\frac{19}{3} to $\\frac{3463}{2700}$.')).toEqual(['\\frac']);
    expect(latexOutsideMath('Right: $\\theta_1 = 2$ and $$\\nabla J$$.')).toEqual([]);
  });

  it('finds it in a step title at a point, once seen: “H at \\left(0, 0\\right)”', () => {
    expect(latexOutsideMath('H at \\left(0, 0\\right)')).toEqual(['\\left', '\\right']);
  });

  it.each(SWEPT)(
    '%s: in every string the compiled lesson shows, over three seeds, in English and in French',
    (file, text) => {
      for (const seed of [0, 1, 2])
        for (const locale of ['en', 'fr'] as const)
          expect(leaks(visibleStrings(sweptLesson(file, text, seed, locale))), `seed ${seed}, ${locale}`).toEqual([]);
    },
  );

  it.each(SWEPT)('%s: in every message a session says to mistakes, wrong and right answers', (file, text) => {
    expect(leaks(spokenStrings(sweptLesson(file, text)))).toEqual([]);
  });

  it('titles a step at a point in plain words: “H at (1, -2)”, “H en (1 ; -2)”', () => {
    const [, text] = SWEPT.find(([f]) => f === 'other-kinds.yaml')!;
    const titles = (locale: 'en' | 'fr') =>
      sweptLesson('other-kinds.yaml', text, 0, locale)
        .exercises.filter((e) => e.id === 'at-a-point' || e.id === 'curve')
        .flatMap((e) => e.steps.map((s) => s.title));
    expect(titles('en')).toEqual(['H at (1, -2)', 'eigenvalues of H at (1, -2)', 'f at (1, -2)', 'f″ at x = -0.5']);
    expect(titles('fr')).toEqual([
      'H en (1 ; -2)',
      'valeurs propres de H en (1 ; -2)',
      'f en (1 ; -2)',
      'f″ en x = -0,5',
    ]);
  });
});
