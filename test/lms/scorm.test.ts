/**
 * The SCORM packages against a real LMS-side runtime, scorm-again (what an LMS puts on its launch page), in
 * Chromium. For each version: `gd-tutor scorm` packages content/bowl.yaml with the real build; the package is
 * unzipped and served by the "LMS" (same origin, as LMSs serve packages); its launch page installs scorm-again's API
 * on window, configured as the manifest asks (mastery / scaled passing score), and frames index.html. A learner
 * works one exercise; the LMS closes the frame; what scorm-again holds — what the gradebook would store — is read
 * back, with GetLastError 0 after every call the package made. A relaunch with that data (entry "resume", as an
 * LMS does after exit "suspend") finds the work again, and finishing the second exercise passes the lesson.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { unzipSync } from 'fflate';
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CompiledLesson } from '../../src/content/index.js';
import { decodeSuspend } from '../../src/lms/suspend.js';
import { hashString } from '../../src/math/random.js';
import { REPO, screenshot, serve, useLms, type Served } from './harness.js';

const h = useLms();
const LEARNER = 'ada.lovelace@example.edu';
const VERSIONS = ['1.2', '2004'] as const;
type Version = (typeof VERSIONS)[number];
let lms: Served;
const packages = new Map<Version, string>();

/** The LMS's launch page: scorm-again's API on window, every call recorded with GetLastError right after it. */
const LAUNCH_PAGE = (version: Version) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>LMS — launch</title><link rel="icon" href="data:,">
<script src="/lms/scorm-${version}.js"></script>
<script>
  const METHODS = ${JSON.stringify(
    version === '1.2'
      ? [
          'LMSInitialize',
          'LMSFinish',
          'LMSGetValue',
          'LMSSetValue',
          'LMSCommit',
          'LMSGetLastError',
          'LMSGetErrorString',
          'LMSGetDiagnostic',
        ]
      : [
          'Initialize',
          'Terminate',
          'GetValue',
          'SetValue',
          'Commit',
          'GetLastError',
          'GetErrorString',
          'GetDiagnostic',
        ],
  )};
  const LAST_ERROR = METHODS[5];
  window.lms = {
    calls: [],
    launch(cmi) {
      const api = new ${version === '1.2' ? 'Scorm12API' : 'Scorm2004API'}({ logLevel: 5, autocommit: false });
      api.loadFromJSON(cmi);
      const wrapper = {};
      for (const m of METHODS)
        wrapper[m] = (...args) => {
          const result = api[m](...args);
          const error = METHODS.indexOf(m) >= 5 ? undefined : String(api[LAST_ERROR]());
          lms.calls.push({ method: m, args, result: String(result), error });
          return result;
        };
      window.${version === '1.2' ? 'API' : 'API_1484_11'} = wrapper;
      lms.api = api;
      const frame = document.createElement('iframe');
      frame.title = 'Lesson';
      frame.src = '/content/index.html';
      frame.style.cssText = 'width: 100%; height: 900px; border: 1px solid #999';
      document.body.append(frame);
    },
    /** The LMS closes the SCO (its frame goes, so the SCO's pagehide runs) and returns what it stores. */
    close() {
      document.querySelector('iframe').remove();
      return JSON.parse(JSON.stringify(lms.api.renderCMIToJSONObject())).cmi;
    },
  };
</script>
</head>
<body><h1>Course — One step down the bowl</h1></body>
</html>`;

async function run(args: string[]) {
  let stderr = '';
  const code = await main(args, {
    stdin: Readable.from([]),
    stdout: { write: () => true },
    stderr: { write: (s: string) => ((stderr += s), true) },
    cwd: REPO,
  });
  if (code !== 0) throw new Error(`gd-tutor ${args.join(' ')} exited ${code}: ${stderr}`);
}

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'gd-tutor-scorm-run-'));
  h.cleanup(() => {
    rmSync(work, { recursive: true, force: true });
  });
  lms = await serve('127.0.0.1', {});
  h.cleanup(() => lms.close());
  for (const version of VERSIONS) {
    const zip = join(work, `bowl-${version}.zip`);
    await run(['scorm', 'content/bowl.yaml', '-o', zip, '--version', version, '--player', h.dist]);
    const dir = join(work, version);
    for (const [name, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(zip))))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    packages.set(version, dir);
  }
  for (const version of VERSIONS) {
    const file = version === '1.2' ? 'scorm12.min.js' : 'scorm2004.min.js';
    lms.pages.set(`/lms/scorm-${version}.js`, readFileSync(join(REPO, 'node_modules/scorm-again/dist', file), 'utf8'));
    lms.pages.set(`/lms/launch-${version}.html`, LAUNCH_PAGE(version));
  }
}, 60_000);

/** Serves one version's unzipped package at /content/ (both packages use the same launch path). */
async function openLms(version: Version, allow?: RegExp): Promise<Page> {
  const served = await serve('127.0.0.1', { '/content/': packages.get(version)! });
  h.cleanup(() => served.close());
  // The LMS page and its package share an origin: the LMS serves both. A second server's port would be another
  // origin, so the LMS page is served next to the package.
  served.pages.set('/lms/launch.html', LAUNCH_PAGE(version));
  served.pages.set(`/lms/scorm-${version}.js`, lms.pages.get(`/lms/scorm-${version}.js`) as string);
  const page = await h.open(allow);
  await page.goto(new URL('/lms/launch.html', served.url).href);
  return page;
}

/** The step of an exercise, by the exercise's position in the lesson (0: one-step, 1: random-start). */
const step = (frame: FrameLocator, exercise: number, id: string) =>
  frame.locator('gd-exercise').nth(exercise).locator(`li.step[data-step="${id}"]`);

async function answer(frame: FrameLocator, exercise: number, id: string, text: string, status: string): Promise<void> {
  const s = step(frame, exercise, id);
  await s.getByRole('textbox').fill(text);
  await s.getByRole('button', { name: 'Check' }).click();
  await expect.poll(() => s.getAttribute('data-status'), { timeout: 10_000 }).toBe(status);
}

interface Call {
  method: string;
  args: string[];
  result: string;
  error?: string;
}

const calls = (page: Page): Promise<Call[]> =>
  page.evaluate(() => (window as unknown as { lms: { calls: Call[] } }).lms.calls);

/** Every call but the error queries, with the error right after it: all must be 0. */
async function expectNoErrors(page: Page): Promise<Call[]> {
  const made = await calls(page);
  expect(made.filter((c) => c.error !== undefined && c.error !== '0')).toEqual([]);
  return made;
}

/** What an LMS gives a first launch, per the manifest (mastery 80 / scaled passing score 0.8). */
const FIRST: Record<Version, object> = {
  '1.2': {
    core: { student_id: LEARNER, student_name: 'Lovelace, Ada', entry: 'ab-initio' },
    student_data: { mastery_score: '80' },
  },
  '2004': { learner_id: LEARNER, learner_name: 'Lovelace, Ada', entry: 'ab-initio', scaled_passing_score: '0.8' },
};

type Cmi = Record<string, unknown> & { core?: Record<string, unknown> };

/** What an LMS gives the next launch after exit "suspend": the stored data, entry "resume". */
function relaunch(version: Version, stored: Cmi): object {
  if (version === '1.2') {
    const core = stored.core!;
    return {
      core: { student_id: LEARNER, entry: 'resume', lesson_status: core.lesson_status, score: core.score },
      student_data: { mastery_score: '80' },
      suspend_data: stored.suspend_data,
    };
  }
  return {
    learner_id: LEARNER,
    entry: 'resume',
    scaled_passing_score: '0.8',
    suspend_data: stored.suspend_data,
    completion_status: stored.completion_status,
    success_status: stored.success_status,
    score: stored.score,
    interactions: stored.interactions,
  };
}

async function launch(page: Page, cmi: object): Promise<FrameLocator> {
  await page.evaluate((c) => {
    (window as unknown as { lms: { launch(c: object): void } }).lms.launch(c);
  }, cmi);
  const frame = page.frameLocator('iframe');
  await expect
    .poll(() => frame.locator('gd-lesson h1').textContent(), { timeout: 15_000 })
    .toBe('One step down the bowl');
  return frame;
}

const close = (page: Page): Promise<Cmi> =>
  page.evaluate(() => (window as unknown as { lms: { close(): Cmi } }).lms.close());

/** The learner's variant of the lesson, as the package holds it (picked by a hash of their LMS id). */
function variantOf(version: Version): CompiledLesson {
  const v = hashString(LEARNER) % 8;
  return JSON.parse(readFileSync(join(packages.get(version)!, `lessons/bowl/${v}.json`), 'utf8')) as CompiledLesson;
}

const interactionsOf = (stored: Cmi): Record<string, unknown>[] => {
  const i = stored.interactions as { childArray?: Record<string, unknown>[] } | Record<string, Record<string, unknown>>;
  return Array.isArray((i as { childArray?: unknown }).childArray)
    ? (i as { childArray: Record<string, unknown>[] }).childArray
    : Object.values(i as Record<string, Record<string, unknown>>);
};

describe.each(VERSIONS)('SCORM %s against scorm-again', (version) => {
  it('reports a worked exercise to the gradebook, resumes it on relaunch, and passes once the lesson is done', async () => {
    const page = await openLms(version);
    let frame = await launch(page, FIRST[version]);
    await answer(frame, 0, 'loss', '25', 'correct');
    await answer(frame, 0, 'partial-x', '-2x', 'open');
    await answer(frame, 0, 'partial-x', '2x', 'correct');
    await answer(frame, 0, 'partial-y', '2y', 'correct');
    await answer(frame, 0, 'gradient', '(6, 8)', 'correct');
    await answer(frame, 0, 'norm', '10', 'correct');
    await answer(frame, 0, 'update-0', '(2.4, 3.2)', 'correct');
    await answer(frame, 0, 'loss-1', '16', 'correct');
    await screenshot(page, `scorm-${version}-first-launch`);
    const first = await close(page);
    const made = await expectNoErrors(page);
    expect(made.map((c) => c.method).at(-1)).toBe(version === '1.2' ? 'LMSFinish' : 'Terminate');
    console.info(`SCORM ${version}, first launch, as scorm-again stores it:`, JSON.stringify(summary(version, first)));

    // One wrong try on ∂J/∂x: 6.9 of the first exercise's 7 steps, none of the second's 4: 6.9 / 11.
    const suspend = String(first.suspend_data);
    expect(suspend.length).toBeLessThanOrEqual(version === '1.2' ? 4096 : 64_000);
    expect(decodeSuspend(suspend)!.sessions.map((s) => [s.exercise, s.events.length])).toEqual([['one-step', 8]]);
    if (version === '1.2') {
      const core = first.core as { lesson_status: string; exit: string; session_time: string; score: object };
      expect(core.lesson_status).toBe('incomplete');
      expect(core.score).toMatchObject({ raw: '62.7', min: '0', max: '100' });
      expect(core.exit).toBe('suspend');
      expect(core.session_time).toMatch(/^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/);
      expect(core.session_time).not.toBe('00:00:00');
    } else {
      expect(first).toMatchObject({
        completion_status: 'incomplete',
        success_status: 'unknown',
        exit: 'suspend',
        // No score until the lesson is finished: scorm-again, like a 2004 LMS, would judge 62.7 "failed" at once.
        score: { scaled: '', raw: '', min: '', max: '' },
        progress_measure: '0.5',
      });
      expect(String(first.session_time)).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
      const interactions = interactionsOf(first);
      expect(interactions.map((i) => [i.learner_response, i.result])).toEqual([
        ['25', 'correct'],
        ['-2x', 'incorrect'],
        ['2x', 'correct'],
        ['2y', 'correct'],
        ['(6, 8)', 'correct'],
        ['10', 'correct'],
        ['(2.4, 3.2)', 'correct'],
        ['16', 'correct'],
      ]);
      expect(interactions[1]).toMatchObject({
        id: 'urn:gd-tutor:bowl:one-step:partial-x',
        type: 'fill-in',
        description: 'One step from (3, 4), ∂J/∂x: the sign',
      });
      expect(String(interactions[1]!.timestamp)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,2})?Z$/);
    }

    // Relaunch: the work is there, the second exercise is done from the learner's variant, and the lesson passes.
    await page.evaluate(() => {
      (window as unknown as { lms: { calls: unknown[] } }).lms.calls = [];
    });
    frame = await launch(page, relaunch(version, first));
    for (const id of ['loss', 'partial-x', 'partial-y', 'gradient', 'norm', 'update-0', 'loss-1'])
      await expect.poll(() => step(frame, 0, id).getAttribute('data-status')).toBe('correct');
    expect(await step(frame, 0, 'update-0').getByRole('textbox').inputValue()).toBe('(2.4, 3.2)');
    await expect
      .poll(() => frame.locator('gd-exercise').first().locator('[part="summary"] h3').textContent())
      .toContain('(6.9 / 7)');
    const random = variantOf(version).exercises[1]!;
    for (const s of random.steps) await answer(frame, 1, s.id, s.answer.text, 'correct');
    await screenshot(page, `scorm-${version}-relaunch-passed`);
    const second = await close(page);
    await expectNoErrors(page);
    console.info(`SCORM ${version}, after the relaunch:`, JSON.stringify(summary(version, second)));
    // 6.9 + 4 of 11 = 0.991 ≥ 0.8.
    if (version === '1.2')
      expect(second.core).toMatchObject({
        lesson_status: 'passed',
        score: { raw: '99.1', min: '0', max: '100' },
        exit: 'suspend',
      });
    else {
      expect(second).toMatchObject({
        completion_status: 'completed',
        success_status: 'passed',
        score: { scaled: '0.991', raw: '99.1', min: '0', max: '100' },
        progress_measure: '1',
      });
      expect(interactionsOf(second).length).toBe(12);
    }
  }, 60_000);
});

describe.each(VERSIONS)('SCORM %s: the lesson in the language the LMS states for the learner', (version) => {
  /** A first launch whose learner prefers French (1.2: student_preference; 2004: learner_preference, a full tag). */
  const french: Record<Version, object> = {
    '1.2': { ...FIRST['1.2'], student_preference: { language: 'fr' } },
    '2004': { ...FIRST['2004'], learner_preference: { language: 'fr-FR' } },
  };

  it('fetches the French compile: French prompts, statement and buttons; the teacher’s title stays English', async () => {
    const page = await openLms(version);
    const frame = await launch(page, french[version]);
    const loss = step(frame, 0, 'loss');
    await expect
      .poll(() => loss.locator('.prompt').textContent(), { timeout: 10_000 })
      .toMatch(/^\s*Que vaut .+ \? Donnez les nombres avec au moins 3 chiffres significatifs\.\s*$/s);
    expect(await loss.getByRole('button').first().textContent()).toMatch(/^\s*Vérifier\s*$/);
    expect(await frame.locator('gd-exercise').first().locator('.statement').getAttribute('lang')).toBe('fr');
    expect(await frame.locator('gd-lesson h1').getAttribute('lang')).toBe('en');
    expect(await frame.locator('html').getAttribute('lang')).toBe('fr');
    await expectNoErrors(page);
    await screenshot(page, `scorm-${version}-fr`);
  });

  it('without a preference, follows the browser (en-US here): the English prompts', async () => {
    const page = await openLms(version);
    const frame = await launch(page, FIRST[version]);
    await expect
      .poll(() => step(frame, 0, 'loss').locator('.prompt').textContent(), { timeout: 10_000 })
      .toMatch(/^\s*What is .+\? Give numbers to at least 3 significant figures\.\s*$/s);
  });
});

describe('a SCORM package when the LMS fails, or is not there', () => {
  it('keeps the work in the page when the LMS stops accepting data, and says so once', async () => {
    const page = await openLms('2004');
    const frame = await launch(page, FIRST['2004']);
    await answer(frame, 0, 'loss', '25', 'correct');
    // The LMS ends the session behind the SCO's back (a time-out, a lost login): every later call fails.
    await page.evaluate(() => {
      (window as unknown as { lms: { api: { Terminate(p: ''): string } } }).lms.api.Terminate('');
    });
    await answer(frame, 0, 'partial-x', '2x', 'correct');
    await answer(frame, 0, 'partial-y', '2y', 'correct');
    await answer(frame, 1, 'loss', variantOf('2004').exercises[1]!.steps[0]!.answer.text, 'correct');
    const notices = frame.locator('gd-exercise .notice');
    await expect
      .poll(() => notices.allTextContents())
      .toEqual([
        'The LMS did not save your progress (error 133: Store Data After Termination). Your work stays on this page and is sent again with your next answer; keep the page open until then.',
      ]);
    expect(await step(frame, 0, 'partial-y').getByRole('textbox').inputValue()).toBe('2y');
    await notices.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'scorm-lms-failed');
  }, 20_000);

  it('opened outside an LMS, keeps the work in the browser without a word', async () => {
    const served = await serve('127.0.0.1', { '/content/': packages.get('1.2')! });
    h.cleanup(() => served.close());
    const page = await h.open();
    await page.goto(new URL('/content/index.html', served.url).href);
    await expect
      .poll(() => page.locator('gd-lesson h1').textContent(), { timeout: 15_000 })
      .toBe('One step down the bowl');
    const loss = page.locator('gd-exercise').first().locator('li.step[data-step="loss"]');
    await loss.getByRole('textbox').fill('25');
    await loss.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => loss.getAttribute('data-status')).toBe('correct');
    await page.reload();
    await expect.poll(() => loss.getAttribute('data-status'), { timeout: 15_000 }).toBe('correct');
    expect(await page.locator('gd-exercise .notice').count()).toBe(0);
  }, 20_000);
});

/** The fields a gradebook shows, for the log. */
function summary(version: Version, cmi: Cmi): object {
  if (version === '1.2') {
    const core = cmi.core as Record<string, unknown>;
    return { ...core, suspend_data: `${String(cmi.suspend_data).length} chars` };
  }
  const { completion_status, success_status, score, session_time, exit, progress_measure } = cmi;
  return {
    completion_status,
    success_status,
    score,
    session_time,
    exit,
    progress_measure,
    interactions: interactionsOf(cmi).length,
    suspend_data: `${String(cmi.suspend_data).length} chars`,
  };
}
