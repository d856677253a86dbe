/**
 * Splits what a learner typed into tokens, reading the many ways people write
 * math on a keyboard (−, ×, ·, ², ⟨ ⟩, θ, x₁) as the few the parser knows.
 * Every token keeps the range of the characters it came from, so an error can
 * point at what the learner actually typed.
 */
import type { Range } from './ast.js';
import { say } from '../messages/catalogue.js';
import { READER } from '../messages/reader.js';

export type Token =
  | ({ readonly kind: 'number'; readonly value: number; readonly text: string } & Range)
  | ({ readonly kind: 'ident'; readonly text: string } & Range)
  | ({ readonly kind: 'op'; readonly op: '+' | '-' | '*' | '/' | '^' | '!' | ',' | '|' } & Range)
  | ({ readonly kind: 'open'; readonly close: string } & Range)
  | ({ readonly kind: 'close'; readonly text: string } & Range)
  | ({ readonly kind: 'end' } & Range);

export interface TokenError extends Range {
  readonly message: string;
}

const OPERATORS: Readonly<Record<string, '+' | '-' | '*' | '/' | '^' | '!' | ',' | '|'>> = {
  '+': '+',
  '-': '-',
  '\u2212': '-', // − minus sign
  '\u2013': '-', // – en dash, which word processors substitute
  '*': '*',
  '\u00d7': '*', // ×
  '\u00b7': '*', // ·
  '\u22c5': '*', // ⋅
  '\u2219': '*', // ∙
  '/': '/',
  '\u00f7': '/', // ÷
  '^': '^',
  '!': '!',
  ',': ',',
  '|': '|',
  '\u2223': '|', // ∣
};

const BRACKETS: Readonly<Record<string, string>> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '\u27e8': '\u27e9', // ⟨ ⟩
  '\u2329': '\u232a', // 〈 〉
  '<': '>',
};
const CLOSERS = new Set(Object.values(BRACKETS));

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** Greek letters as typed, by the name a teacher declares them with. */
export const GREEK: Readonly<Record<string, string>> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  ϵ: 'epsilon',
  η: 'eta',
  θ: 'theta',
  ϑ: 'theta',
  λ: 'lambda',
  μ: 'mu',
  π: 'pi',
  σ: 'sigma',
  τ: 'tau',
  φ: 'phi',
  ϕ: 'phi',
  ω: 'omega',
};

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || Object.hasOwn(GREEK, c);
const isIdentPart = (c: string): boolean => isLetter(c) || isDigit(c) || c === '_' || SUBSCRIPTS.includes(c);
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/** Reads a decimal number starting at `i`: `2`, `2.5`, `.5`, `1e-3` (but `2e` is 2·e). */
function scanNumber(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text[j]!)) j++;
  if (text[j] === '.') {
    j++;
    while (j < text.length && isDigit(text[j]!)) j++;
  }
  if (text[j] === 'e' || text[j] === 'E') {
    let k = j + 1;
    if (text[k] === '+' || text[k] === '-') k++;
    const digitsStart = k;
    while (k < text.length && isDigit(text[k]!)) k++;
    // Only scientific notation when digits follow and no letter does: `2e^x` stays 2·e^x.
    if (k > digitsStart && !(k < text.length && isIdentPart(text[k]!))) j = k;
  }
  return j;
}

/**
 * `comma`: the locale writes decimals with a comma (2,4), so a comma between
 * two digits is a decimal point and `;` separates components.
 */
export function tokenize(typed: string, comma = false, m = say(READER)): Token[] | TokenError {
  // One character for one, so every range still points into what was typed, and messages quote that.
  const text = comma ? typed.replace(/(\d),(?=\d)/g, '$1.') : typed;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      const end = scanNumber(text, i);
      const raw = text.slice(i, end);
      if (text[end] === '.') {
        let k = end + 1;
        while (k < text.length && (isDigit(text[k]!) || text[k] === '.')) k++;
        return { start: i, end: k, message: m.twoPoints({ text: typed.slice(i, k) }) };
      }
      tokens.push({ kind: 'number', value: Number(raw), text: raw, start: i, end });
      i = end;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < text.length && isIdentPart(text[j]!)) j++;
      tokens.push({ kind: 'ident', text: text.slice(i, j), start: i, end: j });
      i = j;
    } else if (c === '√') {
      tokens.push({ kind: 'ident', text: 'sqrt', start: i, end: i + 1 });
      i++;
    } else if (c === '*' && text[i + 1] === '*') {
      tokens.push({ kind: 'op', op: '^', start: i, end: i + 2 });
      i += 2;
    } else if (SUPERSCRIPTS.includes(c) || c === '⁻') {
      // x² is x^2 and x⁻¹ is x^(-1): emit the operator and the exponent it stands for.
      let j = i;
      let digits = '';
      if (text[j] === '⁻') j++;
      while (j < text.length && SUPERSCRIPTS.includes(text[j]!)) digits += String(SUPERSCRIPTS.indexOf(text[j++]!));
      if (digits === '') return { start: i, end: j, message: m.raisedMinus };
      const value = Number(digits) * (text[i] === '⁻' ? -1 : 1);
      // The operator spans the raised characters too, so that a message about it quotes them (x²²: “²” then “²”).
      tokens.push({ kind: 'op', op: '^', start: i, end: j });
      tokens.push({ kind: 'number', value, text: String(value), start: i, end: j });
      i = j;
    } else if (comma && c === ';') {
      tokens.push({ kind: 'op', op: ',', start: i, end: i + 1 });
      i++;
    } else if (Object.hasOwn(OPERATORS, c)) {
      tokens.push({ kind: 'op', op: OPERATORS[c]!, start: i, end: i + 1 });
      i++;
    } else if (Object.hasOwn(BRACKETS, c)) {
      tokens.push({ kind: 'open', close: BRACKETS[c]!, start: i, end: i + 1 });
      i++;
    } else if (CLOSERS.has(c)) {
      tokens.push({ kind: 'close', text: c, start: i, end: i + 1 });
      i++;
    } else {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      return { start: i, end: i + char.length, message: m.unreadableCharacter({ char }) };
    }
  }
  tokens.push({ kind: 'end', start: text.length, end: text.length });
  return tokens;
}

/**
 * The one spelling of a name that variables are matched by: Greek letters by
 * name, subscript digits as digits, underscores dropped (x₁ = x_1 = x1).
 */
export function canonicalName(name: string): string {
  let out = '';
  for (const c of name) {
    if (Object.hasOwn(GREEK, c)) out += GREEK[c]!;
    else if (SUBSCRIPTS.includes(c)) out += String(SUBSCRIPTS.indexOf(c));
    else if (c !== '_') out += c;
  }
  return out;
}
