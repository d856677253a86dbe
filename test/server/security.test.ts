/**
 * Every way a launch can be forged or misdirected is refused with a page that says why, and stores nothing: no
 * learner, no link, no attempt, no spent nonce. Each case changes one thing of a launch that otherwise succeeds.
 */
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTRUCTOR } from './mock-platform.js';
import {
  launchAs,
  learnerConfig,
  postLaunch,
  startLogin,
  startTool,
  STORES,
  type Launched,
  type Started,
  type Tool,
} from './harness.js';

const TABLES = ['learners', 'resource_links', 'attempts', 'attempt_events', 'used_nonces', 'score_outbox'];

describe.each(STORES)('launch security (%s)', (store) => {
  let tool: Tool;
  let hint = 0;
  beforeAll(async () => {
    tool = await startTool(store);
  }, 60_000);
  afterAll(() => tool.close());

  const counts = async () =>
    Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await tool.count(t)] as const)));

  /** A launch that changes one thing; asserts the refusal page and that no table grew. */
  async function refused(launch: () => Promise<Launched>, says: string, status = 401): Promise<void> {
    const before = await counts();
    const result = await launch();
    expect(result.html).toContain('data-gd-refused');
    expect(result.html).toContain(says);
    expect(result.status).toBe(status);
    expect(await counts()).toEqual(before);
  }

  const spec = { sub: 'mallory', linkId: 'link-security' };
  const signed = (s: Started, claims: Record<string, unknown> = {}, options = {}) =>
    tool.platform.sign({ ...tool.platform.claims(spec, s.nonce), ...claims }, options);

  it('accepts the untouched launch (the baseline every case below changes)', async () => {
    const ok = await launchAs(tool, 'h-base', spec);
    expect(ok.status).toBe(200);
    expect(learnerConfig(ok.html).api).toMatch(/\/api\/attempts\/\d+\/log$/);
  });

  it('refuses a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    await refused(
      () => launchAs(tool, `h${hint++}`, spec, (s) => signed(s, {}, { key: privateKey })),
      'signature does not match',
    );
  });

  it('refuses a token meant for another tool', async () => {
    await refused(
      () => launchAs(tool, `h${hint++}`, spec, (s) => signed(s, {}, { audience: 'another-tool' })),
      'meant for another tool',
    );
  });

  it('refuses an expired token', async () => {
    const past = Math.floor(Date.now() / 1000) - 300;
    await refused(
      () => launchAs(tool, `h${hint++}`, spec, (s) => signed(s, {}, { issuedAt: past - 60, expiresIn: past })),
      'has expired',
    );
  });

  it('refuses a second use of a launch (the nonce and state are spent)', async () => {
    const started = await startLogin(tool, `h${hint++}`, spec);
    const token = await signed(started);
    expect((await postLaunch(tool, { id_token: token, state: started.state }, started.cookie)).status).toBe(200);
    await refused(
      () => postLaunch(tool, { id_token: token, state: started.state }, started.cookie),
      'already used or expired',
    );
    // Nor with a fresh sign-in: the old token's nonce is not the new one's.
    const again = await startLogin(tool, `h${hint++}`, spec);
    await refused(
      () => postLaunch(tool, { id_token: token, state: again.state }, again.cookie),
      'nonce is not the one',
    );
  });

  it('refuses a state it did not issue, and one started in another browser', async () => {
    const started = await startLogin(tool, `h${hint++}`, spec);
    const token = await signed(started);
    await refused(
      () => postLaunch(tool, { id_token: token, state: `${started.state}x` }, started.cookie),
      'not one this tool issued',
    );
    await refused(() => postLaunch(tool, { id_token: token, state: started.state }, ''), 'started in another browser');
  });

  it('refuses an unknown deployment', async () => {
    await refused(
      () =>
        launchAs(tool, `h${hint++}`, spec, (s) =>
          signed(s, { 'https://purl.imsglobal.org/spec/lti/claim/deployment_id': 'rogue' }),
        ),
      'deployment “rogue” is not registered',
    );
  });

  it.each([
    ['https://purl.imsglobal.org/spec/lti/claim/version', 'not LTI 1.3.0'],
    ['https://purl.imsglobal.org/spec/lti/claim/message_type', 'message type null'],
    ['https://purl.imsglobal.org/spec/lti/claim/roles', 'no roles claim'],
    ['https://purl.imsglobal.org/spec/lti/claim/resource_link', 'no resource link id'],
    ['https://purl.imsglobal.org/spec/lti/claim/deployment_id', 'no deployment id'],
    ['sub', 'no subject'],
  ])('refuses a token without %s', async (claim, says) => {
    await refused(() => launchAs(tool, `h${hint++}`, spec, (s) => signed(s, { [claim]: undefined })), says);
  });

  it('refuses a token whose authorized party is another client', async () => {
    await refused(
      () => launchAs(tool, `h${hint++}`, spec, (s) => signed(s, { azp: 'someone-else' })),
      'authorized party',
    );
  });

  it('refuses a login from an LMS it does not know', async () => {
    const response = await fetch(
      `${tool.url}/lti/login?iss=${encodeURIComponent('https://evil.example')}&login_hint=x&target_link_uri=${encodeURIComponent(`${tool.url}/lti/launch`)}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('is not registered with this tool');
  });

  it('never shows the class to a learner, whatever they ask', async () => {
    const learner = learnerConfig((await launchAs(tool, `h${hint++}`, spec)).html);
    const teacher = await launchAs(tool, `h${hint++}`, { sub: 'prof', roles: [INSTRUCTOR], linkId: 'link-security' });
    expect(teacher.status).toBe(303);
    const link = /\/teacher\/(\d+)\?/.exec(teacher.location!)![1]!;
    for (const path of [`/teacher/${link}`, `/teacher/${link}/csv`, `/teacher`])
      for (const token of [learner.token, 'not-a-token']) {
        const response = await fetch(`${tool.url}${path}?token=${encodeURIComponent(token)}`);
        expect(response.status, path).toBe(403);
        expect(await response.text()).toContain('data-gd-refused');
      }
    // The teacher's own token opens it.
    expect((await fetch(teacher.location!)).status).toBe(200);
  });

  it('follows the platform’s key rotation (a new kid is fetched from its JWKS)', async () => {
    await tool.platform.rotateKey();
    await new Promise((r) => setTimeout(r, 1_100)); // jose refetches a JWKS at most once a second
    expect((await launchAs(tool, `h${hint++}`, spec)).status).toBe(200);
  });

  it('without cookies, binds the state through the platform’s storage instead', async () => {
    const started = await startLogin(tool, `h${hint++}`, spec);
    const token = await signed(started);
    const secret = decodeURIComponent(started.cookie.split('=')[1]!);
    const fields = { id_token: token, state: started.state, lti_storage_target: '_parent' };
    const ask = await postLaunch(tool, fields, '');
    expect(ask.html).toContain("subject:'lti.get_data'");
    await refused(() => postLaunch(tool, { ...fields, browser_secret: 'guessed' }, ''), 'started in another browser');
    expect((await postLaunch(tool, { ...fields, browser_secret: secret }, '')).status).toBe(200);
  });
});
