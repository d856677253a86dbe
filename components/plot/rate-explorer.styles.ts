import { css } from 'lit';

export const rateExplorerStyles = css`
  :host {
    display: block;
    font-family: var(--gd-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    color: var(--gd-color-text, #111827);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    align-items: end;
    margin-bottom: 0.5rem;
  }
  .rate {
    flex: 1 1 14rem;
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.2rem 0.6rem;
    align-items: center;
  }
  .rate label {
    grid-column: 1 / -1;
    font-weight: 600;
  }
  input[type='range'] {
    width: 100%;
    min-width: 0;
    accent-color: var(--gd-color-accent, #1d4ed8);
    margin: 0;
    height: 1.75rem;
  }
  output {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-width: 3.5em;
    text-align: right;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    display: flex;
    gap: 0.6rem;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.2rem;
  }
  fieldset label {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
    font-style: italic;
  }
  input[type='number'] {
    font: inherit;
    font-style: normal;
    width: 5.5em;
    padding: 0.3em 0.4em;
    border: 1px solid var(--gd-color-border, #6b7280);
    border-radius: var(--gd-radius, 0.4rem);
  }
  input:focus-visible {
    outline: 3px solid var(--gd-color-focus, #2563eb);
    outline-offset: 2px;
  }
  .regime {
    margin: 0 0 0.6rem;
    padding: 0.45rem 0.7rem;
    border-radius: var(--gd-radius, 0.4rem);
    background: var(--gd-color-surface, #f3f4f6);
    border-left: 4px solid var(--gd-plot-axis, #4b5563);
  }
  .regime[data-regime='diverges'],
  .regime[data-regime='flips'] {
    border-left-color: var(--gd-color-incorrect, #b42318);
    background: var(--gd-color-incorrect-bg, #fef2f2);
  }
  .regime[data-regime='converges'],
  .regime[data-regime='one_step'] {
    border-left-color: var(--gd-color-correct, #047857);
    background: var(--gd-color-correct-bg, #ecfdf5);
  }
  .regime strong {
    font-weight: 700;
  }
  .charts {
    display: grid;
    gap: 0.8rem;
  }
  @container (min-width: 760px) {
    .charts {
      grid-template-columns: 1fr 1fr;
      align-items: start;
    }
  }
  .wrap {
    container-type: inline-size;
  }
`;
