/**
 * The lesson page's first request (app/first-request.ts, inlined by app/opening.ts): the lesson the page opens on
 * is asked for before the app's script has arrived, once, in the learner's own variant; a lesson that is not there
 * says so as before; a lesson opened later is fetched then. And the page does not wait for the answer checker
 * (src/tutor/checker.ts): the box takes typing before it is here, Check waits for it, a failure is said.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, readText, useBrowser } from '../browser/harness.js';

const h = useBrowser();

/** The lessons' JSON requested by a page, as paths relative to the site (lessons/bowl/3.en.json: the pages here are in en-US). */
function lessonRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r: Request) => {
    const path = new URL(r.url()).pathname;
    const at = path.indexOf('/lessons/');
    if (at >= 0 && path !== '/lessons/index.json' && path !== '/lessons/course.json') seen.push(path.slice(at + 1));
  });
  return seen;
}

describe('the lesson page’s first request', () => {
  it('asks for the lesson once, in the variant of the seed the page keeps, and shows it', async () => {
    const page = await h.open();
    const requests = lessonRequests(page);
    await page.goto(new URL('#/lesson/bowl', h.url).href);
    await page.locator('gd-exercise').first().getByRole('textbox').first().waitFor();
    const seed = await page.evaluate(() => localStorage.getItem('gd-tutor:seed'));
    expect(seed).toMatch(/^\d+$/);
    expect(requests).toEqual([`lessons/bowl/${Number(seed) % 8}.en.json`]);
    expect(await page.locator('gd-lesson h1').textContent()).toBe('One step down the bowl');
  });

  it('keeps the seed a learner already has: a stored seed of 13 opens variant 5', async () => {
    const page = await h.open();
    await page.addInitScript(() => {
      localStorage.setItem('gd-tutor:seed', '13');
    });
    const requests = lessonRequests(page);
    await page.goto(new URL('#/lesson/bowl', h.url).href);
    await page.locator('gd-exercise').first().getByRole('textbox').first().waitFor();
    expect(requests).toEqual(['lessons/bowl/5.en.json']);
  });

  it('says a lesson that is not there is not there, as when it was requested after the script', async () => {
    const page = await h.open(undefined, { allowConsoleErrors: /404/ });
    const requests = lessonRequests(page);
    await page.goto(new URL('#/lesson/no-such-lesson', h.url).href);
    await eventually(() => page.locator('main').innerText()).toContain('There is no lesson “no-such-lesson”.');
    expect(requests).toHaveLength(1);
    expect(await page.title()).toBe('gd-tutor');
  });

  it('fetches a lesson opened afterwards, and the first one again when it is opened again', async () => {
    const page = await h.open();
    const requests = lessonRequests(page);
    await page.goto(new URL('#/lesson/bowl', h.url).href);
    await page.locator('gd-exercise').first().getByRole('textbox').first().waitFor();
    await page.evaluate(() => {
      location.hash = '#/lesson/one-variable';
    });
    await eventually(() => page.locator('gd-lesson h1').textContent()).not.toBe('One step down the bowl');
    await page.evaluate(() => {
      location.hash = '#/lesson/bowl';
    });
    await eventually(() => page.locator('gd-lesson h1').textContent()).toBe('One step down the bowl');
    const variant = Number(await page.evaluate(() => localStorage.getItem('gd-tutor:seed'))) % 8;
    expect(requests).toEqual([
      `lessons/bowl/${variant}.en.json`,
      `lessons/one-variable/${variant}.en.json`,
      `lessons/bowl/${variant}.en.json`,
    ]);
  });

  it('is requested by the page itself, before the app’s script has arrived; the framed player makes no such request', async () => {
    const page = await h.open();
    const requests = lessonRequests(page);
    // The app's script is held back: only the page's inline opening script (app/opening.ts) can ask for the lesson.
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    const html = await (await fetch(h.url)).text();
    const entry = /<script[^>]* type="module"[^>]* src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
    await page.route(new URL(entry, h.url).href, async (route) => {
      await held;
      await route.continue();
    });
    // Not waiting for the load event: it waits for the held script.
    await page.goto(new URL('#/lesson/bowl', h.url).href, { waitUntil: 'commit' });
    await eventually(() => Promise.resolve(requests.length)).toBe(1);
    expect(requests[0]).toMatch(/^lessons\/bowl\/\d\.en\.json$/);
    release();
    await page.locator('gd-exercise').first().getByRole('textbox').first().waitFor();
    // Taken over by the app, not asked again.
    expect(requests).toHaveLength(1);
    const player = await (await fetch(new URL('player.html', h.url))).text();
    expect(player).not.toMatch(/<script>/);
  });

  it('still opens the lesson, requested once, where a Content-Security-Policy refuses the inline script', async () => {
    const page = await h.open(undefined, { allowConsoleErrors: /Content Security Policy/ });
    const requests = lessonRequests(page);
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) refused.push(m.text());
    });
    await page.route(h.url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "script-src 'self'" },
      });
    });
    await page.goto(new URL('#/lesson/bowl', h.url).href);
    await page.locator('gd-exercise').first().getByRole('textbox').first().waitFor();
    expect(
      await page.evaluate(() => '__gdTutorOpening' in globalThis && localStorage.getItem('gd-tutor:seed')),
    ).toMatch(/^\d+$/);
    expect(requests).toHaveLength(1);
    expect(await page.locator('gd-lesson h1').textContent()).toBe('One step down the bowl');
    // The inline script was indeed refused: the app's own script made the request.
    expect(refused.some((t) => /inline script/.test(t))).toBe(true);
  });

  it('does not wait for the checker: the box takes typing before it arrives, and Check waits for it', async () => {
    const page = await h.open();
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    const checkerRequests: string[] = [];
    await page.route(/\/assets\/checker-[\w-]+\.js$/, async (route) => {
      checkerRequests.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.goto(new URL('#/lesson/bowl', h.url).href);
    const step = page.locator('gd-exercise').first().locator('li.step[data-step="loss"]');
    const box = step.getByRole('textbox');
    await box.waitFor();
    await box.fill('25');
    await step.getByRole('button', { name: 'Check' }).click();
    // Asked for (once the page was idle, or by the Check), and held: no verdict yet, and the answer is still there.
    await eventually(() => Promise.resolve(checkerRequests.length)).toBe(1);
    expect(await step.getAttribute('data-status')).toBe('open');
    expect(await box.inputValue()).toBe('25');
    release();
    await eventually(() => step.getAttribute('data-status')).toBe('correct');
    expect(await readText(step.getByRole('status'))).toBe('✓ Correct. Right: this is the loss where descent starts.');
  });

  it('says so beside the step when the checker cannot be loaded, keeps the answer, and checks it once it loads', async () => {
    const page = await h.open(undefined, { allowConsoleErrors: /checker|Failed to fetch|503/ });
    await page.route(/\/assets\/checker-[\w-]+\.js$/, (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(new URL('#/lesson/bowl', h.url).href);
    const exercise = page.locator('gd-exercise').first();
    const step = exercise.locator('li.step[data-step="loss"]');
    await step.getByRole('textbox').fill('25');
    await step.getByRole('button', { name: 'Check' }).click();
    // Said where the learner checked, in place of a verdict.
    await eventually(() => step.getByRole('alert').textContent()).toMatch(
      /^The answer checker could not be loaded \(.+\)\. Your answer is kept: check it again in a moment\.$/,
    );
    expect(await step.getAttribute('data-status')).toBe('open');
    expect(await step.getByRole('textbox').inputValue()).toBe('25');
    // The connection is back: the same answer, checked again, is judged.
    await page.unroute(/\/assets\/checker-[\w-]+\.js$/);
    await step.getByRole('button', { name: 'Check' }).click();
    await eventually(() => step.getAttribute('data-status')).toBe('correct');
    expect(await step.getByRole('alert').count()).toBe(0);
  });

  it('tells a returning learner whose checker cannot load that their saved work is kept', async () => {
    const page = await h.open(undefined, { allowConsoleErrors: /checker|Failed to fetch|503/ });
    await page.goto(new URL('#/lesson/bowl', h.url).href);
    const step = page.locator('gd-exercise').first().locator('li.step[data-step="loss"]');
    await step.getByRole('textbox').fill('25');
    await step.getByRole('button', { name: 'Check' }).click();
    await eventually(() => step.getAttribute('data-status')).toBe('correct');
    const saved = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gd-tutor:v1:')));
    expect(saved.length).toBeGreaterThan(0);
    await page.route(/\/assets\/checker-[\w-]+\.js$/, (route) => route.fulfill({ status: 503, body: '' }));
    await page.reload();
    await eventually(() => page.locator('gd-lesson').getByRole('alert').textContent()).toMatch(
      /^Your saved work could not be restored: the answer checker did not load \(.+\)\. Nothing is lost: reload the page to try again\.$/,
    );
    // Nothing written over it.
    const after = await page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), saved);
    expect(after.every((v) => v !== null && v.includes('"text":"25"'))).toBe(true);
  });

  it('replays a returning learner’s saved answers once the checker is here', async () => {
    const page = await h.open();
    await page.goto(new URL('#/lesson/bowl', h.url).href);
    const step = page.locator('gd-exercise').first().locator('li.step[data-step="loss"]');
    await step.getByRole('textbox').fill('24');
    await step.getByRole('button', { name: 'Check' }).click();
    await eventually(() => step.getAttribute('data-status')).toBe('open');
    await step.getByRole('textbox').fill('25');
    await step.getByRole('button', { name: 'Check' }).click();
    await eventually(() => step.getAttribute('data-status')).toBe('correct');
    await page.reload();
    const again = page.locator('gd-exercise').first().locator('li.step[data-step="loss"]');
    await eventually(() => again.getAttribute('data-status')).toBe('correct');
    expect(await again.getByRole('textbox').inputValue()).toBe('25');
    expect(
      await page.locator('gd-exercise').first().locator('li.step[data-step="partial-x"]').getAttribute('data-status'),
    ).toBe('open');
  });

  it('starts while the parser is still held before <main>, and renders the lesson once <main> is there', async () => {
    const page = await h.open();
    // The page's markup with a script that holds the parser just before <main>, released only once the lesson has
    // been requested: the app's script has run by then, with no <main> to render into yet.
    let requested: () => void = () => undefined;
    const lessonRequested = new Promise<void>((done) => (requested = done));
    page.on('request', (r) => {
      if (/\/lessons\/bowl\/\d\.en\.json$/.test(new URL(r.url()).pathname)) requested();
    });
    await page.route(h.url, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<main', '<script src="./hold.js"></script><main');
      expect(body).toContain('hold.js');
      await route.fulfill({ response, body });
    });
    await page.route(new URL('hold.js', h.url).href, async (route) => {
      await lessonRequested;
      await route.fulfill({
        contentType: 'text/javascript',
        body: 'window.gdHeld = document.getElementById("main") === null;',
      });
    });
    await page.goto(new URL('#/lesson/bowl', h.url).href);
    await page.locator('gd-exercise').first().getByRole('textbox').first().waitFor();
    expect(await page.evaluate(() => (window as { gdHeld?: boolean }).gdHeld)).toBe(true);
    expect(await page.locator('gd-lesson h1').textContent()).toBe('One step down the bowl');
  });
});
