/**
 * OIDC third-party login, LTI 1.3's first leg (GET or POST /lti/login): the LMS names itself (iss, client_id) and
 * the user (login_hint); the tool makes a one-time state and nonce, binds the state to this browser (a cookie, or
 * the platform's storage when the LMS offers it, for frames whose cookies are blocked) and sends the browser to the
 * LMS's authorization endpoint, which answers at /lti/launch.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { ServerContext } from './context.js';
import { problemPage } from './html.js';
import { findPlatform } from './platforms.js';
import { storeThenRedirect } from './platform-storage.js';

export const STATE_COOKIE_PREFIX = 'gd_lti_';
/** A login not finished within this is refused at launch. */
export const STATE_MINUTES = 10;

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64url');
export const storageKey = (state: string): string => `gd_state_${state}`;
const random = (): string => randomBytes(24).toString('base64url');

/** Whether the cookie can cross sites: only over https may it be SameSite=None. */
export const secureCookies = (ctx: ServerContext): boolean => ctx.settings.publicUrl.startsWith('https:');

async function params(c: Context): Promise<Record<string, string>> {
  const query = c.req.query();
  if (c.req.method !== 'POST') return query;
  const body = await c.req.parseBody();
  return {
    ...query,
    ...Object.fromEntries(Object.entries(body).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : []))),
  };
}

export async function login(c: Context, ctx: ServerContext): Promise<Response> {
  const p = await params(c);
  const refuse = (message: string) => c.html(problemPage('This sign-in could not start', message), 400);
  if (!p.iss || !p.login_hint || !p.target_link_uri)
    return refuse('The LMS’s login request lacks iss, login_hint or target_link_uri (OIDC third-party login).');
  const platform = await findPlatform(ctx.db, p.iss, p.client_id);
  if (!platform)
    return refuse(
      `The LMS “${p.iss.slice(0, 200)}” is not registered with this tool: register it (dynamic registration at /lti/register) first.`,
    );
  let target: URL;
  try {
    target = new URL(p.target_link_uri);
  } catch {
    return refuse('The target_link_uri is not a URL.');
  }
  if (target.origin !== new URL(ctx.settings.publicUrl).origin)
    return refuse('The target_link_uri points outside this tool.');
  const state = random();
  const nonce = random();
  const secret = random();
  await ctx.db.query('INSERT INTO login_states (state, nonce, browser_secret, platform_id) VALUES ($1, $2, $3, $4)', [
    state,
    nonce,
    hashSecret(secret),
    platform.id,
  ]);
  const secure = secureCookies(ctx);
  setCookie(c, `${STATE_COOKIE_PREFIX}${state}`, secret, {
    path: '/lti',
    httpOnly: true,
    secure,
    sameSite: secure ? 'None' : 'Lax',
    maxAge: STATE_MINUTES * 60,
  });
  const auth = new URL(platform.authUrl);
  const query: Record<string, string> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.clientId,
    redirect_uri: `${ctx.settings.publicUrl}/lti/launch`,
    login_hint: p.login_hint,
    state,
    nonce,
  };
  if (p.lti_message_hint) query.lti_message_hint = p.lti_message_hint;
  for (const [k, v] of Object.entries(query)) auth.searchParams.set(k, v);
  ctx.log.info('lti login', { platform: platform.id });
  if (p.lti_storage_target)
    return c.html(
      storeThenRedirect({
        target: p.lti_storage_target,
        origin: auth.origin,
        key: storageKey(state),
        secret,
        next: auth.href,
      }),
    );
  return c.redirect(auth.href, 302);
}
