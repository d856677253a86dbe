/**
 * The server's one door into the engine (src/content, src/tutor, src/lms's suspend format): lessons compiled from
 * content/*.yaml, the learner's actions graded by replaying them with the tutor's own fold, and the log handed
 * back to the player in the form it restores from. Everything else in src/server speaks the plain types below,
 * so a change of the engine's API is a change of this file only. What a client says a verdict or a score was is
 * never read: only what the learner did (answered what, asked a hint, revealed a solution), in order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import {
  courseOrder,
  isCourseFile,
  loadCourse,
  loadLesson,
  type CompiledExercise,
  type CompiledLesson,
  formatIssue,
  type Course,
} from '../content/index.js';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT } from '../lms/suspend.js';
import {
  fingerprint,
  SESSION_FORMAT,
  Tracker,
  type Grade,
  type SavedSession,
  type SessionEvent,
} from '../tutor/index.js';

/** As many variants as the site builds (app/site.ts): variant v is the lesson compiled with seed v. */
export const VARIANTS = 8;

/** One thing a learner did, as the server records it (its own clock in `at`). */
export interface Action {
  readonly exercise: string;
  readonly type: 'answer' | 'hint' | 'reveal';
  readonly step: string;
  /** What was typed, for an answer. */
  readonly answer?: string;
  readonly at: number;
}

/** An action with the server's grade of it; verdict only for answers. */
export interface GradedAction extends Action {
  readonly verdict?: Grade['kind'];
  /** The named mistake, for a misconception. */
  readonly mistake?: string;
  readonly message?: string;
}

export interface Progress {
  readonly earned: number;
  readonly possible: number;
  /** Every exercise in scope complete. */
  readonly completed: boolean;
}

export interface StepInfo {
  readonly id: string;
  readonly title: string;
}

export interface LessonInfo {
  readonly id: string;
  readonly title: string;
  readonly exercises: readonly { readonly id: string; readonly title: string; readonly steps: readonly StepInfo[] }[];
}

/** One step of one exercise as the learner left it: for the teacher's replay. */
export interface StepState {
  readonly step: string;
  readonly title: string;
  readonly status: string;
  readonly answer: string;
  readonly credit: number;
}

export type ClientLog =
  | { readonly ok: true; readonly actions: ReadonlyMap<string, readonly Omit<Action, 'at'>[]> }
  | { readonly ok: false; readonly message: string };

const LESSON_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** A unit of the course, with its lessons as the picker lists them. */
export interface UnitInfo {
  readonly title: string;
  readonly lessons: readonly LessonInfo[];
}

/** The lessons of a content folder, compiled on first use per variant and kept, in the order of its course file. */
export class Grader {
  private readonly files = new Map<string, string>();
  private readonly compiled = new Map<string, CompiledLesson>();
  private readonly course: Course | undefined;
  /** The course file's problems as file:line:col: message (a course with errors is not followed: lessons go by name). */
  readonly courseIssues: readonly string[];

  constructor(private readonly contentDir: string) {
    let courseFile: string | undefined;
    for (const name of readdirSync(contentDir).sort()) {
      const ext = extname(name);
      if (isCourseFile(name)) courseFile ??= name;
      else if (ext === '.yaml' || ext === '.yml') this.files.set(basename(name, ext), join(contentDir, name));
    }
    const loaded =
      courseFile === undefined
        ? undefined
        : loadCourse(`content/${courseFile}`, readFileSync(join(contentDir, courseFile), 'utf8'), [
            ...this.files.keys(),
          ]);
    this.course = loaded?.course;
    this.courseIssues = (loaded?.issues ?? []).map(formatIssue);
  }

  /** The lesson compiled as variant `variant`; undefined when there is no such lesson or it has errors. */
  private compile(id: string, variant: number): CompiledLesson | undefined {
    const key = `${id}/${variant}`;
    const hit = this.compiled.get(key);
    if (hit) return hit;
    const path = LESSON_ID.test(id) ? this.files.get(id) : undefined;
    if (!path) return undefined;
    const result = loadLesson(`content/${basename(path)}`, readFileSync(path, 'utf8'), variant);
    if (!result.lesson || result.issues.some((i) => i.severity === 'error')) return undefined;
    this.compiled.set(key, result.lesson);
    return result.lesson;
  }

  /** Every lesson that compiles, in course order (units first, then the lessons the course leaves out). */
  lessons(): LessonInfo[] {
    const { units, rest } = this.units();
    return [...units.flatMap((u) => u.lessons), ...rest];
  }

  /** The course's units with the lessons that compile, and the lessons it leaves out, by file name. */
  units(): { units: UnitInfo[]; rest: LessonInfo[] } {
    const infos = [...this.files.keys()].flatMap((id) => {
      const info = this.lesson(id);
      return info ? [info] : [];
    });
    const ordered = courseOrder(this.course, infos, (info) => info.id);
    return {
      units: ordered.units.map((u) => ({ title: u.title, lessons: [...u.items] })),
      rest: [...ordered.rest],
    };
  }

  lesson(id: string): LessonInfo | undefined {
    const lesson = this.compile(id, 0);
    if (!lesson) return undefined;
    return {
      id: lesson.id,
      title: lesson.title,
      exercises: lesson.exercises.map((e) => ({
        id: e.id,
        title: e.title,
        steps: e.steps.map((s) => ({ id: s.id, title: s.title })),
      })),
    };
  }

  private scope(lesson: CompiledLesson, exercise: string | undefined): readonly CompiledExercise[] {
    return exercise === undefined ? lesson.exercises : lesson.exercises.filter((e) => e.id === exercise);
  }

  /**
   * The learner's actions in the suspend data the player sends (src/lms/suspend.ts), per exercise in scope:
   * verdicts and times are dropped unread. Refused when it is not that format or not this lesson.
   */
  readClientLog(lessonId: string, variant: number, exercise: string | undefined, data: string): ClientLog {
    const lesson = this.compile(lessonId, variant);
    const decoded = decodeSuspend(data);
    if (!lesson || !decoded || decoded.lesson !== lessonId)
      return { ok: false, message: `This is not the progress of lesson “${lessonId}”.` };
    const inScope = new Set(this.scope(lesson, exercise).map((e) => e.id));
    const actions = new Map<string, Omit<Action, 'at'>[]>();
    for (const session of decoded.sessions) {
      if (!inScope.has(session.exercise)) continue;
      actions.set(
        session.exercise,
        session.events.map((e) =>
          e.type === 'answer'
            ? { exercise: session.exercise, type: e.type, step: e.step, answer: e.text }
            : { exercise: session.exercise, type: e.type, step: e.step },
        ),
      );
    }
    return { ok: true, actions };
  }

  /** An attempt's grading state, empty: apply its actions in order. Undefined for an unknown lesson. */
  open(lessonId: string, variant: number, exercise: string | undefined): AttemptGrades | undefined {
    const lesson = this.compile(lessonId, variant);
    return lesson ? new AttemptGrades(lesson, this.scope(lesson, exercise)) : undefined;
  }

  /** Grades a whole attempt's actions from scratch, with the tutor's fold; undefined for an unknown lesson. */
  grade(
    lessonId: string,
    variant: number,
    exercise: string | undefined,
    actions: readonly Action[],
  ): { graded: GradedAction[]; progress: Progress; steps: StepState[] } | undefined {
    const grades = this.open(lessonId, variant, exercise);
    if (!grades) return undefined;
    const graded = grades.apply(actions);
    return { graded, progress: grades.progress(), steps: grades.steps() };
  }

  /** The attempt's log as the player restores it (cmi.suspend_data), from the server's own record. */
  clientState(lessonId: string, variant: number, exercise: string | undefined, actions: readonly Action[]): string {
    const lesson = this.compile(lessonId, variant);
    if (!lesson) return '';
    const sessions: SavedSession[] = this.scope(lesson, exercise).map((ex) => {
      const events = actions.filter((a) => a.exercise === ex.id).map(toEvent);
      const drafts: Record<string, string> = {};
      for (const e of events) if (e.type === 'answer') drafts[e.step] = e.text;
      return {
        format: SESSION_FORMAT,
        lesson: lesson.id,
        exercise: ex.id,
        seed: ex.seed,
        steps: fingerprint(ex),
        events,
        drafts,
      };
    });
    return encodeSuspend(lesson.id, sessions, SUSPEND_LIMIT['2004']).data;
  }
}

/**
 * One attempt being graded: the tutor's fold (a Tracker per exercise in scope), to which actions are applied as
 * they come, so the server need not replay a whole log for each new answer. Replaying the same actions from an
 * empty state gives the same grades: the fold is deterministic.
 */
export class AttemptGrades {
  private readonly trackers: ReadonlyMap<string, Tracker>;

  constructor(
    lesson: CompiledLesson,
    private readonly exercises: readonly CompiledExercise[],
  ) {
    this.trackers = new Map(exercises.map((e) => [e.id, new Tracker(e, lesson.policy)]));
  }

  /** Applies the actions in order; an action on an exercise out of scope is graded as nothing. */
  apply(actions: readonly Action[]): GradedAction[] {
    return actions.map((a) => ({ ...a, ...verdictOf(this.trackers.get(a.exercise)?.apply(toEvent(a))) }));
  }

  progress(): Progress {
    let earned = 0;
    let possible = 0;
    let completed = true;
    for (const tracker of this.trackers.values()) {
      const view = tracker.view();
      earned += view.earned;
      possible += view.possible;
      completed &&= view.complete;
    }
    return { earned: Math.round(earned * 1000) / 1000, possible, completed };
  }

  steps(): StepState[] {
    return this.exercises.flatMap((ex) =>
      this.trackers
        .get(ex.id)!
        .view()
        .steps.map((s, k) => ({
          step: s.id,
          title: ex.steps[k]!.title,
          status: s.status,
          answer: s.answer,
          credit: s.credit,
        })),
    );
  }
}

function toEvent(a: Action): SessionEvent {
  // The verdict field is the tutor's record of what the page showed; the fold regrades and never reads it.
  return a.type === 'answer'
    ? { type: 'answer', step: a.step, text: a.answer ?? '', at: a.at, verdict: 'empty' }
    : { type: a.type, step: a.step, at: a.at };
}

function verdictOf(grade: Grade | undefined): Pick<GradedAction, 'verdict' | 'mistake' | 'message'> {
  if (!grade) return {};
  return grade.kind === 'misconception'
    ? { verdict: grade.kind, mistake: grade.misconception.name, message: grade.message }
    : { verdict: grade.kind, message: grade.message };
}
