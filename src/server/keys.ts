/**
 * The tool's own keys (RS256, made and used with jose): the newest signs (client assertions for the LMS's token
 * endpoint, deep-linking responses); the JWKS route publishes it and the keys retired within the grace period, so a
 * platform that cached the old one still verifies what was signed just before a rotation. Kept in the database, so
 * every server behind a load balancer signs with the same key; read again at most every minute.
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import type { Sql } from './db.js';

export const ALG = 'RS256';
/** How long a retired key stays in the JWKS. */
const GRACE = '7 days';
const CACHE_MS = 60_000;

export interface SigningKey {
  readonly kid: string;
  readonly key: CryptoKey;
}

export class ToolKeys {
  private cached: { key: SigningKey; until: number } | undefined;

  constructor(private readonly sql: Sql) {}

  /** Makes a new signing key and retires the others (they stay published for the grace period). */
  async rotate(): Promise<string> {
    const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
    const kid = randomUUID();
    const priv = { ...(await exportJWK(privateKey)), kid, alg: ALG };
    const pub = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' };
    await this.sql.query('UPDATE tool_keys SET retired_at = now() WHERE retired_at IS NULL');
    await this.sql.query('INSERT INTO tool_keys (kid, private_jwk, public_jwk) VALUES ($1, $2, $3)', [kid, priv, pub]);
    this.cached = undefined;
    return kid;
  }

  /** A key exists (the first start makes one). */
  async ensure(): Promise<void> {
    const rows = await this.sql.query('SELECT kid FROM tool_keys WHERE retired_at IS NULL LIMIT 1');
    if (rows.length === 0) await this.rotate();
  }

  async signing(): Promise<SigningKey> {
    if (this.cached && this.cached.until > Date.now()) return this.cached.key;
    const rows = await this.sql.query<{ kid: string; private_jwk: JWK }>(
      'SELECT kid, private_jwk FROM tool_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1',
    );
    const row = rows[0];
    if (!row) throw new Error('The tool has no signing key: the server starts by making one (ToolKeys.ensure).');
    const key = { kid: row.kid, key: (await importJWK(row.private_jwk, ALG)) as CryptoKey };
    this.cached = { key, until: Date.now() + CACHE_MS };
    return key;
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    const rows = await this.sql.query<{ public_jwk: JWK }>(
      `SELECT public_jwk FROM tool_keys WHERE retired_at IS NULL OR retired_at > now() - interval '${GRACE}'
       ORDER BY created_at DESC`,
    );
    return { keys: rows.map((r) => r.public_jwk) };
  }
}
