/**
 * Backpropagation through two layers (issue 14), content/backprop.yaml: a 2-2-2 sigmoid network, L = ½‖a − y‖².
 * The engine's forward values and factors are pinned, and checked against a forward and backward pass written
 * here in plain arithmetic; a slip in δ₂ is carried through ∂L/∂h, δ₁ and ∂L/∂u₁₂; the named mistakes (σ′ left
 * out, z instead of a, the transpose, the sign) are recognised; and on generated networks the engine's product
 * for every first-layer weight is the finite-difference derivative of the whole network's loss.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/index.js';
import { lessonFromContent, openSession } from '../tutor/fixtures.js';

type M2 = readonly [readonly [number, number], readonly [number, number]];
type V2 = readonly [number, number];

const sigma = (t: number) => 1 / (1 + Math.exp(-t));
const times = (W: M2, v: V2): V2 => [W[0][0] * v[0] + W[0][1] * v[1], W[1][0] * v[0] + W[1][1] * v[1]];
const timesT = (W: M2, v: V2): V2 => [W[0][0] * v[0] + W[1][0] * v[1], W[0][1] * v[0] + W[1][1] * v[1]];

/** The network by hand: forward, the loss ½‖a − y‖², and backwards to δ₂, ∂L/∂h, δ₁ and ∂L/∂W₁ = δ₁xᵀ. */
function byHand(W1: M2, W2: M2, x: V2, y: V2) {
  const z = times(W1, x);
  const h = z.map(sigma) as unknown as V2;
  const s = times(W2, h);
  const a = s.map(sigma) as unknown as V2;
  const loss = ((a[0] - y[0]) ** 2 + (a[1] - y[1]) ** 2) / 2;
  const delta2: V2 = [(a[0] - y[0]) * a[0] * (1 - a[0]), (a[1] - y[1]) * a[1] * (1 - a[1])];
  const dh = timesT(W2, delta2);
  const delta1: V2 = [dh[0] * h[0] * (1 - h[0]), dh[1] * h[1] * (1 - h[1])];
  const dW1 = [0, 1].map((j) => [0, 1].map((k) => delta1[j]! * x[k]!));
  return { h, a, loss, delta2, dh, delta1, dW1, dW2_21: delta2[1] * h[0] };
}

const lossOf = (W1: M2, W2: M2, x: V2, y: V2) => byHand(W1, W2, x, y).loss;

describe('content/backprop.yaml › one-pass', () => {
  const lesson = lessonFromContent('backprop.yaml');
  const steps = lesson.exercises.find((e) => e.id === 'one-pass')!.steps;
  const W1: M2 = [
    [0.5, -0.5],
    [1, 0],
  ];
  const W2: M2 = [
    [1, -1],
    [0.5, 2],
  ];
  const hand = byHand(W1, W2, [1, 2], [1, 0]);

  it('pins every step: h, a, L, δ₂, ∂L/∂w₂₁, ∂L/∂h = W₂ᵀδ₂, δ₁ and ∂L/∂u₁₂ = −0.0402841', () => {
    expect(steps.map((s) => s.id)).toEqual([
      'forward-h_1-h_2',
      'forward-a_1-a_2',
      'loss',
      'factor-s_1-s_2',
      'factor-w_21',
      'factor-h_1-h_2',
      'factor-z_1-z_2',
      'factor-u_12',
    ]);
    const numbers = steps.map((s) => s.answer.text.replace(/[[\]]/g, '').split(', ').map(Number));
    expect(numbers.map((xs) => xs.map((x) => Number(x.toPrecision(6))))).toEqual([
      [0.377541, 0.731059],
      [0.41253, 0.839011],
      [0.52453],
      [-0.142373, 0.113327],
      [0.0427854],
      [-0.0857096, 0.369026],
      [-0.0201421, 0.0725549],
      [-0.0402841],
    ]);
  });

  it('agrees with the forward and backward pass worked in plain arithmetic', () => {
    const numbers = steps.map((s) => s.answer.text.replace(/[[\]]/g, '').split(', ').map(Number));
    const byHandSteps = [
      hand.h,
      hand.a,
      [hand.loss],
      hand.delta2,
      [hand.dW2_21],
      hand.dh,
      hand.delta1,
      [hand.dW1[0]![1]!],
    ];
    numbers.forEach((xs, k) => {
      xs.forEach((x, j) => {
        expect(x).toBeCloseTo(byHandSteps[k]![j]!, 12);
      });
    });
  });

  it('writes the sum through a layer in the worked solution', () => {
    expect(steps[5]!.solution.slice(1, 3)).toEqual([
      'By the chain rule, $\\frac{\\partial L}{\\partial h_{1}} = \\frac{\\partial L}{\\partial s_{1}} \\cdot \\frac{\\partial s_{1}}{\\partial h_{1}} + \\frac{\\partial L}{\\partial s_{2}} \\cdot \\frac{\\partial s_{2}}{\\partial h_{1}}$.',
      'At $\\theta_{0} = \\left(0.5, -0.5, 1, 0, 1, -1, 0.5, 2\\right)$: $\\frac{\\partial L}{\\partial h_{1}} = \\left(-0.1424\\right) \\cdot 1 + 0.1133 \\cdot 0.5 \\approx -0.0857096$.',
    ]);
  });

  it('names σ′ left out, z instead of a, the transpose and the sign', () => {
    const s = openSession(lesson, 'one-pass');
    const named = (step: string, answer: string) => {
      const g = s.answer(step, answer);
      return g.kind === 'misconception' ? g.misconception.id : g.kind;
    };
    expect(named('forward-h_1-h_2', '(-0.5, 1)')).toBe('pre_activation');
    expect(named('forward-h_1-h_2', '(0.3775, 0.7311)')).toBe('correct');
    expect(named('forward-a_1-a_2', '(0.4125, 0.8390)')).toBe('correct');
    expect(named('loss', '0.5245')).toBe('correct');
    expect(named('factor-s_1-s_2', '(-0.5875, 0.8390)')).toBe('no_sigma_prime');
    expect(named('factor-s_1-s_2', '(0.2811, -0.9016)')).toBe('pre_activation');
    expect(named('factor-s_1-s_2', '(0.1424, -0.1133)')).toBe('sign');
    expect(named('factor-s_1-s_2', '(-0.1424, 0.1133)')).toBe('correct');
    expect(named('factor-w_21', '-0.05666')).toBe('pre_activation');
    expect(named('factor-w_21', '0.04279')).toBe('correct');
    expect(named('factor-h_1-h_2', '(-0.2557, 0.1555)')).toBe('transpose');
    expect(named('factor-h_1-h_2', '(-0.08571, 0.3690)')).toBe('correct');
    expect(named('factor-z_1-z_2', '(-0.08571, 0.3690)')).toBe('no_sigma_prime');
    expect(named('factor-z_1-z_2', '(0.06428, 0)')).toBe('pre_activation');
    expect(named('factor-u_12', '0.04028')).toBe('sign');
  });

  it('carries a slip in δ₂ through ∂L/∂h, δ₁ and ∂L/∂u₁₂', () => {
    const s = openSession(lesson, 'one-pass');
    for (const [step, answer] of [
      ['forward-h_1-h_2', '(0.3775, 0.7311)'],
      ['forward-a_1-a_2', '(0.4125, 0.8390)'],
      ['loss', '0.5245'],
    ] as const)
      expect(s.answer(step, answer).kind).toBe('correct');
    // δ₂ with σ′ left out: (a − y) = (−0.5875, 0.8390).
    const d2: V2 = [-0.5875, 0.839];
    expect(s.answer('factor-s_1-s_2', `(${d2[0]}, ${d2[1]})`).kind).toBe('misconception');
    expect(s.answer('factor-w_21', (d2[1] * hand.h[0]).toFixed(5)).kind).toBe('carried');
    const dh = timesT(W2, d2);
    expect(s.answer('factor-h_1-h_2', `(${dh[0].toFixed(5)}, ${dh[1].toFixed(5)})`).kind).toBe('carried');
    const d1 = [dh[0] * hand.h[0] * (1 - hand.h[0]), dh[1] * hand.h[1] * (1 - hand.h[1])];
    expect(s.answer('factor-z_1-z_2', `(${d1[0]!.toFixed(5)}, ${d1[1]!.toFixed(5)})`).kind).toBe('carried');
    expect(s.answer('factor-u_12', (d1[0]! * 2).toFixed(5)).kind).toBe('carried');
    expect(s.answer('factor-u_12', '-0.04028').kind).toBe('correct');
  });
});

/** The lesson's network with other weights, input and target, asking ∂L/∂u_jk for every first-layer weight. */
const network = (W1: M2, W2: M2, x: V2, y: V2) =>
  [
    'id: t',
    'title: T',
    'exercises:',
    '  - id: e',
    '    title: E',
    '    name: L',
    `    function: ((a_1 - (${y[0]}))^2 + (a_2 - (${y[1]}))^2)/2`,
    '    where:',
    `      z_1: u_11*(${x[0]}) + u_12*(${x[1]})`,
    `      z_2: u_21*(${x[0]}) + u_22*(${x[1]})`,
    '      h_1: sigmoid(z_1)',
    '      h_2: sigmoid(z_2)',
    '      s_1: w_11*h_1 + w_12*h_2',
    '      s_2: w_21*h_1 + w_22*h_2',
    '      a_1: sigmoid(s_1)',
    '      a_2: sigmoid(s_2)',
    '    variables: [u_11, u_12, u_21, u_22, w_11, w_12, w_21, w_22]',
    `    start: [${[...W1.flat(), ...W2.flat()].join(', ')}]`,
    '    steps:',
    '      - kind: factor',
    '        wrt: [s_1, s_2]',
    '      - kind: factor',
    '        wrt: [h_1, h_2]',
    '      - kind: factor',
    '        wrt: [z_1, z_2]',
    ...['u_11', 'u_12', 'u_21', 'u_22'].flatMap((u) => ['      - kind: factor', `        wrt: ${u}`]),
  ].join('\n');

describe('backpropagation on generated networks', () => {
  const entry = fc.integer({ min: -20, max: 20 }).map((k) => k / 10);
  const m2 = fc.tuple(fc.tuple(entry, entry), fc.tuple(entry, entry));
  const v2 = fc.tuple(entry, entry);
  const y2 = fc.tuple(fc.constantFrom(0, 1), fc.constantFrom(0, 1));

  it('the product for each first-layer weight is the central difference of the whole loss', () => {
    fc.assert(
      fc.property(m2, m2, v2, y2, (W1, W2, x, y) => {
        const result = loadLesson('t.yaml', network(W1, W2, x, y), 0, { render: false });
        const steps = result.lesson!.exercises[0]!.steps;
        const weights = steps.slice(3).map((s) => Number(s.answer.text));
        const eps = 1e-5;
        weights.forEach((g, k) => {
          const [j, i] = [Math.floor(k / 2), k % 2];
          const nudged = (d: number) =>
            W1.map((row, r) => row.map((v, c) => (r === j && c === i ? v + d : v))) as unknown as M2;
          const difference = (lossOf(nudged(eps), W2, x, y) - lossOf(nudged(-eps), W2, x, y)) / (2 * eps);
          expect(Math.abs(g - difference)).toBeLessThan(1e-8);
        });
        // Each step carries the one before it, as backpropagation does.
        expect(steps.slice(1).map((s) => s.carry?.inputs.map((i) => i.step)[0])).toEqual([
          'factor-s_1-s_2',
          'factor-h_1-h_2',
          'factor-z_1-z_2',
          'factor-z_1-z_2',
          'factor-z_1-z_2',
          'factor-z_1-z_2',
        ]);
      }),
      { numRuns: 25 },
    );
  });
});
