/**
 * Where the math is in a teacher's prose: $…$ inline and $$…$$ displayed, as
 * the schema promises; \$ is a dollar sign, never a delimiter. One definition
 * for the renderer and for lint, so lint checks exactly what is typeset.
 */

export interface MathSpan {
  /** [start, end) of the span with its dollars. */
  readonly start: number;
  readonly end: number;
  /** The LaTeX between the dollars, and where it starts. */
  readonly latex: string;
  readonly latexStart: number;
  readonly display: boolean;
}

const PATTERN = /(?<!\\)\$\$([\s\S]+?)(?<!\\)\$\$|(?<!\\)\$((?:[^$\\\n]|\\[^\n])+?)\$/g;

export function mathSpans(text: string): MathSpan[] {
  const spans: MathSpan[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const display = m[1] !== undefined;
    spans.push({
      start: m.index,
      end: m.index + m[0].length,
      latex: display ? m[1]! : m[2]!,
      latexStart: m.index + (display ? 2 : 1),
      display,
    });
  }
  return spans;
}
