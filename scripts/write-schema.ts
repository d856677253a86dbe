/** Writes schema/lesson.schema.json from the lesson format's one definition (src/content/schema.ts). */
import { writeFileSync } from 'node:fs';
import { lessonJsonSchema } from '../src/content/index.js';

const path = new URL('../schema/lesson.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
