import { describe, expect, it } from 'vitest';
import { describePlot, learnerSentence, wordsIn } from '../../src/plot/describe.js';
import { landscapeOf } from '../../src/plot/landscape.js';
import { plotModel } from '../../src/plot/model.js';
import { exerciseOf, plotFunction, wrongSignBowl } from './fixtures.js';

describe('the text alternative of the bowl after a wrong-sign update', () => {
  const model = wrongSignBowl();
  const d = describePlot(model);

  it('names the function in its caption', () => {
    expect(d.caption).toBe('Contour map of J(x, y) = x² + y² (darker is lower)');
  });

  it('speaks French from the message catalogue, its numbers with a decimal comma and points with a semicolon', () => {
    const fr = describePlot(model, 'fr');
    expect(fr.caption).toBe('Courbes de niveau de J(x, y) = x² + y² (plus sombre est plus bas)');
    expect(fr.sentences).toEqual([
      'La descente part de θ₀ = (3 ; 4), où J = 25.',
      'Le gradient en θ₀, ∇J = (6 ; 8), pointe vers le haut.',
      'Le pas −α∇J = (−0,6 ; −0,8) descend jusqu’à θ₁ = (2,4 ; 3,2).',
      'Après 117 pas, la descente est en θ₁₁₇ ≈ (0 ; 0), où J ≈ 0.',
      'Votre θ₁ = (3,6 ; 4,8), où J = 36, vers le haut : plus haut que 25 en (3 ; 4).',
    ]);
    expect(fr.rows.slice(1, 3).map((r) => [r.label, r.point, r.value, r.change])).toEqual([
      ['θ₁', '(2,4 ; 3,2)', '16', 'descend de 9 (vers le bas)'],
      ['θ₂', '(1,92 ; 2,56)', '10,24', 'descend de 5,76 (vers le bas)'],
    ]);
    expect(fr.rows.at(-2)!.point).toBe('(1,38 × 10⁻¹¹ ; 1,83 × 10⁻¹¹)');
  });

  it('says where descent starts, which way is uphill, where it ends, and where the learner went', () => {
    expect(d.sentences).toEqual([
      'Descent starts at θ₀ = (3, 4), where J = 25.',
      'The gradient at θ₀, ∇J = (6, 8), points uphill.',
      'The step −α∇J = (−0.6, −0.8) goes downhill to θ₁ = (2.4, 3.2).',
      'After 117 steps, gradient descent is at θ₁₁₇ ≈ (0, 0), where J ≈ 0.',
      'Your θ₁ = (3.6, 4.8), where J = 36, uphill: higher than 25 at (3, 4).',
    ]);
  });

  it('lists the first iterates, the last, and the learner’s point in a table', () => {
    expect(d.rows.map((r) => [r.label, r.point, r.value, r.change])).toEqual([
      ['θ₀', '(3, 4)', '25', ''],
      ['θ₁', '(2.4, 3.2)', '16', 'down 9 (downhill)'],
      ['θ₂', '(1.92, 2.56)', '10.24', 'down 5.76 (downhill)'],
      ['θ₃', '(1.536, 2.048)', '6.554', 'down 3.686 (downhill)'],
      ['θ₄', '(1.229, 1.638)', '4.194', 'down 2.359 (downhill)'],
      ['θ₅', '(0.983, 1.311)', '2.684', 'down 1.51 (downhill)'],
      ['θ₆', '(0.7864, 1.049)', '1.718', 'down 0.9664 (downhill)'],
      ['θ₇', '(0.6291, 0.8389)', '1.1', 'down 0.6185 (downhill)'],
      ['…', '', '', ''],
      ['θ₁₁₇', '(1.38 × 10⁻¹¹, 1.83 × 10⁻¹¹)', '5.26 × 10⁻²²', 'down 2.96 × 10⁻²² (downhill)'],
      ['your θ₁', '(3.6, 4.8)', '36', 'up 11 (uphill)'],
    ]);
  });
});

describe('the text alternative of a one-variable plot', () => {
  it('gives the tangent’s slope and the way descent moves', () => {
    const right = exerciseOf('non-convex', 'start-right');
    const model = plotModel({ fn: right.function!, start: right.start, learningRate: right.learningRate })!;
    const d = describePlot(model);
    expect(d.caption).toBe('Graph of f(x) = x·cos(x) + 9');
    expect(d.sentences.slice(0, 2)).toEqual([
      'Descent starts at x₀ = 1, where f = 9.54.',
      'The tangent at x₀ = 1 has slope f′ = −0.3012, so descent moves right.',
    ]);
  });
});

describe('a learner’s point where the function is not defined', () => {
  const landscape = landscapeOf(plotFunction('x - log(x)', ['x'], ['1 - 1/x']))!;
  const at = (point: number, from?: number) => ({
    step: 'update-0',
    point: Float64Array.of(point),
    t: 1,
    from: from === undefined ? undefined : Float64Array.of(from),
    limit: false,
    status: 'wrong' as const,
  });

  it('says so in words, and compares it with nothing', () => {
    const model = { dimension: 1, landscape } as const;
    expect(learnerSentence(wordsIn('en'), model, at(-1, 3))).toBe('Your x₁ = −1, where f is not defined.');
    expect(learnerSentence(wordsIn('fr'), model, at(-1, 3))).toBe('Votre x₁ = −1, où f n’est pas défini.');
    // From a point where it is not defined, a defined one is not “level with” anything.
    expect(learnerSentence(wordsIn('en'), model, at(1, -1))).toBe('Your x₁ = 1, where f = 1.');
  });
});
