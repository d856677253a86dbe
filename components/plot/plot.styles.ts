import { css } from 'lit';

/**
 * What every plot shares: the figure, the SVG's marks and axes, and the text
 * alternative beneath. Colours are custom properties, so a host page can theme
 * them; marks that differ in meaning differ in shape too, never in colour alone.
 */
export const plotStyles = css`
  :host {
    display: block;
    font-family: var(--gd-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    color: var(--gd-color-text, #111827);
    --gd-plot-low: #60a5fa;
    --gd-plot-high: #f8fafc;
    --gd-plot-line: #1e3a8a;
    --gd-plot-path: #111827;
    --gd-plot-gradient: #c2410c;
    --gd-plot-step: #047857;
    --gd-plot-right: var(--gd-color-correct, #047857);
    --gd-plot-wrong: var(--gd-color-incorrect, #b42318);
    --gd-plot-axis: #4b5563;
    --gd-plot-grid: #e5e7eb;
    --gd-plot-font-size: 12px;
  }
  :host([hidden]) {
    display: none;
  }
  figure {
    margin: 0;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-size: var(--gd-plot-font-size);
    font-variant-numeric: tabular-nums;
  }
  /* The marks over the ground, in a compositing layer of their own (see Layers in descent-plot.component.ts). */
  .canvas {
    position: relative;
  }
  .canvas > svg.marks {
    position: absolute;
    inset: 0;
    height: 100%;
    will-change: transform;
    pointer-events: none;
  }
  figcaption {
    font-size: 0.9rem;
    font-weight: 600;
    margin: 0 0 0.3rem;
  }
  .sentences {
    font-size: 0.85rem;
    color: var(--gd-color-muted, #374151);
    margin: 0.4rem 0 0;
  }
  .sentences p {
    margin: 0.15rem 0;
  }

  /* Axes */
  .grid line {
    stroke: var(--gd-plot-grid);
    stroke-width: 1;
  }
  .frame {
    fill: none;
    stroke: var(--gd-plot-axis);
    stroke-width: 1;
  }
  .tick {
    fill: var(--gd-plot-axis);
  }
  .legend-tick {
    stroke: var(--gd-plot-axis);
    stroke-width: 1;
  }
  .axis-name {
    fill: var(--gd-color-text, #111827);
    font-style: italic;
    font-weight: 600;
  }
  text {
    dominant-baseline: middle;
  }
  .halo {
    paint-order: stroke;
    stroke: #fff;
    stroke-width: 3px;
    stroke-linejoin: round;
  }

  /* Contours */
  .band {
    fill: color-mix(in oklab, var(--gd-plot-low) calc(var(--depth) * 100%), var(--gd-plot-high));
    fill-rule: evenodd;
    stroke: none;
  }
  .level {
    fill: none;
    stroke: var(--gd-plot-line);
    stroke-opacity: 0.35;
    stroke-width: 1;
  }
  :host([contours='lines']) .level {
    stroke: color-mix(in oklab, var(--gd-plot-line) calc(var(--depth) * 100%), #cbd5e1);
    stroke-opacity: 1;
    stroke-width: 1.5;
  }
  .start-level {
    fill: none;
    stroke: var(--gd-plot-path);
    stroke-width: 1.25;
    stroke-dasharray: 5 4;
    stroke-opacity: 0.7;
  }

  /* Curve and tangent */
  .curve {
    fill: none;
    stroke: var(--gd-plot-line);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .tangent {
    stroke: var(--gd-plot-gradient);
    stroke-width: 2;
    stroke-dasharray: 7 4;
  }

  /* Descent */
  .path {
    fill: none;
    stroke: var(--gd-plot-path);
    stroke-width: 1.75;
    stroke-linejoin: round;
  }
  .path-halo {
    fill: none;
    stroke: #fff;
    stroke-width: 4.5;
    stroke-opacity: 0.8;
    stroke-linejoin: round;
  }
  /* On a graph the path's chords only join the dots on the curve: they stay in the background. */
  svg[data-dimension='1'] .path {
    stroke-width: 1.25;
    stroke-opacity: 0.55;
  }
  svg[data-dimension='1'] .path-halo {
    stroke-width: 3;
    stroke-opacity: 0.5;
  }
  .iterate {
    fill: var(--gd-plot-path);
    stroke: #fff;
    stroke-width: 1;
  }
  .start {
    fill: var(--gd-plot-path);
    stroke: #fff;
    stroke-width: 2;
  }
  .arrow.gradient {
    stroke: var(--gd-plot-gradient);
    fill: var(--gd-plot-gradient);
  }
  .arrow.step {
    stroke: var(--gd-plot-step);
    fill: var(--gd-plot-step);
  }
  .arrow line {
    stroke-width: 2.5;
  }
  .arrow .shaft-halo {
    stroke: #fff;
    stroke-width: 5.5;
    stroke-opacity: 0.85;
  }
  .arrow polygon {
    stroke: none;
  }
  .label-gradient {
    fill: var(--gd-plot-gradient);
    font-weight: 600;
  }
  .label-step {
    fill: var(--gd-plot-step);
    font-weight: 600;
  }
  .label {
    fill: var(--gd-color-text, #111827);
    font-weight: 600;
  }

  /* The learner's points: a ring for each, a check or a cross inside by its grade. */
  .learner {
    fill: #fff;
    stroke-width: 2.5;
  }
  .learner-trail {
    fill: none;
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  [data-status='right'] {
    stroke: var(--gd-plot-right);
  }
  [data-status='wrong'] {
    stroke: var(--gd-plot-wrong);
  }
  [data-status='unchecked'] {
    stroke: var(--gd-plot-axis);
  }
  .mark {
    fill: none;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .label-right {
    fill: var(--gd-plot-right);
    font-weight: 700;
  }
  .label-wrong {
    fill: var(--gd-plot-wrong);
    font-weight: 700;
  }
  .label-unchecked {
    fill: var(--gd-plot-axis);
    font-weight: 700;
  }

  /* Legend */
  .legend-title {
    fill: var(--gd-color-text, #111827);
    font-weight: 600;
  }
  .legend-swatch {
    stroke: var(--gd-plot-axis);
    stroke-width: 0.5;
  }

  /* Text alternative */
  details {
    margin-top: 0.4rem;
    font-size: 0.85rem;
  }
  summary {
    cursor: pointer;
    color: var(--gd-color-accent-text, #1e3a8a);
    padding: 0.2rem 0;
  }
  summary:focus-visible {
    outline: 3px solid var(--gd-color-focus, #2563eb);
    outline-offset: 2px;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    margin-top: 0.3rem;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: left;
    padding: 0.15rem 0.6rem 0.15rem 0;
    border-bottom: 1px solid var(--gd-color-border-soft, #e5e7eb);
    white-space: nowrap;
  }
  tr.learner-row th,
  tr.learner-row td {
    font-weight: 600;
  }
`;
