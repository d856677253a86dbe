import { css } from 'lit';

export const exerciseStyles = css`
  :host {
    display: block;
    min-width: 0;
    font-family: var(--gd-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    color: var(--gd-color-text, #111827);
    line-height: 1.5;
    container-type: inline-size;
  }
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 0.5rem;
  }
  h2 {
    font-size: 1.3rem;
  }
  .statement {
    margin-bottom: 1rem;
  }
  ol.steps {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    /* minmax(0, …): a wide formula scrolls in its step instead of widening the column. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--gd-space-3, 0.9rem);
  }
  li.step {
    min-width: 0;
    border: 1px solid var(--gd-color-border-soft, #d1d5db);
    border-left: 4px solid var(--gd-color-border-soft, #d1d5db);
    border-radius: var(--gd-radius, 0.4rem);
    padding: var(--gd-space-3, 0.9rem);
    background: var(--gd-color-surface-step, #fff);
  }
  li.step[data-status='correct'],
  li.step[data-status='carried'] {
    border-left-color: var(--gd-color-correct, #047857);
  }
  li.step[data-status='revealed'] {
    border-left-color: var(--gd-color-muted, #6b7280);
  }
  li.step[data-status='locked'] {
    background: var(--gd-color-surface, #f3f4f6);
  }
  .step-label {
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--gd-color-muted, #4b5563);
  }
  .prompt p {
    margin: 0.2rem 0 0.6rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--gd-space-2, 0.5rem);
    align-items: flex-start;
  }
  .row gd-math-input {
    flex: 1 1 14rem;
    min-width: 0;
  }
  button {
    font: inherit;
    padding: 0.45em 0.9em;
    border-radius: var(--gd-radius, 0.4rem);
    border: 1px solid var(--gd-color-accent, #1d4ed8);
    background: var(--gd-color-surface, #f3f4f6);
    color: var(--gd-color-accent-text, #1e3a8a);
    cursor: pointer;
  }
  button.primary {
    background: var(--gd-color-accent, #1d4ed8);
    color: var(--gd-color-on-accent, #fff);
  }
  button:focus-visible {
    outline: 3px solid var(--gd-color-focus, #2563eb);
    outline-offset: 2px;
  }
  button[disabled] {
    opacity: 0.55;
    cursor: default;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--gd-space-2, 0.5rem);
    margin-top: 0.5rem;
  }
  .feedback {
    margin-top: 0.6rem;
    padding: 0.5rem 0.7rem;
    border-radius: var(--gd-radius, 0.4rem);
    background: var(--gd-color-surface, #f3f4f6);
  }
  .feedback[data-kind=''] {
    /* Kept in the page, empty, so screen readers already know the live region when feedback arrives. */
    padding: 0;
    margin: 0;
    background: none;
  }
  .feedback[data-kind='correct'],
  .feedback[data-kind='carried'] {
    background: var(--gd-color-correct-bg, #ecfdf5);
  }
  .feedback[data-kind='incorrect'],
  .feedback[data-kind='misconception'] {
    background: var(--gd-color-incorrect-bg, #fef2f2);
  }
  .verdict {
    font-weight: 600;
  }
  .verdict[data-kind='correct'],
  .verdict[data-kind='carried'] {
    color: var(--gd-color-correct, #047857);
  }
  .verdict[data-kind='incorrect'],
  .verdict[data-kind='misconception'] {
    color: var(--gd-color-incorrect, #b42318);
  }
  .hints,
  .solution {
    margin-top: 0.6rem;
    padding-left: 1.2rem;
  }
  .solution {
    border-left: 3px solid var(--gd-color-muted, #6b7280);
    padding-left: 0.7rem;
    list-style: none;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
  }
  /* The options take the row, so Check sits under them rather than beside the legend, far from a short option. */
  .row .choices {
    flex: 1 1 100%;
  }
  /* An option wrapped over two lines is taller than the finger-sized minimum: keep it apart from the next one. */
  fieldset label + label {
    margin-top: 0.25rem;
  }
  fieldset label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    /* A finger-sized target on a phone. */
    min-height: 2.75rem;
    cursor: pointer;
  }
  fieldset input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    flex: none;
  }
  .summary {
    margin-top: 1rem;
    padding: var(--gd-space-3, 0.9rem);
    border-radius: var(--gd-radius, 0.4rem);
    background: var(--gd-color-surface, #f3f4f6);
  }
  .summary table {
    border-collapse: collapse;
    width: 100%;
  }
  .summary td,
  .summary th {
    text-align: left;
    padding: 0.2rem 0.4rem;
    border-bottom: 1px solid var(--gd-color-border-soft, #d1d5db);
  }
  /* A credit (0.7) is one word: on a phone the titles and deductions wrap around it, never it. */
  .summary td.credit {
    white-space: nowrap;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .notice {
    padding: 0.5rem 0.7rem;
    border-radius: var(--gd-radius, 0.4rem);
    background: var(--gd-color-notice-bg, #fffbeb);
    margin-bottom: 0.8rem;
  }
  math {
    font-size: 1.05em;
  }
  :host([compact]) li.step {
    padding: 0.5rem;
  }
  :host([compact]) .statement,
  :host([compact]) h2 {
    font-size: 0.95rem;
  }
  @container (max-width: 420px) {
    .actions button {
      flex: 1 1 auto;
    }
  }
`;
