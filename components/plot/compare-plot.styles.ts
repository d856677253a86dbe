import { css } from 'lit';

/**
 * The comparison plot's own marks: one colour and one dash pattern per optimiser (so a path is told apart
 * without colour too), and the legend's swatches. Everything else is the shared plot styles.
 */
export const comparePlotStyles = css`
  :host {
    --gd-plot-series-1: #111827;
    --gd-plot-series-2: #c2410c;
    --gd-plot-series-3: #7c3aed;
    --gd-plot-series-4: #047857;
    --gd-plot-series-5: #b45309;
    --gd-plot-series-6: #0e7490;
  }
  .series {
    fill: none;
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .series-dot {
    stroke: #fff;
    stroke-width: 1;
  }
  [data-series='0'] {
    --series: var(--gd-plot-series-1);
  }
  [data-series='1'] {
    --series: var(--gd-plot-series-2);
    stroke-dasharray: 7 4;
  }
  [data-series='2'] {
    --series: var(--gd-plot-series-3);
    stroke-dasharray: 2 3;
  }
  [data-series='3'] {
    --series: var(--gd-plot-series-4);
    stroke-dasharray: 10 3 2 3;
  }
  [data-series='4'] {
    --series: var(--gd-plot-series-5);
    stroke-dasharray: 4 2;
  }
  [data-series='5'] {
    --series: var(--gd-plot-series-6);
    stroke-dasharray: 1 2;
  }
  .series,
  .swatch {
    stroke: var(--series);
  }
  .series-dot {
    fill: var(--series);
    stroke-dasharray: none;
  }
  .swatch {
    stroke-width: 2.5;
  }
  .legend-name {
    fill: var(--gd-color-text, #111827);
  }
  .loss-figure {
    margin-top: 0.75rem;
  }
`;
