/**
 * The lesson page's first request (app/first-request.ts): the lesson the page opens on is asked for while the
 * rest of the script is still being evaluated, once, in the learner's own variant; a lesson that is not there
 * says so as before; and a lesson opened later is fetched then.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, useBrowser } from '../browser/harness.js';

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

  it('is in a chunk the lesson page evaluates before Lit and the engine, and the framed player never loads', async () => {
    const text = async (path: string) => (await fetch(new URL(path, h.url))).text();
    const entryOf = (html: string) => /<script[^>]* type="module"[^>]* src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
    const chunkImports = (js: string) =>
      [...js.matchAll(/import(?:\{[^}]*\}from)?"\.\/([a-z-]+)-[\w-]+\.js"/g)].map((m) => m[1]!);
    const page = await text('index.html');
    // Static imports are evaluated in order: the first request, then everything else.
    expect(chunkImports(await text(entryOf(page)))).toEqual(['first-request', 'site']);
    const player = await text('player.html');
    expect(player).not.toContain('first-request');
    expect(chunkImports(await text(entryOf(player)))).not.toContain('first-request');
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
