/**
 * The attempts this server graded lately, kept in memory with their grading state, so a new answer is graded by
 * applying it alone instead of replaying the whole log. Only an optimisation: an entry is used when its number of
 * actions equals the database's (the log is append-only; attempts.ts writes only if the count is unchanged), and is
 * rebuilt from the database otherwise — after another server wrote, a restart, or a failed transaction. An entry is
 * taken out while a request grades on it, so no two requests share one. Least recently used go first.
 * It also keeps the attempts' rows (their lesson, variant, learner), which never change once made.
 */
import type { Attempt } from './attempts.js';
import type { AttemptGrades, GradedAction } from './grading.js';

export interface CachedAttempt {
  readonly actions: GradedAction[];
  readonly grades: AttemptGrades;
}

export class AttemptCache {
  private readonly entries = new Map<string, CachedAttempt>();
  private readonly rows = new Map<string, Attempt>();

  constructor(private readonly max = 5_000) {}

  /** The entry, whatever its count, removed: its holder puts it back (set) once it matches the database again. */
  take(attempt: string): CachedAttempt | undefined {
    const hit = this.entries.get(attempt);
    this.entries.delete(attempt);
    return hit;
  }

  set(attempt: string, entry: CachedAttempt): void {
    this.entries.delete(attempt);
    this.entries.set(attempt, entry);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  /** The attempt `id`, read by `find` the first time (undefined, not kept, when there is none). */
  async attempt(id: string, find: (id: string) => Promise<Attempt | undefined>): Promise<Attempt | undefined> {
    const hit = this.rows.get(id);
    if (hit) return hit;
    const found = await find(id);
    if (!found) return undefined;
    if (this.rows.size >= this.max) this.rows.delete(this.rows.keys().next().value!);
    this.rows.set(id, found);
    return found;
  }

  drop(attempt: string): void {
    this.entries.delete(attempt);
  }
}
