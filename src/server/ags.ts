/**
 * Assignment and Grade Services, the tool's side: an access token by the client-credentials grant with a signed
 * client assertion (private_key_jwt, RFC 7523), cached per platform until shortly before it expires, and a score
 * posted to a line item's /scores endpoint. Errors are values: the outbox decides whether to retry.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { ALG, type ToolKeys } from './keys.js';

export const SCORE_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';
export const LINEITEM_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem';

export interface PlatformClient {
  readonly id: string;
  readonly clientId: string;
  readonly tokenUrl: string;
}

/** The score as AGS 2.0 defines it (userId added when sending). */
export interface ScorePayload {
  readonly scoreGiven: number;
  readonly scoreMaximum: number;
  readonly activityProgress: 'Started' | 'InProgress' | 'Submitted' | 'Completed';
  readonly gradingProgress: 'FullyGraded' | 'Pending' | 'PendingManual' | 'Failed' | 'NotReady';
  readonly timestamp: string;
}

export type Sent = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** What a token request or score post may wait for; past this the outbox retries later. */
const TIMEOUT_MS = 10_000;

export class GradeService {
  private readonly tokens = new Map<string, { token: string; until: number }>();

  constructor(
    private readonly keys: ToolKeys,
    private readonly fetcher: typeof fetch = fetch,
  ) {}

  private async token(platform: PlatformClient): Promise<string> {
    const hit = this.tokens.get(platform.id);
    if (hit && hit.until > Date.now()) return hit.token;
    const { kid, key } = await this.keys.signing();
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg: ALG, kid, typ: 'JWT' })
      .setIssuer(platform.clientId)
      .setSubject(platform.clientId)
      .setAudience(platform.tokenUrl)
      .setIssuedAt()
      .setExpirationTime('5m')
      .setJti(randomUUID())
      .sign(key);
    const response = await this.fetcher(platform.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion,
        scope: SCORE_SCOPE,
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`the platform's token endpoint answered ${response.status}`);
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string') throw new Error("the platform's token endpoint sent no access_token");
    const seconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    // Renewed a minute early, so a token never expires on its way to the score endpoint.
    this.tokens.set(platform.id, { token: body.access_token, until: Date.now() + Math.max(0, seconds - 60) * 1000 });
    return body.access_token;
  }

  /** Posts one score to `lineitem`'s scores endpoint. */
  async postScore(platform: PlatformClient, lineitem: string, userId: string, score: ScorePayload): Promise<Sent> {
    try {
      const token = await this.token(platform);
      const url = new URL(lineitem);
      url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
      const response = await this.fetcher(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/vnd.ims.lis.v1.score+json' },
        body: JSON.stringify({ userId, ...score }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (response.status === 401) this.tokens.delete(platform.id);
      await response.body?.cancel();
      return response.ok ? { ok: true } : { ok: false, message: `the score endpoint answered ${response.status}` };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  }
}
