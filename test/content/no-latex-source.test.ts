/**
 * A learner never reads LaTeX source: every string a compiled lesson shows (statement, prompts, hints,
 * solutions, feedback, mistakes' names and feedback) and every message a session says at run time keeps
 * its backslash commands inside $…$ or $$…$$, where they are typeset.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledLesson } from '../../src/content/index.js';
import { mathSpans } from '../../src/content/math-spans.js';
import { contentFiles, lessonFromContent, openSession } from '../tutor/fixtures.js';

/** The backslash commands of `text` outside its math spans ("\frac" in "went from \frac{19}{3}"). */
export function latexOutsideMath(text: string): string[] {
  let rest = text;
  for (const span of mathSpans(text).reverse()) rest = rest.slice(0, span.start) + rest.slice(span.end);
  return [...rest.matchAll(/\\[a-zA-Z]+/g)].map((m) => m[0]);
}

/** Every string of a compiled lesson a learner can see, with where it is. */
function visibleStrings(lesson: CompiledLesson): [string, string][] {
  const out: [string, string][] = [[`${lesson.id} introduction`, lesson.introduction]];
  for (const e of lesson.exercises) {
    out.push([`${e.id} statement`, e.statement]);
    for (const s of e.steps) {
      const at = `${e.id} › ${s.id}`;
      out.push([`${at} title`, s.title], [`${at} prompt`, s.prompt]);
      s.hints.forEach((h, k) => out.push([`${at} hint ${k + 1}`, h]));
      s.solution.forEach((l, k) => out.push([`${at} solution ${k + 1}`, l]));
      out.push([`${at} correct`, s.feedback.correct], [`${at} incorrect`, s.feedback.incorrect]);
      for (const m of s.misconceptions) out.push([`${at} ${m.id} name`, m.name], [`${at} ${m.id}`, m.feedback]);
      if (s.answer.type === 'choice') for (const o of s.answer.options) out.push([`${at} option ${o.id}`, o.label]);
    }
  }
  return out;
}

/** Run-time messages: each step answered by each named mistake, a wrong number, then right (carrying forward). */
function spokenStrings(lesson: CompiledLesson): [string, string][] {
  const out: [string, string][] = [];
  for (const e of lesson.exercises) {
    const s = openSession(lesson, e.id);
    for (const step of e.steps) {
      const say = (text: string) => out.push([`${e.id} › ${step.id} ← ${text}`, s.answer(step.id, text).message]);
      for (const m of step.misconceptions) say(m.text);
      if (step.answer.type !== 'choice') say('12345');
      say(step.answer.text);
    }
  }
  return out;
}

const leaks = (strings: [string, string][]) =>
  strings.flatMap(([where, text]) => {
    const found = latexOutsideMath(text);
    return found.length > 0 ? [`${where}: ${found.join(' ')} in “${text}”`] : [];
  });

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
