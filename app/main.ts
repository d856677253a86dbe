/// <reference types="vite/client" />
/**
 * The app shell: an index of the lessons in the course's units and order (#/) and one lesson per page
 * (#/lesson/<id>). It only fetches compiled JSON (lessons/…, written by
 * scripts/vite-plugin-lessons.ts), each lesson compiled in the browser's language (en, fr); the compiler never
 * reaches the browser.
 * A lesson with errors shows them, as file:line:col: message, instead of a
 * blank page. In dev, saving a lesson file re-renders the page showing it.
 */
// First: it requests the lesson the page opens on before the rest of the script is evaluated.
import { getJson, HttpError, LOCALE, routeOf, SEED, seededLessonUrl, type Route } from './first-request.js';
import { html, nothing, render, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../components/lesson-elements.js';
import '../components/grid/lazy.js';
import '../components/lazy-engine.js';
import { whenIdle } from '../components/idle.js';
import { issueList, lessonHref, plural } from './page-parts.js';
import {
  COURSE_URL,
  INDEX_URL,
  LESSON_CHANGED,
  type CourseEntry,
  type LessonEntry,
  type LessonIssues,
  type LessonJson,
} from './site.js';

/**
 * The teacher's "Use this lesson" panel: loaded once the browser is idle after the lesson's first answer box, so
 * a learner's page does not wait for it (the page's JavaScript and time to first input are budgets).
 */
type UsePanel = typeof import('./use-lesson.js');
/** The printable answer key: loaded by its own page only, so a learner's lesson page does not carry it (a budget). */
type AnswerKey = typeof import('../components/render/answer-key.js');
let usePanel: UsePanel | undefined;

const LEARNER = 'local';
const SITE = 'gd-tutor';

const isCourseEntry = (data: unknown): data is CourseEntry =>
  typeof data === 'object' && data !== null && 'units' in data && Array.isArray(data.units) && 'errors' in data;

const hasIssues = (data: unknown): data is LessonIssues =>
  typeof data === 'object' && data !== null && 'issues' in data && Array.isArray(data.issues);

const backLink = html`<nav class="crumbs" aria-label="Breadcrumb"><a href="#/">← All lessons</a></nav>`;

function issuesView(id: string, issues: readonly string[]): TemplateResult {
  return html`${backLink}
    <section class="problem" role="alert" aria-labelledby="problem-title">
      <h1 id="problem-title">The lesson “${id}” has ${plural(issues.length, 'error')}</h1>
      ${import.meta.env.DEV ? html`<p>Fix the lesson file and save it: this page updates by itself.</p>` : nothing}
      ${issueList(issues)}
    </section>`;
}

function failureView(what: string, error: unknown, back: boolean): TemplateResult {
  const message = error instanceof Error ? error.message : String(error);
  const fileUrl = location.protocol === 'file:';
  return html`${back ? backLink : nothing}
    <section class="problem" role="alert" aria-labelledby="problem-title">
      <h1 id="problem-title">${what}</h1>
      <p>${fileUrl ? 'Browsers do not load lessons from a file:// page.' : `The request failed: ${message}.`}</p>
      ${
        fileUrl
          ? html`<p>Serve this folder over HTTP instead, for instance with <code>npx vite preview</code>.</p>`
          : nothing
      }
    </section>`;
}

/** Bumped on each re-render of a lesson, so its element is created afresh and restores the saved progress. */
let version = 0;

function lessonView(id: string, lesson: Exclude<LessonJson, LessonIssues>, src: string): TemplateResult {
  return html`${backLink}
  ${keyed(
    version,
    html`<gd-lesson
      src=${src}
      seed=${SEED}
      learner=${LEARNER}
      locale=${LOCALE}
      lang=${LOCALE}
      data-lesson=${id}
      .lesson=${lesson}
    ></gd-lesson>`,
  )}
  ${usePanel ? usePanel.useLessonPanel(usePanel.siteBase(location.href), id, lesson.title) : nothing}`;
}

/** The printable answer key of the variant this browser sees. */
function keyView(
  id: string,
  lesson: Exclude<LessonJson, LessonIssues>,
  { ANSWER_KEY_CSS, answerKeyHtml }: AnswerKey,
): TemplateResult {
  return html`<nav class="crumbs no-print" aria-label="Breadcrumb">
      <a href="#/">← All lessons</a> · <a href=${lessonHref(id)}>Back to the lesson</a> ·
      <button
        type="button"
        @click=${() => {
          window.print();
        }}
      >
        Print
      </button>
    </nav>
    ${unsafeHTML(`<style>${ANSWER_KEY_CSS}</style>${answerKeyHtml(lesson)}`)}`;
}

/** Where the pages render: the page's <main>, taken when the script starts (see start() below). */
let main!: HTMLElement;
let route: Route = { name: 'index' };
/** The latest render started: an older fetch that resolves late is dropped. */
let generation = 0;

const status = (text: string) => html`<p class="status" role="status">${text}</p>`;

/**
 * Renders `next`. On navigation the page starts at the top with focus on the
 * content; a refresh (a lesson file was saved) keeps the scroll and the focus.
 */
async function show(next: Route, how: 'load' | 'navigate' | 'refresh'): Promise<void> {
  route = next;
  const current = ++generation;
  if (how !== 'refresh') render(status('Loading…'), main);
  const scroll = window.scrollY;
  let view: TemplateResult;
  let title = SITE;
  if (next.name === 'index') {
    try {
      // The course file is optional: without one (404), the index is in file-name order.
      const [data, course] = await Promise.all([getJson(INDEX_URL), getJson(COURSE_URL).catch(() => undefined)]);
      if (!Array.isArray(data)) throw new Error('the list of lessons is not a list');
      const entry = isCourseEntry(course) ? course : undefined;
      // The course index is a module of its own, which a lesson page does not load (its JavaScript is a budget).
      const index = await import('./course-index.js');
      view = index.indexView(data as LessonEntry[], entry, LOCALE);
      title = `${index.indexTitle(entry, LOCALE)} — ${SITE}`;
    } catch (e) {
      view = failureView('The lessons could not be loaded', e, false);
    }
  } else if (next.name === 'lesson') {
    // Compiled in the page's language: the engine's prompts, hints and feedback speak the learner's language.
    const src = seededLessonUrl(next.id);
    try {
      const data = (await getJson(src)) as LessonJson;
      if (hasIssues(data)) {
        view = issuesView(next.id, data.issues);
        title = `Errors in ${next.id} — ${SITE}`;
      } else {
        version++;
        view = next.key
          ? keyView(next.id, data, await import('../components/render/answer-key.js'))
          : lessonView(next.id, data, src);
        if (!next.key && !usePanel) afterFirstInput(current, () => lessonView(next.id, data, src));
        title = next.key ? `${data.title}, answer key — ${SITE}` : `${data.title} — ${SITE}`;
      }
    } catch (e) {
      view =
        e instanceof HttpError && e.status === 404
          ? missingView(`There is no lesson “${next.id}”.`)
          : failureView('The lesson could not be loaded', e, true);
    }
  } else {
    view = missingView('There is no page at this address.');
  }
  if (current !== generation) return;
  document.title = title;
  render(view, main);
  if (how === 'navigate') {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  } else if (how === 'refresh') {
    await main.querySelector('gd-lesson')?.updateComplete;
    if (window.scrollY !== scroll) window.scrollTo(0, scroll);
  }
}

/** Loads the teacher's panel once the browser is idle, then shows it under the lesson if that page is still shown. */
function afterFirstInput(rendered: number, view: () => TemplateResult): void {
  whenIdle(() => {
    import('./use-lesson.js').then(
      (panel) => {
        usePanel = panel;
        if (rendered === generation) render(view(), main);
      },
      (e: unknown) => {
        console.warn('gd-tutor: the “Use this lesson” panel could not be loaded', e);
      },
    );
  }, 1000);
}

function missingView(message: string): TemplateResult {
  return html`${backLink}
    <h1>Not found</h1>
    <p>${message}</p>`;
}

/** Starts the app on the page's <main>. */
function start(): void {
  main = document.getElementById('main')!;
  window.addEventListener('hashchange', () => {
    const next = routeOf(location.hash);
    if (next) void show(next, 'navigate');
  });

  // The skip link moves focus to the content without touching the route.
  document.querySelector<HTMLAnchorElement>('.skip-link')?.addEventListener('click', (e) => {
    e.preventDefault();
    main.focus();
  });

  if (import.meta.hot)
    import.meta.hot.on(LESSON_CHANGED, ({ id }) => {
      if (route.name === 'index' || (route.name === 'lesson' && route.id === id)) void show(route, 'refresh');
    });

  void show(routeOf(location.hash) ?? { name: 'index' }, 'load');
}

/**
 * The script is async (index.html): it runs as soon as it is loaded, not once the parser has finished the
 * page, which the browser may put off until after a first layout and paint of the empty page (tens of
 * milliseconds on a slow CPU before the lesson is even requested). It needs <main> and the skip link before it:
 * once the parser has gone past <main> (its next sibling is there), they are whole.
 */
if (document.readyState !== 'loading' || document.getElementById('main')?.nextElementSibling) start();
else document.addEventListener('DOMContentLoaded', start, { once: true });
