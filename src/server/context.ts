/**
 * What every route handler of the server shares: storage and its group commit, the engine, keys, tokens, the outbox,
 * logs, settings.
 */
import type { AttemptCache } from './attempt-cache.js';
import type { AttemptWrite } from './attempts.js';
import type { Database } from './db.js';
import type { Grader } from './grading.js';
import type { GroupCommit } from './group-commit.js';
import type { ToolKeys } from './keys.js';
import type { Logger } from './log.js';
import type { OutboxWorker } from './outbox.js';
import type { SessionTokens } from './session-token.js';

export interface ServerSettings {
  /** Where LMSs and browsers reach this server, without a trailing slash: http://127.0.0.1:8080. */
  readonly publicUrl: string;
  /** The built site (npm run build's site/): player.html and lessons/. */
  readonly siteDir: string;
  /** Whether /teacher shows every class without an LMS launch: only for a server on loopback. */
  readonly localTeacher: boolean;
}

export interface ServerContext {
  readonly db: Database;
  readonly grader: Grader;
  readonly attempts: AttemptCache;
  /** Answers' writes, grouped: one statement for the answers that arrive together. */
  readonly writes: GroupCommit<AttemptWrite, boolean>;
  readonly keys: ToolKeys;
  readonly tokens: SessionTokens;
  readonly outbox: OutboxWorker;
  readonly log: Logger;
  readonly settings: ServerSettings;
  /** The clock of every record, injected so tests can move it. */
  readonly now: () => number;
}
