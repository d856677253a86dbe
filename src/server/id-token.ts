/**
 * Verifying an LTI 1.3 id_token (with jose) and reading it into a typed launch. The signature is checked against
 * the platform's JWKS — fetched once, cached, fetched again when a token names a key it does not hold (the platform
 * rotated) — then iss, aud, azp, exp, iat, the nonce the login issued, the LTI version, the message type, the
 * deployment and the claims each message needs. Every failure is a value with a message an LMS admin can act on.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Platform } from './platforms.js';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
const AGS = 'https://purl.imsglobal.org/spec/lti-ags/claim/';
export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deployment: `${LTI}deployment_id`,
  targetLink: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  endpoint: `${AGS}endpoint`,
  deepLinking: `${DL}deep_linking_settings`,
  dlData: `${DL}data`,
  contentItems: `${DL}content_items`,
} as const;

/** Roles that open the teacher's view; any other launch is a learner's. */
const TEACHING = [
  'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  'http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper',
  'http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant',
  'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator',
  'http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator',
];

interface Common {
  readonly deploymentId: string;
  readonly sub: string;
  readonly name: string;
  readonly role: 'instructor' | 'learner';
  readonly contextId: string;
  readonly contextTitle: string;
}

export type Launch =
  | (Common & {
      readonly kind: 'resource';
      readonly linkId: string;
      readonly linkTitle: string;
      readonly custom: Readonly<Record<string, string>>;
      readonly lineitem: string | undefined;
      readonly scopes: readonly string[];
    })
  | (Common & {
      readonly kind: 'deep-linking';
      readonly returnUrl: string;
      readonly data: string | undefined;
      readonly acceptsResourceLink: boolean;
    });

export type Verified =
  { readonly ok: true; readonly launch: Launch } | { readonly ok: false; readonly message: string };

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

/** The platform's key set, one per JWKS URL for the life of the process (jose caches and refreshes it). */
function keySet(url: string): ReturnType<typeof createRemoteJWKSet> {
  let set = keySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url), {
      cacheMaxAge: 10 * 60_000,
      cooldownDuration: 1_000,
      timeoutDuration: 5_000,
    });
    keySets.set(url, set);
  }
  return set;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function why(e: unknown): string {
  if (e instanceof errors.JWTExpired)
    return 'the launch token has expired (check the LMS server’s clock, then launch again)';
  if (e instanceof errors.JWSSignatureVerificationFailed)
    return 'the launch token’s signature does not match the LMS’s published keys';
  if (e instanceof errors.JWKSNoMatchingKey) return 'the launch token is signed with a key the LMS does not publish';
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'aud')
      return 'the launch token is meant for another tool (its audience is not this tool’s client id)';
    if (e.claim === 'iss') return 'the launch token comes from another issuer than the LMS that started the sign-in';
    if (e.claim === 'iat') return 'the launch token was issued too long ago or in the future';
    return `the launch token’s “${e.claim}” claim is not acceptable (${e.reason})`;
  }
  if (e instanceof errors.JOSEError) return `the launch token could not be verified (${e.code})`;
  return `the launch token could not be verified (${(e as Error).message})`;
}

/** Verifies `token` from `platform` for a login that issued `nonce`; `deployments` tells whether a deployment is known. */
export async function verifyIdToken(
  token: string,
  platform: Platform,
  nonce: string,
  knownDeployment: (id: string) => Promise<boolean>,
): Promise<Verified> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keySet(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'PS256'],
      requiredClaims: ['exp', 'iat', 'nonce'],
      maxTokenAge: '10 minutes',
      clockTolerance: 30,
    }));
  } catch (e) {
    return { ok: false, message: `The LMS’s launch could not be trusted: ${why(e)}.` };
  }
  const fail = (message: string): Verified => ({ ok: false, message });
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp === undefined)
    return fail('The launch token names several audiences but no authorized party (azp).');
  if (payload.azp !== undefined && payload.azp !== platform.clientId)
    return fail('The launch token’s authorized party (azp) is not this tool’s client id.');
  if (payload.nonce !== nonce) return fail('The launch token’s nonce is not the one this sign-in issued.');
  if (payload[CLAIM.version] !== '1.3.0')
    return fail(`The launch is not LTI 1.3.0 (version claim: ${JSON.stringify(payload[CLAIM.version] ?? null)}).`);
  const deploymentId = str(payload[CLAIM.deployment]);
  if (!deploymentId) return fail('The launch token has no deployment id claim.');
  if (!(await knownDeployment(deploymentId)))
    return fail(
      `The deployment “${deploymentId.slice(0, 100)}” is not registered with this tool: ask the LMS admin to register it.`,
    );
  const sub = str(payload.sub);
  const roles = payload[CLAIM.roles];
  if (!sub) return fail('The launch token has no subject (sub): anonymous launches are not supported.');
  if (!Array.isArray(roles)) return fail('The launch token has no roles claim.');
  const context = isObject(payload[CLAIM.context]) ? (payload[CLAIM.context] as Record<string, unknown>) : {};
  const common: Common = {
    deploymentId,
    sub,
    name: str(payload.name) ?? [str(payload.given_name), str(payload.family_name)].filter(Boolean).join(' '),
    role: roles.some((r) => TEACHING.includes(String(r))) ? 'instructor' : 'learner',
    contextId: str(context.id) ?? '',
    contextTitle: str(context.title) ?? '',
  };
  const type = payload[CLAIM.messageType];
  if (type === 'LtiResourceLinkRequest') {
    const link = payload[CLAIM.resourceLink];
    if (!isObject(link) || !str(link.id)) return fail('The launch token has no resource link id claim.');
    const custom = isObject(payload[CLAIM.custom]) ? (payload[CLAIM.custom] as Record<string, unknown>) : {};
    const endpoint = isObject(payload[CLAIM.endpoint]) ? (payload[CLAIM.endpoint] as Record<string, unknown>) : {};
    return {
      ok: true,
      launch: {
        ...common,
        kind: 'resource',
        linkId: str(link.id)!,
        linkTitle: str(link.title) ?? '',
        custom: Object.fromEntries(Object.entries(custom).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : []))),
        lineitem: str(endpoint.lineitem),
        scopes: Array.isArray(endpoint.scope) ? endpoint.scope.map(String) : [],
      },
    };
  }
  if (type === 'LtiDeepLinkingRequest') {
    const settings = payload[CLAIM.deepLinking];
    if (!isObject(settings) || !str(settings.deep_link_return_url))
      return fail('The deep-linking request has no deep_link_return_url.');
    return {
      ok: true,
      launch: {
        ...common,
        kind: 'deep-linking',
        returnUrl: str(settings.deep_link_return_url)!,
        data: str(settings.data),
        acceptsResourceLink: Array.isArray(settings.accept_types) && settings.accept_types.includes('ltiResourceLink'),
      },
    };
  }
  return fail(`The message type ${JSON.stringify(type ?? null)} is not one this tool handles.`);
}
