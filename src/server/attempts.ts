/**
 * Attempts: one per learner per resource link, its record the log of the learner's actions with the server's own
 * grade of each. Recording takes the client's log, keeps only what extends the stored one (log-append.ts), stamps
 * it with the server's clock, regrades the attempt (grading.ts; the new actions applied to its state, kept in
 * attempt-cache.ts) and, in one statement, stores the new actions, the score, and the score to send to the LMS
 * (outbox.ts): nothing is recorded without its score. That statement carries every answer that arrived meanwhile
 * (group-commit.ts), each attempt's part written only if its count is the one graded on.
 */
import type { Database, Id, Sql } from './db.js';
import type { AttemptCache, CachedAttempt } from './attempt-cache.js';
import type { GroupCommit } from './group-commit.js';
import type { Action, Grader, GradedAction, Progress } from './grading.js';
import { newActions } from './log-append.js';
import type { ScorePayload } from './ags.js';
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

/** What recording an answer uses: storage, the engine, the attempts held in memory, the group commit of writes. */
export interface AttemptStore {
  readonly db: Database;
  readonly grader: Grader;
  readonly cache: AttemptCache;
  readonly writes: GroupCommit<AttemptWrite, boolean>;
}

/**
 * Records what the client's log (suspend data) adds to the attempt; see the module comment. When this server holds
 * the attempt in `cache`, that is one statement shared with the other answers of the moment (recordOnCache, through
 * the group commit); otherwise, or when another writer went first, the attempt is locked and its log read from the
 * database (recordLocked).
 */
export async function recordClientLog(
  store: AttemptStore,
  attempt: Attempt,
  data: string,
  now: number,
): Promise<Recorded> {
  const log = store.grader.readClientLog(attempt.lesson, attempt.variant, attempt.exercise, data);
  if (!log.ok) return { ok: false, status: 400, message: log.message };
  return (
    (await recordOnCache(store, attempt, log.actions, now)) ?? (await recordLocked(store, attempt, log.actions, now))
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
  { cache, writes }: AttemptStore,
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
  const recorded = await write((w) => writes.submit(w), attempt, entry, appended.added, now);
  if (recorded) cache.set(attempt.id, entry);
  return recorded;
}

/** The attempt locked, its count of actions read, the log checked against the database's record, then written. */
async function recordLocked(
  { db, grader, cache }: AttemptStore,
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
      const recorded = await write(
        async (w) => (await writeAttempts(tx, [w]))[0]!,
        attempt,
        entry,
        appended.added,
        now,
      );
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
 * One attempt's part of a write: its new actions and score (its count becomes `expected` plus the new actions), and
 * the score to queue for the LMS.
 */
export interface AttemptWrite {
  readonly id: string;
  /** The attempt's count of actions the new ones were graded after: the write is void if it changed. */
  readonly expected: number;
  readonly earned: number;
  readonly possible: number;
  readonly completed: boolean;
  readonly payload: ScorePayload;
  readonly delay_ms: number;
  readonly events: readonly {
    exercise: string;
    seq: number;
    type: string;
    step: string;
    answer: string | null;
    at: number;
    verdict: string | null;
    mistake: string | null;
  }[];
}

/**
 * Several attempts' writes in one statement: per attempt, its actions, score and count, and its score queued for
 * the LMS — each only if the attempt still holds the count it was graded after (the row's lock orders writers; a
 * writer that waited re-reads `actions` and writes nothing for that attempt if another went first).
 */
const WRITE_SQL = `WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(id bigint, expected integer, earned double precision,
      possible double precision, completed boolean, payload jsonb, delay_ms integer, events jsonb)),
  counted AS (
    UPDATE attempts a SET earned = i.earned, possible = i.possible, completed = i.completed,
      actions = i.expected + jsonb_array_length(i.events), updated_at = now()
    FROM input i WHERE a.id = i.id AND a.actions = i.expected
    RETURNING a.id, i.payload, i.delay_ms, i.events),
  added AS (
    INSERT INTO attempt_events (attempt_id, exercise, seq, type, step, answer, at, verdict, mistake)
    SELECT c.id, e.exercise, e.seq, e.type, e.step, e.answer, e.at, e.verdict, e.mistake
    FROM counted c, jsonb_to_recordset(c.events) AS e(exercise text, seq integer, type text, step text, answer text,
                                                       at bigint, verdict text, mistake text)),
  queued AS (${queueScoreSql('counted')})
  SELECT id FROM counted`;

/** Writes `writes` (distinct attempts) in one statement; whether each was, in order. */
export async function writeAttempts(sql: Sql, writes: readonly AttemptWrite[]): Promise<boolean[]> {
  // One attempt twice would update its row once and report both written: never sent (a request takes the attempt's
  // cache entry while it writes), and refused here, so the group commit writes them one by one.
  if (new Set(writes.map((w) => w.id)).size !== writes.length) throw new Error('one attempt twice in one write');
  const rows = await sql.query<{ id: Id }>(WRITE_SQL, [JSON.stringify(writes)]);
  const written = new Set(rows.map((r) => String(r.id)));
  return writes.map((w) => written.has(w.id));
}

/**
 * Grades `added` on `entry` and writes it with `commit` (one statement, alone or in a group commit); undefined
 * (nothing written, `entry` ahead of the database and to be dropped) if the attempt no longer holds `entry`'s
 * number of actions.
 */
async function write(
  commit: (w: AttemptWrite) => Promise<boolean>,
  attempt: Attempt,
  entry: CachedAttempt,
  added: readonly Omit<Action, 'at'>[],
  now: number,
): Promise<Extract<Recorded, { ok: true }> | undefined> {
  const stored = entry.actions;
  const latest = entry.grades.apply(added.map((a) => ({ ...a, at: now })));
  const progress = entry.grades.progress();
  const score = queuedScore(progress, now);
  const written = await commit({
    id: attempt.id,
    expected: stored.length,
    earned: progress.earned,
    possible: progress.possible,
    completed: progress.completed,
    payload: score.payload,
    delay_ms: score.delayMs,
    events: latest.map((a, k) => ({
      exercise: a.exercise,
      seq: stored.length + k,
      type: a.type,
      step: a.step,
      answer: a.answer ?? null,
      at: a.at,
      verdict: a.verdict ?? null,
      mistake: a.mistake ?? null,
    })),
  });
  if (!written) return undefined;
  stored.push(...latest);
  return { ok: true, added: latest.length, total: stored.length, progress, latest };
}
