/**
 * One step as the learner sees it: the question, the answer box, the
 * buttons, and what the session said. A template, not a decision: every
 * verdict shown here was made by src/tutor.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { DerivedStep } from '../../src/content/derived.js';
import type { Grade } from '../../src/tutor/grade.js';
import type { StepView } from '../../src/tutor/state.js';
import { markdown, markdownInline } from '../render/markdown.js';
import { t, type Locale } from '../strings.js';
import { partLanguage, type Languages } from '../render/languages.js';

export interface StepActions {
  /**
   * Checks an answer: whether it was right (correct, or correct from the learner's earlier answers). At once when
   * the checker is loaded; otherwise once it is (see src/tutor/checker.ts).
   */
  check(step: string, text: string): Promise<boolean>;
  draft(step: string, text: string): void;
  hint(step: string): void;
  reveal(step: string): void;
  /** A matrix step typed in a grid (its cells as typed), or back in the text box (undefined). */
  grid(step: string, cells: string[][] | undefined): void;
  /** Resolves once the host has rendered what the last action changed. */
  rendered(): Promise<unknown>;
}

export interface StepProps {
  readonly n: number;
  readonly step: DerivedStep;
  readonly view: StepView;
  readonly draft: string;
  /** A matrix step's cells while it is typed in a grid. */
  readonly grid: string[][] | undefined;
  readonly hints: readonly string[];
  /** The grade of the last check in this page (empty and unreadable ones too), if any. */
  readonly lastGrade: Grade | undefined;
  /** Why the last check could not be made (the checker did not load), said in place of a verdict. */
  readonly checkFailed?: string | undefined;
  readonly variables: readonly string[];
  /** The learning rate's name as the lesson writes it (α, or η), for the math keys. */
  readonly rateSymbol: 'α' | 'η';
  readonly hintCost: number;
  readonly locale: Locale;
  /** The languages of the step's text: its own words' (locale), the compiled words', the teacher's. */
  readonly languages: Languages;
  readonly compact: boolean;
  readonly actions: StepActions;
  /** The grid input of a matrix step (components/grid, loaded only for an exercise that has one), around its text box. */
  readonly matrixBox?: ((p: StepProps, disabled: boolean, text: TemplateResult) => TemplateResult) | undefined;
}

export const ICONS: Record<Grade['kind'], string> = {
  correct: '✓',
  carried: '✓',
  misconception: '✗',
  incorrect: '✗',
  'unknown-symbol': '?',
  imprecise: '≈',
  unreadable: '?',
  empty: '…',
};

function verdictLabel(g: Grade, locale: Locale): string {
  switch (g.kind) {
    case 'misconception':
      return t(locale, 'misconception', { name: g.misconception.name });
    default:
      return t(locale, g.kind);
  }
}

/** A verdict as a cell of a grid shows it: its kind, its sign, and its words for a screen reader. */
export const verdictMark = (g: Grade, locale: Locale) => ({
  kind: g.kind,
  icon: ICONS[g.kind],
  label: verdictLabel(g, locale),
});

function feedback(g: Grade | undefined, languages: Languages): TemplateResult | typeof nothing {
  if (!g) return nothing;
  const label = verdictLabel(g, languages.ui);
  // "Type an answer first" is both the label and the message: say it once.
  const message = g.message.replace(/\.$/, '') === label ? '' : g.message;
  // A right answer's confirmation and a named mistake's feedback are compiled into the lesson; the rest is the reader's.
  const compiled = g.kind === 'correct' || g.kind === 'misconception';
  return html`<span class="verdict" data-kind=${g.kind}
      ><span aria-hidden="true">${ICONS[g.kind]}</span> ${label}.</span
    >
    <span lang=${compiled ? languages.text : languages.ui}>${unsafeHTML(markdownInline(message))}</span>`;
}

function answerBox(p: StepProps, disabled: boolean, inputId: string): TemplateResult {
  const { step, actions } = p;
  const label = t(p.locale, 'yourAnswer', { n: p.n });
  if (step.answer.type === 'choice') {
    const answer = step.answer;
    // Several right options: check boxes, answered as their ids joined by commas (a,c); one: radio buttons.
    const several = answer.expected.type === 'options';
    const chosen = new Set(p.draft.split(',').filter(Boolean));
    const toggle = (id: string, on: boolean): string =>
      several
        ? answer.options
            .map((o) => o.id)
            .filter((o) => (o === id ? on : chosen.has(o)))
            .sort()
            .join(',')
        : id;
    return html`<fieldset ?disabled=${disabled} class="choices" part="choices">
      <legend class="step-label">${t(p.locale, several ? 'chooseSeveral' : 'choose')}</legend>
      ${answer.options.map(
        (o) =>
          html`<label
            ><input
              type=${several ? 'checkbox' : 'radio'}
              name=${inputId}
              value=${o.id}
              .checked=${chosen.has(o.id)}
              @change=${(e: Event) => {
                actions.draft(step.id, toggle(o.id, (e.currentTarget as HTMLInputElement).checked));
              }}
            />
            <span>${unsafeHTML(markdownInline(o.label))}</span></label
          >`,
      )}
    </fieldset>`;
  }
  const text = html`<gd-math-input
    id=${inputId}
    name=${step.id}
    .label=${label}
    .value=${p.draft}
    .variables=${p.variables}
    .locale=${p.locale}
    .answerType=${step.answer.type}
    .rateSymbol=${p.rateSymbol}
    ?compact=${p.compact}
    ?disabled=${disabled}
    @input=${(e: Event) => {
      actions.draft(step.id, (e.currentTarget as HTMLInputElement).value);
    }}
    @gd-submit=${(e: CustomEvent<{ value: string }>) => {
      void actions.check(step.id, e.detail.value);
    }}
  ></gd-math-input>`;
  return p.matrixBox ? p.matrixBox(p, disabled, text) : text;
}

/** The hint button: its cost while the step is open; once settled, a review that costs nothing, labelled so. */
function hintLabel({ view, step, hintCost, locale }: StepProps): string {
  const at = { index: view.hintsShown + 1, of: step.hints.length };
  if (view.review) return t(locale, 'reviewHint', at);
  return `${t(locale, 'hintOf', at)}${hintCost > 0 ? ` ${t(locale, 'hintCost', { cost: hintCost })}` : ''}`;
}

/** The hint and solution buttons of an open step. */
function actionButtons(p: StepProps): TemplateResult {
  const { step, view, actions, locale } = p;
  const hintsLeft = view.hintsShown < step.hints.length;
  return html`<div class="actions">
    ${
      step.hints.length > 0
        ? html`<button
            part="hint-button"
            ?disabled=${!hintsLeft}
            @click=${() => {
              actions.hint(step.id);
            }}
          >
            ${hintsLeft ? hintLabel(p) : t(locale, 'noMoreHints')}
          </button>`
        : nothing
    }
    ${
      view.solutionOffered && !view.revealed
        ? html`<button
            part="solution-button"
            @click=${() => {
              actions.reveal(step.id);
            }}
          >
            ${t(locale, view.review ? 'reviewSolution' : 'showSolution')}
          </button>`
        : nothing
    }
  </div>`;
}

/** What the session said about a step: its verdict and feedback, the hints shown, the worked solution. */
export function stepOutcome(p: StepProps): TemplateResult {
  const { step, view, locale } = p;
  const shown = p.lastGrade ?? view.grade;
  return html`${
    p.checkFailed
      ? html`<p class="feedback" part="feedback" role="alert" data-kind="not-checked">${p.checkFailed}</p>`
      : html`<div class="feedback" part="feedback" role="status" aria-live="polite" data-kind=${shown?.kind ?? ''}>
          ${feedback(shown, p.languages)}
        </div>`
  }
  ${
    p.hints.length > 0
      ? html`<ol
          class="hints"
          part="hints"
          aria-label=${t(locale, 'hint')}
          lang=${partLanguage(p.languages, step.written, 'hints')}
        >
          ${p.hints.map((h) => html`<li>${unsafeHTML(markdownInline(h))}</li>`)}
        </ol>`
      : nothing
  }
  ${
    view.revealed
      ? html`<div part="solution">
          <div class="step-label">${t(locale, 'solution')}</div>
          <ul class="solution" lang=${p.languages.text}>
            ${step.solution.map((line) => html`<li>${unsafeHTML(markdownInline(line))}</li>`)}
          </ul>
        </div>`
      : nothing
  }`;
}

/** The buttons and what the session said, for one step whose answer box is elsewhere (a table's cell). */
export function stepControls(p: StepProps): TemplateResult {
  return html`${p.view.status === 'locked' ? html`<p class="step-label">${t(p.locale, 'locked')}</p>` : actionButtons(p)}
  ${stepOutcome(p)}`;
}

/** The Check button of a step, or of a group of steps (`check` says what it checks). */
export function checkButton(locale: Locale, disabled: boolean, check: () => void): TemplateResult {
  return html`<button class="primary" part="check-button" @click=${check} ?disabled=${disabled}>
    ${t(locale, 'check')}
  </button>`;
}

/** A step's question, marked with the language it is written in (the teacher's, or the compiled words'). */
export const promptOf = (p: StepProps): TemplateResult =>
  html`<div class="prompt" lang=${partLanguage(p.languages, p.step.written, 'prompt')}>
    ${unsafeHTML(markdown(p.step.prompt))}
  </div>`;

export function renderStep(p: StepProps): TemplateResult {
  const { step, view, actions, locale } = p;
  const locked = view.status === 'locked';
  const inputId = `answer-${step.id}`;
  return html`<li class="step" part="step" data-step=${step.id} data-status=${view.status}>
    <div class="step-label">${t(locale, 'step', { n: p.n })}</div>
    ${promptOf(p)}
    ${
      locked
        ? html`<p class="step-label">${t(locale, 'locked')}</p>`
        : html`<div class="row">
              ${answerBox(p, view.status === 'revealed', inputId)}
              ${checkButton(locale, view.status === 'revealed', () => {
                void actions.check(step.id, p.draft);
              })}
            </div>
            ${actionButtons(p)}`
    }
    ${stepOutcome(p)}
  </li>`;
}
