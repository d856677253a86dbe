/**
 * The launch, LTI 1.3's second leg (POST /lti/launch, form_post from the LMS's authorization endpoint): the state
 * must be one this tool issued, unused and recent, and bound to this browser (its cookie, or the secret the
 * platform's storage kept); the id_token must verify (id-token.ts). Only then are the state and nonce spent — in
 * one transaction, so a replay finds them gone — and the launch dispatched: a resource link to the learner's page
 * or the teacher's view, a deep-linking request to the picker. A refusal is a page that says why, and stores nothing.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { ServerContext } from './context.js';
import type { Id } from './db.js';
import { pickerPage } from './deep-linking.js';
import { problemPage } from './html.js';
import { verifyIdToken } from './id-token.js';
import { hashSecret, secureCookies, STATE_COOKIE_PREFIX, STATE_MINUTES, storageKey } from './lti-login.js';
import { fetchThenRepost } from './platform-storage.js';
import { hasDeployment, platformById } from './platforms.js';
import { resourceLaunch } from './resource-launch.js';

interface StateRow {
  nonce: string;
  browser_secret: string;
  platform_id: Id;
  fresh: boolean;
}

const sameHash = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function launch(c: Context, ctx: ServerContext): Promise<Response> {
  const body = await c.req.parseBody();
  const field = (name: string): string | undefined => (typeof body[name] === 'string' ? body[name] : undefined);
  const refuse = (message: string, status: 400 | 401 | 403 = 401) => {
    ctx.log.warn('lti launch refused', { reason: message });
    return c.html(problemPage('This launch was refused', message), status);
  };
  const state = field('state');
  const token = field('id_token');
  if (!state || !token)
    return refuse(
      'The launch lacks its state or id_token: it must come from the LMS after a sign-in at /lti/login.',
      400,
    );
  const rows = await ctx.db.query<StateRow>(
    `SELECT nonce, browser_secret, platform_id, created_at > now() - interval '${STATE_MINUTES} minutes' AS fresh
     FROM login_states WHERE state = $1`,
    [state],
  );
  const row = rows[0];
  if (!row || !row.fresh)
    return refuse(
      'This sign-in is unknown, already used or expired (its state is not one this tool issued in the last minutes).',
    );
  const platform = await platformById(ctx.db, String(row.platform_id));
  if (!platform) return refuse('The LMS that started this sign-in is no longer registered.');
  const cookie = getCookie(c, `${STATE_COOKIE_PREFIX}${state}`);
  const secret = cookie ?? field('browser_secret');
  const storageTarget = field('lti_storage_target');
  if (secret === undefined && storageTarget)
    // No cookie reached us (a framed, cookie-less browser): ask the platform's storage, then come back.
    return c.html(
      fetchThenRepost({
        target: storageTarget,
        origin: new URL(platform.authUrl).origin,
        key: storageKey(state),
        action: `${ctx.settings.publicUrl}/lti/launch`,
        fields: { state, id_token: token },
      }),
    );
  if (!secret || !sameHash(hashSecret(secret), row.browser_secret))
    return refuse(
      'This sign-in was started in another browser (its state is not bound to this one), or this browser blocks the tool’s cookies.',
    );
  const verified = await verifyIdToken(token, platform, row.nonce, (d) => hasDeployment(ctx.db, platform.id, d));
  if (!verified.ok) return refuse(verified.message);
  const spent = await ctx.db.transaction(async (tx) => {
    const gone = await tx.query('DELETE FROM login_states WHERE state = $1 RETURNING state', [state]);
    const used = await tx.query(
      'INSERT INTO used_nonces (platform_id, nonce) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING nonce',
      [platform.id, row.nonce],
    );
    return gone.length === 1 && used.length === 1;
  });
  if (!spent)
    return refuse('This launch was already used (its nonce has been seen): open the activity again from the LMS.');
  deleteCookie(c, `${STATE_COOKIE_PREFIX}${state}`, { path: '/lti', secure: secureCookies(ctx) });
  const l = verified.launch;
  ctx.log.info('lti launch', { platform: platform.id, kind: l.kind, role: l.role });
  if (l.kind === 'deep-linking') {
    if (l.role !== 'instructor') return refuse('Only a teacher can choose content for the course.', 403);
    if (!l.acceptsResourceLink)
      return refuse('The LMS does not accept resource links in this deep-linking request.', 400);
    return c.html(await pickerPage(ctx, platform, l));
  }
  return resourceLaunch(c, ctx, platform, l);
}
