/**
 * The engine's LaTeX in a language's number format: in a language that writes 2.4 as "2,4" (fr), a decimal
 * point between digits becomes a decimal comma ({,} in TeX, so no space follows it) and the components of a
 * vector, which the engine always writes \left( … \right), are separated by a semicolon, as the checker reads
 * them (src/math/locale.ts). Only math is touched, only the engine's own text, and English as it is.
 */
import { decimalComma } from '../math/locale.js';
import type { Misconception } from './derived.js';
import { mathSpans } from './math-spans.js';
import type { Derivation } from './steps/context.js';

/** One formula in the locale's number format. */
function localiseFormula(latex: string): string {
  const decimals = latex.replace(/(\d)\.(\d)/g, '$1{,}$2');
  // Top-level commas of each \left( … \right) group: the separators of a vector.
  let out = '';
  const groups: number[] = []; // brace depth at each open \left(
  let braces = 0;
  for (let k = 0; k < decimals.length; k++) {
    if (decimals.startsWith('\\left(', k)) {
      groups.push(braces);
      out += '\\left(';
      k += 5;
      continue;
    }
    if (decimals.startsWith('\\right)', k)) {
      groups.pop();
      out += '\\right)';
      k += 6;
      continue;
    }
    const c = decimals[k]!;
    if (c === '{') braces++;
    if (c === '}') braces--;
    out += c === ',' && groups.length > 0 && groups.at(-1) === braces ? ' ;' : c;
  }
  return out;
}

/** Every formula of a text (its $…$ and $$…$$ spans) in the locale's number format. */
export function localiseText(text: string, locale: string): string {
  if (!decimalComma(locale)) return text;
  let out = '';
  let from = 0;
  for (const span of mathSpans(text)) {
    const open = span.display ? '$$' : '$';
    out += `${text.slice(from, span.start)}${open}${localiseFormula(span.latex)}${open}`;
    from = span.end;
  }
  return out + text.slice(from);
}

/** A derivation's words and formulas for learners in the locale's number format (its answers stay data). */
export function localiseLatex(d: Derivation, locale: string): Derivation {
  if (!decimalComma(locale)) return d;
  const text = (s: string) => localiseText(s, locale);
  return {
    ...d,
    title: text(d.title),
    prompt: text(d.prompt),
    answerLatex: localiseFormula(d.answerLatex),
    solution: d.solution.map(text),
    hints: d.hints.map(text),
    correct: text(d.correct),
    misconceptions: d.misconceptions.map((m): Misconception => ({ ...m, feedback: text(m.feedback) })),
  };
}
