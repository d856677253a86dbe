/**
 * The chain rule factor by factor (issue 14): `where` levels that refer to each other, each factor ∂L/∂a,
 * ∂a/∂z, ∂z/∂w at the start, and the product with an early slip carried forward. Pinned on content/neuron.yaml
 * and checked on generated neurons: the factors multiply to the derivative of the written-out function.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLesson, formatIssue } from '../../src/content/index.js';
import { lessonFromContent, openSession } from '../tutor/fixtures.js';

const neuron = (w: number, b: number, x: number, y: number) =>
  [
    'id: t',
    'title: T',
    'exercises:',
    '  - id: e',
    '    title: E',
    '    name: L',
    `    function: (a - (${y}))^2`,
    '    where:',
    `      z: (${x})*w + b`,
    '      a: sigmoid(z)',
    '    variables: [w, b]',
    `    start: [${w}, ${b}]`,
    '    steps:',
    '      - kind: factor',
    '        wrt: a',
    '      - kind: factor',
    '        of: a',
    '        wrt: z',
    '      - kind: factor',
    '        of: z',
    '        wrt: w',
    '      - kind: factor',
    '        wrt: w',
    '      - kind: partial_value',
    '        wrt: w',
  ].join('\n');

describe('content/neuron.yaml › sigmoid-neuron', () => {
  const lesson = lessonFromContent('neuron.yaml');

  it('gives ∂L/∂a = −1, ∂a/∂z = 0.25, ∂z/∂w = 2 and their product ∂L/∂w = −0.5 at (w, b) = (0.5, −1)', () => {
    const steps = lesson.exercises.find((e) => e.id === 'sigmoid-neuron')!.steps;
    expect(steps.map((s) => [s.id, s.answer.text])).toEqual([
      ['factor-a', '-1'],
      ['factor-z', '0.25'],
      ['factor-w', '2'],
      ['factor-w-2', '-0.5'],
    ]);
    expect(steps[3]!.solution[1]).toBe(
      'By the chain rule, $\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a} \\cdot \\frac{\\partial a}{\\partial z} \\cdot \\frac{\\partial z}{\\partial w}$.',
    );
    expect(steps[0]!.solution[1]).toBe(
      'Holding every other input fixed: $\\frac{\\partial L}{\\partial a} = 2\\left(a - 1\\right)$.',
    );
  });

  it('carries a slip in ∂a/∂z forward: with 0.5 for 0.25, the product −1 · 0.5 · 2 = −1 is carried', () => {
    const s = openSession(lesson, 'sigmoid-neuron');
    expect(s.answer('factor-a', '-1').kind).toBe('correct');
    expect(s.answer('factor-z', '0.5').kind).toBe('incorrect');
    expect(s.answer('factor-w', '2').kind).toBe('correct');
    expect(s.answer('factor-w-2', '-1').kind).toBe('carried');
    expect(s.answer('factor-w-2', '-0.5').kind).toBe('correct');
  });
});

describe('where levels', () => {
  it('refuses a cycle at the level, with the path', () => {
    const text = neuron(1, 0, 2, 1).replace('      z: (2)*w + b', '      z: a + w');
    const issues = loadLesson('t.yaml', text).issues.map(formatIssue);
    expect(issues[0]).toBe('t.yaml:9:7: “z” depends on itself (z → a → z).');
  });
});

describe('factors on generated neurons', () => {
  it('multiply to ∂L/∂w of the written-out function, for any w, b, x, y', () => {
    const small = fc.integer({ min: -3, max: 3 });
    fc.assert(
      fc.property(small, small, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 1 }), (w, b, x, y) => {
        const result = loadLesson('t.yaml', neuron(w, b, x, y), 0, { render: false });
        const [dLda, dadz, dzdw, product, partial] = result.lesson!.exercises[0]!.steps.map((s) =>
          Number(s.answer.text),
        );
        expect(dzdw).toBe(x);
        expect(product).toBeCloseTo(dLda! * dadz! * dzdw!, 12);
        expect(product).toBeCloseTo(partial!, 12);
      }),
      { numRuns: 30 },
    );
  });
});
