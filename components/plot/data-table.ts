import { html, type TemplateResult } from 'lit';

/**
 * A plot's text alternative: its values as a table inside a details element, under a summary. Every plot
 * wraps its table the same way (the `table` part, a scrolling wrapper); each says what its head and rows are.
 * `busy`: the rows are about to change (a slider is being dragged), so a screen reader waits for them.
 */
export const dataTable = (summary: string, head: TemplateResult, rows: unknown, busy = false): TemplateResult =>
  html`<details part="table" aria-busy=${busy ? 'true' : 'false'}>
    <summary>${summary}</summary>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            ${head}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
  </details>`;
