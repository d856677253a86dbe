import { css } from 'lit';

/** The answer grids: an iteration table that scrolls in its own box when wider than a phone, and a matrix in brackets. */
export const gridStyles = css`
  .grid-box {
    max-width: 100%;
    overflow-x: auto;
    margin: 0.2rem 0 0.6rem;
  }
  table.answer-grid {
    border-collapse: collapse;
  }
  /* The iteration table takes the step's width, so each cell has room for a number and its verdict. */
  table.iterations {
    width: 100%;
  }
  table.iterations tbody th {
    width: 1.5rem;
  }
  .answer-grid th {
    font-weight: 600;
    padding: 0.2rem 0.3rem;
    text-align: center;
    white-space: nowrap;
  }
  .answer-grid thead th {
    border-bottom: 2px solid var(--gd-color-border-soft, #d1d5db);
  }
  .answer-grid tbody th {
    color: var(--gd-color-muted, #4b5563);
    font-variant-numeric: tabular-nums;
  }
  .answer-grid td {
    padding: 0.2rem 0.05rem;
  }
  /* The verdict's sign has a column of its own at the cell's right, outside the box: a long number such as
     24,04 never runs into its ✓, and the box does not shrink when a verdict appears. */
  .answer-grid .cell {
    position: relative;
    display: block;
    padding-right: var(--mark-width);
    --mark-width: 0.85rem;
  }
  .answer-grid input {
    box-sizing: border-box;
    width: 100%;
    min-width: 3.5rem;
    /* A finger-sized target. */
    min-height: 2.75rem;
    padding: 0.3rem;
    font: inherit;
    font-variant-numeric: tabular-nums;
    border: 1px solid var(--gd-color-border, #6b7280);
    border-radius: var(--gd-radius, 0.4rem);
    background: var(--gd-color-surface-step, #fff);
    color: inherit;
  }
  .answer-grid input:focus-visible {
    outline: 3px solid var(--gd-color-focus, #2563eb);
    outline-offset: 1px;
  }
  .answer-grid input:disabled {
    background: var(--gd-color-surface, #f3f4f6);
  }
  .answer-grid .mark {
    position: absolute;
    right: 0;
    width: var(--mark-width);
    text-align: center;
    top: 50%;
    transform: translateY(-50%);
    font-size: 0.85rem;
    font-weight: 700;
    pointer-events: none;
  }
  .answer-grid td[data-kind='correct'] input,
  .answer-grid td[data-kind='carried'] input {
    border-color: var(--gd-color-correct, #047857);
  }
  .answer-grid td[data-kind='correct'] .mark,
  .answer-grid td[data-kind='carried'] .mark {
    color: var(--gd-color-correct, #047857);
  }
  .answer-grid td[data-kind='incorrect'] input,
  .answer-grid td[data-kind='misconception'] input {
    border-color: var(--gd-color-incorrect, #b42318);
  }
  .answer-grid td[data-kind='incorrect'] .mark,
  .answer-grid td[data-kind='misconception'] .mark {
    color: var(--gd-color-incorrect, #b42318);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A matrix: its entries between two square brackets, each a side border with its two serifs. */
  table.matrix {
    border-collapse: separate;
    border-spacing: 0;
    border-left: 2px solid currentColor;
    border-right: 2px solid currentColor;
    margin: 0.2rem 0;
    --serif: linear-gradient(currentColor, currentColor);
    background:
      var(--serif) left top / 0.45rem 2px no-repeat,
      var(--serif) left bottom / 0.45rem 2px no-repeat,
      var(--serif) right top / 0.45rem 2px no-repeat,
      var(--serif) right bottom / 0.45rem 2px no-repeat;
  }
  table.matrix td {
    padding: 0.25rem 0.4rem;
  }
  table.matrix input {
    width: 6.5rem;
  }
  .matrix-answer {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .matrix-answer .toggle {
    font-size: 0.9rem;
    margin-bottom: 0.4rem;
  }
  /* Pressed: a light fill and a heavier border, never the Check button's solid accent. */
  .matrix-answer .toggle[aria-pressed='true'] {
    background: var(--gd-color-accent-soft, #dbeafe);
    border-width: 2px;
    font-weight: 600;
  }
  /* The cell's title names it in math (∇J(θ₁)): capitals would make its θ a Θ. */
  .step-label.cell-title {
    text-transform: none;
  }
  .cell-detail {
    margin-top: 0.6rem;
    padding-top: 0.5rem;
    border-top: 1px dashed var(--gd-color-border-soft, #d1d5db);
  }
`;
