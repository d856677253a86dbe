/**
 * A variable's name as it is written on paper (x1 → x₁, theta → θ). Apart from format.ts because the lesson
 * page needs only this before its plots arrive (an exercise in three variables says why it has no map), and
 * format.ts with its scales then stays in the plots' own file.
 */

export const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

const GREEK: Readonly<Record<string, string>> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  eta: 'η',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  omega: 'ω',
};

/** Each digit of `digits` as the same digit in `set` (subscripts, superscripts). */
export const digitsIn = (digits: string, set: string): string =>
  Array.from(digits, (d) => set[Number(d)] ?? d).join('');

/** The Greek letter a variable is named after, and the letter's name: theta1 → θ, theta; x → undefined. */
export function greekOf(variable: string): { readonly letter: string; readonly name: string } | undefined {
  const stem = /^([A-Za-z]+?)_?\d*$/.exec(variable)?.[1];
  const letter = stem === undefined ? undefined : GREEK[stem];
  return letter === undefined ? undefined : { letter, name: stem! };
}

/** A variable as it is written on paper: x1 → x₁, x_2 → x₂, theta → θ, w → w. */
export function displayName(variable: string): string {
  const match = /^([A-Za-z]+?)_?(\d+)$/.exec(variable);
  const [stem, index] = match ? [match[1]!, match[2]!] : [variable, ''];
  return (GREEK[stem] ?? stem) + digitsIn(index, SUBSCRIPTS);
}
