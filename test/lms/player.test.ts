/**
 * The framed player in a Canvas-like course page. The host (http://localhost:A) cleans the teacher's HTML the way
 * Canvas's rich-content sanitizer does — an allow-list in which <script> and unknown (custom) elements are removed
 * and <iframe> with src, sandbox and size is kept — and embeds player.html from another site (http://127.0.0.1:B),
 * with and without a sandbox attribute. The host runs embed/resize.js as an admin's theme script would. The
 * learner answers a step inside the frame, the frame follows its content's height, and a reload of the host page
 * finds the work again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, screenshot, serve, useLms, type Served } from './harness.js';

const h = useLms();
let player: Served;
let host: Served;

beforeAll(async () => {
  player = await serve('127.0.0.1', { '/': h.dist });
  host = await serve('localhost', {});
  host.pages.set('/purify.js', readFileSync(join(REPO, 'node_modules/dompurify/dist/purify.min.js'), 'utf8'));
  h.cleanup(() => player.close());
  h.cleanup(() => host.close());
});

/** Canvas keeps iframes (http/https/relative src, sandbox, allow, size) and drops script and unknown elements. */
const CANVAS_LIKE = {
  ALLOWED_TAGS: ['h2', 'h3', 'p', 'a', 'strong', 'em', 'ul', 'ol', 'li', 'div', 'span', 'br', 'img', 'iframe'],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'width', 'height', 'style', 'class', 'id', 'name'].concat([
    'sandbox',
    'allow',
    'allowfullscreen',
    'loading',
  ]),
  ALLOWED_URI_REGEXP: /^(?:https?:|\/|\.{1,2}\/|[^:]*$)/i,
};

/** The course page: the teacher's HTML, cleaned, then the host's own resize script. */
function coursePage(teacherHtml: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Week 3 — Gradient descent</title>
    <link rel="icon" href="data:," />
    <script src="/purify.js"></script>
    <script type="module" src="${player.url}embed/resize.js"></script>
    <style>body { font-family: sans-serif; margin: 1rem 2rem; } iframe { width: 100%; border: 1px solid #ccc; }</style>
  </head>
  <body>
    <h1>Week 3 — Gradient descent</h1>
    <div id="content"></div>
    <script>
      const dirty = ${JSON.stringify(teacherHtml).replace(/</g, '\\u003c')};
      document.getElementById('content').innerHTML = DOMPurify.sanitize(dirty, {
        ALLOWED_TAGS: ${JSON.stringify(CANVAS_LIKE.ALLOWED_TAGS)},
        ALLOWED_ATTR: ${JSON.stringify(CANVAS_LIKE.ALLOWED_ATTR)},
        ALLOWED_URI_REGEXP: ${String(CANVAS_LIKE.ALLOWED_URI_REGEXP)},
      });
    </script>
  </body>
</html>`;
}

/** What a teacher pastes: the documented iframe snippet, next to things Canvas strips. */
function teacherHtml(sandbox: boolean, learner: string): string {
  const src = `${player.url}player.html?lesson=bowl&exercise=one-step&seed=3&learner=${learner}`;
  return `<h2>Try it</h2>
<p>Take the first step of the exercise below.</p>
<script>window.teacherScriptRan = true;</script>
<gd-lesson src="${player.url}lessons/bowl/3.json"></gd-lesson>
<iframe src="${src}" title="One step down the bowl" height="150" loading="eager"${
    sandbox ? ' sandbox="allow-scripts allow-same-origin allow-forms"' : ''
  }></iframe>`;
}

const stepOf = (frame: FrameLocator, id: string) => frame.locator(`gd-exercise li.step[data-step="${id}"]`);

async function frameHeight(page: Page): Promise<number> {
  return page.locator('iframe').evaluate((f) => f.clientHeight);
}

/** The height of the player's content, measured inside the frame. */
async function contentHeight(frame: FrameLocator): Promise<number> {
  return frame.locator('#player').evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
}

async function expectFrameFitsContent(page: Page, frame: FrameLocator): Promise<void> {
  await expect.poll(async () => (await frameHeight(page)) - (await contentHeight(frame)), { timeout: 5_000 }).toBe(0);
}

describe.each([
  ['without a sandbox attribute', false],
  ['with sandbox="allow-scripts allow-same-origin allow-forms"', true],
])('the player framed in a Canvas-like page, %s', (_name, sandbox) => {
  it('survives the cleaning, takes an answer, follows its height, and keeps the work across a reload', async () => {
    const learner = sandbox ? 'ada' : 'grace';
    const path = `/course/${sandbox ? 'sandboxed' : 'plain'}.html`;
    host.pages.set(path, coursePage(teacherHtml(sandbox, learner)));
    const page = await h.open();
    await page.goto(new URL(path, host.url).href);

    // The cleaning: the teacher's script never ran, the custom element is gone, the iframe stays with its sandbox.
    const content = page.locator('#content');
    expect(await content.locator('script, gd-lesson').count()).toBe(0);
    expect(await page.evaluate(() => 'teacherScriptRan' in window)).toBe(false);
    const iframe = content.locator('iframe');
    expect(await iframe.getAttribute('sandbox')).toBe(sandbox ? 'allow-scripts allow-same-origin allow-forms' : null);
    expect(new URL((await iframe.getAttribute('src'))!).origin).not.toBe(new URL(page.url()).origin);

    const frame = page.frameLocator('iframe');
    await expect
      .poll(() => frame.locator('gd-exercise h2').textContent(), { timeout: 15_000 })
      .toBe('One step from (3, 4)');
    await expectFrameFitsContent(page, frame);
    const before = await frameHeight(page);
    expect(before).toBeGreaterThan(150);

    await stepOf(frame, 'loss').getByRole('textbox').fill('25');
    await stepOf(frame, 'loss').getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => stepOf(frame, 'loss').getAttribute('data-status')).toBe('correct');
    await expect.poll(() => stepOf(frame, 'partial-x').getAttribute('data-status')).toBe('open');
    await stepOf(frame, 'partial-x').getByRole('textbox').fill('-2x');
    await stepOf(frame, 'partial-x').getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => stepOf(frame, 'partial-x').getByRole('status').textContent()).toContain('the sign');
    // The feedback made the content taller, and the frame followed it, with no inner scroll bar.
    await expectFrameFitsContent(page, frame);
    expect(await frameHeight(page)).toBeGreaterThan(before);
    expect(
      await frame.locator('html').evaluate((el) => el.scrollHeight <= (el.ownerDocument.defaultView?.innerHeight ?? 0)),
    ).toBe(true);
    await screenshot(page, sandbox ? 'player-canvas-sandboxed' : 'player-canvas');

    await page.reload();
    await expect.poll(() => stepOf(frame, 'loss').getAttribute('data-status'), { timeout: 15_000 }).toBe('correct');
    expect(await stepOf(frame, 'loss').getByRole('textbox').inputValue()).toBe('25');
    expect(await stepOf(frame, 'partial-x').getByRole('textbox').inputValue()).toBe('-2x');
    expect(await stepOf(frame, 'partial-x').getByRole('status').textContent()).toContain('the sign');
    await expectFrameFitsContent(page, frame);
    await screenshot(page, sandbox ? 'player-canvas-sandboxed-reloaded' : 'player-canvas-reloaded');
  }, 20_000);
});

describe('the player where the browser refuses a cross-site frame any storage (Safari, strict privacy settings)', () => {
  it('says once that progress is not being saved, and the work goes on in the page', async () => {
    host.pages.set('/course/blocked.html', coursePage(teacherHtml(false, 'lin')));
    const page = await h.open(undefined, { browser: 'storage-blocked' });
    await page.goto(new URL('/course/blocked.html', host.url).href);
    const frame = page.frameLocator('iframe');
    const notices = frame.locator('gd-exercise .notice');
    await expect
      .poll(() => notices.allTextContents(), { timeout: 15_000 })
      .toEqual([
        'Browser storage is unavailable (private browsing?), so progress is not being saved; it stays on this page until you leave it.',
      ]);
    await stepOf(frame, 'loss').getByRole('textbox').fill('25');
    await stepOf(frame, 'loss').getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => stepOf(frame, 'loss').getAttribute('data-status')).toBe('correct');
    expect(await notices.count()).toBe(1);
    await expectFrameFitsContent(page, frame);
    await screenshot(page, 'player-storage-blocked');
  });
});

describe('the player on its own', () => {
  it('names what is wrong with its address instead of showing nothing', async () => {
    const page = await h.open(/404/);
    await page.goto(new URL('player.html?lesson=bowl&exercise=nope', player.url).href);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The lesson “One step down the bowl” has no exercise “nope”; it has one-step, random-start.');
    await page.goto(new URL('player.html', player.url).href);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('No lesson was chosen');
    await page.goto(new URL('player.html?lesson=no-such-lesson', player.url).href);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('there is no such lesson here');
  });

  it('shows a whole lesson when no exercise is named, with the variant its seed picks', async () => {
    const page = await h.open();
    await page.goto(new URL('player.html?lesson=bowl&seed=11', player.url).href);
    await expect
      .poll(() => page.locator('gd-lesson h1').textContent(), { timeout: 15_000 })
      .toBe('One step down the bowl');
    // The first exercise renders at once, the rest when the browser is idle.
    await expect.poll(() => page.locator('gd-exercise').count()).toBe(2);
    expect(await page.title()).toBe('One step down the bowl');
  });
});
