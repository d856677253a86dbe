/**
 * Every exercise of every lesson in content/ is drawn without error: a
 * function of one or two variables gets a plot (with a perfect learner's
 * points where it asks for points), one of more variables gets none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/index.js';
import { describePlot } from '../../src/plot/describe.js';
import { plotModel } from '../../src/plot/model.js';
import { answered } from './fixtures.js';
import { isCourseFile } from '../../src/content/course.js';

const CONTENT = resolve(import.meta.dirname, '../../content');
const lessons = readdirSync(CONTENT).filter((f) => f.endsWith('.yaml') && !isCourseFile(f));

describe.each(lessons)('%s', (file) => {
  const lesson = loadLesson(file, readFileSync(join(CONTENT, file), 'utf8')).lesson!;

  // A set of questions only has no function to draw.
  const drawn = lesson.exercises.filter((e) => e.function !== undefined);
  it.each(drawn.map((e) => [e.id, e] as const))('%s', (_, exercise) => {
    const perfect = answered(
      exercise,
      exercise.steps.map((s) => [s.id, s.answer.text] as const),
    );
    const model = plotModel({
      fn: exercise.function!,
      start: exercise.start,
      learningRate: exercise.learningRate,
      exercise,
      steps: perfect,
    });
    const dimension = exercise.function!.variables.length;
    if (dimension > 2) {
      expect(model).toBeUndefined();
      return;
    }
    expect(model).toBeDefined();
    expect(describePlot(model!).caption.length).toBeGreaterThan(0);
    // A perfect learner's points are all right, and each sits on the engine's path.
    for (const p of model!.learner) {
      expect(p.status).toBe('right');
      if (!p.limit) expect(p.t).toBeDefined();
    }
  });
});
