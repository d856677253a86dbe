/** Numbers as people read them: to a number of significant digits, without a trailing 0000000000004. */

/** `x` to `digits` significant digits, in plain notation unless it needs an exponent. */
export function roundedText(x: number, digits: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const text = Number(x.toPrecision(digits)).toString();
  return text.includes('e') ? x.toPrecision(digits) : text;
}

/** A double as answer text: 15 significant digits, so 0.1 + 0.2 reads 0.3. */
export const numberText = (x: number): string => roundedText(x, 15);
