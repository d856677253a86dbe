/**
 * A learner never reads LaTeX source: every string a compiled lesson shows (statement, prompts, hints,
 * solutions, feedback, mistakes' names and feedback) and every message a session says at run time keeps
 * its backslash commands inside $…$ or $$…$$, where they are typeset.
 */
import { describe, expect, it } from 'vitest';
import { contentFiles, lessonFromContent } from '../tutor/fixtures.js';
import { latexOutsideMath, leaks, spokenStrings, visibleStrings } from './visible-strings.js';

describe('no LaTeX source outside math', () => {
  it('finds the leak once seen: “Right: the loss went from \\frac{19}{3} to …”', () => {
    expect(latexOutsideMath('Right: the loss went from \\frac{19}{3} to $\\frac{3463}{2700}$.')).toEqual(['\\frac']);
    expect(latexOutsideMath('Right: $\\theta_1 = 2$ and $$\\nabla J$$.')).toEqual([]);
  });

  it.each(contentFiles())('%s: in every string the compiled lesson shows, over three seeds', (file) => {
    for (const seed of [0, 1, 2])
      expect(leaks(visibleStrings(lessonFromContent(file, seed))), `seed ${seed}`).toEqual([]);
  });

  it.each(contentFiles())('%s: in every message a session says to mistakes, wrong and right answers', (file) => {
    expect(leaks(spokenStrings(lessonFromContent(file)))).toEqual([]);
  });
});
