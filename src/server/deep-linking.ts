/**
 * Deep Linking 2.0: a teacher's deep-linking launch opens a picker of every lesson and exercise, in the units and
 * order of the course file (content/course.yaml); the choice comes
 * back (POST /lti/deep-link, with the picker's token) and the tool answers the LMS with a signed
 * LtiDeepLinkingResponse holding one ltiResourceLink — its custom parameters say what opens, its line item asks the
 * LMS for a gradebook column (score maximum: the number of steps, as the server's scores count them).
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { SignJWT } from 'jose';
import type { ServerContext } from './context.js';
import { autoPost, esc, page, problemPage } from './html.js';
import { CLAIM, type Launch } from './id-token.js';
import { ALG } from './keys.js';
import type { LessonInfo } from './grading.js';
import { platformById, type Platform } from './platforms.js';

type DeepLinking = Extract<Launch, { kind: 'deep-linking' }>;

export async function pickerPage(ctx: ServerContext, platform: Platform, l: DeepLinking): Promise<string> {
  const token = await ctx.tokens.issue({
    role: 'picker',
    platform: platform.id,
    deployment: l.deploymentId,
    returnUrl: l.returnUrl,
    ...(l.data === undefined ? {} : { data: l.data }),
  });
  const choice = (lesson: string, exercise: string | undefined, label: string) =>
    `<form method="post" action="${esc(ctx.settings.publicUrl)}/lti/deep-link"><input type="hidden" name="token" value="${esc(token)}">
<input type="hidden" name="lesson" value="${esc(lesson)}"><input type="hidden" name="exercise" value="${esc(exercise ?? '')}">
<button data-lesson="${esc(lesson)}" data-exercise="${esc(exercise ?? '')}">${esc(label)}</button></form>`;
  const lessonItem = (lesson: LessonInfo, heading: 'h2' | 'h3') =>
    `<li><${heading}>${esc(lesson.title)}</${heading}>${choice(lesson.id, undefined, `The whole lesson (${lesson.exercises.length} exercises)`)}
<ul>${lesson.exercises.map((e) => `<li>${choice(lesson.id, e.id, e.title)}</li>`).join('')}</ul></li>`;
  // The course's units in order, each a section; the lessons it leaves out after them (all of them, with no course).
  const { units, rest } = ctx.grader.units();
  const sections = units
    .filter((u) => u.lessons.length > 0)
    .map(
      (u) =>
        `<section data-unit><h2>${esc(u.title)}</h2><ul>${u.lessons.map((l) => lessonItem(l, 'h3')).join('')}</ul></section>`,
    );
  const others =
    rest.length === 0
      ? ''
      : units.length === 0
        ? `<ul>${rest.map((l) => lessonItem(l, 'h2')).join('')}</ul>`
        : `<section data-unit><h2>Other lessons</h2><ul>${rest.map((l) => lessonItem(l, 'h3')).join('')}</ul></section>`;
  const items = [...sections, others].join('');
  return page('Choose a lesson', `<main><h1>Choose what your learners will work on</h1>${items}</main>`);
}

export async function deepLinkResponse(c: Context, ctx: ServerContext): Promise<Response> {
  const body = await c.req.parseBody();
  const grant = await ctx.tokens.read(typeof body.token === 'string' ? body.token : undefined);
  const refuse = (message: string) => c.html(problemPage('This choice could not be sent', message), 403);
  if (grant?.role !== 'picker')
    return refuse('The picker’s session has expired or is not valid: open it again from the LMS.');
  const platform = await platformById(ctx.db, grant.platform);
  const lesson = typeof body.lesson === 'string' ? ctx.grader.lesson(body.lesson) : undefined;
  if (!platform || !lesson) return refuse('There is no such lesson.');
  const exerciseId = typeof body.exercise === 'string' && body.exercise !== '' ? body.exercise : undefined;
  const exercise = exerciseId === undefined ? undefined : lesson.exercises.find((e) => e.id === exerciseId);
  if (exerciseId !== undefined && !exercise) return refuse('There is no such exercise.');
  const steps = (exercise ? [exercise] : lesson.exercises).reduce((n, e) => n + e.steps.length, 0);
  const title = exercise ? `${lesson.title}: ${exercise.title}` : lesson.title;
  const item = {
    type: 'ltiResourceLink',
    title,
    url: `${ctx.settings.publicUrl}/lti/launch`,
    custom: { lesson: lesson.id, ...(exercise ? { exercise: exercise.id } : {}) },
    lineItem: {
      scoreMaximum: steps,
      label: title,
      resourceId: exercise ? `${lesson.id}/${exercise.id}` : lesson.id,
      tag: 'gd-tutor',
    },
  };
  const { kid, key } = await ctx.keys.signing();
  const jwt = await new SignJWT({
    nonce: randomUUID(),
    [CLAIM.messageType]: 'LtiDeepLinkingResponse',
    [CLAIM.version]: '1.3.0',
    [CLAIM.deployment]: grant.deployment,
    [CLAIM.contentItems]: [item],
    ...(grant.data === undefined ? {} : { [CLAIM.dlData]: grant.data }),
  })
    .setProtectedHeader({ alg: ALG, kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setAudience(platform.issuer)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);
  ctx.log.info('deep link', { platform: platform.id, lesson: lesson.id, exercise: exercise?.id });
  return c.html(autoPost(grant.returnUrl, { JWT: jwt }, 'Adding to your course…'));
}
