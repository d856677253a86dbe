/**
 * The schema, as numbered migrations applied in order and recorded in schema_migrations, the same for PGlite
 * and Postgres. A migration is never edited once released: a change is a new one. Servers starting together
 * take an advisory lock, so each migration runs once.
 */
import type { Database } from './db.js';

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'lti tool, attempts as event logs, score outbox',
    statements: [
      `CREATE TABLE tool_keys (
         kid text PRIMARY KEY,
         private_jwk jsonb NOT NULL,
         public_jwk jsonb NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         retired_at timestamptz)`,
      `CREATE TABLE server_secrets (name text PRIMARY KEY, secret text NOT NULL)`,
      `CREATE TABLE platforms (
         id bigserial PRIMARY KEY,
         issuer text NOT NULL,
         client_id text NOT NULL,
         auth_url text NOT NULL,
         token_url text NOT NULL,
         jwks_url text NOT NULL,
         name text NOT NULL DEFAULT '',
         UNIQUE (issuer, client_id))`,
      `CREATE TABLE deployments (
         platform_id bigint NOT NULL REFERENCES platforms ON DELETE CASCADE,
         deployment_id text NOT NULL,
         PRIMARY KEY (platform_id, deployment_id))`,
      `CREATE TABLE login_states (
         state text PRIMARY KEY,
         nonce text NOT NULL,
         browser_secret text NOT NULL,
         platform_id bigint NOT NULL REFERENCES platforms ON DELETE CASCADE,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE TABLE used_nonces (
         platform_id bigint NOT NULL,
         nonce text NOT NULL,
         used_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (platform_id, nonce))`,
      `CREATE TABLE resource_links (
         id bigserial PRIMARY KEY,
         platform_id bigint NOT NULL REFERENCES platforms ON DELETE CASCADE,
         deployment_id text NOT NULL,
         link_id text NOT NULL,
         context_id text NOT NULL DEFAULT '',
         context_title text NOT NULL DEFAULT '',
         title text NOT NULL DEFAULT '',
         lesson text NOT NULL,
         exercise text,
         lineitem_url text,
         scopes text NOT NULL DEFAULT '',
         UNIQUE (platform_id, deployment_id, link_id))`,
      `CREATE TABLE learners (
         id bigserial PRIMARY KEY,
         platform_id bigint NOT NULL REFERENCES platforms ON DELETE CASCADE,
         sub text NOT NULL,
         name text NOT NULL DEFAULT '',
         UNIQUE (platform_id, sub))`,
      `CREATE TABLE attempts (
         id bigserial PRIMARY KEY,
         resource_link_id bigint NOT NULL REFERENCES resource_links ON DELETE CASCADE,
         learner_id bigint NOT NULL REFERENCES learners ON DELETE CASCADE,
         lesson text NOT NULL,
         exercise text,
         variant integer NOT NULL,
         earned double precision NOT NULL DEFAULT 0,
         possible double precision NOT NULL DEFAULT 0,
         completed boolean NOT NULL DEFAULT false,
         started_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         UNIQUE (resource_link_id, learner_id))`,
      `CREATE TABLE attempt_events (
         attempt_id bigint NOT NULL REFERENCES attempts ON DELETE CASCADE,
         exercise text NOT NULL,
         seq integer NOT NULL,
         type text NOT NULL,
         step text NOT NULL,
         answer text,
         at bigint NOT NULL,
         verdict text,
         mistake text,
         PRIMARY KEY (attempt_id, exercise, seq))`,
      // One row per attempt: the newest score to send (version) and the newest sent (delivered).
      `CREATE TABLE score_outbox (
         attempt_id bigint PRIMARY KEY REFERENCES attempts ON DELETE CASCADE,
         payload jsonb NOT NULL,
         version integer NOT NULL,
         delivered integer NOT NULL DEFAULT 0,
         tries integer NOT NULL DEFAULT 0,
         next_at timestamptz NOT NULL DEFAULT now(),
         leased_until timestamptz,
         last_error text)`,
      `CREATE INDEX score_outbox_due ON score_outbox (next_at) WHERE delivered < version`,
    ],
  },
  {
    version: 2,
    name: 'attempts count their actions, so one statement can record an answer',
    statements: [
      `ALTER TABLE attempts ADD COLUMN actions integer NOT NULL DEFAULT 0`,
      `UPDATE attempts a SET actions = (SELECT count(*) FROM attempt_events e WHERE e.attempt_id = a.id)`,
    ],
  },
];

/** Applies every migration not yet applied; returns the versions it applied. */
export async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    // Any constant works: it only has to be the same for every gd-tutor server on this database.
    await tx.query('SELECT pg_advisory_xact_lock(1717)');
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of m.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
