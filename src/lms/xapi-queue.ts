/**
 * Statements on their way to a Learning Record Store: queued in order, posted in batches, and retried with a growing
 * pause while the LRS is unreachable, so the learner never waits for it. The queue is kept in a store (the
 * browser's, by the caller) until the LRS has the statements, so a reload sends what was left. A statement the LRS
 * refuses as invalid (a 4xx answer) would be refused again: it is dropped, and said once. Every effect is injected.
 */
import type { Statement } from './xapi-statements.js';

export interface QueueStore {
  load(): string | undefined;
  save(text: string): void;
}

export interface QueueOptions {
  /** The LRS endpoint, ending with a slash. */
  readonly endpoint: string;
  /** The Authorization header's value. */
  readonly auth: string;
  readonly fetch: typeof fetch;
  readonly store?: QueueStore;
  readonly schedule?: (run: () => void, ms: number) => unknown;
  /** Told once when the LRS refuses statements. */
  readonly onRefused?: (message: string) => void;
}

const BATCH = 50;
const FIRST_PAUSE_MS = 1_000;
const LONGEST_PAUSE_MS = 30_000;

export class StatementQueue {
  private pending: Statement[];
  private sending = false;
  private pause = FIRST_PAUSE_MS;
  private retrying = false;
  private refusedSaid = false;

  constructor(private readonly o: QueueOptions) {
    let stored: unknown;
    try {
      stored = JSON.parse(o.store?.load() ?? '[]');
    } catch {
      stored = [];
    }
    this.pending = Array.isArray(stored) ? (stored as Statement[]) : [];
  }

  /** Statements not yet stored by the LRS, oldest first. */
  get unsent(): readonly Statement[] {
    return this.pending;
  }

  private headers(): Record<string, string> {
    return {
      Authorization: this.o.auth,
      'Content-Type': 'application/json',
      'X-Experience-API-Version': '1.0.3',
    };
  }

  private persist(): void {
    try {
      this.o.store?.save(JSON.stringify(this.pending));
    } catch {
      // A full or refused store: the statements still wait in the page.
    }
  }

  enqueue(...statements: Statement[]): void {
    this.pending.push(...statements);
    this.persist();
    void this.flush();
  }

  /** Posts what is queued, batch after batch, until the queue is empty or the LRS does not answer. */
  async flush(): Promise<void> {
    if (this.sending || this.retrying || this.pending.length === 0) return;
    this.sending = true;
    const batch = this.pending.slice(0, BATCH);
    let outcome: 'sent' | 'refused' | 'retry';
    let status = 0;
    try {
      const response = await this.o.fetch(`${this.o.endpoint}statements`, {
        method: 'POST',
        headers: this.headers(),
        body: JSON.stringify(batch),
      });
      status = response.status;
      outcome =
        response.ok || status === 409
          ? 'sent'
          : status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 429
            ? 'refused'
            : 'retry';
    } catch {
      outcome = 'retry';
    }
    this.sending = false;
    if (outcome === 'retry') {
      this.retrying = true;
      const schedule = this.o.schedule ?? ((run: () => void, ms: number) => setTimeout(run, ms));
      schedule(() => {
        this.retrying = false;
        void this.flush();
      }, this.pause);
      this.pause = Math.min(this.pause * 2, LONGEST_PAUSE_MS);
      return;
    }
    if (outcome === 'refused' && !this.refusedSaid) {
      this.refusedSaid = true;
      this.o.onRefused?.(`The learning record store refused ${batch.length} statement(s) (HTTP ${status}).`);
    }
    this.pending.splice(0, batch.length);
    this.pause = FIRST_PAUSE_MS;
    this.persist();
    await this.flush();
  }

  /** At the page's end: everything left, in one request that outlives the page (keepalive). */
  flushOnExit(): void {
    if (this.pending.length === 0) return;
    void this.o
      .fetch(`${this.o.endpoint}statements`, {
        method: 'POST',
        headers: this.headers(),
        body: JSON.stringify(this.pending),
        keepalive: true,
      })
      .then((response) => {
        if (response.ok || response.status === 409) {
          this.pending = [];
          this.persist();
        }
      })
      .catch(() => undefined);
  }
}
