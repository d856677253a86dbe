import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledLesson } from '../../src/content/compile.js';
import { LessonSession, openCompiledLesson } from '../../src/tutor/lesson.js';
import { checkerNeededToOpen, loadChecker, loadError } from '../../src/tutor/checker.js';
import type { SessionStorage } from '../../src/tutor/storage.js';
import { emit } from '../events.js';
import { browserStorage } from '../storage.js';
import { whenIdle } from '../idle.js';
import { mathStyles } from '../render/math.styles.js';
import { ScrollBoxes } from '../render/scroll-boxes.js';
import { markdown, useRenderedProse } from '../render/markdown.js';
import { isLocale, t, type Locale } from '../strings.js';
import { languagesOf } from '../render/languages.js';
import { warnMixedLanguages } from './mixed-languages.js';
import { lessonStyles } from './lesson.styles.js';

type Loaded =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; lesson: CompiledLesson }
  | { state: 'failed'; message: string }
  | { state: 'issues'; issues: string[] };

/** What the dev server and the build write in place of a lesson that has errors. */
const isIssues = (data: unknown): data is { issues: string[] } =>
  typeof data === 'object' && data !== null && 'issues' in data && Array.isArray(data.issues);

/**
 * The text of a `<script type="application/json">` child, for hosts that cannot serve files. While the parser is
 * still adding the children, it is read once the document is parsed.
 */
function inlineJson(host: Element, use: (text: string) => void): void {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script && document.readyState === 'loading') {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        inlineJson(host, use);
      },
      { once: true },
    );
    return;
  }
  if (script?.textContent) use(script.textContent);
}

/**
 * @tagname gd-lesson
 * @summary A whole lesson: its introduction and its exercises, with overall progress.
 *
 * @fires gd-lesson-progress - An exercise was completed: detail {lesson, completed, exercises, score}.
 * Events of the exercises (gd-graded, gd-hint-shown, gd-solution-shown, gd-exercise-completed) bubble through.
 *
 * @slot - Shown while the lesson loads.
 * @csspart progress - The progress line.
 *
 * @cssproperty --gd-max-width - The lesson's width (default 52rem).
 * @cssproperty --gd-font-family - Text font.
 * @cssproperty --gd-color-accent - The progress bar and buttons.
 */
export class GdLesson extends LitElement {
  static override styles = [mathStyles, lessonStyles];

  /** Formula boxes that overflow become keyboard stops. */
  private readonly scrollBoxes = new ScrollBoxes(this);

  static override properties = {
    src: {},
    lesson: { attribute: false },
    learner: {},
    locale: {},
    compact: { type: Boolean, reflect: true },
    storage: { attribute: false },
  };

  /** URL of a compiled lesson (JSON). */
  declare src: string;
  /** A compiled lesson, given directly instead of by src. */
  declare lesson: CompiledLesson | undefined;
  declare learner: string;
  /**
   * The learner's language (en, fr) for the buttons, the messages and how numbers are read (2,4 in fr). Without
   * it, the lesson's own `language` decides, so a French lesson speaks French everywhere; given, it overrides.
   */
  declare locale: Locale | undefined;
  declare compact: boolean;
  declare storage: SessionStorage | undefined;
  private loadedState: Loaded = { state: 'idle' };
  /** The lesson's session: the exercises' sessions and the progress tallied from them. */
  private session: LessonSession | undefined;

  /** What has been loaded; setting it re-renders. */
  private get loaded(): Loaded {
    return this.loadedState;
  }

  private set loaded(value: Loaded) {
    this.loadedState = value;
    this.session = undefined;
    this.requestUpdate();
  }

  private request = 0;

  constructor() {
    super();
    this.src = '';
    this.lesson = undefined;
    this.learner = 'anonymous';
    this.locale = undefined;
    this.compact = false;
    this.storage = undefined;
    this.addEventListener('gd-exercise-completed', (e) => {
      const lesson = this.current;
      const session = this.lessonSession();
      this.requestUpdate();
      if (lesson && session)
        emit(this, 'gd-lesson-progress', {
          lesson: lesson.id,
          completed: session.progress().completed,
          exercises: lesson.exercises.length,
          score: e.detail.score,
        });
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.src || this.lesson) return;
    inlineJson(this, (text) => {
      if (this.src || this.lesson) return;
      try {
        this.lesson = JSON.parse(text) as CompiledLesson; // checked like any lesson given, in willUpdate
      } catch (e) {
        this.loaded = { state: 'failed', message: (e as Error).message };
      }
    });
  }

  private get current(): CompiledLesson | undefined {
    return this.loaded.state === 'ready' ? this.loaded.lesson : undefined;
  }

  /** The language spoken: the `locale` given, else the lesson's, else English. */
  private get language(): Locale {
    return this.locale ?? this.current?.language ?? 'en';
  }

  /** The lesson's session, opened for the lesson, learner and storage shown (exercises restored complete count). */
  private lessonSession(): LessonSession | undefined {
    const lesson = this.current;
    if (!lesson) return undefined;
    const storage = this.storage ?? browserStorage();
    if (
      !this.session &&
      checkerNeededToOpen(
        storage,
        lesson.id,
        lesson.exercises.map((e) => e.id),
        this.learner,
      )
    ) {
      // The learner's saved answers are replayed through the checker: the lesson is shown once it is here.
      this.awaitChecker();
      return undefined;
    }
    this.session ??= new LessonSession({
      lesson,
      learner: this.learner,
      storage,
      locale: this.language,
    });
    return this.session;
  }

  private awaitingChecker = false;

  /** Why the learner's saved work could not be replayed (the checker did not load); the page says so and stops there. */
  private restoreFailure: string | undefined;

  private awaitChecker(): void {
    if (this.awaitingChecker || this.restoreFailure) return;
    this.awaitingChecker = true;
    loadChecker().then(
      () => {
        this.awaitingChecker = false;
        this.requestUpdate();
      },
      (e: unknown) => {
        this.awaitingChecker = false;
        this.restoreFailure = t(this.language, 'restoreFailed', { message: loadError(e) });
        this.requestUpdate();
      },
    );
  }

  /** A lesson given or fetched is opened only in a format this version reads; otherwise it says why. */
  private show(data: unknown): Loaded {
    const opened = openCompiledLesson(data);
    return opened.ok ? { state: 'ready', lesson: opened.lesson } : { state: 'failed', message: opened.message };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && this.locale !== undefined && !isLocale(this.locale)) this.locale = undefined;
    if (changed.has('lesson') && this.lesson) this.loaded = this.show(this.lesson);
    else if (changed.has('src') && this.src && !this.lesson) void this.load(this.src);
    else if (changed.has('learner') || changed.has('storage') || changed.has('locale')) this.session = undefined;
  }

  /** Fetches the compiled lesson; a lesson with lint errors shows them instead of a blank page. */
  private async load(src: string): Promise<void> {
    const request = ++this.request;
    this.loaded = { state: 'loading' };
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      const data = (await response.json()) as unknown;
      if (request !== this.request) return;
      this.loaded = isIssues(data) ? { state: 'issues', issues: data.issues } : this.show(data);
    } catch (e) {
      if (request === this.request) this.loaded = { state: 'failed', message: (e as Error).message };
    }
  }

  /** Reloads from src (the app calls this when the lesson file changed). */
  reload(): Promise<void> {
    return this.src ? this.load(this.src) : Promise.resolve();
  }

  override render() {
    const l = this.loaded;
    switch (l.state) {
      case 'idle':
        return nothing;
      case 'loading':
        return html`<slot><p role="status">${t(this.language, 'loading')}</p></slot>`;
      case 'failed':
        return html`<p role="alert">${t(this.language, 'loadFailed', { message: l.message })}</p>`;
      case 'issues':
        return html`<section class="issues" role="alert">
          <p>${t(this.language, 'lessonErrors')}</p>
          <ul>
            ${l.issues.map((i) => html`<li><code>${i}</code></li>`)}
          </ul>
        </section>`;
      case 'ready':
        return this.renderLesson(l.lesson);
    }
  }

  /**
   * How many exercises are rendered: the first at once, the rest once the browser is idle, so the first
   * answer box is ready sooner (time to first input is a budget). Reset when another lesson arrives.
   */
  private rendered = 1;
  private renderedFor: CompiledLesson | undefined;

  private renderRest(lesson: CompiledLesson): void {
    const all = () => {
      if (this.renderedFor !== lesson) return;
      this.rendered = lesson.exercises.length;
      this.requestUpdate();
    };
    whenIdle(all, 300);
  }

  private renderLesson(lesson: CompiledLesson) {
    const total = lesson.exercises.length;
    const session = this.lessonSession();
    if (!session)
      return this.restoreFailure
        ? html`<p role="alert">${this.restoreFailure}</p>`
        : html`<p role="status">${t(this.language, 'loading')}</p>`;
    const done = session.progress().completed;
    if (this.renderedFor !== lesson) {
      this.renderedFor = lesson;
      useRenderedProse(lesson.html);
      this.rendered = 1;
      if (total > 1) this.renderRest(lesson);
    }
    const languages = languagesOf(lesson, this.language);
    warnMixedLanguages(lesson, this.language, this.src);
    return html`<h1 lang=${languages.prose}>${lesson.title}</h1>
      ${
        lesson.introduction
          ? html`<div class="intro" lang=${languages.prose}>${unsafeHTML(markdown(lesson.introduction))}</div>`
          : nothing
      }
      <div class="progress" part="progress" lang=${languages.ui}>
        <progress max=${total} value=${done} aria-label=${t(this.language, 'progress', { done, total })}></progress>
        <span>${t(this.language, 'progress', { done, total })}</span>
      </div>
      ${lesson.exercises
        .slice(0, this.rendered)
        .map(
          (exercise) =>
            html`<gd-exercise
              .exercise=${exercise}
              .session=${session.exercise(exercise.id)}
              .policy=${lesson.policy}
              .storage=${this.storage}
              .languages=${languages}
              lesson-id=${lesson.id}
              learner=${this.learner}
              locale=${this.language}
              ?compact=${this.compact}
            ></gd-exercise>`,
        )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gd-lesson': GdLesson;
  }
}
