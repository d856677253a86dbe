/**
 * The player launched with xAPI: by a cmi5 LMS (endpoint, fetch, actor, registration, activityId on the address) or
 * by an older xAPI launch (endpoint, auth, actor, registration, activity_id). In cmi5's order: the auth token from
 * the fetch URL (once), LMS.LaunchData from the state API (context template, launch mode, mastery score), the
 * learner's saved work from the state API, then statements — initialized; answered for each step checked; passed or
 * failed with the scaled score and completed, once the lesson is finished (in Normal mode); terminated at the end.
 * The sessions are kept in the LRS's activity state, so a relaunch resumes. Nothing here waits on the LRS once the
 * lesson shows: statements and state go through queues that retry.
 */
import type { CompiledLesson } from '../content/compile.js';
import { componentTexts } from '../content/answer-tree.js';
import { chosenIds, isJudged } from '../tutor/grade.js';
import type { SavedSession } from '../tutor/saved.js';
import type { SessionStorage, StorageResult } from '../tutor/storage.js';
import { lessonResult, type LessonResult } from './lesson-result.js';
import { LessonSessions } from './lesson-sessions.js';
import { encodeSuspend } from './suspend.js';
import { StatementQueue, type QueueStore } from './xapi-queue.js';
import {
  answeredStatement,
  auStatement,
  isoDuration,
  type Agent,
  type Stamp,
  type StatementContext,
} from './xapi-statements.js';

export interface XapiLaunch {
  readonly kind: 'cmi5' | 'xapi';
  /** Ends with a slash. */
  readonly endpoint: string;
  readonly fetchUrl?: string;
  readonly auth?: string;
  readonly actor: Agent;
  readonly registration: string;
  readonly activityId: string;
}

const withSlash = (url: string): string => (url.endsWith('/') ? url : `${url}/`);
const isHttp = (url: string): boolean => /^https?:\/\//i.test(url);

function agentOf(text: string | null): Agent | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const a = parsed as Agent;
    // The older launch sends arrays of names and mboxes (TinCan); cmi5 an Agent with an account.
    const arrayed = a as { name?: unknown; mbox?: unknown };
    const name = Array.isArray(arrayed.name) ? String(arrayed.name[0]) : a.name;
    const mbox = Array.isArray(arrayed.mbox) ? String(arrayed.mbox[0]) : a.mbox;
    if (a.account && typeof a.account.homePage === 'string' && typeof a.account.name === 'string')
      return { objectType: 'Agent', ...(name ? { name } : {}), account: a.account };
    if (typeof mbox === 'string' && mbox.startsWith('mailto:'))
      return { objectType: 'Agent', ...(name ? { name } : {}), mbox };
  } catch {
    // not an agent
  }
  return undefined;
}

/** The xAPI launch on a page's address, if it has one; only http(s) endpoints are taken. */
export function parseXapiLaunch(params: URLSearchParams): XapiLaunch | undefined {
  const endpoint = params.get('endpoint');
  const actor = agentOf(params.get('actor'));
  const registration = params.get('registration') ?? '';
  if (!endpoint || !isHttp(endpoint) || !actor) return undefined;
  const fetchUrl = params.get('fetch');
  const activityId = params.get('activityId');
  if (fetchUrl && activityId && isHttp(fetchUrl) && registration)
    return { kind: 'cmi5', endpoint: withSlash(endpoint), fetchUrl, actor, registration, activityId };
  const auth = params.get('auth');
  const activity = params.get('activity_id');
  if (auth && activity)
    return { kind: 'xapi', endpoint: withSlash(endpoint), auth, actor, registration, activityId: activity };
  return undefined;
}

/** cmi5's LMS.LaunchData, the part that matters here. */
interface LaunchData {
  readonly contextTemplate?: Record<string, unknown>;
  readonly launchMode?: 'Normal' | 'Browse' | 'Review';
  readonly masteryScore?: number;
}

/** What the LRS keeps of the learner's work, as the activity state `urn:gd-tutor:sessions`. */
interface SavedState {
  readonly suspend: string;
  /** What was judged already: passed/failed and completed go once per registration. */
  readonly judged?: 'passed' | 'failed';
  readonly completed?: boolean;
}

const STATE_ID = 'urn:gd-tutor:sessions';
const STATE_DELAY_MS = 1_000;

export interface XapiOptions {
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
  readonly uuid?: () => string;
  readonly store?: QueueStore;
}

/** A launch with an LRS: who is learning, where their work goes, and the end of the session. */
export class XapiConnection {
  readonly learner: string;
  private storage: XapiStorage | undefined;
  private done = false;
  private readonly started: number;

  constructor(
    private readonly launch: XapiLaunch,
    private readonly auth: string,
    private readonly launchData: LaunchData,
    private readonly saved: SavedState | undefined,
    private readonly queue: StatementQueue,
    private readonly o: Required<Pick<XapiOptions, 'fetch' | 'now' | 'uuid'>>,
  ) {
    this.started = o.now();
    const a = launch.actor;
    this.learner = a.account?.name ?? a.mbox?.replace(/^mailto:/, '') ?? 'anonymous';
    this.queue.enqueue(auStatement(this.context, 'initialized', this.stamp()));
  }

  get context(): StatementContext {
    return {
      actor: this.launch.actor,
      registration: this.launch.registration,
      activityId: this.launch.activityId,
      contextTemplate: this.launchData.contextTemplate ?? {},
      cmi5: this.launch.kind === 'cmi5',
    };
  }

  stamp(): Stamp {
    return { id: this.o.uuid(), timestamp: new Date(this.o.now()).toISOString() };
  }

  duration(): string {
    return isoDuration(this.o.now() - this.started);
  }

  /** The storage of the lesson's sessions; the LMS's mastery score, when it gives one, passes instead of `passing`. */
  storageFor(lesson: CompiledLesson, passing: number): SessionStorage {
    this.storage ??= new XapiStorage(this, lesson, this.launchData.masteryScore ?? passing);
    return this.storage;
  }

  get normal(): boolean {
    return (this.launchData.launchMode ?? 'Normal') === 'Normal';
  }

  get savedState(): SavedState | undefined {
    return this.saved;
  }

  send(...statements: Parameters<StatementQueue['enqueue']>): void {
    if (!this.done) this.queue.enqueue(...statements);
  }

  /** Writes the activity state; `keepalive` at the page's end. Failures wait for the next write. */
  putState(state: SavedState, keepalive = false): void {
    const url = `${this.launch.endpoint}activities/state?${stateQuery(this.launch, STATE_ID)}`;
    void this.o
      .fetch(url, {
        method: 'PUT',
        headers: { Authorization: this.auth, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
        body: JSON.stringify(state),
        keepalive,
      })
      .catch(() => undefined);
  }

  /** Ends the session, once: the last state, terminated with the session's duration, everything left sent. */
  finish(): void {
    if (this.done) return;
    this.storage?.flush(true);
    this.queue.enqueue(auStatement(this.context, 'terminated', this.stamp(), { duration: this.duration() }));
    this.done = true;
    this.queue.flushOnExit();
  }
}

function stateQuery(launch: XapiLaunch, stateId: string): string {
  return new URLSearchParams({
    stateId,
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    ...(launch.registration ? { registration: launch.registration } : {}),
  }).toString();
}

/** The lesson's sessions, kept in the LRS's activity state; answers become statements as they are saved. */
class XapiStorage implements SessionStorage {
  private readonly sessions: LessonSessions;
  private readonly reported = new Map<string, number>();
  private judged: 'passed' | 'failed' | undefined;
  private completed: boolean;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly c: XapiConnection,
    private readonly lesson: CompiledLesson,
    private readonly passing: number,
  ) {
    const saved = c.savedState;
    this.sessions = new LessonSessions(lesson, c.learner, saved?.suspend);
    this.judged = saved?.judged;
    this.completed = saved?.completed ?? false;
    for (const e of lessonResult(lesson, this.sessions).exercises) this.reported.set(e.exercise, e.events.length);
  }

  load(key: string): StorageResult<string | undefined> {
    return this.sessions.load(key);
  }

  save(key: string, value: string): StorageResult<void> {
    const exercise = this.sessions.exerciseOf(key);
    if (exercise === undefined) return { ok: true, value: undefined };
    this.sessions.set(exercise, JSON.parse(value) as SavedSession);
    this.report(lessonResult(this.lesson, this.sessions));
    this.timer ??= setTimeout(() => {
      this.flush(false);
    }, STATE_DELAY_MS);
    return { ok: true, value: undefined };
  }

  remove(key: string): StorageResult<void> {
    const exercise = this.sessions.exerciseOf(key);
    if (exercise !== undefined) this.sessions.delete(exercise);
    return { ok: true, value: undefined };
  }

  /** The state as it is now, to the LRS. */
  flush(keepalive: boolean): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { data } = encodeSuspend(this.lesson.id, [...this.sessions.values()], 1_000_000);
    this.c.putState(
      { suspend: data, ...(this.judged ? { judged: this.judged } : {}), completed: this.completed },
      keepalive,
    );
  }

  private report(result: LessonResult): void {
    const context = this.c.context;
    for (const ex of result.exercises) {
      const exercise = this.lesson.exercises.find((e) => e.id === ex.exercise)!;
      for (const { event, grade } of ex.events.slice(this.reported.get(ex.exercise) ?? 0)) {
        if (event.type !== 'answer' || !grade || !isJudged(grade)) continue;
        const step = exercise.steps.find((s) => s.id === event.step);
        if (!step) continue;
        this.c.send(
          answeredStatement(
            context,
            {
              exercise: exercise.id,
              step: step.id,
              title: `${exercise.title}, ${step.title}`,
              ...(step.answer.type === 'choice'
                ? {
                    expected: componentTexts(step.answer.expected).join('[,]'),
                    response: chosenIds(event.text).join('[,]'),
                    choices: step.answer.options,
                  }
                : { expected: step.answer.text, response: event.text }),
              verdict: grade.kind,
              ...(grade.kind === 'misconception' ? { misconception: grade.misconception } : {}),
            },
            this.c.stamp(),
          ),
        );
      }
      this.reported.set(ex.exercise, ex.events.length);
    }
    if (!result.complete || !this.c.normal) return;
    const duration = this.c.duration();
    if (!this.judged) {
      this.judged = result.scaled >= this.passing ? 'passed' : 'failed';
      this.c.send(
        auStatement(context, this.judged, this.c.stamp(), {
          score: { scaled: result.scaled },
          success: this.judged === 'passed',
          duration,
        }),
      );
    }
    if (!this.completed) {
      this.completed = true;
      this.c.send(auStatement(context, 'completed', this.c.stamp(), { completion: true, duration }));
    }
    this.flush(false);
  }
}

async function json(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/**
 * Connects to the LRS of an xAPI launch: the token, the launch data, the saved work, then "initialized". Undefined
 * when the page was not launched so, or the launch does not answer (the player then keeps the work in the browser).
 */
export async function connectXapi(launch: XapiLaunch, options: XapiOptions = {}): Promise<XapiConnection | undefined> {
  const f = options.fetch ?? globalThis.fetch.bind(globalThis);
  const o = {
    fetch: f,
    now: options.now ?? Date.now,
    uuid: options.uuid ?? (() => crypto.randomUUID()),
  };
  const headers = (auth: string) => ({ Authorization: auth, 'X-Experience-API-Version': '1.0.3' });
  try {
    let auth = launch.auth ?? '';
    if (launch.kind === 'cmi5') {
      const token = (await json(await f(launch.fetchUrl!, { method: 'POST' }))) as { 'auth-token'?: unknown };
      if (typeof token['auth-token'] !== 'string') return undefined;
      auth = `Basic ${token['auth-token']}`;
    }
    const state = async (stateId: string): Promise<unknown> => {
      const response = await f(`${launch.endpoint}activities/state?${stateQuery(launch, stateId)}`, {
        headers: headers(auth),
      });
      return response.status === 404 ? undefined : json(response);
    };
    const launchData = (launch.kind === 'cmi5' ? await state('LMS.LaunchData') : {}) as LaunchData | undefined;
    const saved = (await state(STATE_ID).catch(() => undefined)) as SavedState | undefined;
    const queue = new StatementQueue({
      endpoint: launch.endpoint,
      auth,
      fetch: f,
      ...(options.store ? { store: options.store } : {}),
    });
    return new XapiConnection(launch, auth, launchData ?? {}, saved, queue, o);
  } catch {
    return undefined;
  }
}
