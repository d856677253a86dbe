/**
 * A grid of answer boxes as a real <table>: one text box per cell, arrows, Enter and Tab to move between them
 * (grid-navigation.ts), each cell's verdict beside its box. Used for an iteration table (a step per cell) and a
 * matrix (one step, its entries). A template, not an element: the host keeps the values and decides nothing
 * here but where the focus goes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { moveFrom, type Cell } from './grid-navigation.js';

export interface GridCell {
  /** The accessible name of the box ("Row 0, loss", "row 1, column 2"). */
  readonly label: string;
  readonly value: string;
  readonly disabled: boolean;
  /** The step the cell answers, when it is one of its own (a table's cell). */
  readonly step?: string | undefined;
  /** The verdict's kind shown on the cell (correct, misconception, …), or none. */
  readonly verdict?: { readonly kind: string; readonly icon: string; readonly label: string } | undefined;
  input(value: string): void;
  focus?(): void;
}

export interface GridProps {
  /** Unique in the host's shadow root: the cells' ids are built from it. */
  readonly id: string;
  readonly label: string;
  /** Column headings, the row headings' column first; none for a matrix. */
  readonly columns?: readonly (TemplateResult | string)[];
  readonly rows: readonly { readonly heading?: TemplateResult | string; readonly cells: readonly GridCell[] }[];
  readonly className: string;
  /**
   * Enter in a cell: the host checks what it checks (the cell, the matrix) and says whether the focus moves on
   * to the next cell in reading order (after the check, so a cell it unlocked can take it).
   */
  enter(cell: Cell): Promise<boolean>;
}

const boxes = (table: HTMLTableElement): HTMLInputElement[] => [...table.querySelectorAll<HTMLInputElement>('input')];

const positionOf = (box: HTMLInputElement): Cell => ({ row: Number(box.dataset.row), col: Number(box.dataset.col) });

function openCells(table: HTMLTableElement): boolean[][] {
  const open: boolean[][] = [];
  for (const box of boxes(table)) {
    const { row, col } = positionOf(box);
    (open[row] ??= [])[col] = !box.disabled;
  }
  return open;
}

async function onKeydown(e: KeyboardEvent, props: GridProps): Promise<void> {
  const box = e.currentTarget as HTMLInputElement;
  const table = box.closest('table')!;
  const from = positionOf(box);
  const press = {
    key: e.key,
    shift: e.shiftKey,
    caret: { start: box.selectionStart ?? 0, end: box.selectionEnd ?? 0, length: box.value.length },
  };
  if (e.key === 'Enter') {
    e.preventDefault();
    if (!(await props.enter(from))) return;
  } else if (!moveFrom(openCells(table), from, press)) return;
  else e.preventDefault();
  const to = moveFrom(openCells(table), from, press);
  if (!to) return;
  const target = boxes(table).find((b) => b.dataset.row === String(to.row) && b.dataset.col === String(to.col));
  target?.focus();
  target?.select();
}

export function answerGrid(props: GridProps): TemplateResult {
  const { columns } = props;
  return html`<table class=${`answer-grid ${props.className}`} part="grid" aria-label=${props.label}>
    ${
      columns
        ? html`<thead>
            <tr>
              ${columns.map((c) => html`<th scope="col">${c}</th>`)}
            </tr>
          </thead>`
        : nothing
    }
    <tbody>
      ${props.rows.map(
        (r, row) =>
          html`<tr>
            ${r.heading === undefined ? nothing : html`<th scope="row">${r.heading}</th>`}
            ${r.cells.map(
              (c, col) =>
                html`<td data-kind=${c.verdict?.kind ?? ''}>
                  <span class="cell"
                    ><input
                      id=${`${props.id}-${row}-${col}`}
                      type="text"
                      autocomplete="off"
                      autocapitalize="off"
                      spellcheck="false"
                      data-step=${c.step ?? nothing}
                      data-row=${row}
                      data-col=${col}
                      aria-label=${c.label}
                      aria-describedby=${c.verdict ? `${props.id}-${row}-${col}-verdict` : nothing}
                      .value=${c.value}
                      ?disabled=${c.disabled}
                      @input=${(e: Event) => {
                        c.input((e.currentTarget as HTMLInputElement).value);
                      }}
                      @focus=${() => c.focus?.()}
                      @keydown=${(e: KeyboardEvent) => void onKeydown(e, props)}
                    />${
                      c.verdict
                        ? html`<span class="mark" id=${`${props.id}-${row}-${col}-verdict`} title=${c.verdict.label}
                            ><span aria-hidden="true">${c.verdict.icon}</span
                            ><span class="visually-hidden">${c.verdict.label}</span></span
                          >`
                        : nothing
                    }</span
                  >
                </td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
