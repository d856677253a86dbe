/**
 * The framed player (player.html): one lesson, or one exercise of it, chosen by the address —
 * `player.html?lesson=bowl&exercise=one-step&seed=3&learner=ada` — for an LMS page to show in an iframe. It needs
 * only static files (the compiled lessons next to it, lessons/<id>/<variant>.json, and <variant>.<locale>.json in each
 * language it is compiled in: the learner's is fetched, see lessonFile), tells the parent its height
 * (src/lms/frame-height.ts), and keeps the learner's work in the browser. Launched from a SCORM package, it reports
 * to the LMS instead (src/lms/scorm.ts) and falls back to the browser quietly when no LMS answers.
 */
import { html, render, type TemplateResult } from 'lit';
import '../components/lesson-elements.js';
import '../components/grid/lazy.js';
import { browserStorage } from '../components/storage.js';
import type { CompiledLesson } from '../src/content/compile.js';
import { LessonSession, openCompiledLesson } from '../src/tutor/lesson.js';
// The checker with the player from the start: it restores the LMS's saved work and reports the score at launch.
import '../src/tutor/grade.js';
import type { SessionStorage } from '../src/tutor/storage.js';
import { postHeight } from '../src/lms/frame-height.js';
import { learnerLocale, lessonFile, parseLaunch, type PlayerLaunch } from '../src/lms/launch.js';
import { connectXapi, parseXapiLaunch } from '../src/lms/cmi5.js';
import type { QueueStore } from '../src/lms/xapi-queue.js';
import { connectScorm } from '../src/lms/scorm.js';
import { hashString } from '../src/math/random.js';
import { VARIANTS } from './site.js';

const main = document.getElementById('player')!;
postHeight(main);

/** A SCORM package's launch page carries its launch as JSON in the page, since LMSs pass query strings unevenly. */
function inlineConfig(): Record<string, unknown> {
  const script = document.getElementById('gd-player-config');
  if (!script?.textContent) return {};
  try {
    const data: unknown = JSON.parse(script.textContent);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const problem = (title: string, message: string): TemplateResult =>
  html`<section class="problem" role="alert">
    <h1>${title}</h1>
    <p>${message}</p>
  </section>`;

function show(view: TemplateResult, title: string): void {
  document.title = title;
  render(view, main);
}

/** An LMS that launched the page: SCORM's runtime or an LRS (cmi5, xAPI). */
interface LmsConnection {
  readonly learner: string;
  /** The learner's language as the LMS states it (SCORM's learner preference), if it does. */
  readonly language?: string;
  storageFor(lesson: CompiledLesson, passing: number): SessionStorage;
  finish(): void;
}

/** Statements not yet sent, kept in the browser per registration, so a reload sends them. */
function queueStore(registration: string): QueueStore {
  const key = `gd-tutor:xapi-queue:${registration}`;
  return {
    load: () => {
      try {
        return localStorage.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    save: (text) => {
      localStorage.setItem(key, text);
    },
  };
}

async function connect(launch: PlayerLaunch): Promise<LmsConnection | undefined> {
  const xapi = parseXapiLaunch(new URLSearchParams(location.search));
  if (xapi) return connectXapi(xapi, { store: queueStore(xapi.registration) });
  return launch.scorm ? connectScorm(window, launch.scorm) : undefined;
}

/** The lesson at `url`; where it is not there (a host that copied only <variant>.json), at `fallback`. */
async function fetchLesson(url: string, fallback: string): Promise<CompiledLesson> {
  let response = await fetch(url);
  if (response.status === 404 && fallback !== url) response = await fetch(fallback);
  if (!response.ok)
    throw new Error(response.status === 404 ? 'there is no such lesson here' : `HTTP ${response.status}`);
  const data = (await response.json()) as { issues?: unknown };
  if (Array.isArray(data.issues)) throw new Error(`the lesson has errors: ${data.issues.join('; ')}`);
  const opened = openCompiledLesson(data);
  if (!opened.ok) throw new Error(opened.message);
  return opened.lesson;
}

function view(launch: PlayerLaunch, lesson: CompiledLesson, learner: string, storage?: SessionStorage): void {
  // The launch's language when it says one; otherwise the lesson's own.
  const locale = launch.locale ?? lesson.language ?? 'en';
  document.documentElement.lang = locale;
  if (launch.exercise === undefined) {
    show(
      html`<gd-lesson
        .lesson=${lesson}
        .storage=${storage}
        learner=${learner}
        locale=${locale}
        lang=${locale}
      ></gd-lesson>`,
      lesson.title,
    );
    return;
  }
  const exercise = lesson.exercises.find((e) => e.id === launch.exercise);
  if (!exercise) {
    show(
      problem(
        'This exercise could not be found',
        `The lesson “${lesson.title}” has no exercise “${launch.exercise}”; it has ${lesson.exercises.map((e) => e.id).join(', ')}.`,
      ),
      lesson.title,
    );
    return;
  }
  // One exercise of the lesson, in the lesson's session: the same progress the LMS adapters tally.
  const session = new LessonSession({
    lesson,
    learner,
    storage: storage ?? browserStorage(),
    locale,
  }).exercise(exercise.id);
  show(
    html`<gd-exercise
      .exercise=${exercise}
      .session=${session}
      .policy=${lesson.policy}
      .storage=${storage}
      lesson-id=${lesson.id}
      learner=${learner}
      locale=${locale}
      lang=${locale}
    ></gd-exercise>`,
    exercise.title,
  );
}

async function start(): Promise<void> {
  const parsed = parseLaunch(new URLSearchParams(location.search), inlineConfig());
  if (!parsed.ok) {
    show(problem('Nothing to show', parsed.message), 'gd-tutor');
    return;
  }
  const launch = parsed.launch;
  if (launch.locale) document.documentElement.lang = launch.locale;
  // Launched by an LMS: its learner, its storage; none found (a package opened outside an LMS): the browser, quietly.
  const lms = await connect(launch);
  const learner = lms?.learner ?? launch.learner;
  // Each LMS learner gets a variant of their own, the same at every launch.
  const seed = launch.seed ?? (lms ? hashString(lms.learner) : 0);
  // The lesson in the learner's language, when it is compiled in it: the launch's, the LMS's, the browser's.
  const locale = learnerLocale([launch.locale, lms?.language, navigator.language]);
  const variant = seed % (launch.variants ?? VARIANTS);
  const url = lessonFile(launch, variant, locale);
  let lesson: CompiledLesson;
  try {
    lesson = await fetchLesson(url, lessonFile(launch, variant, undefined));
  } catch (e) {
    show(problem('The lesson could not be loaded', `${url}: ${(e as Error).message}.`), 'gd-tutor');
    lms?.finish();
    return;
  }
  view(launch, lesson, learner, lms?.storageFor(lesson, launch.passing));
  if (lms)
    // pagehide, not unload: it fires too when the LMS removes the frame, and when the page enters the back/forward cache.
    window.addEventListener('pagehide', () => {
      lms.finish();
    });
}

void start();
