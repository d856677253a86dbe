/**
 * Attempts: one per learner per resource link, its record the log of the learner's actions with the server's own
 * grade of each. Recording takes the client's log, keeps only what extends the stored one (log-append.ts), stamps
 * it with the server's clock, regrades the attempt (grading.ts; the new actions applied to its state, kept in
 * attempt-cache.ts) and, in one statement, stores the new actions, the score, and the score to send to the LMS
 * (outbox.ts): nothing is recorded without its score.
 */
import type { Database, Id, Sql } from './db.js';
import type { AttemptCache, CachedAttempt } from './attempt-cache.js';
import type { Action, Grader, GradedAction, Progress } from './grading.js';
import { newActions } from './log-append.js';
import { queuedScore, queueScoreSql } from './outbox.js';

export interface Attempt {
  readonly id: string;
  readonly resourceLinkId: string;
  readonly learnerId: string;
  readonly lesson: string;
  readonly exercise: string | undefined;
  readonly variant: number;
}

interface AttemptRow {
  id: Id;
  resource_link_id: Id;
  learner_id: Id;
  lesson: string;
  exercise: string | null;
  variant: number;
}

const attemptOf = (r: AttemptRow): Attempt => ({
  id: String(r.id),
  resourceLinkId: String(r.resource_link_id),
  learnerId: String(r.learner_id),
  lesson: r.lesson,
  exercise: r.exercise ?? undefined,
  variant: r.variant,
});

/** The learner's attempt at the resource link, created at the first launch; the lesson is fixed then. */
export async function openAttempt(sql: Sql, a: Omit<Attempt, 'id'>): Promise<Attempt> {
  const rows = await sql.query<AttemptRow>(
    `INSERT INTO attempts (resource_link_id, learner_id, lesson, exercise, variant) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (resource_link_id, learner_id) DO UPDATE SET updated_at = attempts.updated_at
     RETURNING id, resource_link_id, learner_id, lesson, exercise, variant`,
    [a.resourceLinkId, a.learnerId, a.lesson, a.exercise ?? null, a.variant],
  );
  return attemptOf(rows[0]!);
}

export async function findAttempt(sql: Sql, id: string): Promise<Attempt | undefined> {
  const rows = await sql.query<AttemptRow>(
    'SELECT id, resource_link_id, learner_id, lesson, exercise, variant FROM attempts WHERE id = $1',
    [id],
  );
  return rows[0] ? attemptOf(rows[0]) : undefined;
}

interface EventRow {
  exercise: string;
  type: Action['type'];
  step: string;
  answer: string | null;
  at: string;
  verdict: GradedAction['verdict'] | null;
  mistake: string | null;
}

/** The attempt's actions in order, with the grade each got when it was recorded. */
export async function loadActions(sql: Sql, attemptId: string): Promise<GradedAction[]> {
  const rows = await sql.query<EventRow>(
    'SELECT exercise, type, step, answer, at, verdict, mistake FROM attempt_events WHERE attempt_id = $1 ORDER BY seq',
    [attemptId],
  );
  return rows.map((r) => ({
    exercise: r.exercise,
    type: r.type,
    step: r.step,
    ...(r.answer === null ? {} : { answer: r.answer }),
    at: Number(r.at),
    ...(r.verdict === null ? {} : { verdict: r.verdict }),
    ...(r.mistake === null ? {} : { mistake: r.mistake }),
  }));
}

export type Recorded =
  | {
      readonly ok: true;
      readonly added: number;
      /** Actions the attempt holds now. */
      readonly total: number;
      readonly progress: Progress;
      readonly latest: readonly GradedAction[];
    }
  | { readonly ok: false; readonly status: 400 | 409; readonly message: string };

/**
 * Records what the client's log (suspend data) adds to the attempt; see the module comment. When this server holds
 * the attempt in `cache`, that is one statement, one round trip (recordOnCache); otherwise, or when another writer
 * went first, the attempt is locked and its log read from the database (recordLocked).
 */
export async function recordClientLog(
  db: Database,
  grader: Grader,
  cache: AttemptCache,
  attempt: Attempt,
  data: string,
  now: number,
): Promise<Recorded> {
  const log = grader.readClientLog(attempt.lesson, attempt.variant, attempt.exercise, data);
  if (!log.ok) return { ok: false, status: 400, message: log.message };
  return (
    (await recordOnCache(db, cache, attempt, log.actions, now)) ??
    (await recordLocked(db, grader, cache, attempt, log.actions, now))
  );
}

type ClientActions = ReadonlyMap<string, readonly Omit<Action, 'at'>[]>;

/**
 * New actions graded on the cached state and written if the attempt still holds as many actions as the entry
 * (the database checks, under the row's lock); undefined when there is no entry, the log adds nothing or is
 * refused (the database's record decides those), or another writer went first. The entry is taken out of the cache
 * while in use, so two requests never apply actions to one grading state; it goes back only when it matches the
 * database again.
 */
async function recordOnCache(
  db: Database,
  cache: AttemptCache,
  attempt: Attempt,
  client: ClientActions,
  now: number,
): Promise<Recorded | undefined> {
  const entry = cache.take(attempt.id);
  if (!entry) return undefined;
  const appended = newActions(entry.actions, client);
  if (!appended.ok || appended.added.length === 0) {
    cache.set(attempt.id, entry);
    return undefined;
  }
  const recorded = await write(db, attempt, entry, appended.added, now);
  if (recorded) cache.set(attempt.id, entry);
  return recorded;
}

/** The attempt locked, its count of actions read, the log checked against the database's record, then written. */
async function recordLocked(
  db: Database,
  grader: Grader,
  cache: AttemptCache,
  attempt: Attempt,
  client: ClientActions,
  now: number,
): Promise<Recorded> {
  try {
    return await db.transaction(async (tx) => {
      // One writer per attempt at a time: two tabs saving at once append in turn.
      const locked = await tx.query<{ actions: number }>('SELECT actions FROM attempts WHERE id = $1 FOR UPDATE', [
        attempt.id,
      ]);
      const count = locked[0]?.actions ?? 0;
      // Taken, as in recordOnCache: no other request grades on this state until it is put back.
      const held = cache.take(attempt.id);
      let entry = held?.actions.length === count ? held : undefined;
      if (!entry) {
        const grades = grader.open(attempt.lesson, attempt.variant, attempt.exercise)!;
        const actions = await loadActions(tx, attempt.id);
        grades.apply(actions);
        entry = { actions, grades };
      }
      const appended = newActions(entry.actions, client);
      if (!appended.ok || appended.added.length === 0) {
        cache.set(attempt.id, entry);
        return appended.ok
          ? { ok: true, added: 0, total: entry.actions.length, progress: entry.grades.progress(), latest: [] }
          : { ok: false, status: 409, message: appended.message };
      }
      const recorded = await write(tx, attempt, entry, appended.added, now);
      if (!recorded) throw new Error(`attempt ${attempt.id} changed under its lock`);
      cache.set(attempt.id, entry);
      return recorded;
    });
  } catch (e) {
    cache.drop(attempt.id);
    throw e;
  }
}

/**
 * Grades `added` on `entry` and writes, in one statement, the actions, the attempt's score and count, and the score
 * queued for the LMS — if the attempt still holds `entry`'s number of actions; undefined (nothing written, `entry`
 * ahead of the database and to be dropped) if not.
 */
async function write(
  sql: Sql,
  attempt: Attempt,
  entry: CachedAttempt,
  added: readonly Omit<Action, 'at'>[],
  now: number,
): Promise<Extract<Recorded, { ok: true }> | undefined> {
  const stored = entry.actions;
  const latest = entry.grades.apply(added.map((a) => ({ ...a, at: now })));
  const progress = entry.grades.progress();
  const rows = latest.map((a, k) => ({
    exercise: a.exercise,
    seq: stored.length + k,
    type: a.type,
    step: a.step,
    answer: a.answer ?? null,
    at: a.at,
    verdict: a.verdict ?? null,
    mistake: a.mistake ?? null,
  }));
  const score = queuedScore(progress, now);
  // The row's lock orders writers; a writer that waited re-reads `actions` and writes nothing if another went first.
  const written = await sql.query(
    `WITH counted AS (
       UPDATE attempts SET earned = $3, possible = $4, completed = $5, actions = $9, updated_at = now()
       WHERE id = $1 AND actions = $8 RETURNING id),
     added AS (
       INSERT INTO attempt_events (attempt_id, exercise, seq, type, step, answer, at, verdict, mistake)
       SELECT c.id, e.exercise, e.seq, e.type, e.step, e.answer, e.at, e.verdict, e.mistake
       FROM counted c, jsonb_to_recordset($2::jsonb) AS e(exercise text, seq integer, type text, step text,
                                                           answer text, at bigint, verdict text, mistake text)),
     queued AS (${queueScoreSql('(SELECT id FROM counted)', '$6', '$7')})
     SELECT id FROM counted`,
    [
      attempt.id,
      JSON.stringify(rows),
      progress.earned,
      progress.possible,
      progress.completed,
      score.payload,
      score.delayMs,
      stored.length,
      stored.length + latest.length,
    ],
  );
  if (written.length === 0) return undefined;
  stored.push(...latest);
  return { ok: true, added: latest.length, total: stored.length, progress, latest };
}
