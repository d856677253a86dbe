/** Lesson files written line by line, for tests that pin lint's messages at exact lines and columns. */
import { formatIssue, lintLesson, type LoadOptions } from '../../src/content/index.js';

/** A lesson with one exercise, its lines given; the exercise starts on line 4. */
export const lesson = (...exerciseLines: string[]): string =>
  ['id: t', 'title: T', 'exercises:', ...exerciseLines.map((l) => `  ${l}`)].join('\n') + '\n';

/**
 * The bowl x² + y² from (3, 4) with α = 0.1, one key per line from line 4 (id) on, in this order: id, title,
 * function, variables, start, learning_rate, then any overrides' new keys; an override set to '' drops its key.
 */
export const bowl = (overrides: Record<string, string> = {}, steps = ['- kind: update']): string => {
  const fields = {
    id: 'e',
    title: 'E',
    function: 'x^2 + y^2',
    variables: '[x, y]',
    start: '[3, 4]',
    learning_rate: '0.1',
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v], i) => `${i === 0 ? '- ' : '  '}${k}: ${v}`);
  return lesson(...lines, '  steps:', ...steps.map((s) => `    ${s}`));
};

export const lint = (text: string, options: LoadOptions = {}): string[] =>
  lintLesson('lesson.yaml', text, options).map(formatIssue);
