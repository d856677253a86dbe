/**
 * Connecting an LMS and teaching with it, over HTTP against the mock platform: dynamic registration, the Canvas
 * configuration, the tool's JWKS and key rotation, deep linking (picker → signed ltiResourceLink with a line item),
 * and the teacher's view of the class with its CSV and one learner's replay. The tests run in order: the platform
 * registers in the first, and the class grows as they go.
 */
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCourse } from '../../src/content/index.js';
import { INSTRUCTOR } from './mock-platform.js';
import { REPO, launchAs, learnerConfig, sendLog, SimulatedPlayer, startTool, STORES, type Tool } from './harness.js';

const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';

describe.each(STORES)('connecting an LMS (%s)', (store) => {
  let tool: Tool;
  beforeAll(async () => {
    tool = await startTool(store, { platforms: [] });
  }, 60_000);
  afterAll(() => tool.close());

  it('registers itself with a platform by LTI dynamic registration', async () => {
    await expect(launchAs(tool, 'pre', { sub: 'early' })).rejects.toThrow('is not registered with this tool');
    const config = encodeURIComponent(`${tool.platform.url}/.well-known/openid-configuration`);
    const response = await fetch(
      `${tool.url}/lti/register?openid_configuration=${config}&registration_token=reg-token-1`,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("subject:'org.imsglobal.lti.close'");
    const sent = tool.platform.registrations[0]!;
    expect(sent).toMatchObject({
      initiate_login_uri: `${tool.url}/lti/login`,
      redirect_uris: [`${tool.url}/lti/launch`],
      jwks_uri: `${tool.url}/lti/jwks`,
      token_endpoint_auth_method: 'private_key_jwt',
      scope:
        'https://purl.imsglobal.org/spec/lti-ags/scope/score https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
    });
    expect((await launchAs(tool, 'after', { sub: 'early' })).status).toBe(200);
  });

  it('refuses a registration whose configuration is not served under its issuer, or without the token', async () => {
    const bad = await fetch(
      `${tool.url}/lti/register?openid_configuration=${encodeURIComponent(`${tool.platform.url}/.well-known/openid-configuration`)}&registration_token=wrong`,
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('refused the registration (401)');
  });

  it('publishes a Canvas configuration and its keys, and keeps a rotated key published', async () => {
    const canvas = (await (await fetch(`${tool.url}/lti/config/canvas.json`)).json()) as Record<string, unknown>;
    expect(canvas).toMatchObject({
      oidc_initiation_url: `${tool.url}/lti/login`,
      target_link_uri: `${tool.url}/lti/launch`,
      public_jwk_url: `${tool.url}/lti/jwks`,
    });
    const jwks = async () =>
      ((await (await fetch(`${tool.url}/lti/jwks`)).json()) as { keys: { kid: string; kty: string; d?: string }[] })
        .keys;
    const [first] = await jwks();
    expect(first).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(first!.d).toBeUndefined();
    const kid = await tool.server.context.keys.rotate();
    expect((await jwks()).map((k) => k.kid)).toEqual([kid, first!.kid]);
    expect((await tool.server.context.keys.signing()).kid).toBe(kid);
  });

  let linkCustom: Record<string, string> = {};

  it('lets a teacher pick an exercise and answers the LMS with a signed resource link and line item', async () => {
    const picker = await launchAs(tool, 'dl', {
      sub: 'prof',
      roles: [INSTRUCTOR],
      messageType: 'LtiDeepLinkingRequest',
    });
    expect(picker.status).toBe(200);
    expect(picker.html).toContain('Choose what your learners will work on');
    // The picker follows content/course.yaml: its units as sections, in order, each lesson in its unit's order.
    const ids = tool.server.context.grader.lessons().map((l) => l.id);
    const course = loadCourse('course.yaml', readFileSync(join(REPO, 'content/course.yaml'), 'utf8'), ids).course;
    const headings = [...picker.html.matchAll(/<section data-unit><h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(course!.units.map((u) => u.title.replace(/'/g, '&#39;')));
    const lessons = [...picker.html.matchAll(/data-lesson="([^"]+)" data-exercise=""/g)].map((m) => m[1]);
    expect(lessons).toEqual(course!.units.flatMap((u) => u.lessons));
    const token = /name="token" value="([^"]+)"/.exec(picker.html)![1]!;
    const chosen = await fetch(`${tool.url}/lti/deep-link`, {
      method: 'POST',
      body: new URLSearchParams({ token, lesson: 'bowl', exercise: 'one-step' }),
    });
    const html = await chosen.text();
    expect(html).toContain(`action="${tool.platform.url}/deep-link-return"`);
    const jwt = /name="JWT" value="([^"]+)"/.exec(html)![1]!;
    const { payload } = await jwtVerify(jwt, createRemoteJWKSet(new URL(`${tool.url}/lti/jwks`)), {
      issuer: tool.platform.clientId,
      audience: tool.platform.issuer,
    });
    expect(decodeProtectedHeader(jwt).kid).toBe((await tool.server.context.keys.signing()).kid);
    expect(payload).toMatchObject({
      'https://purl.imsglobal.org/spec/lti/claim/message_type': 'LtiDeepLinkingResponse',
      'https://purl.imsglobal.org/spec/lti/claim/version': '1.3.0',
      'https://purl.imsglobal.org/spec/lti/claim/deployment_id': tool.platform.deploymentId,
      [`${DL}data`]: 'opaque-platform-data',
      [`${DL}content_items`]: [
        {
          type: 'ltiResourceLink',
          title: 'One step down the bowl: One step from (3, 4)',
          url: `${tool.url}/lti/launch`,
          custom: { lesson: 'bowl', exercise: 'one-step' },
          lineItem: {
            scoreMaximum: 7,
            label: 'One step down the bowl: One step from (3, 4)',
            resourceId: 'bowl/one-step',
            tag: 'gd-tutor',
          },
        },
      ],
    });
    linkCustom = (payload[`${DL}content_items`] as { custom: Record<string, string> }[])[0]!.custom;
  });

  it('never lets a learner choose content, nor a forged picker token send a choice', async () => {
    const learner = await launchAs(tool, 'dl-l', { sub: 'pupil', messageType: 'LtiDeepLinkingRequest' });
    expect(learner.status).toBe(403);
    expect(learner.html).toContain('Only a teacher can choose content');
    const forged = await fetch(`${tool.url}/lti/deep-link`, {
      method: 'POST',
      body: new URLSearchParams({ token: 'x', lesson: 'bowl' }),
    });
    expect(forged.status).toBe(403);
  });

  it('shows the teacher the class: who started and finished, scores, steps right first time, named mistakes, CSV, a replay', async () => {
    const work = async (sub: string, name: string, answers: (p: SimulatedPlayer) => void) => {
      const cfg = learnerConfig(
        (await launchAs(tool, `c-${sub}`, { sub, name, linkId: 'link-class', custom: linkCustom })).html,
      );
      const player = new SimulatedPlayer(cfg.player);
      answers(player);
      expect((await sendLog(cfg.api, cfg.token, player.suspend())).status).toBe(200);
    };
    const all = (p: SimulatedPlayer) => {
      for (const s of p.exercise.steps) p.session.answer(s.id, p.expected(s.id));
    };
    const sign = (p: SimulatedPlayer) =>
      p.exercise.steps
        .find((s) => s.id === 'update-0')!
        .misconceptions.find((m) => m.name === 'the sign of the update')!.text;
    await work('s1', 'Ada', all);
    await work('s2', 'Ben', (p) => {
      p.session.answer('loss', '25');
      p.session.answer('partial-x', '2x');
      p.session.answer('partial-y', '2y');
      p.session.answer('gradient', '(6, 8)');
      p.session.answer('norm', '10');
      p.session.answer('update-0', sign(p));
    });
    await work('s3', 'Cat', (p) => {
      p.session.answer('loss', '24');
    });
    const teacher = await launchAs(tool, 'c-prof', {
      sub: 'prof',
      roles: [INSTRUCTOR],
      linkId: 'link-class',
      custom: linkCustom,
    });
    expect(teacher.status).toBe(303);
    const page = await (await fetch(teacher.location!)).text();
    expect(page).toContain('3 started, 1 finished.');
    expect(page).toContain('>Ada</a></td><td>finished</td><td>7 / 7 (100 %)</td>');
    expect(page).toContain('<td>One step from (3, 4): J(θ₀)</td><td>67 % of 3</td>');
    expect(page).toContain(
      '<td>One step from (3, 4): θ₁</td><td>50 % of 2</td><td><ul><li>the sign of the update × 1: <code>[3.6, 4.8]</code></li></ul></td>',
    );
    const url = new URL(teacher.location!);
    const csv = await (await fetch(`${url.origin}${url.pathname}/csv${url.search}`)).text();
    expect(
      csv
        .split('\r\n')
        .slice(1, 4)
        .map((r) => r.split(',').slice(0, 2).concat(r.split(',').slice(4))),
    ).toEqual([
      ['Ada', 's1', 'true', '7', '7', '100'],
      ['Ben', 's2', 'false', '5', '7', '71.4'],
      ['Cat', 's3', 'false', '0', '7', '0'],
    ]);
    const replayLink = /href="([^"]+\/attempts\/\d+\?token=[^"]+)">Ben/.exec(page)![1]!.replace(/&amp;/g, '&');
    const replay = await (await fetch(`${replayLink}&upto=5`)).text();
    expect(replay).toContain('after 5 of 6 actions');
    expect(replay).toContain('Score after these actions: 5 / 7.');
    expect(replay).toContain('misconception: the sign of the update');
  });
});
