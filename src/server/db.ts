/**
 * The one storage interface of the server: SQL with positional parameters, transactions, close. Two
 * implementations run the same SQL — PGlite (Postgres compiled to WebAssembly, in-process, the default, so the
 * server runs with no setup) and a real Postgres through `pg` (DATABASE_URL). Nothing else in src/server knows
 * which one it has.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** A bigserial as a driver hands it back: pg gives a string, PGlite a number. */
export type Id = string | number | bigint;

export interface Sql {
  query<Row extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PGlite in `dataDir` (a folder, created if missing), or in memory when undefined. */
export async function openPglite(dataDir?: string): Promise<Database> {
  // PGlite makes only the last folder of the path: `--data .gd-tutor/db` on a fresh clone needs its parent.
  if (dataDir !== undefined) mkdirSync(dirname(dataDir), { recursive: true });
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  const sql = (q: Pick<PGlite, 'query'>): Sql => ({
    async query<Row extends object>(text: string, params: readonly unknown[] = []) {
      return (await q.query<Row>(text, params as unknown[])).rows;
    },
  });
  return {
    kind: 'pglite',
    ...sql(db),
    transaction: (work) => db.transaction((tx) => work(sql(tx))),
    close: () => db.close(),
  };
}

/**
 * Whether an error means the connection died (the database restarted, a failover, a network cut) rather than the
 * SQL failing: such a query is safe to run once more on a fresh connection, since it never took effect.
 */
const connectionLost = (e: unknown): boolean => {
  const code = (e as { code?: unknown }).code;
  return (
    (typeof code === 'string' &&
      (code.startsWith('08') || code.startsWith('57P') || code === 'ECONNRESET' || code === 'ECONNREFUSED')) ||
    /Connection terminated/i.test((e as Error).message)
  );
};

async function once<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!connectionLost(e)) throw e;
    return run();
  }
}

const names = new Map<string, string>();
/** The server's statements are a fixed set of texts; past this many, a text is not prepared (nothing grows unbounded). */
const NAMED_MAX = 500;

/**
 * A statement with parameters is prepared once per connection under a name of its own: Postgres then parses and
 * plans the statement that records an answer once per connection, not on every answer.
 */
function statementName(text: string): string | undefined {
  const known = names.get(text);
  if (known !== undefined || names.size >= NAMED_MAX) return known;
  const name = `s${names.size}`;
  names.set(text, name);
  return name;
}

/** A pool of connections to the Postgres at `url` (postgres://user@host:port/db). */
export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // A connection the server restarted under is dropped from the pool; the request that used it fails and retries.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  client.release();
  const sql = (q: Pick<pg.Pool, 'query'>): Sql => ({
    async query<Row extends object>(text: string, params: readonly unknown[] = []) {
      // A statement without parameters goes as a simple query: it may hold several (a migration).
      const name = params.length > 0 ? statementName(text) : undefined;
      return (await q.query<Row & pg.QueryResultRow>({ name, text, values: params as unknown[] })).rows;
    },
  });
  const plain = sql(pool);
  return {
    kind: 'postgres',
    query: (text, params) => once(() => plain.query(text, params)),
    transaction: (work) => once(() => transaction(work)),
    close: () => pool.end(),
  };

  async function transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const conn = await pool.connect();
    let broken = false;
    try {
      await conn.query('BEGIN');
      const result = await work(sql(conn));
      await conn.query('COMMIT');
      return result;
    } catch (e) {
      // A connection that cannot even roll back is dead (the database restarted): the pool must not reuse it.
      await conn.query('ROLLBACK').catch(() => (broken = true));
      throw e;
    } finally {
      conn.release(broken);
    }
  }
}

/** DATABASE_URL when given, else PGlite in `dataDir` (memory when that is undefined too). */
export function openDatabase(options: { url?: string; dataDir?: string }): Promise<Database> {
  return options.url ? openPostgres(options.url) : openPglite(options.dataDir);
}
