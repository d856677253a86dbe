/**
 * A matrix step's answer: its text box, or (a toggle away) a grid of the expected matrix's shape whose cells
 * are written into the same matrix text for the checker, with the entries the checker found wrong marked.
 */
import { html, type TemplateResult } from 'lit';
import { ICONS, type StepProps } from '../exercise/step-view.js';
import { t } from '../strings.js';
import { answerGrid } from './answer-grid.js';
import { matrixCells, matrixText } from './matrix-text.js';

/** The shape of a step's expected matrix when it takes a grid: two rows or more (one row reads as a vector). */
function gridShape(p: StepProps): { rows: number; cols: number } | undefined {
  const rows = p.step.answer.type === 'matrix' ? p.step.answer.expected.rows : [];
  return rows.length >= 2 ? { rows: rows.length, cols: rows[0]!.length } : undefined;
}

/** Per entry of a matrix in a grid, its verdict: all right, or the entries the checker found wrong. */
function entryVerdicts(p: StepProps, rows: number, cols: number) {
  const g = p.lastGrade ?? (p.draft === p.view.answer ? p.view.grade : undefined);
  const right = { kind: 'correct', icon: ICONS.correct, label: t(p.locale, 'correct') };
  const wrong = { kind: 'incorrect', icon: ICONS.incorrect, label: t(p.locale, 'incorrect') };
  return (i: number, j: number) => {
    if (g?.kind === 'correct' || g?.kind === 'carried') return right;
    if (g?.kind === 'incorrect' && g.entries?.length === rows && g.entries[0]?.length === cols)
      return g.entries[i]![j] ? right : wrong;
    return undefined;
  };
}

/** The toggle, then the grid or the text box. */
export function matrixBox(p: StepProps, disabled: boolean, text: TemplateResult): TemplateResult {
  const shape = gridShape(p);
  if (!shape) return text;
  const { rows, cols } = shape;
  const { step, actions, locale } = p;
  const cells = p.grid;
  const verdict = entryVerdicts(p, rows, cols);
  const set = (i: number, j: number, value: string): string[][] => {
    const next = cells!.map((r) => [...r]);
    next[i]![j] = value;
    return next;
  };
  return html`<div class="matrix-answer">
    <button
      type="button"
      class="toggle"
      part="grid-toggle"
      aria-pressed=${cells ? 'true' : 'false'}
      ?disabled=${disabled}
      @click=${() => {
        const empty = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
        actions.grid(step.id, cells ? undefined : (matrixCells(p.draft, rows, cols) ?? empty));
      }}
    >
      ${t(locale, 'gridInput')}
    </button>
    ${
      cells
        ? html`<div class="grid-box">
            ${answerGrid({
              id: `grid-${step.id}`,
              label: t(locale, 'yourAnswer', { n: p.n }),
              className: 'matrix',
              rows: cells.map((r, i) => ({
                cells: r.map((value, j) => ({
                  label: t(locale, 'matrixCell', { row: i + 1, col: j + 1 }),
                  value,
                  disabled,
                  verdict: verdict(i, j),
                  input: (v: string) => {
                    const next = set(i, j, v);
                    actions.grid(step.id, next);
                    actions.draft(step.id, matrixText(next));
                  },
                })),
              })),
              // Enter checks the matrix once every entry is typed; before that it goes on to the next entry.
              enter: () => {
                const full = cells.every((r) => r.every((e) => e.trim() !== ''));
                if (full) void actions.check(step.id, matrixText(cells));
                return Promise.resolve(!full);
              },
            })}
          </div>`
        : text
    }
  </div>`;
}
