/**
 * Attempts: one per learner per resource link, its record the log of the learner's actions with the server's own
 * grade of each. Recording takes the client's log, keeps only what extends the stored one (log-append.ts), stamps
 * it with the server's clock, regrades the whole attempt (grading.ts) and, in the same transaction, stores the
 * new actions, the score, and the score to send to the LMS (outbox.ts): nothing is recorded without its score.
 */
import type { Database, Id, Sql } from './db.js';
import type { AttemptCache } from './attempt-cache.js';
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
 * Records what the client's log (suspend data) adds to the attempt; see the module comment. Three round trips
 * after BEGIN: lock the attempt and count its actions, write the actions and the score and queue it, commit (plus one to read the
 * log when `cache` does not hold it).
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
  try {
    return await db.transaction(async (tx) => {
      // One writer per attempt at a time: two tabs saving at once append in turn.
      const locked = await tx.query<{ n: number | string }>(
        'SELECT (SELECT count(*) FROM attempt_events WHERE attempt_id = $1) AS n FROM attempts WHERE id = $1 FOR UPDATE',
        [attempt.id],
      );
      const count = Number(locked[0]?.n ?? 0);
      let entry = cache.get(attempt.id, count);
      if (!entry) {
        const grades = grader.open(attempt.lesson, attempt.variant, attempt.exercise)!;
        const actions = await loadActions(tx, attempt.id);
        grades.apply(actions);
        entry = { actions, grades };
      }
      const stored = entry.actions;
      const appended = newActions(stored, log.actions);
      if (!appended.ok) return { ok: false, status: 409, message: appended.message };
      if (appended.added.length === 0)
        return { ok: true, added: 0, total: stored.length, progress: entry.grades.progress(), latest: [] };
      // From here the entry runs ahead of the database until the commit; a failure drops it (see catch).
      const latest = entry.grades.apply(appended.added.map((a) => ({ ...a, at: now })));
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
      // One statement, one round trip: the actions, the attempt's score, and the score queued for the LMS.
      await tx.query(
        `WITH added AS (
           INSERT INTO attempt_events (attempt_id, exercise, seq, type, step, answer, at, verdict, mistake)
           SELECT $1, e.exercise, e.seq, e.type, e.step, e.answer, e.at, e.verdict, e.mistake
           FROM jsonb_to_recordset($2::jsonb) AS e(exercise text, seq integer, type text, step text, answer text,
                                                   at bigint, verdict text, mistake text)),
         queued AS (${queueScoreSql('$1', '$6', '$7')})
         UPDATE attempts SET earned = $3, possible = $4, completed = $5, updated_at = now() WHERE id = $1`,
        [
          attempt.id,
          JSON.stringify(rows),
          progress.earned,
          progress.possible,
          progress.completed,
          score.payload,
          score.delayMs,
        ],
      );
      stored.push(...latest);
      cache.set(attempt.id, entry);
      return { ok: true, added: latest.length, total: stored.length, progress, latest };
    });
  } catch (e) {
    cache.drop(attempt.id);
    throw e;
  }
}
