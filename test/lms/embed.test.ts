/**
 * One script tag: embed/gd-tutor.js is a self-contained ES module within the page budget; with it, a page of
 * plain HTML shows a lesson by URL or inline, hears every event, and survives a second copy of the bundle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, serve, useLms, type Served } from './harness.js';

const h = useLms();
let site: Served;

/** The page budget of the components issue, for all the JavaScript a page loads. */
const BUDGET = 200 * 1024;

beforeAll(async () => {
  site = await serve('127.0.0.1', { '/': h.dist });
  h.cleanup(() => site.close());
});

const gzipped = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

const lessonTitled = (page: Page, title: string) => page.locator('gd-lesson').filter({ hasText: title });

describe('embed/gd-tutor.js', () => {
  it('is one self-contained module: no imports, no absolute paths, no Node globals, within the page budget', () => {
    const file = join(h.dist, 'embed/gd-tutor.js');
    const code = readFileSync(file, 'utf8');
    // No static import, re-export or dynamic import of another file (a method named importNode is fine).
    expect(code).not.toMatch(
      /(?<![.\w$])(?:import\s*(?:["'`(]|[\w{*][^;]*?\bfrom\s*["'`])|export\s*\*|export\s*\{[^}]*\}\s*from)/,
    );
    expect(code).not.toMatch(/["'`]\/(?:assets|lessons|@vite)\//);
    expect(code).not.toMatch(/\bprocess\.env\b/);
    const size = gzipped(file);
    console.info(`embed/gd-tutor.js: ${(size / 1024).toFixed(1)} KB gzip`);
    expect(size).toBeLessThan(BUDGET);
    // The framed player's page loads its entry and the chunk it shares with the app.
    const html = readFileSync(join(h.dist, 'player.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    const player = scripts.reduce((sum, path) => sum + gzipped(join(h.dist, path)), 0);
    console.info(`player.html JavaScript: ${(player / 1024).toFixed(1)} KB gzip (${scripts.join(', ')})`);
    expect(player).toBeLessThan(BUDGET);
  });
});

describe('the example host page (embed/example.html)', () => {
  it('shows a lesson by URL and one inline, and logs the events a learner causes', async () => {
    const page = await h.open();
    await page.goto(new URL('embed/example.html', site.url).href);
    const byUrl = lessonTitled(page, 'One step down the bowl');
    await expect.poll(() => byUrl.locator('h1').textContent(), { timeout: 15_000 }).toBe('One step down the bowl');
    const inline = page.locator('gd-lesson').nth(1);
    await expect.poll(() => inline.locator('h1').textContent()).toBe('Gradient descent in one variable');

    const loss = byUrl.locator('gd-exercise').first().locator('li.step[data-step="loss"]');
    await loss.getByRole('textbox').fill('24');
    await loss.getByRole('button', { name: 'Check' }).click();
    await loss.getByRole('button', { name: /^Hint 1/ }).click();
    await loss.getByRole('textbox').fill('25');
    await loss.getByRole('button', { name: 'Check' }).click();
    const events = page.locator('#events li');
    await expect
      .poll(() => events.allTextContents())
      .toEqual([
        'gd-graded {"exercise":"one-step","step":"loss","verdict":"incorrect","answer":"24","credit":0,"score":0}',
        'gd-hint-shown {"exercise":"one-step","step":"loss","index":1,"of":2,"cost":0.1}',
        'gd-graded {"exercise":"one-step","step":"loss","verdict":"correct","answer":"25","credit":0.8,"score":0.114}',
      ]);
    await screenshot(page, 'embed-example');
  });
});

describe('a page of its own', () => {
  const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,">${body}</html>`;

  it('loads the bundle twice without an error: the second copy finds the elements defined', async () => {
    site.pages.set(
      '/twice.html',
      page(`<script type="module" src="/embed/gd-tutor.js"></script>
<script type="module" src="/embed/gd-tutor.js?second-copy"></script>
<body><gd-lesson src="/lessons/bowl/0.json"></gd-lesson></body>`),
    );
    const p = await h.open();
    await p.goto(new URL('twice.html', site.url).href);
    await expect
      .poll(() => p.locator('gd-lesson h1').textContent(), { timeout: 15_000 })
      .toBe('One step down the bowl');
    // Two module instances ran (two URLs), and only the first defined the elements.
    const copies = await p.evaluate(
      () => performance.getEntriesByType('resource').filter((e) => e.name.includes('gd-tutor.js')).length,
    );
    expect(copies).toBe(2);
  });

  it('reads an inline lesson that arrives after the element was upgraded (a slow network, an async script)', async () => {
    const lesson = readFileSync(join(h.dist, 'lessons/bowl/0.json'), 'utf8').replace(/</g, '\\u003c');
    site.pages.set('/slow.html', (res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.write(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slow</title><link rel="icon" href="data:,">' +
          '<script type="module" async src="/embed/gd-tutor.js"></script></head><body><gd-lesson learner="slow">',
      );
      setTimeout(() => {
        res.end(`<script type="application/json">${lesson}</script></gd-lesson></body></html>`);
      }, 1_500);
    });
    const p = await h.open();
    await p.goto(new URL('slow.html', site.url).href);
    await expect
      .poll(() => p.locator('gd-lesson h1').textContent(), { timeout: 15_000 })
      .toBe('One step down the bowl');
  });

  it('says what is wrong with inline JSON that does not read, instead of a blank element', async () => {
    site.pages.set(
      '/broken.html',
      page(`<script type="module" src="/embed/gd-tutor.js"></script>
<body><gd-lesson><script type="application/json">{"title": oops}</script></gd-lesson></body>`),
    );
    const p = await h.open();
    await p.goto(new URL('broken.html', site.url).href);
    await expect.poll(() => p.locator('gd-lesson [role="alert"]').textContent(), { timeout: 15_000 }).toMatch(/JSON/);
  });
});
