/**
 * Step titles are plain text (the summary, the teacher's view and the grid's label show them as they are):
 * plainText writes a formula's scripts as Unicode where Unicode has them, and every compiled title of every
 * lesson, in each language, writes its iterates θ₀, θ₁ … and no LaTeX.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/content/plain-text.js';
import { contentFiles, lessonFromContent } from '../tutor/fixtures.js';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

describe('plainText', () => {
  it('writes scripts as Unicode characters: θ₀, 2⁻ᵈ, Aᵀ, x⁽ⁿ⁺¹⁾, D_u C', () => {
    expect(plainText('D_u C')).toBe('Dᵤ C');
    expect(plainText('J(θ_{0})')).toBe('J(θ₀)');
    expect(plainText('With $d = 10$? (It is $2^{-d}$.)')).toBe('With d = 10? (It is 2⁻ᵈ.)');
    expect(plainText('A^T x')).toBe('Aᵀ x');
    expect(plainText('x^{(n+1)}')).toBe('x⁽ⁿ⁺¹⁾');
  });

  it('keeps a script Unicode has no characters for as ^(…) rather than dropping it', () => {
    expect(plainText('e^{-w}')).toBe('e^(-w)');
  });

  it('writes any iterate’s index as subscript digits', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 6), (t) => {
        const digits = String(t).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]!);
        expect(plainText(`∇J at θ_{${t}}`)).toBe(`∇J at θ${digits}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('every compiled step title', () => {
  it.each(contentFiles())('%s: plain text, its iterates subscripted, in English and in French', (file) => {
    for (const locale of ['en', 'fr'] as const)
      for (const exercise of lessonFromContent(file, 0, locale).exercises)
        for (const step of exercise.steps)
          expect(step.title, `${exercise.id} › ${step.id} (${locale})`).not.toMatch(/θ\d|[\\$_]|\^\{/);
  });
});
