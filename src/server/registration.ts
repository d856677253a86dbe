/**
 * Connecting an LMS: LTI Dynamic Registration (GET /lti/register?openid_configuration=…&registration_token=…) reads
 * the platform's OpenID configuration, checks its issuer, registers the tool at the platform's registration endpoint
 * and records the platform and deployment it answers with; and the JSON a Canvas admin pastes for a developer key.
 */
import type { Context } from 'hono';
import type { ServerContext } from './context.js';
import { page, problemPage } from './html.js';
import { LINEITEM_SCOPE, SCORE_SCOPE } from './ags.js';
import { registerPlatform } from './platforms.js';

const TOOL_NAME = 'gd-tutor';
const TIMEOUT_MS = 10_000;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const toolUrls = (ctx: ServerContext) => {
  const base = ctx.settings.publicUrl;
  return { base, login: `${base}/lti/login`, launch: `${base}/lti/launch`, jwks: `${base}/lti/jwks` };
};

export async function register(c: Context, ctx: ServerContext): Promise<Response> {
  const refuse = (message: string) => c.html(problemPage('The tool could not be registered', message), 400);
  const configUrl = c.req.query('openid_configuration');
  const registrationToken = c.req.query('registration_token');
  if (!configUrl) return refuse('The registration request lacks openid_configuration.');
  let config: Record<string, unknown>;
  try {
    const response = await fetch(configUrl, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return refuse(`The LMS’s OpenID configuration answered ${response.status}.`);
    const body: unknown = await response.json();
    if (!isObject(body)) return refuse('The LMS’s OpenID configuration is not a JSON object.');
    config = body;
  } catch (e) {
    return refuse(`The LMS’s OpenID configuration could not be read: ${(e as Error).message}.`);
  }
  const issuer = typeof config.issuer === 'string' ? config.issuer : '';
  const endpoints = ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'registration_endpoint'] as const;
  const missing = endpoints.filter((k) => typeof config[k] !== 'string');
  if (!issuer || missing.length > 0)
    return refuse(
      `The LMS’s OpenID configuration lacks ${[!issuer ? 'issuer' : '', ...missing].filter(Boolean).join(', ')}.`,
    );
  // The configuration must be served under its own issuer: otherwise anyone could claim any LMS's name.
  if (!configUrl.startsWith(issuer)) return refuse('The OpenID configuration is not served under its issuer’s URL.');
  const urls = toolUrls(ctx);
  const registration = {
    application_type: 'web',
    response_types: ['id_token'],
    grant_types: ['implicit', 'client_credentials'],
    initiate_login_uri: urls.login,
    redirect_uris: [urls.launch],
    client_name: TOOL_NAME,
    jwks_uri: urls.jwks,
    token_endpoint_auth_method: 'private_key_jwt',
    scope: [SCORE_SCOPE, LINEITEM_SCOPE].join(' '),
    'https://purl.imsglobal.org/spec/lti-tool-configuration': {
      domain: new URL(urls.base).host,
      target_link_uri: urls.launch,
      claims: ['iss', 'sub', 'name'],
      messages: [
        { type: 'LtiResourceLinkRequest', target_link_uri: urls.launch },
        { type: 'LtiDeepLinkingRequest', target_link_uri: urls.launch },
      ],
      description: 'Step-by-step gradient-descent exercises, graded by the tool.',
    },
  };
  let answer: Record<string, unknown>;
  try {
    const response = await fetch(String(config.registration_endpoint), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(registrationToken ? { Authorization: `Bearer ${registrationToken}` } : {}),
      },
      body: JSON.stringify(registration),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body: unknown = await response.json();
    if (!response.ok || !isObject(body) || typeof body.client_id !== 'string')
      return refuse(`The LMS refused the registration (${response.status}).`);
    answer = body;
  } catch (e) {
    return refuse(`The LMS’s registration endpoint could not be reached: ${(e as Error).message}.`);
  }
  const toolConfig = answer['https://purl.imsglobal.org/spec/lti-tool-configuration'];
  const deployment =
    isObject(toolConfig) && typeof toolConfig.deployment_id === 'string' ? toolConfig.deployment_id : undefined;
  await registerPlatform(ctx.db, {
    issuer,
    clientId: answer.client_id as string,
    authUrl: String(config.authorization_endpoint),
    tokenUrl: String(config.token_endpoint),
    jwksUrl: String(config.jwks_uri),
    name: typeof config.issuer === 'string' ? config.issuer : '',
    deployments: deployment ? [deployment] : [],
  });
  ctx.log.info('platform registered', { issuer, deployment });
  return c.html(
    page(
      'Registered',
      `<main><h1>gd-tutor is registered</h1><p>You can close this window.</p></main>
<script>(window.opener||window.parent).postMessage({subject:'org.imsglobal.lti.close'},'*')</script>`,
    ),
  );
}

/** A Canvas developer key (LTI key) configuration, to paste into “Enter JSON”. */
export function canvasConfig(ctx: ServerContext): Record<string, unknown> {
  const urls = toolUrls(ctx);
  const domain = new URL(urls.base).host;
  return {
    title: TOOL_NAME,
    description: 'Step-by-step gradient-descent exercises, graded by the tool.',
    oidc_initiation_url: urls.login,
    target_link_uri: urls.launch,
    public_jwk_url: urls.jwks,
    scopes: [SCORE_SCOPE, LINEITEM_SCOPE],
    extensions: [
      {
        domain,
        tool_id: TOOL_NAME,
        platform: 'canvas.instructure.com',
        privacy_level: 'name_only',
        settings: {
          text: TOOL_NAME,
          placements: [
            { placement: 'link_selection', message_type: 'LtiDeepLinkingRequest', target_link_uri: urls.launch },
            { placement: 'assignment_selection', message_type: 'LtiDeepLinkingRequest', target_link_uri: urls.launch },
          ],
        },
      },
    ],
    custom_fields: {},
  };
}
