import { css, unsafeCSS } from 'lit';
import { SCROLL_BOXES } from './scroll-boxes.js';

/**
 * Math as MathML (rendered at compile time by KaTeX, in a span.katex, or by src/math/mathml.ts). A displayed formula
 * wider than its column scrolls inside its own box, and a block of text holding a wide inline formula inside its
 * own, instead of widening the page at 320 px; a box becomes a keyboard stop only while it overflows
 * (scroll-boxes.ts), so the tab order stays short.
 *
 * Chromium lays MathML out from the font's OpenType MATH table (large operators, limits, accents, script shifts);
 * the generic `math` family often resolves to a text font without one, which misplaces hats, shrinks Σ and
 * mis-sets its limits. So the math fonts the systems ship come first: STIX Two Math (macOS, iOS), Cambria Math
 * (Windows), Noto Sans Math (Android, ChromeOS), DejaVu Math TeX Gyre and Latin Modern Math (Linux), then `math`.
 * No font is downloaded: the embed stays one script.
 */
export const mathStyles = css`
  .katex:has(> math[display='block']) {
    display: block;
  }
  /* The boxes scroll-boxes.ts makes keyboard stops while they overflow: one list, so the two cannot drift apart. */
  ${unsafeCSS(SCROLL_BOXES)} {
    max-width: 100%;
    overflow-x: auto;
    overflow-y: hidden;
  }
  math {
    font-family: 'STIX Two Math', 'Cambria Math', 'Latin Modern Math', 'DejaVu Math TeX Gyre', 'Noto Sans Math', math;
    font-size: 1.05em;
  }
  /*
   * KaTeX writes J′ as a superscript prime (TeX's \\prime is a large glyph meant to be raised), but Unicode's ′ is
   * raised already: set as a script it floats above the letter. Drawn at the base's size and lowered by the
   * script's shift, it sits where a textbook puts it. (Its mathvariant and zero spacing single out a prime.)
   */
  msup > mo[mathvariant='normal'][lspace='0em'][rspace='0em']:last-child,
  msup > mrow:last-child > mo[mathvariant='normal'] {
    math-depth: 0;
    font-size: inherit;
    transform: translateY(0.5em);
  }
`;
