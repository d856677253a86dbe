/**
 * A verified resource-link launch: what opens (the custom parameters `lesson` and `exercise`, set by hand or by
 * deep linking; else what the link opened before), the link recorded with its line item, and then the learner's
 * page — their attempt, created at the first launch with their own variant — or, for a teacher, the class view.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { findAttempt, loadActions, openAttempt } from './attempts.js';
import type { ServerContext } from './context.js';
import type { Id } from './db.js';
import { VARIANTS } from './grading.js';
import { problemPage } from './html.js';
import type { Launch } from './id-token.js';
import { learnerPage } from './learner-page.js';
import type { Platform } from './platforms.js';

type ResourceLaunch = Extract<Launch, { kind: 'resource' }>;

/** A learner's variant: the same at every launch, spread over the variants. */
export const variantOf = (platform: string, sub: string): number =>
  createHash('sha256').update(`${platform}\n${sub}`).digest().readUInt32BE(0) % VARIANTS;

export async function resourceLaunch(
  c: Context,
  ctx: ServerContext,
  platform: Platform,
  l: ResourceLaunch,
): Promise<Response> {
  const refuse = (message: string) => c.html(problemPage('This activity could not open', message), 400);
  const before = await ctx.db.query<{ lesson: string; exercise: string | null }>(
    'SELECT lesson, exercise FROM resource_links WHERE platform_id = $1 AND deployment_id = $2 AND link_id = $3',
    [platform.id, l.deploymentId, l.linkId],
  );
  const lessonId = l.custom.lesson ?? before[0]?.lesson;
  const exercise = l.custom.lesson ? l.custom.exercise || undefined : (before[0]?.exercise ?? undefined);
  if (!lessonId)
    return refuse(
      'This link does not say which lesson to open: set the custom parameter lesson=<id> (and optionally exercise=<id>), or add it through the tool’s content picker.',
    );
  const lesson = ctx.grader.lesson(lessonId);
  if (!lesson)
    return refuse(
      `There is no lesson “${lessonId.slice(0, 100)}” here; the lessons are: ${ctx.grader
        .lessons()
        .map((x) => x.id)
        .join(', ')}.`,
    );
  if (exercise !== undefined && !lesson.exercises.some((e) => e.id === exercise))
    return refuse(
      `The lesson “${lesson.title}” has no exercise “${exercise.slice(0, 100)}”; it has ${lesson.exercises.map((e) => e.id).join(', ')}.`,
    );
  const lineitem = l.scopes.includes('https://purl.imsglobal.org/spec/lti-ags/scope/score') ? l.lineitem : undefined;
  const { linkRowId, attemptId } = await ctx.db.transaction(async (tx) => {
    const link = await tx.query<{ id: Id }>(
      `INSERT INTO resource_links (platform_id, deployment_id, link_id, context_id, context_title, title, lesson, exercise, lineitem_url, scopes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (platform_id, deployment_id, link_id) DO UPDATE SET context_id = $4, context_title = $5, title = $6,
         lesson = $7, exercise = $8, lineitem_url = COALESCE($9, resource_links.lineitem_url), scopes = $10
       RETURNING id`,
      [
        platform.id,
        l.deploymentId,
        l.linkId,
        l.contextId,
        l.contextTitle,
        l.linkTitle,
        lesson.id,
        exercise ?? null,
        lineitem ?? null,
        l.scopes.join(' '),
      ],
    );
    const linkRowId = String(link[0]!.id);
    if (l.role === 'instructor') return { linkRowId, attemptId: undefined };
    const learner = await tx.query<{ id: Id }>(
      `INSERT INTO learners (platform_id, sub, name) VALUES ($1, $2, $3)
       ON CONFLICT (platform_id, sub) DO UPDATE SET name = CASE WHEN $3 = '' THEN learners.name ELSE $3 END RETURNING id`,
      [platform.id, l.sub, l.name],
    );
    const attempt = await openAttempt(tx, {
      resourceLinkId: linkRowId,
      learnerId: String(learner[0]!.id),
      lesson: lesson.id,
      exercise,
      variant: variantOf(platform.id, l.sub),
    });
    return { linkRowId, attemptId: attempt.id };
  });
  if (attemptId === undefined) {
    const token = await ctx.tokens.issue({ role: 'instructor', link: linkRowId });
    return c.redirect(`${ctx.settings.publicUrl}/teacher/${linkRowId}?token=${encodeURIComponent(token)}`, 303);
  }
  const attempt = (await findAttempt(ctx.db, attemptId))!;
  const actions = await loadActions(ctx.db, attempt.id);
  // The grading state made now, while the player loads, so the first answer is graded on it (attempt-cache.ts).
  const grades = ctx.grader.open(attempt.lesson, attempt.variant, attempt.exercise);
  if (grades) {
    grades.apply(actions);
    ctx.attempts.set(attempt.id, { actions, grades });
  }
  const query = new URLSearchParams({ lesson: attempt.lesson, seed: String(attempt.variant), scorm: '2004' });
  if (attempt.exercise) query.set('exercise', attempt.exercise);
  return c.html(
    learnerPage({
      title: lesson.title,
      playerUrl: `${ctx.settings.publicUrl}/player.html?${query.toString()}`,
      api: `${ctx.settings.publicUrl}/api/attempts/${attempt.id}/log`,
      token: await ctx.tokens.issue({ role: 'learner', attempt: attempt.id }),
      learner: `learner-${attempt.id}`,
      suspend:
        actions.length === 0 ? '' : ctx.grader.clientState(attempt.lesson, attempt.variant, attempt.exercise, actions),
    }),
  );
}
