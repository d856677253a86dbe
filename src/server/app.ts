/**
 * The HTTP surface, in Hono: the LTI routes, the learner's API, the teacher's view, health, and the built site
 * (the player and compiled lessons). Handlers live in their own modules; this file only wires them and says what
 * happens to an error (logged; a 500 that leaks nothing).
 */
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { findAttempt, recordClientLog } from './attempts.js';
import type { ServerContext } from './context.js';
import { deepLinkResponse } from './deep-linking.js';
import { problemPage } from './html.js';
import { launch } from './lti-launch.js';
import { login } from './lti-login.js';
import { canvasConfig, register } from './registration.js';
import { readBody } from './request-body.js';
import { classView, csv, localIndex, replayView } from './teacher-view.js';

/** What a learner's log may weigh: the player's suspend data is at most 64,000 characters. */
const LOG_LIMIT = 256 * 1024;

/** The routes, for the README and the start-up banner. */
export const ROUTES: readonly (readonly [string, string])[] = [
  ['GET  /lti/register', 'dynamic registration (openid_configuration, registration_token)'],
  ['GET|POST /lti/login', 'OIDC third-party login initiation'],
  ['POST /lti/launch', 'launch (redirect URI, form_post): learner page, teacher view or content picker'],
  ['POST /lti/deep-link', 'the picker’s choice, answered to the LMS as a signed LtiDeepLinkingResponse'],
  ['GET  /lti/jwks', 'the tool’s public keys'],
  ['GET  /lti/config/canvas.json', 'a Canvas developer-key configuration'],
  ['POST /api/attempts/:id/log', 'the player’s log of a learner’s work (bearer token from the launch)'],
  ['GET  /teacher/:link', 'the class view (token from an instructor launch); /csv, /attempts/:id'],
  ['GET  /teacher', 'every activity, on a server on loopback only'],
  ['GET  /health', 'liveness and database check'],
];

export function createApp(ctx: ServerContext): Hono {
  const app = new Hono();

  app.onError((e, c) => {
    ctx.log.error('request failed', { method: c.req.method, path: c.req.path, message: e.message });
    return c.html(
      problemPage('Something went wrong', 'The server could not complete this request; try again in a moment.'),
      500,
    );
  });

  app.get('/health', async (c) => {
    try {
      await ctx.db.query('SELECT 1');
      return c.json({ ok: true, database: ctx.db.kind });
    } catch (e) {
      return c.json({ ok: false, database: ctx.db.kind, message: (e as Error).message }, 503);
    }
  });

  app.get('/lti/login', (c) => login(c, ctx));
  app.post('/lti/login', (c) => login(c, ctx));
  app.post('/lti/launch', (c) => launch(c, ctx));
  app.post('/lti/deep-link', (c) => deepLinkResponse(c, ctx));
  app.get('/lti/register', (c) => register(c, ctx));
  app.get('/lti/jwks', async (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(await ctx.keys.jwks());
  });
  app.get('/lti/config/canvas.json', (c) => c.json(canvasConfig(ctx)));

  app.post('/api/attempts/:id/log', async (c) => {
    const auth = c.req.header('Authorization') ?? '';
    const grant = await ctx.tokens.read(auth.startsWith('Bearer ') ? auth.slice(7) : undefined);
    const id = c.req.param('id');
    if (grant?.role !== 'learner' || grant.attempt !== id)
      return c.json(
        { ok: false, message: 'This page’s session is not valid for this work: open the activity again from the LMS.' },
        401,
      );
    const attempt = await ctx.attempts.attempt(id, (a) => findAttempt(ctx.db, a));
    if (!attempt) return c.json({ ok: false, message: 'There is no such attempt.' }, 404);
    const body = await readBody(c, LOG_LIMIT);
    if (!body.ok)
      return c.json({ ok: false, message: `A log is at most ${LOG_LIMIT} bytes; nothing was recorded.` }, 413);
    const store = { db: ctx.db, grader: ctx.grader, cache: ctx.attempts, writes: ctx.writes };
    const recorded = await recordClientLog(store, attempt, body.text, ctx.now());
    if (!recorded.ok) {
      ctx.log.warn('log refused', { attempt: id, reason: recorded.message });
      return c.json({ ok: false, message: recorded.message }, recorded.status);
    }
    // A finished attempt's score is due at once; one in progress waits for the next answers (the outbox's poll).
    if (recorded.added > 0 && recorded.progress.completed) ctx.outbox.wake();
    return c.json({
      ok: true,
      added: recorded.added,
      actions: recorded.total,
      earned: recorded.progress.earned,
      possible: recorded.progress.possible,
      completed: recorded.progress.completed,
      graded: recorded.latest.map((a) => ({ step: a.step, verdict: a.verdict, mistake: a.mistake })),
    });
  });

  app.get('/teacher', (c) => localIndex(c, ctx));
  app.get('/teacher/:link', (c) => classView(c, ctx));
  app.get('/teacher/:link/csv', (c) => csv(c, ctx));
  app.get('/teacher/:link/attempts/:attempt', (c) => replayView(c, ctx));

  app.use('/*', serveStatic({ root: ctx.settings.siteDir }));
  app.notFound((c) => c.html(problemPage('Not found', `There is nothing at ${c.req.path}.`), 404));
  return app;
}
