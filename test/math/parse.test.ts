import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { read, readAnswer, toLatex, toText } from '../../src/math/index.js';

/** How `text` was read, as plain text, with `variables` declared. */
function readAs(text: string, variables: string[] = ['x', 'y']): string {
  const result = read(text, { variables });
  if (!result.ok) throw new Error(`unreadable: ${result.error.message}`);
  return toText(result.node);
}

function errorOf(text: string, variables: string[] = ['x', 'y']) {
  const result = read(text, { variables });
  if (result.ok) throw new Error(`read as ${toText(result.node)}`);
  return result.error;
}

describe('reading learner input leniently', () => {
  it.each([
    ['2x', '2*x'],
    ['2(x+1)', '2*(x + 1)'],
    ['x y', 'x*y'],
    ['2 x', '2*x'],
    ['xy', 'x*y'],
    ['2xy²', '2*x*y^2'],
    ['x**2', 'x^2'],
    ['x²+y³', 'x^2 + y^3'],
    ['x⁻¹', 'x^(-1)'],
    ['3 − 2', '3 - 2'],
    ['2 × 3 · x ⋅ y', '2*3*x*y'],
    ['6 ÷ 2', '6/2'],
    ['-x^2', '-x^2'],
    ['2^-1', '2^(-1)'],
    ['2^3^2', '2^(3^2)'],
    ['1/2x', '1/2*x'],
    ['e^x', 'e^x'],
    ['exp(x)', 'exp(x)'],
    ['ln x', 'log(x)'],
    ['log(x)', 'log(x)'],
    ['sqrt(x)', 'sqrt(x)'],
    ['√(x^2+y^2)', 'sqrt(x^2 + y^2)'],
    ['2√2', '2*sqrt(2)'],
    ['√x y', 'sqrt(x*y)'],
    ['|x - y|', 'abs(x - y)'],
    ['2|x|', '2*abs(x)'],
    ['sin x', 'sin(x)'],
    ['sin 2x', 'sin(2*x)'],
    ['sin x cos x', 'sin(x)*cos(x)'],
    ['sin²x', 'sin(x)^2'],
    ['sin^2(x)', 'sin(x)^2'],
    ['cos(x) - x sin(x)', 'cos(x) - x*sin(x)'],
    ['3!', 'factorial(3)'],
    ['.5x', '0.5*x'],
    ['1e-3', '0.001'],
    ['2e', '2*e'],
    ['2e^x', '2*e^x'],
    ['π/2', 'pi/2'],
    ['∂J/∂x = 2x', '2*x'],
    ['(6, 8)', '[6, 8]'],
    ['[6, 8]', '[6, 8]'],
    ['⟨6, 8⟩', '[6, 8]'],
    ['<6, 8>', '[6, 8]'],
    ['6, 8', '[6, 8]'],
    ['(x)', 'x'],
  ])('reads %s as %s', (typed, text) => {
    expect(readAs(typed)).toBe(text);
  });

  it('reads every spelling of a declared subscripted variable as that variable', () => {
    for (const typed of ['x1', 'x_1', 'x₁']) expect(readAs(`0.4${typed}`, ['x1', 'x2'])).toBe('0.4*x1');
  });

  it('reads Greek letters by symbol or by name as the declared name', () => {
    expect(readAs('θ - αg', ['theta', 'alpha', 'g'])).toBe('theta - alpha*g');
    expect(readAs('theta - alpha g', ['theta', 'alpha', 'g'])).toBe('theta - alpha*g');
    expect(readAs('η', ['eta'])).toBe('eta');
  });

  it('keeps an undeclared name whole rather than guessing at it', () => {
    expect(readAs('xz', ['x'])).toBe('xz');
    expect(readAs('wx', ['w', 'x'])).toBe('w*x');
    expect(readAs('x12', ['x1', 'x12'])).toBe('x12');
  });
});

describe('the preview shows how the answer was read, in LaTeX', () => {
  it.each([
    ['2x', '2x'],
    ['x+x', 'x + x'],
    ['1/2x', '\\frac{1}{2} \\cdot x'],
    ['x₁²', 'x_{1}^{2}'],
    ['2θ+4', '2\\theta + 4'],
    ['sqrt(x^2+y^2)', '\\sqrt{x^{2} + y^{2}}'],
    ['cos x − x sin x', '\\cos\\left(x\\right) - x \\cdot \\sin\\left(x\\right)'],
    ['(3,4) - 0.1(6,8)', '\\left(3, 4\\right) - 0.1 \\cdot \\left(6, 8\\right)'],
    ['-(x+1)', '-\\left(x + 1\\right)'],
    ['x - (y - 1)', 'x - \\left(y - 1\\right)'],
    ['|x|', '\\left|x\\right|'],
    ['1e-7', '1 \\times 10^{-7}'],
  ])('%s is shown as %s', (typed, latex) => {
    const result = read(typed, { variables: ['x', 'y', 'x1', 'theta'] });
    expect(result.ok && toLatex(result.node)).toBe(latex);
  });
});

describe('an unreadable answer says where and why', () => {
  it.each([
    ['2x+', 2, 3, 'Something is missing after “+”.'],
    ['*x', 0, 1, 'Something is missing before “*”.'],
    ['2x+*3', 3, 4, 'Two operators in a row: “+” then “*”.'],
    ['(x+1', 0, 1, 'This bracket is never closed.'],
    ['x+1)', 3, 4, 'This “)” has no matching opening bracket.'],
    ['(6, 8]', 5, 6, 'This “]” closes a bracket opened with a different kind; use ).'],
    ['x $ 2', 2, 3, "The character “$” can't be read here."],
    ['2 3', 2, 3, 'Two numbers side by side: put an operator before “3”.'],
    ['sin', 0, 3, '“sin” needs an argument, like sin(x).'],
    ['()', 0, 2, 'These brackets are empty.'],
    ['|x', 0, 1, 'This | is never closed.'],
    ['1.2.3', 0, 5, 'The number “1.2.3” has more than one decimal point.'],
    ['dJ/dx =', 6, 7, 'Something is missing after =.'],
    ['1e999', 0, 5, 'The number “1e999” is too large to work with.'],
  ])('%s: [%i, %i) %s', (typed, start, end, message) => {
    expect(errorOf(typed)).toEqual({ start, end, message });
  });

  it.each([
    ['2x+', 2, 3, 'Il manque quelque chose après « + ».'],
    ['(6 ; 8', 0, 1, 'Cette parenthèse n’est jamais fermée.'],
    ['x^', 1, 2, 'Il manque quelque chose après « ^ ».'],
    ['x+1)', 3, 4, 'Ce « ) » n’a pas de parenthèse ouvrante correspondante.'],
    ['x $ 2', 2, 3, 'Le caractère « $ » ne peut pas être lu ici.'],
    ['2 3', 2, 3, 'Deux nombres côte à côte : mettez un opérateur avant « 3 ».'],
    ['sin', 0, 3, '« sin » demande un argument, comme sin(x).'],
    ['dJ/dx =', 6, 7, 'Il manque quelque chose après =.'],
    ['', 0, 0, 'La réponse est vide.'],
    ['[1 2; 3 4', 0, 1, 'Ce [ d’une matrice n’est jamais fermé : terminez-la par ].'],
  ])('in French, %s: [%i, %i) %s', (typed, start, end, message) => {
    const result = readAnswer(typed, { locale: 'fr' });
    expect(result.ok ? undefined : result.error).toEqual({ start, end, message });
  });

  it('says every reading error in French to a French learner (no English word), whatever is typed', () => {
    const english =
      /\b(the|is|are|this|these|here|missing|something|bracket|number|never|closed|put|like|with|characters?)\b/i;
    fc.assert(
      fc.property(fc.stringMatching(/^[-+*/^()[\];,|x2.$ =√⁻a-z]{0,12}$/), (typed) => {
        const result = readAnswer(typed, { locale: 'fr', variables: ['x'] });
        if (!result.ok) expect(result.error.message).not.toMatch(english);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['fr', '2,4,5', 0, 5, 'Le nombre « 2,4,5 » a plus d’une virgule décimale.'],
    ['fr', '(2,4,5 ; 1)', 1, 6, 'Le nombre « 2,4,5 » a plus d’une virgule décimale.'],
    ['fr', '3 2,5', 2, 5, 'Deux nombres côte à côte : mettez un opérateur avant « 2,5 ».'],
    ['fr', '2x −', 3, 4, 'Il manque quelque chose après « − ».'],
    ['fr', '2 ×× 3', 3, 4, 'Deux opérateurs à la suite : « × » puis « × ».'],
    ['en', '2.4.5', 0, 5, 'The number “2.4.5” has more than one decimal point.'],
    ['en', 'x**', 1, 3, 'Something is missing after “**”.'],
    ['en', '2x −', 3, 4, 'Something is missing after “−”.'],
    ['en', '2 ×× 3', 3, 4, 'Two operators in a row: “×” then “×”.'],
    ['en', 'x^-', 2, 3, 'Something is missing after “-”.'],
  ])('quotes what the learner typed, as typed (%s): %s → [%i, %i) %s', (locale, typed, start, end, message) => {
    const result = readAnswer(typed, { locale, variables: ['x'] });
    expect(result.ok ? undefined : result.error).toEqual({ start, end, message });
  });

  it('property: every fragment a reading error quotes occurs in what was typed (en and fr)', () => {
    const quoted = /“([^”]*)”|« (.*?) »/g;
    // Pieces a learner types, joined at random: numbers with either mark, separators, operators in their many forms.
    const piece = fc.constantFrom(
      '2,4',
      ',5',
      '1.2',
      '.3',
      '2',
      '4',
      '0',
      ',',
      '.',
      ';',
      ' ',
      'x',
      'sin',
      '+',
      '−',
      '-',
      '×',
      '*',
      '**',
      '^',
      '²',
      '⁻',
      '(',
      ')',
      ']',
      '|',
      '$',
      '=',
    );
    const typing = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));
    let failures = 0;
    fc.assert(
      fc.property(typing, fc.constantFrom('en', 'fr'), (typed, locale) => {
        const result = readAnswer(typed, { locale, variables: ['x'] });
        if (result.ok) return;
        failures++;
        for (const [, en, fr] of result.error.message.matchAll(quoted)) expect(typed).toContain(en ?? fr);
      }),
      { numRuns: 3000 },
    );
    expect(failures).toBeGreaterThan(500); // the inputs exercise the errors, not only readable answers
  });

  it('refuses input longer than the bound, pointing past the limit', () => {
    expect(errorOf('x+'.repeat(300))).toEqual({
      start: 500,
      end: 600,
      message: 'This is longer than 500 characters; shorten it.',
    });
  });

  it('refuses nesting deeper than the bound instead of overflowing the stack', () => {
    const error = errorOf(`${'('.repeat(60)}x${')'.repeat(60)}`);
    expect(error.message).toBe('This is nested too deeply to read (more than 40 levels); simplify it first.');
    expect(error.start).toBe(40);
  });
});
