import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonJsonSchema, loadLesson } from '../../src/content/index.js';
import { bowl, lint } from './lesson-text.js';

describe('gd-tutor lint points at file:line:col with a fix', () => {
  it('passes a correct lesson', () => {
    expect(lint(bowl())).toEqual([]);
  });

  it('suggests the key a misspelt one was meant to be', () => {
    const [issue] = lint(bowl({ learning_rat: '0.1', learning_rate: '' }));
    expect(issue).toMatch(
      /^lesson\.yaml:9:5: Unknown key "learning_rat"\. Did you mean learning_rate\? Allowed here: /,
    );
  });

  it('suggests the nearest step kind', () => {
    expect(lint(bowl({}, ['- kind: gradiant']))[0]).toMatch(
      /^lesson\.yaml:11:15: Unknown step kind "gradiant"\. Did you mean gradient\?/,
    );
  });

  it('points at the character where a function does not parse', () => {
    expect(lint(bowl({ function: '"x^2 + * y"' }))).toEqual([
      'lesson.yaml:6:22: Two operators in a row: “+” then “*”. (in “x^2 + * y”)',
    ]);
  });

  it('names a variable used but not declared, where it is used', () => {
    expect(lint(bowl({ function: 'x^2 + z^2' }))).toEqual([
      'lesson.yaml:6:21: “z” is used but not declared: add it to variables or parameters.',
    ]);
  });

  it('reports a start point of the wrong dimension', () => {
    expect(lint(bowl({ start: '[3, 4, 5]' }))).toEqual([
      'lesson.yaml:8:12: The start point has 3 coordinates but there are 2 variables (x, y).',
    ]);
  });

  it('refuses a non-positive learning rate', () => {
    expect(lint(bowl({ learning_rate: '-0.1' }))).toEqual([
      'lesson.yaml:9:20: The learning rate must be positive (it is -0.1).',
    ]);
  });

  it('names the row and the right value when a written value disagrees with the derivation', () => {
    expect(lint(bowl({}, ['- kind: update', '  expected: [2.4, 3.3]']))).toEqual([
      'lesson.yaml:12:19: The written answer [2.4, 3.3] disagrees with the derived one, [2.4, 3.2].',
    ]);
    const table = [
      '- kind: table',
      '  rows: 2',
      '  values:',
      '    - [[3, 4], 25, [6, 8], [2.4, 3.2]]',
      '    - [[2.4, 3.2], 16, [4.8, 6.4], [1.92, 2.57]]',
    ];
    expect(lint(bowl({}, table))).toEqual([
      'lesson.yaml:15:42: Row 1, next: the table says [1.92, 2.57]; it is [1.92, 2.56].',
    ]);
  });

  it('says when no draw of the parameters can meet a constraint', () => {
    const text = bowl({ start: '[a, 0]', parameters: '{ a: { integer: [0, 0] } }', constraints: '[not_minimum]' });
    expect(lint(text)).toEqual([
      'lesson.yaml:11:19: No draw of the parameters meets the constraint not_minimum (200 tried); widen the parameter ranges or drop the constraint.',
    ]);
  });

  it('reports YAML syntax errors at their place instead of crashing', () => {
    expect(lint('id: t\ntitle: [unclosed\n')[0]).toMatch(/^lesson\.yaml:\d+:\d+: YAML: /);
  });

  it('refuses a huge file at once', () => {
    expect(lint(`# ${'x'.repeat(600_000)}\n`)).toEqual([
      'lesson.yaml:1:1: The file is larger than 512 KB; split it into several lessons.',
    ]);
  });

  it('refuses a YAML alias bomb rather than expanding it', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'
        .split('')
        .map((c, i) => `${c}: &${c} [*${'abcdefghij'[i]}, *${'abcdefghij'[i]}, *${'abcdefghij'[i]}]`),
    ].join('\n');
    expect(lint(bomb)[0]).toMatch(/^lesson\.yaml:1:1: YAML: /);
  });
});

describe('the published JSON Schema', () => {
  it('is the one generated from the lesson format (run npm run schema after changing it)', () => {
    const published: unknown = JSON.parse(
      readFileSync(new URL('../../schema/lesson.schema.json', import.meta.url), 'utf8'),
    );
    expect(published).toEqual(lessonJsonSchema());
  });
});

describe('a lesson compiles to plain JSON', () => {
  it('survives JSON round trip unchanged', () => {
    const { lesson: compiled } = loadLesson('lesson.yaml', bowl());
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
  });
});
