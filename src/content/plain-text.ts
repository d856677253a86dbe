/**
 * Markdown-with-LaTeX as terminal text: ∂J/∂x, θ₀, x², ‖∇J‖, √(100). Enough
 * of LaTeX for what the engine writes itself; anything else passes through.
 */

const SYMBOLS: Readonly<Record<string, string>> = {
  partial: '∂',
  nabla: '∇',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  Delta: 'Δ',
  epsilon: 'ε',
  eta: 'η',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  omega: 'ω',
  cdot: '·',
  odot: '⊙',
  times: '×',
  approx: '≈',
  le: '≤',
  ge: '≥',
  lVert: '‖',
  rVert: '‖',
  top: 'ᵀ',
  mapsto: '↦',
  sum: 'Σ',
  infty: '∞',
  ln: 'ln',
  exp: 'exp',
  sin: 'sin',
  cos: 'cos',
  tan: 'tan',
};

/** Commands that stand between operands and keep the spaces around them. */
const OPERATORS = new Set(['cdot', 'odot', 'times', 'approx', 'le', 'ge']);

const SUPER: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
  '+': '⁺',
  '*': '*',
  '(': '⁽',
  ')': '⁾',
  d: 'ᵈ',
  i: 'ⁱ',
  k: 'ᵏ',
  n: 'ⁿ',
  t: 'ᵗ',
  x: 'ˣ',
  T: 'ᵀ',
};
const SUB: Readonly<Record<string, string>> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  a: 'ₐ',
  e: 'ₑ',
  i: 'ᵢ',
  j: 'ⱼ',
  k: 'ₖ',
  m: 'ₘ',
  n: 'ₙ',
  t: 'ₜ',
  u: 'ᵤ',
  v: 'ᵥ',
  x: 'ₓ',
};

/** The group `{…}` starting at `i` (balanced), or the single character there. */
function group(text: string, i: number): [string, number] {
  if (text[i] !== '{') return [text[i] ?? '', i + 1];
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return [text.slice(i + 1, j), j + 1];
  }
  return [text.slice(i + 1), text.length];
}

/** Raised or lowered text in Unicode where every character has a form, else x^(…). */
function script(body: string, table: Readonly<Record<string, string>>, mark: string): string {
  const chars = Array.from(body);
  return chars.every((c) => table[c] !== undefined) ? chars.map((c) => table[c]).join('') : `${mark}(${body})`;
}

/** `math`: inside $…$, where an apostrophe is a prime (J' is J′). */
function convert(latex: string, math = false): string {
  let out = '';
  let i = 0;
  while (i < latex.length) {
    const c = latex[i]!;
    if (c === '\\') {
      const m = /^\\([A-Za-z]+|.)/.exec(latex.slice(i))!;
      const name = m[1]!;
      i += m[0].length;
      if (name === 'frac') {
        const [a, j] = group(latex, i);
        const [b, k] = group(latex, j);
        const wrap = (s: string) => (/^[\w.∂θαη²³]+$/u.test(s) ? s : `(${s})`);
        out += `${wrap(convert(a, math))}/${wrap(convert(b, math))}`;
        i = k;
      } else if (name === 'sqrt') {
        const [a, j] = group(latex, i);
        out += `√(${convert(a, math)})`;
        i = j;
      } else if (name === 'text' || name === 'mathrm') {
        const [a, j] = group(latex, i);
        out += a;
        i = j;
      } else if (name === 'left' || name === 'right') {
        // the delimiter that follows stands for itself
      } else if (name === ',' || name === ' ' || name === ';') out += ' ';
      else if (name === '\\') out = `${out.trimEnd()}; `;
      else if (name === 'begin' || name === 'end') {
        // A matrix reads as it is typed: [2, 0; 0, -2].
        const [env, j] = group(latex, i);
        if (env.endsWith('matrix')) out += name === 'begin' ? '[' : ']';
        i = j;
      } else {
        out += SYMBOLS[name] ?? name;
        // As in TeX, a space after a letter command only ends its name: \partial J is ∂J.
        if (!OPERATORS.has(name) && /^ +[A-Za-z\\{]/.test(latex.slice(i))) while (latex[i] === ' ') i++;
      }
    } else if (c === '^' || c === '_') {
      const [body, j] = group(latex, i + 1);
      const inner = convert(body, math);
      out += c === '^' ? script(inner, SUPER, '^') : script(inner, SUB, '_');
      i = j;
    } else if (c === '$') {
      math = !math;
      i += latex[i + 1] === '$' ? 2 : 1; // $$…$$ is one formula too
    } else if (c === '{' || c === '}') {
      i++;
    } else if (c === "'" && math) {
      out += '′';
      i++;
    } else if (c === '&') {
      out = `${out.trimEnd()}, `;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export function plainText(markdown: string): string {
  return convert(markdown).replace(/ {2,}/g, ' ');
}
