/**
 * What a launched page holds to call the API: a short JWT (HS256 with a secret the servers share through the
 * database) naming the attempt a learner may write to, or the resource link a teacher may read. Carried in the
 * page rather than a cookie, because an LMS's iframe often gets no cookies at all.
 */
import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { BoundedCache } from '../math/bounded-cache.js';
import type { Sql } from './db.js';

export type Grant =
  | { readonly role: 'learner'; readonly attempt: string }
  | { readonly role: 'instructor'; readonly link: string }
  | {
      readonly role: 'picker';
      readonly platform: string;
      readonly deployment: string;
      readonly returnUrl: string;
      readonly data?: string;
    };

const HOURS = 8;
const HOURS_MS = HOURS * 3_600_000;

/** Verified tokens kept, so a page saving after every answer is not re-verified each time (WebCrypto is slow per call). */
const VERIFIED_MAX = 10_000;

export class SessionTokens {
  private readonly verified = new BoundedCache<string, { grant: Grant; until: number }>(VERIFIED_MAX);

  private constructor(private readonly secret: Uint8Array) {}

  /** The shared secret, made by the first server that needs it. */
  static async load(sql: Sql): Promise<SessionTokens> {
    await sql.query("INSERT INTO server_secrets (name, secret) VALUES ('session', $1) ON CONFLICT (name) DO NOTHING", [
      randomBytes(32).toString('base64url'),
    ]);
    const rows = await sql.query<{ secret: string }>("SELECT secret FROM server_secrets WHERE name = 'session'");
    return new SessionTokens(Buffer.from(rows[0]!.secret, 'base64url'));
  }

  async issue(grant: Grant): Promise<string> {
    // The token's iat is in whole seconds, taken while signing: its expiry (iat + HOURS) is never before this one.
    const until = Math.floor(Date.now() / 1000) * 1000 + HOURS_MS;
    const token = await new SignJWT({ grant })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime(`${HOURS}h`)
      .sign(this.secret);
    // The page's first save, on this server, needs no verification: this server made the token.
    this.keep(token, grant, until);
    return token;
  }

  private keep(token: string, grant: Grant, until: number): void {
    this.verified.set(token, { grant, until });
  }

  /** The grant a token carries; undefined when it is forged, altered or expired. */
  async read(token: string | undefined): Promise<Grant | undefined> {
    if (!token) return undefined;
    const hit = this.verified.get(token);
    if (hit && hit.until > Date.now()) return hit.grant;
    try {
      const { payload } = await jwtVerify(token, this.secret, { algorithms: ['HS256'] });
      const grant = payload.grant as Grant;
      this.keep(token, grant, (payload.exp ?? 0) * 1000);
      return grant;
    } catch {
      return undefined;
    }
  }
}
