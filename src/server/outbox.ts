/**
 * Scores on their way to the LMS. Each attempt has one row: the newest score (payload, version) and the newest
 * version the platform acknowledged (delivered). A score is written in the same transaction as the work that earned
 * it, so none is lost; the worker sends a row's newest version, marks it delivered only on a 2xx, and retries a
 * failure with growing delays, so an outage costs nothing and a score the platform took is not sent again. Several
 * servers share the table: a row is leased while it is being sent (SKIP LOCKED), so only one sends it.
 */
import type { Database, Id } from './db.js';
import type { GradeService, ScorePayload } from './ags.js';
import type { Progress } from './grading.js';
import type { Logger } from './log.js';

/**
 * While the learner works, a new score waits this long for the next (one post carries several answers, as LMSs
 * throttle grade APIs); a finished attempt's score goes at once.
 */
const PROGRESS_DELAY_MS = 2_000;

/** What is queued for a score: the AGS payload, and how long it waits for the next one. */
export function queuedScore(progress: Progress, now: number): { payload: ScorePayload; delayMs: number } {
  return {
    payload: {
      scoreGiven: progress.earned,
      scoreMaximum: progress.possible,
      activityProgress: progress.completed ? 'Completed' : 'InProgress',
      gradingProgress: progress.completed ? 'FullyGraded' : 'Pending',
      timestamp: new Date(now).toISOString(),
    },
    delayMs: progress.completed ? 0 : PROGRESS_DELAY_MS,
  };
}

/**
 * The statement that queues scores, one per row of `source` (a relation with the attempt's `id`, its score's
 * `payload` and `delay_ms`), for attempts whose resource link has a line item (the LMS asked for grades); it runs
 * as a part (a CTE) of the statement that records the work.
 */
export const queueScoreSql = (source: string): string =>
  // A score already waiting keeps its time, so a learner who keeps answering still reaches the LMS every delay.
  `INSERT INTO score_outbox (attempt_id, payload, version, next_at)
     SELECT s.id, s.payload, 1, now() + s.delay_ms * interval '1 millisecond' FROM ${source} s
     JOIN attempts a ON a.id = s.id JOIN resource_links r ON r.id = a.resource_link_id
     WHERE r.lineitem_url IS NOT NULL
     ON CONFLICT (attempt_id) DO UPDATE
       SET payload = EXCLUDED.payload, version = score_outbox.version + 1, tries = 0,
           next_at = CASE WHEN score_outbox.delivered < score_outbox.version
                          THEN LEAST(score_outbox.next_at, EXCLUDED.next_at) ELSE EXCLUDED.next_at END`;

interface DueRow {
  attempt_id: Id;
  payload: ScorePayload;
  version: number;
  tries: number;
  lineitem_url: string;
  sub: string;
  platform_id: Id;
  client_id: string;
  token_url: string;
}

export interface OutboxOptions {
  /** The first retry's delay; each next one doubles, up to `maxDelayMs`. */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** How often the table is looked at when nothing woke the worker. */
  readonly pollMs?: number;
}

export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private again = false;
  private readonly base: number;
  private readonly max: number;
  private readonly poll: number;

  constructor(
    private readonly db: Database,
    private readonly ags: GradeService,
    private readonly log: Logger,
    options: OutboxOptions = {},
  ) {
    this.base = options.baseDelayMs ?? 1_000;
    this.max = options.maxDelayMs ?? 300_000;
    this.poll = options.pollMs ?? 1_000;
  }

  start(): void {
    this.schedule(0);
  }

  /** Looks at the table now (a score was just queued). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .catch((e: unknown) => {
          this.log.error('outbox', { message: (e as Error).message });
        })
        .finally(() => {
          this.running = undefined;
          if (this.stopped) return;
          const next = this.again ? 0 : this.poll;
          this.again = false;
          this.schedule(next);
        });
    }, ms);
  }

  /** Sends every due score; resolves when the batch is done. */
  async drain(): Promise<void> {
    for (;;) {
      const due = await this.db.query<DueRow>(
        `UPDATE score_outbox o SET leased_until = now() + interval '1 minute'
         FROM attempts a, resource_links r, learners l, platforms p
         WHERE o.attempt_id IN (
             SELECT attempt_id FROM score_outbox
             WHERE delivered < version AND next_at <= now() AND (leased_until IS NULL OR leased_until < now())
             ORDER BY next_at LIMIT 20 FOR UPDATE SKIP LOCKED)
           AND a.id = o.attempt_id AND r.id = a.resource_link_id AND l.id = a.learner_id AND p.id = r.platform_id
         RETURNING o.attempt_id, o.payload, o.version, o.tries, r.lineitem_url, l.sub, p.id AS platform_id,
                   p.client_id, p.token_url`,
      );
      if (due.length === 0) return;
      await Promise.all(due.map((row) => this.send(row)));
      if (this.stopped) return;
    }
  }

  private async send(row: DueRow): Promise<void> {
    const sent = await this.ags.postScore(
      { id: String(row.platform_id), clientId: row.client_id, tokenUrl: row.token_url },
      row.lineitem_url,
      row.sub,
      row.payload,
    );
    if (sent.ok) {
      await this.db.query(
        `UPDATE score_outbox SET delivered = GREATEST(delivered, $2), leased_until = NULL, last_error = NULL
         WHERE attempt_id = $1`,
        [row.attempt_id, row.version],
      );
      this.log.info('score sent', { attempt: row.attempt_id, version: row.version, score: row.payload.scoreGiven });
      return;
    }
    const delay = Math.min(this.max, this.base * 2 ** row.tries);
    await this.db.query(
      // A newer score queued meanwhile is due at once: the backoff applies to the version that failed.
      `UPDATE score_outbox SET leased_until = NULL, last_error = $3,
         tries = CASE WHEN version = $4 THEN tries + 1 ELSE tries END,
         next_at = CASE WHEN version = $4 THEN now() + $2 * interval '1 millisecond' ELSE next_at END
       WHERE attempt_id = $1`,
      [row.attempt_id, delay, sent.message, row.version],
    );
    this.log.warn('score not sent; will retry', { attempt: row.attempt_id, retryInMs: delay, reason: sent.message });
  }

  /** Stops polling and waits for the batch in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
