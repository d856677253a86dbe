/**
 * The SCORM runtime binding, in the browser: the framed player launched by an LMS finds the LMS's API object the way
 * the standards say (`API` for 1.2, `API_1484_11` for 2004: this window, then each parent, then the opener's), and
 * from then on the sessions of the lesson are kept in the LMS instead of the browser. It is a SessionStorage: every
 * save of a session writes the lesson's state (suspend data, compact enough for 1.2's 4,096 characters) and what a
 * gradebook reads — score, completion, success, session time, and in 2004 one interaction per checked answer — all
 * computed by replaying the logs (./lesson-result.ts). An LMS call that fails loses nothing: the work stays in the
 * page, the next save sends everything again, and the learner is told once.
 */
import type { CompiledLesson } from '../content/compile.js';
import type { DerivedStep } from '../content/derived.js';
import { componentTexts } from '../content/answer-tree.js';
import { chosenIds } from '../tutor/grade.js';
import type { SavedSession } from '../tutor/saved.js';
import type { SessionStorage, StorageResult } from '../tutor/storage.js';
import type { ScormVersion } from './launch.js';
import { lessonResult, type LessonResult } from './lesson-result.js';
import { scorm12Time, scorm2004Duration, scorm2004Timestamp } from './scorm-time.js';
import { LessonSessions } from './lesson-sessions.js';
import { encodeSuspend, SUSPEND_LIMIT, type Encoded } from './suspend.js';

/** The SCORM 1.2 API an LMS puts on a window as `API`. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 API an LMS puts on a window as `API_1484_11`. */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

type Api =
  { readonly version: '1.2'; readonly api: Scorm12Api } | { readonly version: '2004'; readonly api: Scorm2004Api };

/** How far up the standards' discovery algorithm climbs (ADL's own script gives up after 500 parents). */
const MAX_PARENTS = 500;
/** SCORM 2004 requires an LMS to keep at least 250 interactions; past that, none are sent. */
const MAX_INTERACTIONS = 250;
/** A session saves on every keystroke (drafts); those reach the LMS at the next commit, at most this much later. */
const DRAFT_COMMIT_DELAY_MS = 5_000;

const NAMES = { '1.2': 'API', '2004': 'API_1484_11' } as const;

function apiOn(win: Window, version: ScormVersion): Api | undefined {
  try {
    const candidate = (win as unknown as Record<string, unknown>)[NAMES[version]];
    if (typeof candidate !== 'object' || candidate === null) return undefined;
    if (version === '1.2' && typeof (candidate as Scorm12Api).LMSInitialize === 'function')
      return { version, api: candidate as Scorm12Api };
    if (version === '2004' && typeof (candidate as Scorm2004Api).Initialize === 'function')
      return { version, api: candidate as Scorm2004Api };
  } catch {
    // A window of another origin: its properties are not ours to read; keep climbing.
  }
  return undefined;
}

function climb(start: Window, version: ScormVersion): Api | undefined {
  let win = start;
  for (let k = 0; k <= MAX_PARENTS; k++) {
    const found = apiOn(win, version);
    if (found) return found;
    if (win.parent === win) return undefined;
    win = win.parent;
  }
  return undefined;
}

/** The LMS's API for `version`: this window and its parents, then the opener and its parents, then the top's opener. */
export function findApi(win: Window, version: ScormVersion): Api | undefined {
  const openers = [win.opener as Window | null, win.top?.opener as Window | null];
  return (
    climb(win, version) ??
    openers.reduce<Api | undefined>((f, o) => f ?? (o ? climb(o, version) : undefined), undefined)
  );
}

/** The data model names that differ between the versions. */
const ELEMENT = {
  '1.2': {
    learner: 'cmi.core.student_id',
    language: 'cmi.student_preference.language',
    entry: 'cmi.core.entry',
    mastery: 'cmi.student_data.mastery_score',
    raw: 'cmi.core.score.raw',
    min: 'cmi.core.score.min',
    max: 'cmi.core.score.max',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
  },
  '2004': {
    learner: 'cmi.learner_id',
    language: 'cmi.learner_preference.language',
    entry: 'cmi.entry',
    mastery: 'cmi.scaled_passing_score',
    raw: 'cmi.score.raw',
    min: 'cmi.score.min',
    max: 'cmi.score.max',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
  },
} as const;

/** The calls, whatever their names in this version; each failure is kept as its code and the LMS's words for it. */
class Channel {
  failure: string | undefined;

  constructor(private readonly found: Api) {}

  get version(): ScormVersion {
    return this.found.version;
  }

  private check(result: string): boolean {
    // Strings by the standard; some runtimes answer booleans.
    if (result === 'true' || (result as unknown) === true) return true;
    const { api, version } = this.found;
    const code = version === '1.2' ? api.LMSGetLastError() : api.GetLastError();
    const text = version === '1.2' ? api.LMSGetErrorString(code) : api.GetErrorString(code);
    this.failure ??= `error ${code}${text ? `: ${text}` : ''}`;
    return false;
  }

  initialize(): boolean {
    const { api, version } = this.found;
    return this.check(version === '1.2' ? api.LMSInitialize('') : api.Initialize(''));
  }

  terminate(): boolean {
    const { api, version } = this.found;
    return this.check(version === '1.2' ? api.LMSFinish('') : api.Terminate(''));
  }

  commit(): boolean {
    const { api, version } = this.found;
    return this.check(version === '1.2' ? api.LMSCommit('') : api.Commit(''));
  }

  /** A value, or '' where the LMS has none (a 2004 LMS answers "not initialized", 403, for an element never set). */
  get(element: string): string {
    const { api, version } = this.found;
    const value = version === '1.2' ? api.LMSGetValue(element) : api.GetValue(element);
    const code = version === '1.2' ? api.LMSGetLastError() : api.GetLastError();
    return code === '0' ? value : '';
  }

  set(element: string, value: string): boolean {
    const { api, version } = this.found;
    return this.check(version === '1.2' ? api.LMSSetValue(element, value) : api.SetValue(element, value));
  }
}

/** A 2004 characterstring for a fill-in response: one line, no leading "{" or "[,]" (which would parse), ≤ 250. */
const responseText = (s: string): string =>
  s.replace(/\s+/g, ' ').trim().replaceAll('[,]', '[ ,]').replace(/^\{/, '(').slice(0, 250).trim() || '-';

const idPart = (s: string): string => s.replace(/[^A-Za-z0-9_.-]/g, '-');

/**
 * The expected answer as a 2004 fill-in pattern: a vector as one response per component ("6[,]8"), the way SCORM
 * writes a fill-in with several blanks. Undefined where a response would hold a comma, which runtimes may split on.
 */
function correctPattern(answer: DerivedStep['answer']): string | undefined {
  const nodes = componentTexts(answer.expected);
  const cleaned = nodes.map((n) => responseText(n));
  return cleaned.every((n) => n !== '-' && !/[,[\]]/.test(n)) ? cleaned.join('[,]') : undefined;
}

/** The lesson's state in the LMS, as the sessions' storage. One per launch. */
class ScormStorage implements SessionStorage {
  private readonly sessions: LessonSessions;
  private readonly journaled = new Map<string, number>();
  private interactions = 0;
  private eventCount = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failureSaid = false;
  private fullSaid = false;

  constructor(
    private readonly channel: Channel,
    private readonly lesson: CompiledLesson,
    learner: string,
    private readonly passing: number,
    /** Sets the session time and commits, unless the attempt has ended. */
    private readonly commitNow: () => void,
    private readonly active: () => boolean,
  ) {
    const v = channel.version;
    const entry = channel.get(ELEMENT[v].entry);
    // A first launch ('ab-initio') has no suspend data to read; a 2004 LMS would answer "not initialized".
    const stored = entry === 'ab-initio' ? '' : channel.get('cmi.suspend_data');
    this.sessions = new LessonSessions(lesson, learner, stored);
    const result = lessonResult(lesson, this.sessions);
    for (const e of result.exercises) this.journaled.set(e.exercise, e.events.length);
    this.eventCount = result.exercises.reduce((n, e) => n + e.events.length, 0);
    if (v === '2004') this.interactions = Number(channel.get('cmi.interactions._count')) || 0;
    if (this.sessions.size === 0) {
      // Started: an LMS shows "incomplete" rather than "not attempted" from now on.
      if (v === '1.2') channel.set('cmi.core.lesson_status', 'incomplete');
      else channel.set('cmi.completion_status', 'incomplete');
      commitNow();
    }
  }

  load(key: string): StorageResult<string | undefined> {
    return this.sessions.load(key);
  }

  save(key: string, value: string): StorageResult<void> {
    const exercise = this.sessions.exerciseOf(key);
    // Only the lesson's sessions are the LMS's business (a session also keeps an unreadable save aside, say).
    if (exercise === undefined || !this.active()) return { ok: true, value: undefined };
    this.sessions.set(exercise, JSON.parse(value) as SavedSession);
    return this.write();
  }

  remove(key: string): StorageResult<void> {
    const exercise = this.sessions.exerciseOf(key);
    if (exercise === undefined || !this.active()) return { ok: true, value: undefined };
    this.sessions.delete(exercise);
    return this.write();
  }

  /** Everything the LMS keeps, from the sessions as they are now. */
  private write(): StorageResult<void> {
    const v = this.channel.version;
    let encoded: Encoded | undefined;
    try {
      encoded = encodeSuspend(this.lesson.id, [...this.sessions.values()], SUSPEND_LIMIT[v]);
    } catch {
      // A lesson whose mere outline outgrows the limit: nothing of the work can be kept there, the score still can.
      encoded = undefined;
    }
    const result = lessonResult(this.lesson, this.sessions);
    if (encoded) this.channel.set('cmi.suspend_data', encoded.data);
    this.report(result);
    if (v === '2004') this.journal(result);
    const events = result.exercises.reduce((n, e) => n + e.events.length, 0);
    // An answer, hint or solution is committed at once; typing (drafts only) at the next commit.
    if (events !== this.eventCount) {
      this.eventCount = events;
      this.commit();
    } else
      this.timer ??= setTimeout(() => {
        this.commit();
      }, DRAFT_COMMIT_DELAY_MS);

    if (this.channel.failure && !this.failureSaid) {
      this.failureSaid = true;
      return {
        ok: false,
        problem: 'unavailable',
        message: `The LMS did not save your progress (${this.channel.failure}). Your work stays on this page and is sent again with your next answer; keep the page open until then.`,
      };
    }
    if ((!encoded || encoded.droppedEvents > 0) && !this.fullSaid) {
      this.fullSaid = true;
      return {
        ok: false,
        problem: 'full',
        message: `This LMS keeps at most ${SUSPEND_LIMIT[v].toLocaleString('en')} characters of progress, and yours has outgrown them: from now on it keeps your newest actions, and the oldest will not be there next time. Everything is still on this page, and your score counts all of it.`,
      };
    }
    return { ok: true, value: undefined };
  }

  private report(result: LessonResult): void {
    const v = this.channel.version;
    const passed = result.scaled >= this.passing;
    const score = (): void => {
      this.channel.set(ELEMENT[v].raw, String(Math.round(result.scaled * 1000) / 10));
      this.channel.set(ELEMENT[v].min, '0');
      this.channel.set(ELEMENT[v].max, '100');
    };
    if (v === '1.2') {
      // 1.2 judges nothing from a score the SCO sets beside its own status: the score shows progress as it grows.
      score();
      this.channel.set('cmi.core.lesson_status', result.complete ? (passed ? 'passed' : 'failed') : 'incomplete');
      return;
    }
    // A 2004 LMS that knows the pass mark judges success from any score at once (scaled, or raw over max), so an
    // unfinished lesson would read "failed": the score goes in when the lesson is finished, progress_measure before.
    this.channel.set(
      'cmi.progress_measure',
      String(Math.round((result.completed / Math.max(1, result.exercises.length)) * 1000) / 1000),
    );
    if (result.complete) {
      score();
      this.channel.set('cmi.score.scaled', String(result.scaled));
    }
    this.channel.set('cmi.completion_status', result.complete ? 'completed' : 'incomplete');
    this.channel.set('cmi.success_status', result.complete ? (passed ? 'passed' : 'failed') : 'unknown');
  }

  /** SCORM 2004: one interaction per answer checked since the last report, as a journal. */
  private journal(result: LessonResult): void {
    for (const ex of result.exercises) {
      const exercise = this.lesson.exercises.find((e) => e.id === ex.exercise)!;
      const from = Math.min(this.journaled.get(ex.exercise) ?? 0, ex.events.length);
      for (const { event, grade } of ex.events.slice(from)) {
        if (event.type !== 'answer' || !grade || this.interactions >= MAX_INTERACTIONS) continue;
        const step = exercise.steps.find((s) => s.id === event.step);
        if (!step) continue;
        const n = `cmi.interactions.${this.interactions++}`;
        const right = grade.kind === 'correct' || grade.kind === 'carried';
        const named =
          grade.kind === 'misconception'
            ? `: ${grade.misconception.name}`
            : grade.kind === 'carried'
              ? ': right from an earlier answer'
              : '';
        this.channel.set(`${n}.id`, `urn:gd-tutor:${idPart(this.lesson.id)}:${idPart(exercise.id)}:${idPart(step.id)}`);
        // A choice is a 2004 choice interaction: responses are option ids ("a[,]c"), short identifiers.
        const choice = step.answer.type === 'choice';
        this.channel.set(`${n}.type`, choice ? 'choice' : 'fill-in');
        this.channel.set(`${n}.timestamp`, scorm2004Timestamp(new Date(event.at)));
        this.channel.set(`${n}.weighting`, '1');
        this.channel.set(
          `${n}.learner_response`,
          choice ? chosenIds(event.text).map(idPart).join('[,]') || '-' : responseText(event.text),
        );
        this.channel.set(`${n}.result`, right ? 'correct' : 'incorrect');
        const pattern = correctPattern(step.answer);
        if (pattern !== undefined) this.channel.set(`${n}.correct_responses.0.pattern`, pattern);
        this.channel.set(`${n}.description`, responseText(`${exercise.title}, ${step.title}${named}`));
      }
      this.journaled.set(ex.exercise, ex.events.length);
    }
  }

  commit(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.commitNow();
  }
}

/** A launch by an LMS: who is learning, where their work goes, and the end of the attempt. */
export class ScormConnection {
  readonly learner: string;
  /** The learner's preferred language as the LMS states it (fr, fr-FR), or '' when it does not. */
  readonly language: string;
  private storage: ScormStorage | undefined;
  private done = false;
  private readonly started: number;

  constructor(
    private readonly channel: Channel,
    private readonly now: () => number,
  ) {
    this.started = now();
    this.learner = channel.get(ELEMENT[channel.version].learner) || 'anonymous';
    this.language = channel.get(ELEMENT[channel.version].language);
  }

  get version(): ScormVersion {
    return this.channel.version;
  }

  /** The storage of `lesson`'s sessions; `passing` is used where the LMS does not give its own pass mark. */
  storageFor(lesson: CompiledLesson, passing: number): SessionStorage {
    if (this.storage) return this.storage;
    const v = this.channel.version;
    const mastery = this.channel.get(ELEMENT[v].mastery);
    const lmsPassing = mastery === '' ? NaN : v === '1.2' ? Number(mastery) / 100 : Number(mastery);
    this.storage = new ScormStorage(
      this.channel,
      lesson,
      this.learner,
      lmsPassing >= 0 && lmsPassing <= 1 ? lmsPassing : passing,
      () => {
        this.commit();
      },
      () => !this.done,
    );
    return this.storage;
  }

  /** The session time so far, then Commit: an LMS may keep only what was committed. */
  private commit(): void {
    if (this.done) return;
    const v = this.channel.version;
    const ms = this.now() - this.started;
    this.channel.set(ELEMENT[v].sessionTime, v === '1.2' ? scorm12Time(ms) : scorm2004Duration(ms));
    this.channel.commit();
  }

  /**
   * Ends the attempt, once: exit "suspend" (so that the next launch resumes, even after a pass: the learner may
   * come back to review), the session time, a last commit, Terminate.
   */
  finish(): void {
    if (this.done) return;
    this.channel.set(ELEMENT[this.channel.version].exit, 'suspend');
    if (this.storage) this.storage.commit();
    else this.commit();
    this.done = true;
    this.channel.terminate();
  }
}

/**
 * Connects to the LMS that launched this page, if any: the API found and initialized. Undefined when there is none
 * (the package opened outside an LMS) or it refuses to start; the player then keeps the work in the browser.
 */
export function connectScorm(
  win: Window,
  version: ScormVersion,
  now: () => number = Date.now,
): ScormConnection | undefined {
  const found = findApi(win, version);
  if (!found) return undefined;
  const channel = new Channel(found);
  if (!channel.initialize()) return undefined;
  return new ScormConnection(channel, now);
}
