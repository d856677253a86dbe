/**
 * Lint plus derivation of generated exercises (variants of the seed lessons),
 * and linting the whole seed curriculum as a teacher would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { lintLesson, loadLesson } from '../src/content/index.js';
import { summarise, time } from './stats.js';
import { isCourseFile } from '../src/content/course.js';

const dir = new URL('../content/', import.meta.url);
const TARGET = 1000;

export function benchContent(): string[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !isCourseFile(f))
    .sort();
  const texts = files.map((f) => [f, readFileSync(new URL(f, dir), 'utf8')] as const);
  const [, curriculumMs] = time(() => texts.map(([f, t]) => lintLesson(f, t)));
  const perExercise: number[] = [];
  let exercises = 0;
  const cpuBefore = process.cpuUsage();
  const [, totalMs] = time(() => {
    for (let seed = 1; exercises < TARGET; seed++) {
      for (const [f, t] of texts) {
        const [result, ms] = time(() => loadLesson(f, t, seed));
        const n = result.lesson?.exercises.length ?? 0;
        if (n === 0) continue;
        for (let k = 0; k < n; k++) perExercise.push(ms / n);
        exercises += n;
      }
    }
  });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const s = summarise(perExercise);
  return [
    `seed curriculum: ${files.length} lessons linted (5 variants each where parameters are drawn) in ${curriculumMs.toFixed(0)} ms`,
    `${exercises} generated exercises loaded, validated and derived in ${(totalMs / 1000).toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s) = ${Math.round(exercises / (totalMs / 1000))} exercises/s; per exercise median ${s.median.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms`,
  ];
}
