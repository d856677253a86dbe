/**
 * An exercise session: what a learner's work flows through. It checks steps
 * are open, records each action in the log, keeps the log saved (storage that
 * fails is reported once and never stops the session), and tells subscribers
 * what happened. It renders nothing; components and LMS adapters subscribe.
 */
import type { CompiledExercise, Policy } from '../content/index.js';
import { isJudged, type Grade, type Graded } from './verdict.js';
import { fingerprint, restoreSaved, SESSION_FORMAT, type Reset, type SavedSession } from './saved.js';
import { Tracker, type ExerciseView, type SessionEvent } from './state.js';
import { sessionKey, type SessionStorage } from './storage.js';

export type TutorEvent =
  | {
      readonly type: 'graded';
      readonly step: string;
      readonly grade: Grade;
      readonly credit: number;
      readonly score: number;
    }
  | {
      readonly type: 'hint-shown';
      readonly step: string;
      readonly hint: string;
      readonly index: number;
      readonly of: number;
      readonly cost: number;
    }
  | { readonly type: 'solution-shown'; readonly step: string; readonly solution: readonly string[] }
  | { readonly type: 'completed'; readonly score: number; readonly earned: number; readonly possible: number }
  | { readonly type: 'notice'; readonly kind: 'storage' | 'restore'; readonly message: string };

export type Listener = (event: TutorEvent) => void;

export type Answered =
  | Grade
  | { readonly kind: 'locked'; readonly message: string }
  | { readonly kind: 'unknown-step'; readonly message: string };

export interface SessionOptions {
  readonly exercise: CompiledExercise;
  readonly policy: Policy;
  readonly lesson: string;
  readonly learner?: string;
  readonly storage?: SessionStorage;
  /** The clock, injected so sessions replay identically in tests. */
  readonly now?: () => number;
  /** The learner's locale (fr: 2,4 is read as 2.4); en when absent. */
  readonly locale?: string;
}

export class Session {
  private tracker: Tracker;
  private events: SessionEvent[] = [];
  private drafts: Record<string, string> = {};
  private readonly listeners = new Set<Listener>();
  private readonly key: string;
  private readonly now: () => number;
  private storageReported = false;
  private wasComplete = false;
  /** What happened while opening (restored with resets, damaged save…), for the host to show once. */
  readonly notices: string[] = [];
  /** Steps whose saved work no longer applied because the lesson changed. */
  reset: readonly Reset[] = [];

  constructor(private readonly options: SessionOptions) {
    this.tracker = new Tracker(options.exercise, options.policy, options.locale);
    this.key = sessionKey(options.lesson, options.exercise.id, options.learner);
    this.now = options.now ?? (() => Date.now());
    this.load();
    this.wasComplete = this.tracker.view().complete;
  }

  get exercise(): CompiledExercise {
    return this.options.exercise;
  }

  get policy(): Policy {
    return this.options.policy;
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  view(): ExerciseView {
    return this.tracker.view();
  }

  draftOf(step: string): string {
    return this.drafts[step] ?? this.tracker.view().steps.find((s) => s.id === step)?.answer ?? '';
  }

  /** The log and drafts as saved JSON's object form. */
  saved(): SavedSession {
    return {
      format: SESSION_FORMAT,
      lesson: this.options.lesson,
      exercise: this.exercise.id,
      seed: this.exercise.seed,
      steps: fingerprint(this.exercise),
      events: [...this.events],
      drafts: { ...this.drafts },
    };
  }

  /** Keeps what the learner typed before checking it, so a reload loses nothing. */
  draft(step: string, text: string): void {
    if (!this.tracker.step(step)) return;
    this.drafts[step] = text;
    this.persist();
  }

  answer(step: string, text: string): Answered {
    if (!this.tracker.step(step)) return { kind: 'unknown-step', message: `There is no step “${step}”.` };
    if (this.tracker.isLocked(step)) return { kind: 'locked', message: 'Finish the steps above first.' };
    const graded = this.tracker.grade(step, text);
    const grade = graded.grade;
    const event: SessionEvent = { type: 'answer', step, text, at: this.now(), verdict: grade.kind };
    this.drafts[step] = text;
    // Empty, unreadable, unknown-symbol and imprecise answers are not attempts: nothing is logged but the draft.
    if (isJudged(grade)) this.record(event, graded);
    else this.persist();
    const view = this.tracker.view();
    const stepView = view.steps.find((s) => s.id === step)!;
    this.emit({ type: 'graded', step, grade, credit: stepView.credit, score: view.score });
    this.checkCompleted(view);
    return grade;
  }

  hint(step: string): { text: string; index: number; of: number } | undefined {
    const s = this.tracker.step(step);
    if (!s || this.tracker.isLocked(step)) return undefined;
    const { hintsShown: shown, review } = this.tracker.view().steps.find((v) => v.id === step)!;
    if (shown >= s.hints.length) return undefined;
    this.record({ type: 'hint', step, at: this.now() });
    const hint = { text: s.hints[shown]!, index: shown + 1, of: s.hints.length };
    this.emit({
      type: 'hint-shown',
      step,
      hint: hint.text,
      index: hint.index,
      of: hint.of,
      // A hint read in review, after the step is settled, costs nothing.
      cost: review ? 0 : this.policy.hintCost,
    });
    return hint;
  }

  /** Shows the worked solution, when the policy offers it. */
  reveal(step: string): readonly string[] | undefined {
    const s = this.tracker.step(step);
    const v = this.tracker.view().steps.find((x) => x.id === step);
    if (!s || !v || this.tracker.isLocked(step) || !v.solutionOffered) return undefined;
    if (!v.revealed) this.record({ type: 'reveal', step, at: this.now() });
    this.emit({ type: 'solution-shown', step, solution: s.solution });
    this.checkCompleted(this.tracker.view());
    return s.solution;
  }

  /** The hints shown so far for a step, in order. */
  hintsShown(step: string): readonly string[] {
    const s = this.tracker.step(step);
    return s ? s.hints.slice(0, this.tracker.hintsTaken(step)) : [];
  }

  private record(event: SessionEvent, graded?: Graded): void {
    this.events.push(event);
    this.tracker.apply(event, graded);
    this.persist();
  }

  private checkCompleted(view: ExerciseView): void {
    if (view.complete && !this.wasComplete)
      this.emit({ type: 'completed', score: view.score, earned: view.earned, possible: view.possible });
    this.wasComplete = view.complete;
  }

  private emit(event: TutorEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private notice(kind: 'storage' | 'restore', message: string): void {
    this.notices.push(message);
    this.emit({ type: 'notice', kind, message });
  }

  private persist(): void {
    const storage = this.options.storage;
    if (!storage) return;
    const result = storage.save(this.key, JSON.stringify(this.saved()));
    // Reported once: the learner's work stays in the page whatever storage does.
    if (!result.ok && !this.storageReported) {
      this.storageReported = true;
      this.notice('storage', result.message);
    }
  }

  private load(): void {
    const storage = this.options.storage;
    if (!storage) return;
    const loaded = storage.load(this.key);
    if (!loaded.ok) {
      this.storageReported = true;
      this.notices.push(loaded.message);
      return;
    }
    if (loaded.value === undefined) return;
    const restored = restoreSaved(loaded.value, this.exercise, this.options.lesson);
    if (!restored.ok) {
      // Never silently reset: keep the unreadable save aside and say so.
      storage.save(`${this.key}:unrestored:${this.now()}`, loaded.value);
      this.notices.push(`${restored.message} It was kept aside; this exercise starts afresh.`);
      return;
    }
    this.reset = restored.reset;
    if (restored.reset.length > 0)
      this.notices.push(
        `The exercise changed since your last visit: your work on ${restored.reset.map((r) => `${r.step} (${r.reason})`).join(', ')} was reset; everything else is as you left it.`,
      );
    this.events = [...restored.saved.events];
    this.drafts = { ...restored.saved.drafts };
    for (const event of this.events) this.tracker.apply(event);
  }
}
