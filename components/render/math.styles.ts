import { css } from 'lit';

/**
 * Math as MathML (rendered at compile time by KaTeX, in a span.katex, or by src/math/mathml.ts). A block of text holding
 * a formula wider than its column scrolls inside its own box instead of
 * widening the page at 320 px; only a box that really overflows becomes a
 * scroll container (and so a keyboard stop), so the tab order stays short.
 */
export const mathStyles = css`
  .katex-display,
  .prompt,
  .intro,
  .statement,
  .solution,
  .hints {
    max-width: 100%;
    overflow-x: auto;
    overflow-y: hidden;
  }
  math {
    font-size: 1.05em;
  }
`;
