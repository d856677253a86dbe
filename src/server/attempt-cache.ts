/**
 * The attempts this server graded lately, kept in memory with their grading state, so a new answer is graded by
 * applying it alone instead of replaying the whole log. Only an optimisation: an entry is used when its number of
 * actions equals the database's (the log is append-only and read under the attempt's lock), and is rebuilt from the
 * database otherwise — after another server wrote, a restart, or a failed transaction. Least recently used go first.
 */
import type { AttemptGrades, GradedAction } from './grading.js';

export interface CachedAttempt {
  readonly actions: GradedAction[];
  readonly grades: AttemptGrades;
}

export class AttemptCache {
  private readonly entries = new Map<string, CachedAttempt>();

  constructor(private readonly max = 5_000) {}

  /** The entry, when it holds exactly `count` actions. */
  get(attempt: string, count: number): CachedAttempt | undefined {
    const hit = this.entries.get(attempt);
    if (!hit || hit.actions.length !== count) return undefined;
    this.entries.delete(attempt);
    this.entries.set(attempt, hit);
    return hit;
  }

  set(attempt: string, entry: CachedAttempt): void {
    this.entries.delete(attempt);
    this.entries.set(attempt, entry);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  drop(attempt: string): void {
    this.entries.delete(attempt);
  }
}
