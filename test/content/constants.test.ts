/**
 * `constants:` on a lesson: named numbers every exercise's function, start, rate, constraints, number steps and
 * statement may use, overridden by an exercise's own; constants may use each other. Lint answers at the constant:
 * a name that is no constant, a constant named like a variable, a cycle.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, loadLesson } from '../../src/content/index.js';

const LESSON = `id: c
title: Constants
constants:
  a: 3
  b: 2*a
exercises:
  - id: one
    title: One
    statement: 'Start at {{a}}, with b = {{b}}.'
    function: (x - a)^2
    variables: [x]
    start: [b]
    learning_rate: 1/(2*a)
    steps:
      - kind: update
      - kind: number
        prompt: What is a + b?
        value: a + b
  - id: two
    title: Two
    constants: { a: 1, c: b + a }
    function: c*x^2
    variables: [x]
    start: [a]
    learning_rate: 0.1
    steps:
      - kind: gradient
`;

const load = (text: string) => loadLesson('c.yaml', text, 0, { render: false });
const issues = (text: string) => load(text).issues.map(formatIssue);
const values = (text: string, exercise: number) =>
  load(text).lesson!.exercises[exercise]!.steps.map((s) =>
    s.answer.type === 'value' ? s.answer.expected.value : s.answer.text,
  );

describe('lesson constants', () => {
  it('serve every exercise: (x − 3)² from b = 6 with α = 1/6 moves to 6 − (1/6)·6 = 5; a + b = 9', () => {
    expect(issues(LESSON)).toEqual([]);
    const one = load(LESSON).lesson!.exercises[0]!;
    expect(one.statement).toBe('Start at 3, with b = 6.');
    expect(values(LESSON, 0)).toEqual([5, 9]);
  });

  it('an exercise’s own constant overrides the lesson’s, and the lesson’s b follows it: c = b + a = 2·1 + 1 = 3', () => {
    // Exercise two: a = 1, so b = 2a = 2 and c = 3; f = 3x², f′(1) = 6.
    expect(values(LESSON, 1)).toEqual([6]);
  });

  it('a name that is no constant is an error at the constant, at the name', () => {
    expect(issues(LESSON.replace('  b: 2*a', '  b: 2*q'))).toEqual([
      'c.yaml:5:8: A constant is a number or an expression of numbers and constants; “q” is not a constant (in “2*q”); the constants are a, b.',
    ]);
  });

  it('a lesson constant named like a variable of an exercise is an error at the constant’s key', () => {
    expect(issues(LESSON.replace('  a: 3\n', '  a: 3\n  x: 1\n'))).toEqual([
      "c.yaml:5:3: The lesson's constant “x” is a variable or a parameter of exercises “one”, “two”; rename the constant.",
    ]);
  });

  it('constants that refer to each other in a cycle are one error, at the constant where the cycle starts', () => {
    expect(issues(LESSON.replace('  a: 3', '  a: b - 3'))).toEqual([
      'c.yaml:4:3: The constants refer to each other in a cycle: a → b → a.',
    ]);
  });
});
