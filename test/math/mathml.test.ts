/**
 * The MathML emitter that replaces KaTeX in the browser: the learner's "read as …" preview from the
 * expression tree, and the LaTeX our own writer produces (as in feedback composed at run time).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { read, toLatex } from '../../src/math/index.js';
import { latexToMathML, toMathML } from '../../src/math/mathml.js';

const body = (mathml: string): string => /<semantics><mrow>(.*)<\/mrow><annotation/s.exec(mathml)![1]!;
const tree = (text: string) => {
  const r = read(text, { variables: ['x', 'y', 'theta_1', 'a', 'b'] });
  if (!r.ok) throw new Error(r.error.message);
  return r.node;
};

describe('MathML from our own expression tree', () => {
  it.each([
    ['2x + 3y^2', '<mn>2</mn><mi>x</mi><mo>+</mo><mn>3</mn><msup><mi>y</mi><mrow><mn>2</mn></mrow></msup>'],
    ['(6, 9)', '<mrow><mo>(</mo><mn>6</mn><mo>,</mo><mn>9</mn><mo>)</mo></mrow>'],
    [
      'sqrt(x^2 + 1)/(2 theta_1)',
      '<mfrac><mrow><msqrt><mrow><msup><mi>x</mi><mrow><mn>2</mn></mrow></msup><mo>+</mo><mn>1</mn></mrow></msqrt></mrow><mrow><mn>2</mn><msub><mi>θ</mi><mrow><mn>1</mn></mrow></msub></mrow></mfrac>',
    ],
    ['-(a + b)', '<mo>−</mo><mrow><mo>(</mo><mi>a</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow>'],
    ['sin x', '<mi>sin</mi><mo>&#x2061;</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow>'],
    ['|x| * 3', '<mrow><mo>|</mo><mi>x</mi><mo>|</mo></mrow><mo>·</mo><mn>3</mn>'],
  ])('%s', (text, expected) => {
    const mathml = toMathML(tree(text));
    expect(body(mathml)).toBe(expected);
    // The TeX rides along as the annotation, for copying and for tests that read the page.
    expect(mathml).toContain(`<annotation encoding="application/x-tex">${toLatex(tree(text))}</annotation>`);
  });
});

describe('MathML from LaTeX in our subset, safely', () => {
  it('shows an unknown command as text and escapes everything', () => {
    const mathml = body(latexToMathML('\\href{javascript:alert(1)}{x} < <script>'));
    expect(mathml.startsWith('<mtext>\\href</mtext><mrow><mi>j</mi>')).toBe(true);
    expect(
      mathml.endsWith(
        '<mrow><mi>x</mi></mrow><mo>&lt;</mo><mo>&lt;</mo><mi>s</mi><mi>c</mi><mi>r</mi><mi>i</mi><mi>p</mi><mi>t</mi><mo>&gt;</mo>',
      ),
    ).toBe(true);
  });

  it('never throws and never lets a tag through, whatever the LaTeX (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (latex) => {
        const mathml = latexToMathML(latex);
        const inner = mathml.replace(
          /<\/?(?:math|semantics|mrow|mi|mn|mo|mtext|msup|msub|mfrac|msqrt|annotation)\b[^>]*>/g,
          '',
        );
        expect(inner).not.toMatch(/[<>]/);
      }),
      { seed: 0x6d6c, numRuns: 500 },
    );
  });
});

describe('MathML a textbook would set, from the LaTeX feedback and lessons write', () => {
  it.each([
    // A prime beside its letter (Chromium sets Unicode's ′, raised already, too high as a superscript).
    ["J'(\\theta)", '<mrow><mi>J</mi><mo lspace="0em" rspace="0em">′</mo></mrow><mo>(</mo><mi>θ</mi><mo>)</mo>'],
    [
      "f''",
      '<mrow><mrow><mi>f</mi><mo lspace="0em" rspace="0em">′</mo></mrow><mo lspace="0em" rspace="0em">′</mo></mrow>',
    ],
    // An accent by the character fonts place over a letter, not ASCII ^.
    ['\\hat y', '<mover accent="true"><mrow><mi>y</mi></mrow><mo>ˆ</mo></mover>'],
    ['\\bar{x}', '<mover accent="true"><mrow><mi>x</mi></mrow><mo>¯</mo></mover>'],
    // Σ takes its scripts as limits, in either order; other bases take both scripts at once.
    [
      '\\sum_{i=1}^{n} x_i',
      '<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mrow><mi>n</mi></mrow></munderover><msub><mi>x</mi><mrow><mi>i</mi></mrow></msub>',
    ],
    ['\\prod^{n}_{k}', '<munderover><mo>∏</mo><mrow><mi>k</mi></mrow><mrow><mi>n</mi></mrow></munderover>'],
    ['x_i^2', '<msubsup><mi>x</mi><mrow><mi>i</mi></mrow><mrow><mn>2</mn></mrow></msubsup>'],
    ['A^\\top', '<msup><mi>A</mi><mrow><mi mathvariant="normal">⊤</mi></mrow></msup>'],
    ['a \\quad b', '<mi>a</mi><mspace width="1em"></mspace><mi>b</mi>'],
  ])('%s', (latex, expected) => {
    expect(body(latexToMathML(latex))).toBe(expected);
  });
});
