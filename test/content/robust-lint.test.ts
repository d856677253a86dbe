/**
 * Lint never crashes and never cries wolf: whatever a teacher writes, the answer is file:line:col: message.
 * Functions that cannot be derived or are undefined where the exercise uses them, numbers that overflow,
 * references to names and rows that do not exist, keys that could reach a prototype, and constraints that
 * never hold are each an error at their place, naming the step or the constraint.
 */
import { describe, expect, it } from 'vitest';
import { loadLesson, timeBudget } from '../../src/content/index.js';
import { bowl, lesson, lint } from './lesson-text.js';

const AT = /^lesson\.yaml:\d+:\d+: /;

describe('a function that cannot be derived, or is undefined where it is used', () => {
  it.each(['tan(x) + y^2', 'tanh(x) + y^2', 'sec(x) + y'])(
    '%s lints without a stack trace: clean, or errors that name the step',
    (f) => {
      const issues = lint(bowl({ function: `"${f}"` }, ['- kind: partial', '  wrt: x', '- kind: update']));
      for (const issue of issues) expect(issue).toMatch(AT);
      for (const issue of issues.filter((i) => !i.includes('warning:')))
        expect(issue).toMatch(/^lesson\.yaml:\d+:\d+: (Step “(partial-x|update)”|“sec” )/);
    },
  );

  it('x/0: the function is not finite at the start, and the step says why it cannot be derived', () => {
    const issues = lint(bowl({ function: 'x/0 + y' }));
    expect(issues[0]).toBe(
      'lesson.yaml:6:15: The function is not finite at the start point (3, 4): it is Infinity there (a division by zero, or numbers too large for a double).',
    );
    expect(issues.slice(1)).toHaveLength(1);
    expect(issues[1]).toBe(
      'lesson.yaml:11:9: Step “update”: The derivative with respect to x could not be worked out: it is Infinity (the function divides by zero, or is undefined, everywhere).',
    );
  });

  it('a start of 1e308 overflows: each step without a finite answer is an error naming it', () => {
    expect(lint(bowl({ start: '[1e308, 2]' }, ['- kind: partial', '  wrt: x', '- kind: loss', '  after: 1']))).toEqual([
      'lesson.yaml:6:15: The function is not finite at the start point (1e+308, 2): it is Infinity there (a division by zero, or numbers too large for a double).',
      'lesson.yaml:11:9: Step “partial-x” has no finite answer: it is Infinity at the start point, from a division by zero or numbers past what a double holds (about 1.8e308). Move the start, or use a smaller start, learning rate or number of steps.',
      'lesson.yaml:13:9: Step “loss-1” has no finite answer: it is Infinity, from a division by zero or numbers past what a double holds (about 1.8e308). Move the start, or use a smaller start, learning rate or number of steps.',
    ]);
  });

  it('a derivative undefined at the start (√x at 0) is an error at its step', () => {
    expect(lint(bowl({ function: 'sqrt(x) + y^2', start: '[0, 1]' }, ['- kind: partial', '  wrt: x']))).toEqual([
      'lesson.yaml:11:9: Step “partial-x” has no finite answer: it is Infinity at the start point, from a division by zero or numbers past what a double holds (about 1.8e308). Move the start, or use a smaller start, learning rate or number of steps.',
    ]);
  });

  it('a step that lands outside the domain (log x after a step to x = −3) is an error naming the step', () => {
    expect(
      lint(bowl({ function: 'log(x) + y^2', start: '[1, 1]', learning_rate: '4' }, ['- kind: loss', '  after: 1'])),
    ).toEqual([
      'lesson.yaml:11:9: Step “loss-1” has no defined answer: it is NaN, from a division by zero or a root or logarithm of a negative number at the points it uses. Move the start, or change the function or the learning rate.',
    ]);
  });

  it('a rate of 1e-300 gives finite answers: exact fractions too long to type become decimals (15 digits)', () => {
    const text = bowl({ learning_rate: '1e-300' }, [
      '- kind: update',
      '- kind: loss',
      '  after: 1',
      '- kind: decrease',
    ]);
    expect(lint(text)).toEqual([]);
    const steps = loadLesson('lesson.yaml', text).lesson!.exercises[0]!.steps;
    expect(steps.map((s) => s.answer.text)).toEqual(['[3, 4]', '25', '-1.00000000000000e-298']);
  });
});

describe('every reference is checked', () => {
  it('wrt naming a variable the exercise does not have', () => {
    expect(lint(bowl({}, ['- kind: partial', '  wrt: q']))).toEqual([
      'lesson.yaml:12:14: “q” is not a variable of this exercise. wrt must be one of x, y.',
    ]);
    expect(
      lint(bowl({ variables: '[theta, phi]', function: 'theta^2 + phi^2' }, ['- kind: partial', '  wrt: thetta']))[0],
    ).toBe(
      'lesson.yaml:12:14: “thetta” is not a variable of this exercise; did you mean theta? wrt must be one of theta, phi.',
    );
  });

  it('an empty parameter range, integer or decimal', () => {
    expect(lint(bowl({ start: '[a, 4]', parameters: '{a: {integer: [5, 1]}}' }))).toEqual([
      'lesson.yaml:10:31: The range [5, 1] of parameter a is empty: write the smaller bound first, [1, 5].',
    ]);
    expect(lint(bowl({ start: '[a, 4]', parameters: '{a: {decimal: [0.11, 0.19]}}' }))).toEqual([
      'lesson.yaml:10:31: No number with 1 decimal place lies in [0.11, 0.19] (parameter a); widen the range or set more places.',
    ]);
  });

  it('a parameter named like a variable', () => {
    expect(lint(bowl({ parameters: '{x: {integer: [1, 5]}}' }))[0]).toBe(
      'lesson.yaml:10:18: “x” is both a variable and a parameter; rename the parameter.',
    );
  });

  it('a constraint naming something that is not a parameter', () => {
    expect(
      lint(bowl({ start: '[a, 4]', parameters: '{a: {integer: [1, 5]}}', constraints: '[{positive: b - 1}]' })),
    ).toEqual([
      'lesson.yaml:11:19: No draw of the parameters meets the constraint {"positive":"b - 1"} (200 tried); widen the parameter ranges or drop the constraint.',
      'lesson.yaml:11:30: A constraint speaks of the parameters (a); “b” is not one.',
    ]);
  });

  it('a written table row past the table', () => {
    const table = [
      '- kind: table',
      '  rows: 1',
      '  values:',
      '    - [[3, 4], 25, [6, 8], [2.4, 3.2]]',
      '    - [[2.4, 3.2], 16, [4.8, 6.4], [1.92, 2.56]]',
    ];
    expect(lint(bowl({}, table))).toEqual([
      'lesson.yaml:15:13: The table has 1 row (t = 0); this written row is past it. Add its t to rows or remove the row.',
    ]);
  });
});

describe('YAML keys never reach a prototype', () => {
  it.each(['__proto__', 'constructor', 'toString'])('where: {%s: …} is an error at the key', (key) => {
    expect(lint(bowl({ function: 'z^2 + y^2', where: `{${key}: x}` }))).toEqual([
      `lesson.yaml:10:13: “${key}” cannot be a name here: every JavaScript object has a property of that name. Choose another name.`,
    ]);
  });

  it('a reserved key as a parameter or a data column is refused too, never silently dropped', () => {
    expect(lint(bowl({ parameters: '{__proto__: {integer: [1, 2]}}' }))).toEqual([
      'lesson.yaml:10:18: “__proto__” cannot be a name here: every JavaScript object has a property of that name. Choose another name.',
    ]);
  });
});

describe('a time budget per file', () => {
  it('a constraint that can never hold ends with an error naming it, when the time is up', () => {
    let now = 0;
    const clock = () => (now += 250); // a quarter of a second per draw: the budget of 2 s runs out at the ninth
    const text = bowl({ start: '[a, 4]', parameters: '{a: {integer: [1, 5]}}', constraints: '[{positive: -a}]' });
    expect(lint(text, { budget: timeBudget(2000, clock) })).toEqual([
      'lesson.yaml:11:19: No draw of the parameters met the constraint {"positive":"-a"} within the time for a file (2 s, 9 draws tried); widen the parameter ranges or drop the constraint.',
    ]);
  });

  it('without a clock running out, all 200 draws are tried', () => {
    const text = bowl({ start: '[a, 4]', parameters: '{a: {integer: [1, 5]}}', constraints: '[{positive: -a}]' });
    expect(lint(text)).toEqual([
      'lesson.yaml:11:19: No draw of the parameters meets the constraint {"positive":"-a"} (200 tried); widen the parameter ranges or drop the constraint.',
    ]);
  });
});

describe('every problem of a file in one run', () => {
  it('a schema error in one exercise does not hide the errors of another', () => {
    const text = lesson(
      '- id: first',
      '  title: First',
      '  function: x^2',
      '  variables: [x]',
      '  start: [1]',
      '  learning_rat: 0.1',
      '  steps: [{kind: update}]',
      '- id: second',
      '  title: Second',
      '  function: x^2',
      '  variables: [x]',
      '  start: [1]',
      '  learning_rate: 0.1',
      '  steps: [{kind: partial, wrt: y}]',
    );
    expect(lint(text)).toEqual([
      expect.stringMatching(/^lesson\.yaml:9:5: Unknown key "learning_rat"\. Did you mean learning_rate\?/),
      'lesson.yaml:17:34: “y” is not a variable of this exercise. wrt must be one of x.',
    ]);
  });
});
