/**
 * The compiled lesson's format: versioned, with a JSON Schema every compiled
 * lesson meets. A lesson compiled to the format this version reads opens; one
 * compiled to another (the old text format, a newer one), or damaged, is
 * refused with a message that says what to do.
 */
import { readFileSync } from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import {
  compiledLessonJsonSchema,
  CompiledLessonSchema,
  FORMAT_VERSION,
  openCompiledLesson,
} from '../../src/content/index.js';
import { contentFiles, lessonFromContent } from '../tutor/fixtures.js';

const bowl = lessonFromContent('bowl.yaml');
const oneStep = bowl.exercises[0]!;

describe('opening a compiled lesson', () => {
  it('opens a lesson of this format', () => {
    expect(FORMAT_VERSION).toBe(2);
    expect(openCompiledLesson(JSON.parse(JSON.stringify(bowl)))).toEqual({ ok: true, lesson: bowl });
  });

  it('refuses a lesson compiled to the old text format, saying how to get a new one', () => {
    const old: unknown = { ...(JSON.parse(JSON.stringify(bowl)) as object), format: 1 };
    expect(openCompiledLesson(old)).toEqual({
      ok: false,
      message:
        'This lesson was compiled by an older gd-tutor (format 1; this one reads format 2). Compile it again from its YAML file (npm run build, or npx gd-tutor scorm for a package).',
    });
  });

  it('refuses a lesson from a newer gd-tutor, and what is no lesson at all or a damaged one', () => {
    expect(openCompiledLesson({ ...bowl, format: 3 })).toEqual({
      ok: false,
      message:
        "This lesson was compiled by a newer gd-tutor (format 3; this one reads up to format 2). Update the page's gd-tutor to show it.",
    });
    expect(openCompiledLesson([1, 2])).toEqual({
      ok: false,
      message: 'This file is not a compiled gd-tutor lesson (it has no format version).',
    });
    // Format 2 in name, but a step's answer still text: never half-read.
    const textAnswer = {
      ...bowl,
      exercises: [{ ...oneStep, steps: [{ ...oneStep.steps[0], answer: { type: 'value', expected: '25' } }] }],
    };
    expect(openCompiledLesson(textAnswer)).toEqual({
      ok: false,
      message: 'This compiled lesson is damaged (its exercises do not read); compile it again.',
    });
  });
});

describe('the compiled lesson’s JSON Schema', () => {
  it('is published as schema/compiled-lesson.schema.json (npm run schema writes it)', () => {
    const published: unknown = JSON.parse(
      readFileSync(new URL('../../schema/compiled-lesson.schema.json', import.meta.url), 'utf8'),
    );
    expect(published).toEqual(compiledLessonJsonSchema());
  });

  it.each(contentFiles())('holds for %s, compiled for three seeds, as the JSON the browser gets', (file) => {
    for (const seed of [0, 1, 2]) {
      const json: unknown = JSON.parse(JSON.stringify(lessonFromContent(file, seed)));
      expect([...Value.Errors(CompiledLessonSchema, json)].map((e) => `${e.path}: ${e.message}`)).toEqual([]);
    }
  });

  it('rejects the old format, whose answers were text', () => {
    const old = {
      ...bowl,
      format: 1,
      exercises: [{ ...oneStep, steps: [{ ...oneStep.steps[0], answer: { type: 'value', expected: '25' } }] }],
    };
    expect(Value.Check(CompiledLessonSchema, old)).toBe(false);
  });
});
