import { html, type TemplateResult } from 'lit';

/**
 * A plot's text alternative: its values as a table inside a details element, under a summary. Every plot
 * wraps its table the same way (the `table` part, a scrolling wrapper); each says what its head and rows are.
 */
export const dataTable = (summary: string, head: TemplateResult, rows: unknown): TemplateResult =>
  html`<details part="table">
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
