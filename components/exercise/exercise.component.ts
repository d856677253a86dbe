import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledExercise, Policy } from '../../src/content/compile.js';
import type { Grade } from '../../src/tutor/grade.js';
import { Session, type TutorEvent } from '../../src/tutor/session.js';
import { checkerNeededToOpen, checkerReady, loadChecker, loadError } from '../../src/tutor/checker.js';
import type { SessionStorage } from '../../src/tutor/storage.js';
import { emit } from '../events.js';
import { mathStyles } from '../render/math.styles.js';
import { ScrollBoxes } from '../render/scroll-boxes.js';
import { markdown, useRenderedProse } from '../render/markdown.js';
import { t, type Locale } from '../strings.js';
import { exerciseStyles } from './exercise.styles.js';
import { renderStep, type StepActions, type StepProps } from './step-view.js';
import { loadedGrid, loadGrid, needsGrid, type GridModule } from '../grid/load.js';
import { browserStorage } from '../storage.js';
import { whenIdle } from '../idle.js';
import { oneLanguage, partLanguage, type Languages } from '../render/languages.js';
import { exercisePlots, loadedPlots, loadPlots, type PlotModule } from '../plot/load.js';
import { loadReader } from '../math-input/reader.js';

const DEFAULT_POLICY: Policy = {
  attempts: 3,
  hintCost: 0.1,
  solutionCost: 1,
  retryCost: 0.1,
  carriedForwardCredit: 1,
  unlock: 'sequential',
};

/**
 * @tagname gd-exercise
 * @summary One exercise, worked step by step: its statement, each step's question, answer box, hints,
 * feedback and worked solution, and a summary with the score.
 *
 * @fires gd-graded - A step was checked: detail {exercise, step, verdict, misconception?, answer, credit, score}.
 * @fires gd-hint-shown - A hint was shown: detail {exercise, step, index, of, cost}.
 * @fires gd-solution-shown - A worked solution was shown: detail {exercise, step}.
 * @fires gd-exercise-completed - Every step is done: detail {exercise, score, earned, possible}.
 *
 * @csspart step - Each step.
 * @csspart check-button - A step's Check button.
 * @csspart hint-button - A step's hint button.
 * @csspart solution-button - A step's "show solution" button.
 * @csspart feedback - A step's feedback (a live region).
 * @csspart hints - The hints shown.
 * @csspart solution - A revealed worked solution.
 * @csspart summary - The score and its deductions.
 * @csspart grid - An answer grid: an iteration table, or a matrix typed entry by entry.
 * @csspart grid-toggle - A matrix step's "Type in a grid" button.
 *
 * @cssproperty --gd-font-family - Text font.
 * @cssproperty --gd-color-text - Text colour.
 * @cssproperty --gd-color-accent - The Check button and links.
 * @cssproperty --gd-color-correct - Correct answers (with a ✓: colour is never the only signal).
 * @cssproperty --gd-color-incorrect - Wrong answers (with a ✗).
 * @cssproperty --gd-color-surface - Panels.
 * @cssproperty --gd-radius - Corner radius.
 */
export class GdExercise extends LitElement {
  static override styles = [mathStyles, exerciseStyles];

  /** Formula boxes that overflow become keyboard stops. */
  private readonly scrollBoxes = new ScrollBoxes(this);

  static override properties = {
    exercise: { attribute: false },
    policy: { attribute: false },
    lessonId: { attribute: 'lesson-id' },
    learner: {},
    locale: {},
    compact: { type: Boolean, reflect: true },
    storage: { attribute: false },
    session: { attribute: false },
    languages: { attribute: false },
  };

  /** The compiled exercise (from a compiled lesson). */
  declare exercise: CompiledExercise | undefined;
  /** The lesson's policy: attempts, hint and solution costs, unlocking. */
  declare policy: Policy;
  /** The lesson's id, part of where progress is saved. */
  declare lessonId: string;
  /** Who is learning, part of where progress is saved. */
  declare learner: string;
  declare locale: Locale;
  declare compact: boolean;
  /** Where progress is kept: localStorage by default. */
  declare storage: SessionStorage | undefined;
  /**
   * A session the host opened for this exercise (a lesson's, which tallies the lesson's progress from it);
   * without one the element opens its own from exercise, policy, lesson-id, learner and storage.
   */
  declare session: Session | undefined;
  /**
   * The languages of the exercise's text, when they are not all `locale`: a lesson compiled in one language and
   * written in another (set by `<gd-lesson>` from the lesson's `language` and `proseLanguage`).
   */
  declare languages: Languages | undefined;

  private opened: Session | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly lastGrades = new Map<string, Grade>();
  /** The answer grids (an iteration table as one table, a matrix's grid input): loaded for an exercise that has one. */
  private grid: GridModule | undefined = loadedGrid();
  private gridStyled = false;
  /** The number each step shows ("Step 2"): with the grids, a table's cells all show their table's. */
  private numbers: readonly number[] = [];
  /** Per table, the cell the learner was last in (its step's index): its question is shown under the table. */
  private readonly activeCells = new Map<string, number>();
  /** Matrix steps typed in a grid: their cells as typed (a half-typed entry is kept as is). */
  private readonly grids = new Map<string, string[][]>();
  /** The plot elements: loaded once the browser is idle after the first answer box is ready (see plot/load.ts). */
  private plots: PlotModule | undefined = loadedPlots();
  private cancelPlots: (() => void) | undefined;
  /** The checker and the reader are loaded once the browser is idle after the first render (see src/tutor/checker.ts). */
  private engineAsked = false;
  /** Why the exercise's saved work could not be restored (the checker did not load): said instead of the exercise. */
  private failure: string | undefined;
  /** Steps whose last Check could not be made because the checker did not load: what to say beside each. */
  private readonly checkFailures = new Map<string, string>();

  constructor() {
    super();
    this.exercise = undefined;
    this.policy = DEFAULT_POLICY;
    this.lessonId = 'lesson';
    this.learner = 'anonymous';
    this.locale = 'en';
    this.compact = false;
    this.storage = undefined;
    this.session = undefined;
    this.languages = undefined;
  }

  /** The session behind the element, for hosts and tests that script a learner. */
  get tutorSession(): Session | undefined {
    return this.opened;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('exercise')) {
      useRenderedProse(this.exercise?.html);
      if (!this.grid && needsGrid(this.exercise?.steps ?? []))
        void loadGrid().then((grid) => {
          this.grid = grid;
          this.requestUpdate();
        });
    }
    if (
      changed.has('exercise') ||
      changed.has('lessonId') ||
      changed.has('learner') ||
      changed.has('policy') ||
      changed.has('storage') ||
      changed.has('session') ||
      changed.has('locale')
    )
      this.open();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.cancelPlots?.();
    this.cancelPlots = undefined;
  }

  protected override updated(): void {
    // The grids' styles arrive with their module: adopted beside the element's own.
    const sheet = this.grid?.gridStyles.styleSheet;
    if (sheet && !this.gridStyled && this.shadowRoot) {
      this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, sheet];
      this.gridStyled = true;
    }
    if (!this.engineAsked && this.opened) {
      this.engineAsked = true;
      // A failure here is said, and tried again, when the learner checks.
      whenIdle(() => {
        loadChecker().catch(() => undefined);
        void loadReader();
      }, 300);
    }
    if (this.plots || this.cancelPlots || !this.exercise) return;
    this.cancelPlots = whenIdle(() => {
      void loadPlots().then((plots) => {
        this.plots = plots;
        this.requestUpdate();
      });
    }, 500);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.exercise && !this.opened) this.open();
  }

  private open(): void {
    this.unsubscribe?.();
    this.lastGrades.clear();
    this.activeCells.clear();
    this.grids.clear();
    if (!this.exercise) {
      this.opened = undefined;
      return;
    }
    const storage = this.storage ?? browserStorage();
    if (!this.session && checkerNeededToOpen(storage, this.lessonId, [this.exercise.id], this.learner)) {
      // The saved answers are replayed through the checker: the exercise is shown once it is here.
      this.opened = undefined;
      void this.withChecker(
        () => {
          this.open();
        },
        (error) => {
          this.failure = t(this.locale, 'restoreFailed', { message: loadError(error) });
        },
      );
      return;
    }
    this.opened =
      this.session ??
      new Session({
        exercise: this.exercise,
        policy: this.policy,
        lesson: this.lessonId,
        learner: this.learner,
        storage,
        locale: this.locale,
      });
    this.unsubscribe = this.opened.on((e) => {
      this.forward(e);
    });
  }

  /** Session events become DOM events for the host page. */
  private forward(e: TutorEvent): void {
    const exercise = this.exercise!.id;
    switch (e.type) {
      case 'graded':
        emit(this, 'gd-graded', {
          exercise,
          step: e.step,
          verdict: e.grade.kind,
          ...(e.grade.kind === 'misconception' ? { misconception: e.grade.misconception.id } : {}),
          answer: this.opened!.draftOf(e.step),
          credit: e.credit,
          score: e.score,
        });
        break;
      case 'hint-shown':
        emit(this, 'gd-hint-shown', { exercise, step: e.step, index: e.index, of: e.of, cost: e.cost });
        break;
      case 'solution-shown':
        emit(this, 'gd-solution-shown', { exercise, step: e.step });
        break;
      case 'completed':
        emit(this, 'gd-exercise-completed', { exercise, score: e.score, earned: e.earned, possible: e.possible });
        break;
      case 'notice':
        break;
    }
    this.requestUpdate();
  }

  /** Runs `then` once the checker is loaded; whether it was (if not, `failed` is given the error, and nothing is lost). */
  private async withChecker(then: () => void, failed: (error: unknown) => void): Promise<boolean> {
    try {
      await loadChecker();
    } catch (e) {
      failed(e);
      this.requestUpdate();
      return false;
    }
    this.failure = undefined;
    then();
    this.requestUpdate();
    return true;
  }

  private readonly actions: StepActions = {
    check: async (step, text) => {
      // Checked before the checker has arrived (it loads once the page is idle): the answer waits for it.
      const failed = (error: unknown) => {
        this.checkFailures.set(step, t(this.locale, 'checkerFailed', { message: loadError(error) }));
      };
      if (!checkerReady() && !(await this.withChecker(() => undefined, failed))) return false;
      this.checkFailures.delete(step);
      const s = this.opened;
      if (!s) return false;
      const g = s.answer(step, text);
      if (g.kind === 'locked' || g.kind === 'unknown-step') return false;
      this.lastGrades.set(step, g);
      this.requestUpdate();
      const right = g.kind === 'correct' || g.kind === 'carried';
      if (right) void this.focusNext(step);
      return right;
    },
    draft: (step, text) => {
      this.opened?.draft(step, text);
      this.lastGrades.delete(step);
      this.requestUpdate();
    },
    hint: (step) => {
      this.opened?.hint(step);
      this.requestUpdate();
    },
    reveal: (step) => {
      this.opened?.reveal(step);
      this.requestUpdate();
    },
    grid: (step, cells) => {
      if (cells) this.grids.set(step, cells);
      else this.grids.delete(step);
      this.requestUpdate();
    },
    rendered: () => this.updateComplete,
  };

  /** After a right answer, the next step's box takes the focus, so the keyboard never has to travel. */
  private async focusNext(step: string): Promise<void> {
    await this.updateComplete;
    const steps = this.exercise!.steps;
    const next = steps[steps.findIndex((s) => s.id === step) + 1];
    if (!next) return;
    const box = this.renderRoot.querySelector<HTMLElement>(
      `[data-step="${next.id}"] gd-math-input, [data-step="${next.id}"] input, input[data-step="${next.id}"]`,
    );
    box?.focus();
  }

  private summary() {
    const view = this.opened!.view();
    if (!view.complete) return nothing;
    const pct = Math.round(view.score * 100);
    return html`<section class="summary" part="summary" aria-label=${t(this.locale, 'summary')}>
      <h3>${t(this.locale, 'scoreLine', { percent: pct, earned: view.earned, possible: view.possible })}</h3>
      <table>
        <tbody>
          ${view.steps.map(
            (v, k) =>
              html`<tr>
                <th scope="row">
                  ${t(this.locale, 'stepTitled', { n: this.numbers[k] ?? k + 1, title: this.exercise!.steps[k]!.title })}
                </th>
                <td class="credit">${t(this.locale, 'credit', { value: v.credit })}</td>
                <td>
                  ${v.deductions.length > 0 ? v.deductions.map((d) => d.text).join(t(this.locale, 'deductionSeparator')) : t(this.locale, 'none')}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  override render() {
    const exercise = this.exercise;
    const session = this.opened;
    const failure = this.failure ? html`<p class="notice" role="alert">${this.failure}</p>` : nothing;
    if (!exercise || !session) return failure;
    const view = session.view();
    const grid = this.grid;
    const groups = grid
      ? grid.groupSteps(exercise.steps)
      : exercise.steps.map((_, index) => ({ kind: 'step', index }) as const);
    this.numbers = grid ? grid.stepNumbers(groups, exercise.steps.length) : [];
    const languages = this.languages ?? oneLanguage(this.locale);
    const stepProps = (k: number): StepProps => {
      const step = exercise.steps[k]!;
      return {
        n: this.numbers[k] ?? k + 1,
        step,
        view: view.steps[k]!,
        draft: session.draftOf(step.id),
        grid: this.grids.get(step.id),
        hints: session.hintsShown(step.id),
        lastGrade: this.lastGrades.get(step.id),
        checkFailed: this.checkFailures.get(step.id),
        variables: exercise.function?.variables ?? [],
        rateSymbol: exercise.rateSymbol ?? 'α',
        hintCost: session.policy.hintCost,
        locale: this.locale,
        languages,
        compact: this.compact,
        actions: this.actions,
        matrixBox: grid?.matrixBox,
      };
    };
    return html`<article aria-labelledby="title" lang=${languages.ui}>
      <h2 id="title" lang=${languages.prose}>${exercise.title}</h2>
      ${session.notices.map((n) => html`<p class="notice" role="note">${n}</p>`)}
      <div class="statement" lang=${partLanguage(languages, exercise.written, 'statement')}>
        ${unsafeHTML(markdown(exercise.statement))}
      </div>
      ${exercisePlots(this.plots, exercise, view.steps, this.locale)}
      <ol class="steps">
        ${groups.map((g, k) => {
          if (g.kind === 'step') return renderStep(stepProps(g.index));
          const cells = g.rows.flatMap((r) => r.cells.filter((i): i is number => i !== undefined));
          const firstOpen = cells.find((i) => view.steps[i]!.status === 'open') ?? g.first;
          return grid!.renderTable({
            n: k + 1,
            table: g,
            exercise,
            step: stepProps,
            active: this.activeCells.get(g.id) ?? firstOpen,
            locale: this.locale,
            focus: (index) => {
              if (this.activeCells.get(g.id) === index) return;
              this.activeCells.set(g.id, index);
              this.requestUpdate();
            },
          });
        })}
      </ol>
      ${this.summary()}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gd-exercise': GdExercise;
  }
}
