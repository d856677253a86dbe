/**
 * The content layer's front door: a lesson file's text in, a compiled lesson
 * (for a seed) or the problems found in it out. Pure: reading files is the
 * caller's business (the CLI, the Vite plugin, tests).
 */
import { compileLesson, type CompiledLesson } from './compile.js';
import type { Issue } from './issues.js';
import { loadSource } from './source.js';
import { checkStructure } from './structure.js';

export interface LessonResult {
  readonly lesson?: CompiledLesson;
  readonly issues: readonly Issue[];
}

/** Loads, validates and compiles one lesson file for `seed`. */
export function loadLesson(file: string, text: string, seed = 0): LessonResult {
  const loaded = loadSource(file, text);
  if (!loaded.ok) return { issues: loaded.issues };
  const structured = checkStructure(loaded.source);
  if (!structured.ok) return { issues: structured.issues };
  return compileLesson(structured.lesson, loaded.source, seed);
}

/** Seeds a lint run compiles besides the default, so a variant that breaks is found. */
const LINT_SEEDS = [0, 1, 2, 3, 4];

/** Every problem in a lesson file, across several variants, each reported once. */
export function lintLesson(file: string, text: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const seed of LINT_SEEDS) {
    for (const issue of loadLesson(file, text, seed).issues) {
      const key = `${issue.line}:${issue.col}:${issue.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        issues.push(issue);
      }
    }
    if (issues.some((i) => i.severity === 'error') || !/^\s*parameters\s*:/m.test(text)) break;
  }
  return issues.sort((a, b) => a.line - b.line || a.col - b.col);
}
