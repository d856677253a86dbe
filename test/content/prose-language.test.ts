/**
 * A compiled lesson says the languages of its text: `language` for the engine's words, and, when the lesson is
 * compiled in another language than the teacher wrote it in, `proseLanguage` with `written` marking the steps'
 * prompts and hints (and exercises' statements) that are the teacher's own.
 */
import { describe, expect, it } from 'vitest';
import { CompiledLessonSchema } from '../../src/content/compiled-schema.js';
import { Value } from '@sinclair/typebox/value';
import { lessonFromContent } from '../tutor/fixtures.js';

describe('the languages a compiled lesson declares', () => {
  it('bowl compiled in French: language fr, proseLanguage en, the teacher’s hints marked, the engine’s prompts not', () => {
    const lesson = lessonFromContent('bowl.yaml', 0, 'fr');
    expect([lesson.language, lesson.proseLanguage]).toEqual(['fr', 'en']);
    const [one] = lesson.exercises;
    expect(one!.written).toBeUndefined(); // its statement is the engine's
    expect(one!.steps.map((s) => [s.id, s.written])).toEqual([
      ['loss', ['hints']],
      ['partial-x', ['hints']],
      ['partial-y', ['hints']],
      ['gradient', ['hints']],
      ['norm', ['hints']],
      ['update-0', ['hints']],
      ['loss-1', ['hints']],
    ]);
    expect(Value.Check(CompiledLessonSchema, lesson)).toBe(true);
  });

  it('one-variable in French: a teacher’s prompt and statement are marked too', () => {
    const lesson = lessonFromContent('one-variable.yaml', 0, 'fr');
    const [table, rates] = lesson.exercises;
    expect(table!.steps[0]!.written).toEqual(['prompt', 'hints']);
    expect(rates!.written).toEqual(['statement']);
  });

  it('a lesson in its own language says nothing more: no proseLanguage, no written', () => {
    const json = JSON.stringify(lessonFromContent('bowl.yaml', 0, 'en'));
    expect(json).not.toContain('proseLanguage');
    expect(json).not.toContain('"written"');
  });
});
