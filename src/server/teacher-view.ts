/**
 * The teacher's view in the browser: a resource link's class (class-report.ts) as a page, its gradebook as CSV, and
 * one learner's work replayed action by action (?upto=N shows the exercise as it stood after N actions). Reached from
 * an instructor launch (the token it hands out names the one link it opens), or, on a server on loopback started
 * without an LMS, at /teacher for every link. A learner's token never opens it.
 */
import type { Context } from 'hono';
import { findAttempt, loadActions } from './attempts.js';
import { classReport, gradebookCsv, scoreOf, type AttemptSummary, type ClassReport } from './class-report.js';
import type { ServerContext } from './context.js';
import type { Id } from './db.js';
import type { GradedAction } from './grading.js';
import { esc, page, problemPage } from './html.js';

interface LinkRow {
  id: string;
  title: string;
  context_title: string;
  lesson: string;
  exercise: string | null;
}

/** Whether the request may read `link`; a refusal page otherwise. */
async function allowed(c: Context, ctx: ServerContext, link: string): Promise<Response | undefined> {
  const token = c.req.query('token');
  if (token === undefined && ctx.settings.localTeacher) return undefined;
  const grant = await ctx.tokens.read(token);
  if (grant?.role === 'instructor' && grant.link === link) return undefined;
  ctx.log.warn('teacher view refused', { link, role: grant?.role ?? 'none' });
  return c.html(
    problemPage(
      'Only the course’s teachers can see this',
      'The class view opens from a teacher’s launch of this activity in the LMS.',
    ),
    403,
  );
}

async function summaries(ctx: ServerContext, link: string): Promise<AttemptSummary[]> {
  const rows = await ctx.db.query<{
    id: Id;
    name: string;
    sub: string;
    earned: number | string;
    possible: number | string;
    completed: boolean;
    started_at: Date | string;
    updated_at: Date | string;
  }>(
    `SELECT a.id, l.name, l.sub, a.earned, a.possible, a.completed, a.started_at, a.updated_at
     FROM attempts a JOIN learners l ON l.id = a.learner_id WHERE a.resource_link_id = $1 ORDER BY l.name, a.id`,
    [link],
  );
  const iso = (d: Date | string) => new Date(d).toISOString();
  return rows.map((r) => ({
    attempt: String(r.id),
    name: r.name || r.sub,
    sub: r.sub,
    earned: Number(r.earned),
    possible: Number(r.possible),
    completed: r.completed,
    started: iso(r.started_at),
    updated: iso(r.updated_at),
  }));
}

async function linkOf(ctx: ServerContext, id: string): Promise<LinkRow | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  return (
    await ctx.db.query<LinkRow>('SELECT id, title, context_title, lesson, exercise FROM resource_links WHERE id = $1', [
      id,
    ])
  )[0];
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

function reportHtml(report: ClassReport, attempts: readonly AttemptSummary[], base: string, token: string): string {
  const q = token ? `?token=${encodeURIComponent(token)}` : '';
  const max = Math.max(1, ...report.distribution);
  const dist = report.distribution
    .map(
      (n, k) =>
        `<tr><td>${k * 10}–${k === 9 ? 100 : k * 10 + 9} %</td><td>${n}</td><td><span class="bar" style="width:${(n / max) * 12}rem"></span></td></tr>`,
    )
    .join('');
  const learners = attempts
    .map(
      (a) =>
        `<tr><td><a href="${esc(`${base}/attempts/${a.attempt}${q}`)}">${esc(a.name)}</a></td><td>${a.completed ? 'finished' : 'started'}</td><td>${a.earned} / ${a.possible} (${pct(scoreOf(a))})</td><td>${esc(a.updated)}</td></tr>`,
    )
    .join('');
  const steps = report.steps
    .map(
      (s) =>
        `<tr><td>${esc(s.title)}</td><td>${s.answered === 0 ? '—' : `${pct(s.rightFirstTime / s.answered)} of ${s.answered}`}</td><td>${s.mistakes.length === 0 ? '—' : `<ul>${s.mistakes.map((m) => `<li>${esc(m.name)} × ${m.count}: ${m.examples.map((e) => `<code>${esc(e)}</code>`).join(', ')}</li>`).join('')}</ul>`}</td></tr>`,
    )
    .join('');
  return `<p>${report.started} started, ${report.finished} finished. <a class="button" href="${esc(`${base}/csv${q}`)}" download>Download the gradebook (CSV)</a></p>
<h2>Learners</h2><table data-gd="learners"><tr><th>learner</th><th>status</th><th>score</th><th>last activity</th></tr>${learners}</table>
<h2>Scores</h2><table data-gd="distribution"><tr><th>score</th><th>learners</th><th></th></tr>${dist}</table>
<h2>Steps</h2><table data-gd="steps"><tr><th>step</th><th>right first time</th><th>most frequent named mistakes (examples)</th></tr>${steps}</table>`;
}

export async function classView(c: Context, ctx: ServerContext): Promise<Response> {
  const id = c.req.param('link')!;
  const refused = await allowed(c, ctx, id);
  if (refused) return refused;
  const link = await linkOf(ctx, id);
  const lesson = link ? ctx.grader.lesson(link.lesson) : undefined;
  if (!link || !lesson) return c.html(problemPage('No such activity', 'This activity is not known to the tool.'), 404);
  const attempts = await summaries(ctx, id);
  const events = new Map<string, GradedAction[]>();
  for (const a of attempts) events.set(a.attempt, await loadActions(ctx.db, a.attempt));
  const report = classReport(lesson, link.exercise ?? undefined, attempts, events);
  const title = link.title || lesson.title;
  return c.html(
    page(
      title,
      `<main><h1>${esc(title)}</h1><p class="muted">${esc(link.context_title)} · ${esc(lesson.title)}${link.exercise ? ` · ${esc(link.exercise)}` : ''}</p>
${reportHtml(report, attempts, `${ctx.settings.publicUrl}/teacher/${id}`, c.req.query('token') ?? '')}</main>`,
    ),
  );
}

export async function csv(c: Context, ctx: ServerContext): Promise<Response> {
  const id = c.req.param('link')!;
  const refused = await allowed(c, ctx, id);
  if (refused) return refused;
  if (!(await linkOf(ctx, id))) return c.text('no such activity', 404);
  c.header('Content-Disposition', `attachment; filename="gradebook-${id}.csv"`);
  return c.body(gradebookCsv(await summaries(ctx, id)), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
}

export async function replayView(c: Context, ctx: ServerContext): Promise<Response> {
  const id = c.req.param('link')!;
  const refused = await allowed(c, ctx, id);
  if (refused) return refused;
  const attempt = await findAttempt(ctx.db, c.req.param('attempt')!);
  if (!attempt || attempt.resourceLinkId !== id)
    return c.html(problemPage('No such learner', 'This learner has no work in this activity.'), 404);
  const actions = await loadActions(ctx.db, attempt.id);
  const upto = Math.max(0, Math.min(actions.length, Number(c.req.query('upto') ?? actions.length) || 0));
  const state = ctx.grader.grade(attempt.lesson, attempt.variant, attempt.exercise, actions.slice(0, upto))!;
  const token = c.req.query('token');
  const at = (n: number) => `?upto=${n}${token ? `&token=${encodeURIComponent(token)}` : ''}`;
  const rows = actions
    .map(
      (a, k) =>
        `<tr${k < upto ? '' : ' class="muted"'}><td>${k + 1}</td><td>${esc(new Date(a.at).toISOString())}</td><td>${esc(a.exercise)} / ${esc(a.step)}</td><td>${a.type === 'answer' ? `<code>${esc(a.answer ?? '')}</code>` : esc(a.type)}</td><td>${esc(a.verdict ?? '')}${a.mistake ? `: ${esc(a.mistake)}` : ''}</td></tr>`,
    )
    .join('');
  const steps = state.steps
    .map(
      (s) =>
        `<tr><td>${esc(s.title)}</td><td>${esc(s.status)}</td><td><code>${esc(s.answer)}</code></td><td>${s.credit}</td></tr>`,
    )
    .join('');
  return c.html(
    page(
      'A learner’s work',
      `<main><h1>A learner’s work, after ${upto} of ${actions.length} actions</h1>
<p><a href="${esc(at(Math.max(0, upto - 1)))}" rel="prev">◀ one action back</a> · <a href="${esc(at(Math.min(actions.length, upto + 1)))}" rel="next">one action on ▶</a></p>
<table data-gd="state"><tr><th>step</th><th>status</th><th>answer</th><th>credit</th></tr>${steps}</table>
<p>Score after these actions: ${state.progress.earned} / ${state.progress.possible}${state.progress.completed ? ', finished' : ''}.</p>
<table data-gd="actions"><tr><th>#</th><th>time</th><th>step</th><th>action</th><th>the server’s grade</th></tr>${rows}</table></main>`,
    ),
  );
}

/** Every activity, for a teacher on the server's own machine. */
export async function localIndex(c: Context, ctx: ServerContext): Promise<Response> {
  if (!ctx.settings.localTeacher)
    return c.html(problemPage('Only from an LMS', 'The class view opens from a teacher’s launch in the LMS.'), 403);
  const links = await ctx.db.query<LinkRow & { learners: string }>(
    `SELECT r.id, r.title, r.context_title, r.lesson, r.exercise, count(a.id) AS learners
     FROM resource_links r LEFT JOIN attempts a ON a.resource_link_id = r.id GROUP BY r.id ORDER BY r.id`,
  );
  const items = links
    .map(
      (l) =>
        `<li><a href="${esc(`${ctx.settings.publicUrl}/teacher/${l.id}`)}">${esc(l.title || l.lesson)}</a> — ${esc(l.context_title)}, ${l.learners} learners</li>`,
    )
    .join('');
  return c.html(
    page(
      'Classes',
      `<main><h1>Activities</h1>${items ? `<ul>${items}</ul>` : '<p>No learner has launched an activity yet.</p>'}</main>`,
    ),
  );
}
