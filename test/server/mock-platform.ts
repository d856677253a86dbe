/**
 * A mock LTI 1.3 platform (an LMS) on loopback, for the tests and the bench: its own RS256 keys (jose) and JWKS, an
 * OIDC authorization endpoint that answers the tool's login with a signed id_token posted to the redirect URI, a
 * token endpoint that checks the tool's client assertion against the tool's JWKS, line items whose score endpoint
 * records every POST (and can be made to answer 503), OpenID configuration and a registration endpoint for dynamic
 * registration, a deep-linking return URL, and a course page that frames the tool. It records what it receives.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import {
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';

export const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';
export const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';

/** What the platform's authorization endpoint puts in the id_token for a login_hint. */
export interface LaunchSpec {
  readonly sub: string;
  readonly name?: string;
  readonly roles?: readonly string[];
  readonly messageType?: 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest';
  readonly linkId?: string;
  readonly custom?: Readonly<Record<string, string>>;
  readonly lineitem?: boolean;
  /** The platform offers its storage (LTI client-side postMessage storage) to the tool's frame. */
  readonly platformStorage?: boolean;
  /** Claims merged last: to break a token on purpose. */
  readonly override?: Readonly<Record<string, unknown>>;
}

export interface ScorePost {
  readonly lineitem: string;
  readonly authorization: string;
  readonly contentType: string;
  readonly body: Record<string, unknown>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export class MockPlatform {
  readonly clientId = 'gd-tutor-client';
  readonly deploymentId = 'deployment-1';
  url = '';
  toolUrl = '';
  private key!: { kid: string; privateKey: CryptoKey; publicJwk: JWK };
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((e: unknown) => {
      res.writeHead(500).end(String(e));
    });
  });
  readonly launches = new Map<string, LaunchSpec>();
  readonly scores: ScorePost[] = [];
  readonly tokenRequests: JWTPayload[] = [];
  readonly deepLinks: JWTPayload[] = [];
  readonly registrations: Record<string, unknown>[] = [];
  /** Score POSTs to answer 503 before accepting. */
  failScores = 0;
  scoreAttempts = 0;

  get issuer(): string {
    return this.url;
  }

  /** Listens on loopback; `host` 'localhost' makes it another site than a tool on 127.0.0.1, as an LMS is. */
  async start(host: 'localhost' | '127.0.0.1' = '127.0.0.1'): Promise<this> {
    await this.rotateKey();
    await new Promise<void>((ready) => this.server.listen(0, '127.0.0.1', ready));
    this.url = `http://${host}:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** A new signing key; the old one leaves the JWKS (the tool must fetch the new set). */
  async rotateKey(): Promise<void> {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const kid = randomUUID();
    this.key = { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
  }

  /** The registration the tool needs, as `startServer({ platforms })` takes it. */
  registration() {
    return {
      issuer: this.issuer,
      clientId: this.clientId,
      authUrl: `${this.url}/auth`,
      tokenUrl: `${this.url}/token`,
      jwksUrl: `${this.url}/jwks`,
      name: 'mock LMS',
      deployments: [this.deploymentId],
    };
  }

  lineitemUrl(linkId: string): string {
    return `${this.url}/lineitems/${encodeURIComponent(linkId)}?type=score`;
  }

  /** The claims of an id_token for `spec` (nonce given by the tool's login). */
  claims(spec: LaunchSpec, nonce: string): JWTPayload {
    const type = spec.messageType ?? 'LtiResourceLinkRequest';
    const linkId = spec.linkId ?? 'link-1';
    return {
      nonce,
      sub: spec.sub,
      name: spec.name ?? spec.sub,
      [`${LTI}message_type`]: type,
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: this.deploymentId,
      [`${LTI}target_link_uri`]: `${this.toolUrl}/lti/launch`,
      [`${LTI}roles`]: spec.roles ?? [LEARNER],
      [`${LTI}context`]: { id: 'course-1', title: 'Optimisation 101' },
      ...(type === 'LtiResourceLinkRequest'
        ? {
            [`${LTI}resource_link`]: { id: linkId, title: 'Descent homework' },
            [`${LTI}custom`]: spec.custom ?? { lesson: 'bowl', exercise: 'one-step' },
            ...(spec.lineitem === false
              ? {}
              : {
                  'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint': {
                    scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'],
                    lineitem: this.lineitemUrl(linkId),
                  },
                }),
          }
        : {
            'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings': {
              deep_link_return_url: `${this.url}/deep-link-return`,
              accept_types: ['ltiResourceLink'],
              accept_presentation_document_targets: ['iframe'],
              data: 'opaque-platform-data',
            },
          }),
      ...spec.override,
    };
  }

  /** Signs claims as this platform would (or with `key`, to forge). */
  sign(
    claims: JWTPayload,
    options: {
      key?: CryptoKey;
      kid?: string;
      audience?: string | string[];
      expiresIn?: string | number;
      issuedAt?: number;
    } = {},
  ): Promise<string> {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? this.key.kid, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setAudience(options.audience ?? this.clientId)
      .setIssuedAt(options.issuedAt)
      .setExpirationTime(options.expiresIn ?? '5m');
    return jwt.sign(options.key ?? this.key.privateKey);
  }

  /** The URL a course page frames to start a launch for `hint` (a key of `launches`). */
  loginUrl(hint: string, extra: Record<string, string> = {}): string {
    const q = new URLSearchParams({
      iss: this.issuer,
      login_hint: hint,
      target_link_uri: `${this.toolUrl}/lti/launch`,
      client_id: this.clientId,
      lti_deployment_id: this.deploymentId,
      lti_message_hint: `hint-${hint}`,
      ...extra,
    });
    return `${this.toolUrl}/lti/login?${q.toString()}`;
  }

  private async body(req: IncomingMessage): Promise<string> {
    let data = '';
    for await (const chunk of req) data += String(chunk);
    return data;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    const url = new URL(req.url ?? '/', this.url);
    const send = (status: number, type: string, body: string) =>
      res.writeHead(status, { 'Content-Type': type }).end(body);
    const json = (status: number, value: unknown) => send(status, 'application/json', JSON.stringify(value));
    switch (url.pathname) {
      case '/jwks': {
        json(200, { keys: [this.key.publicJwk] });
        return;
      }
      case '/.well-known/openid-configuration': {
        json(200, {
          issuer: this.issuer,
          authorization_endpoint: `${this.url}/auth`,
          token_endpoint: `${this.url}/token`,
          jwks_uri: `${this.url}/jwks`,
          registration_endpoint: `${this.url}/register`,
          'https://purl.imsglobal.org/spec/lti-platform-configuration': { product_family_code: 'mock', version: '1' },
        });
        return;
      }
      case '/register': {
        if (req.headers.authorization !== 'Bearer reg-token-1') {
          json(401, { error: 'bad registration token' });
          return;
        }
        const body = JSON.parse(await this.body(req)) as Record<string, unknown>;
        this.registrations.push(body);
        json(200, {
          ...body,
          client_id: this.clientId,
          'https://purl.imsglobal.org/spec/lti-tool-configuration': {
            ...(body['https://purl.imsglobal.org/spec/lti-tool-configuration'] as object),
            deployment_id: this.deploymentId,
          },
        });
        return;
      }
      case '/auth': {
        const p = url.searchParams;
        const spec = this.launches.get(p.get('login_hint') ?? '');
        if (!spec || p.get('client_id') !== this.clientId || p.get('response_mode') !== 'form_post') {
          send(400, 'text/plain', 'unknown login');
          return;
        }
        const token = await this.sign(this.claims(spec, p.get('nonce') ?? ''));
        const fields = {
          id_token: token,
          state: p.get('state') ?? '',
          ...(spec.platformStorage ? { lti_storage_target: '_parent' } : {}),
        };
        const inputs = Object.entries(fields)
          .map(([k, v]) => `<input type="hidden" name="${k}" value="${escapeHtml(v)}">`)
          .join('');
        send(
          200,
          'text/html',
          `<form method="post" action="${escapeHtml(p.get('redirect_uri') ?? '')}">${inputs}</form><script>document.forms[0].submit()</script>`,
        );
        return;
      }
      case '/token': {
        const form = new URLSearchParams(await this.body(req));
        const jwks = createRemoteJWKSet(new URL(`${this.toolUrl}/lti/jwks`));
        try {
          const { payload } = await jwtVerify(form.get('client_assertion') ?? '', jwks, {
            issuer: this.clientId,
            subject: this.clientId,
            audience: `${this.url}/token`,
          });
          this.tokenRequests.push(payload);
        } catch (e) {
          json(401, { error: 'invalid_client', error_description: (e as Error).message });
          return;
        }
        if (form.get('grant_type') !== 'client_credentials') {
          json(400, { error: 'unsupported_grant_type' });
          return;
        }
        json(200, {
          access_token: `token-${this.tokenRequests.length}`,
          token_type: 'Bearer',
          expires_in: 3600,
          scope: form.get('scope'),
        });
        return;
      }
      case '/deep-link-return': {
        const form = new URLSearchParams(await this.body(req));
        const jwks = createRemoteJWKSet(new URL(`${this.toolUrl}/lti/jwks`));
        const { payload } = await jwtVerify(form.get('JWT') ?? '', jwks, {
          issuer: this.clientId,
          audience: this.issuer,
        });
        this.deepLinks.push(payload);
        send(
          200,
          'text/html',
          '<!doctype html><title>Added</title><link rel="icon" href="data:,"><h1 id="added">Added to the course</h1>',
        );
        return;
      }
      case '/course': {
        send(
          200,
          'text/html',
          // The platform's storage, as an LMS page offers it to the tool's frame: per origin, answered by postMessage.
          `<!doctype html><title>Course</title><link rel="icon" href="data:,"><script>
const kept = {};
addEventListener('message', (e) => {
  const d = e.data || {};
  if (d.subject !== 'lti.put_data' && d.subject !== 'lti.get_data') return;
  const store = (kept[e.origin] ||= {});
  if (d.subject === 'lti.put_data') store[d.key] = d.value;
  window.storageCalls = (window.storageCalls || []).concat(d.subject);
  e.source.postMessage({ subject: d.subject + '.response', message_id: d.message_id, key: d.key, value: store[d.key] }, e.origin);
});
</script><h1>Course</h1><iframe name="tool" id="tool" style="width:100%;height:900px" src="${escapeHtml(url.searchParams.get('launch') ?? '')}"></iframe>`,
        );
        return;
      }
    }
    const lineitem = /^\/lineitems\/([^/]+)\/scores$/.exec(url.pathname);
    if (lineitem && req.method === 'POST') {
      this.scoreAttempts++;
      const body = await this.body(req);
      if (this.failScores > 0) {
        this.failScores--;
        send(503, 'text/plain', 'try later');
        return;
      }
      if (!/^Bearer token-\d+$/.test(req.headers.authorization ?? '')) {
        json(401, { error: 'no token' });
        return;
      }
      this.scores.push({
        lineitem: decodeURIComponent(lineitem[1]!),
        authorization: req.headers.authorization ?? '',
        contentType: req.headers['content-type'] ?? '',
        body: JSON.parse(body) as Record<string, unknown>,
      });
      json(200, {});
      return;
    }
    send(404, 'text/plain', 'not found');
  }

  close(): Promise<void> {
    return new Promise((done) => {
      this.server.closeAllConnections();
      this.server.close(() => {
        done();
      });
    });
  }
}
