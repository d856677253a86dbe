/**
 * An iteration table as the learner sees it: one <table> whose cells are the table's steps (a row per t; the
 * columns θₜ, f(θₜ), ∇f(θₜ), θₜ₊₁), typed and checked cell by cell, each with its verdict, and below it the
 * question, hints, feedback and solution of the cell the learner is in. Every verdict is the session's.
 */
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledExercise } from '../../src/content/compile.js';
import { variableLatex } from '../../src/tutor/typeset.js';
import { answerGrid } from './answer-grid.js';
import { mathHtml, markdownInline } from '../render/markdown.js';
import { t, type Locale } from '../strings.js';
import { TABLE_COLUMN_ORDER, type StepGroup } from './step-groups.js';
import { checkButton, promptOf, stepControls, verdictMark, type StepProps } from '../exercise/step-view.js';

type Table = Extract<StepGroup, { kind: 'table' }>;

export interface TableProps {
  readonly n: number;
  readonly table: Table;
  readonly exercise: CompiledExercise;
  /** The props of the step at an index of the exercise (its view, draft, last grade, …). */
  readonly step: (index: number) => StepProps;
  /** The index of the cell whose question is shown: the one the learner is in. */
  readonly active: number;
  readonly locale: Locale;
  focus(index: number): void;
}

/** Enter in a cell checks it; the focus moves on (once the check has unlocked the next cell) when it was right. */
async function enter(s: StepProps): Promise<boolean> {
  const right = await s.actions.check(s.step.id, s.draft);
  await s.actions.rendered();
  return right;
}

/** The table's Check button: every cell typed since its last check, in order (each may unlock the next). */
async function checkTyped(cells: readonly StepProps[]): Promise<void> {
  for (const { step, view, draft, actions } of cells)
    if (draft.trim() !== '' && (draft !== view.answer || !view.grade)) await actions.check(step.id, draft);
}

/** The column headings, t first, as the lesson writes them: θₜ, J(θₜ), J′(θₜ) (∇J(θₜ) for several variables), θₜ₊₁. */
function headings(exercise: CompiledExercise): string[] {
  // A table descends a function: an exercise without one (questions only) has no table.
  const { name, variables } = exercise.function ?? { name: 'f', variables: [] };
  const one = variables.length === 1;
  const p = one ? variableLatex(variables[0]!) : '\\theta';
  const at = `(${p}_t)`;
  return ['t', `${p}_t`, `${name}${at}`, one ? `${name}'${at}` : `\\nabla ${name}${at}`, `${p}_{t+1}`].map((l) =>
    mathHtml(l),
  );
}

export function renderTable(p: TableProps): TemplateResult {
  const { table, locale } = p;
  // In one variable the gradient is the derivative, and its cells say so ("Row 1, derivative").
  const one = p.exercise.function?.variables.length === 1;
  const named = (c: (typeof TABLE_COLUMN_ORDER)[number]) => (one && c === 'gradient' ? 'derivative' : c);
  const cells = table.rows.flatMap((r) => r.cells.filter((i): i is number => i !== undefined));
  const active = p.step(p.active);
  const activeRow = table.rows.find((r) => r.cells.includes(p.active));
  const activeColumn = TABLE_COLUMN_ORDER[activeRow?.cells.indexOf(p.active) ?? 0]!;
  const done = cells.every((i) => ['correct', 'carried', 'revealed'].includes(p.step(i).view.status));
  return html`<li class="step table-step" part="step" data-step=${table.id} data-status=${done ? 'correct' : 'open'}>
    <div class="step-label">${t(locale, 'step', { n: p.n })}</div>
    <div class="prompt"><p>${t(locale, 'tablePrompt')}</p></div>
    <div class="grid-box">
      ${answerGrid({
        id: `grid-${table.id}`,
        label: t(locale, 'table'),
        className: 'iterations',
        columns: headings(p.exercise).map((h) => html`${unsafeHTML(h)}`),
        rows: table.rows.map((r) => ({
          heading: String(r.t),
          cells: r.cells.map((index, col) => {
            if (index === undefined) return { label: '', value: '', disabled: true, input: () => undefined };
            const s = p.step(index);
            const grade = s.lastGrade ?? s.view.grade;
            return {
              label: t(locale, 'tableCell', { t: r.t, column: named(TABLE_COLUMN_ORDER[col]!) }),
              step: s.step.id,
              value: s.draft,
              disabled: s.view.status === 'locked' || s.view.status === 'revealed',
              verdict: grade ? verdictMark(grade, locale) : undefined,
              input: (value: string) => {
                s.actions.draft(s.step.id, value);
              },
              focus: () => {
                p.focus(index);
              },
            };
          }),
        })),
        enter: (cell) => enter(p.step(table.rows[cell.row]!.cells[cell.col]!)),
      })}
    </div>
    <div class="row">
      ${checkButton(locale, done, () => {
        void checkTyped(cells.map(p.step));
      })}
    </div>
    <section
      class="cell-detail"
      aria-label=${t(locale, 'tableCell', { t: activeRow?.t ?? 0, column: named(activeColumn) })}
    >
      <div class="step-label cell-title" lang=${active.languages.text}>
        ${unsafeHTML(markdownInline(active.step.title))}
      </div>
      ${promptOf(active)} ${stepControls(active)}
    </section>
  </li>`;
}
