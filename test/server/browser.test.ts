/**
 * The whole flow in Chromium, as a course page of the mock LMS frames the tool: the OIDC login and launch in an
 * iframe, the built player (npm run build's site/) inside the tool's page, a learner answering by typing, and the
 * score the server computed arriving at the LMS; a teacher's launch opening the class view; and a teacher adding
 * an exercise to the course by deep linking.
 */
import type { FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useLms } from '../lms/harness.js';
import { registerPlatform } from '../../src/server/platforms.js';
import { INSTRUCTOR, MockPlatform, type LaunchSpec } from './mock-platform.js';
import { lessonVariant, startTool, STORES, until, type Tool } from './harness.js';

const h = useLms();

/** A flow crosses three frames and two servers; on a machine shared with other runs it needs more than the default. */
const FLOW_MS = 90_000;

describe.each(STORES)('in Chromium (%s)', (store) => {
  let tool: Tool;
  beforeAll(async () => {
    tool = await startTool(store, { siteDir: h.dist });
  }, 60_000);
  afterAll(() => tool.close());

  async function openCourse(hint: string, spec: LaunchSpec) {
    tool.platform.launches.set(hint, spec);
    const page = await h.open();
    await page.goto(`${tool.platform.url}/course?launch=${encodeURIComponent(tool.platform.loginUrl(hint))}`);
    return { page, frame: page.frameLocator('#tool') };
  }

  const stepOf = (frame: FrameLocator, id: string) => frame.locator(`gd-exercise li.step[data-step="${id}"]`);

  it(
    'launches a learner in a frame, takes their answers, and the LMS receives the server’s score',
    async () => {
      const { frame } = await openCourse('b-learner', { sub: 'lin', name: 'Lin', linkId: `link-browser-${store}` });
      const player = frame.frameLocator('#gd-player');
      const exercise = lessonVariant('bowl', 0).exercises.find((e) => e.id === 'one-step')!;
      const answer = async (step: string, text: string) => {
        await stepOf(player, step).getByRole('textbox').fill(text);
        await stepOf(player, step).getByRole('button', { name: 'Check' }).click();
      };
      await answer('loss', '24');
      await expect
        .poll(() => stepOf(player, 'loss').getByRole('status').textContent(), { timeout: 15_000 })
        .toContain('Not right yet');
      for (const step of exercise.steps) await answer(step.id, step.answer.text);
      await until(
        () => tool.platform.scores.some((s) => s.body.userId === 'lin' && s.body.activityProgress === 'Completed'),
        20_000,
        'the completed score at the LMS',
      );
      const last = tool.platform.scores.filter((s) => s.body.userId === 'lin').at(-1)!;
      expect(last.body).toMatchObject({ scoreGiven: 6.9, scoreMaximum: 7, gradingProgress: 'FullyGraded' });
      const rows = await tool.server.db.query<{ verdict: string }>(
        `SELECT e.verdict FROM attempt_events e JOIN attempts a ON a.id = e.attempt_id JOIN learners l ON l.id = a.learner_id
       WHERE l.sub = 'lin' ORDER BY e.seq`,
      );
      expect(rows.map((r) => r.verdict)).toEqual(['incorrect', ...exercise.steps.map(() => 'correct')]);
    },
    FLOW_MS,
  );

  it(
    'opens the class view for a teacher’s launch',
    async () => {
      const { frame } = await openCourse('b-teacher', {
        sub: 'tess',
        roles: [INSTRUCTOR],
        linkId: `link-browser-${store}`,
      });
      await expect
        .poll(() => frame.locator('main p', { hasText: 'started' }).textContent(), { timeout: 15_000 })
        .toBe('1 started, 1 finished. Download the gradebook (CSV)');
      expect(await frame.locator('table[data-gd="steps"] tr').nth(1).textContent()).toBe(
        'One step from (3, 4): J(θ₀)0 % of 1—',
      );
    },
    FLOW_MS,
  );

  it(
    'launches where the tool’s cookie cannot go, binding the sign-in through the platform’s storage',
    async () => {
      // The LMS on another site (localhost vs 127.0.0.1): a SameSite=Lax cookie set in its frame never comes back.
      const lms = await new MockPlatform().start('localhost');
      lms.toolUrl = tool.url;
      await registerPlatform(tool.server.db, { ...lms.registration(), issuer: lms.issuer });
      try {
        lms.launches.set('b-storage', { sub: 'sam', linkId: `link-storage-${store}`, platformStorage: true });
        // The tool's frame is cross-site and navigates itself right after it arrives (the launch page posts the
        // secret on): Chromium would run it out of process, where Playwright can lose it (see LmsHarness.open).
        const page = await h.open(undefined, { browser: 'frames-in-process' });
        await page.goto(
          `${lms.url}/course?launch=${encodeURIComponent(lms.loginUrl('b-storage', { lti_storage_target: '_parent' }))}`,
        );
        const player = page.frameLocator('#tool').frameLocator('#gd-player');
        await stepOf(player, 'loss').getByRole('textbox').fill('25');
        await stepOf(player, 'loss').getByRole('button', { name: 'Check' }).click();
        const sams = () =>
          tool.server.db.query(
            `SELECT e.verdict FROM attempt_events e JOIN attempts a ON a.id = e.attempt_id JOIN learners l ON l.id = a.learner_id
           WHERE l.sub = 'sam'`,
          );
        await until(async () => (await sams()).length === 1, 20_000, 'the answer at the server');
        expect(await sams()).toEqual([{ verdict: 'correct' }]);
        expect(await page.evaluate(() => (window as unknown as { storageCalls: string[] }).storageCalls)).toEqual([
          'lti.put_data',
          'lti.get_data',
        ]);
      } finally {
        await lms.close();
      }
    },
    FLOW_MS,
  );

  it(
    'lets a teacher add an exercise to the course by deep linking',
    async () => {
      const { frame } = await openCourse('b-dl', {
        sub: 'tess',
        roles: [INSTRUCTOR],
        messageType: 'LtiDeepLinkingRequest',
      });
      await frame.locator('button[data-lesson="gradient"][data-exercise=""]').click();
      await expect.poll(() => frame.locator('#added').textContent(), { timeout: 15_000 }).toBe('Added to the course');
      const item = (
        tool.platform.deepLinks.at(-1)!['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'] as Record<
          string,
          unknown
        >[]
      )[0]!;
      expect(item).toMatchObject({ type: 'ltiResourceLink', custom: { lesson: 'gradient' } });
    },
    FLOW_MS,
  );
});
