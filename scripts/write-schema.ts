/**
 * Writes the JSON Schemas from their one definition each: schema/lesson.schema.json (the lesson file,
 * src/content/schema.ts), schema/compiled-lesson.schema.json (the compiled lesson, src/content/compiled-schema.ts) and
 * schema/course.schema.json (the course file, src/content/course.ts).
 */
import { writeFileSync } from 'node:fs';
import { compiledLessonJsonSchema, courseJsonSchema, lessonJsonSchema } from '../src/content/index.js';

for (const [file, schema] of [
  ['lesson.schema.json', lessonJsonSchema()],
  ['compiled-lesson.schema.json', compiledLessonJsonSchema()],
  ['course.schema.json', courseJsonSchema()],
] as const) {
  const path = new URL(`../schema/${file}`, import.meta.url);
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path.pathname}`);
}
