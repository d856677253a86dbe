/**
 * A teacher under #/lesson/bowl in the built site opens "Use this lesson": the iframe and script snippets point at
 * this site and copy to the clipboard; the SCORM buttons download a package made in the browser (read back with
 * fflate, its imsmanifest.xml parsed) whose code is fetched only on the click; the answer key prints without the
 * site's chrome.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, readText, screenshot, seriousViolations, useBrowser } from '../browser/harness.js';

const h = useBrowser();

async function openPanel(page: Page) {
  await page.locator('gd-lesson').waitFor();
  const panel = page.locator('details.use-lesson');
  await panel.locator('summary', { hasText: 'Use this lesson' }).click();
  return panel;
}

const snippetOf = (page: Page, name: string) => page.locator(`.use-block[data-snippet="${name}"]`);

/** Clicks a SCORM button and reads the zip the page downloads. */
async function download(page: Page, label: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  const zip = unzipSync(new Uint8Array(readFileSync(await file.path())));
  return { name: file.suggestedFilename(), zip };
}

const manifestOf = (zip: Record<string, Uint8Array>) =>
  new DOMParser().parseFromString(strFromU8(zip['imsmanifest.xml']!), 'application/xml');

describe('Use this lesson', () => {
  it('gives the iframe and script snippets for this site, each copied by its button', async () => {
    const page = await h.open('#/lesson/bowl', { permissions: ['clipboard-read', 'clipboard-write'] });
    await openPanel(page);
    const iframe = `<iframe
  src="${h.url}player.html?lesson=bowl"
  title="One step down the bowl"
  style="width: 100%; height: 900px; border: 0"
></iframe>
<script type="module" src="${h.url}embed/resize.js"></script>`;
    const script = `<script type="module" src="${h.url}embed/gd-tutor.js"></script>
<gd-lesson src="${h.url}lessons/bowl/0.json"></gd-lesson>`;
    expect(await snippetOf(page, 'iframe').getByRole('textbox').inputValue()).toBe(iframe);
    expect(await snippetOf(page, 'script').getByRole('textbox').inputValue()).toBe(script);

    await snippetOf(page, 'iframe').getByRole('button', { name: 'Copy' }).click();
    await eventually(() => snippetOf(page, 'iframe').getByRole('status').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
    await snippetOf(page, 'script').getByRole('button', { name: 'Copy' }).click();
    await eventually(() => snippetOf(page, 'script').getByRole('status').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'use-this-lesson');
  });

  it('the script snippet is the page a host would write: its lesson and embed script load', async () => {
    const page = await h.open('#/lesson/bowl');
    await openPanel(page);
    const script = await snippetOf(page, 'script').getByRole('textbox').inputValue();
    const urls = [...script.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
    const statuses = await page.evaluate((list) => Promise.all(list.map(async (u) => (await fetch(u)).status)), urls);
    expect(statuses).toEqual([200, 200]);
  });

  it('downloads a SCORM 2004 package made in the browser, its code fetched only on the click', async () => {
    const page = await h.open('#/lesson/bowl');
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await openPanel(page);
    const before = [...scripts];
    const { name, zip } = await download(page, 'Download SCORM 2004');
    expect(name).toBe('bowl-scorm-2004.zip');
    // The learner's page loaded no packaging code; the click fetched it.
    expect(scripts.length).toBeGreaterThan(before.length);
    expect(before.some((s) => /scorm-download/.test(s))).toBe(false);
    expect(scripts.some((s) => /scorm-download/.test(s))).toBe(true);

    const names = Object.keys(zip).sort();
    for (let k = 0; k < 8; k++) expect(names).toContain(`lessons/bowl/${k}.json`);
    // …and each in French, for a learner whose LMS or browser says fr.
    for (let k = 0; k < 8; k++) expect(names).toContain(`lessons/bowl/${k}.fr.json`);
    const manifest = manifestOf(zip);
    expect(manifest.getElementsByTagName('schemaversion')[0]?.textContent).toBe('2004 4th Edition');
    expect(manifest.getElementsByTagName('imsss:minNormalizedMeasure')[0]?.textContent).toBe('0.8');
    const listed = [...Array.from(manifest.getElementsByTagName('file'))].map((f) => f.getAttribute('href')).sort();
    expect(listed).toEqual(names.filter((n) => n !== 'imsmanifest.xml'));

    const launch = strFromU8(zip['index.html']!);
    expect(launch).toContain('<title>One step down the bowl</title>');
    expect(launch).toContain(
      '<script type="application/json" id="gd-player-config">{"lesson":"bowl","scorm":"2004","passing":0.8,"lessons":"lessons/","variants":8,"locales":"fr"}</script>',
    );
    const loaded = [...launch.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((a) => !names.includes(a))).toEqual([]);
    const lesson = JSON.parse(strFromU8(zip['lessons/bowl/0.json']!)) as { id: string; exercises: unknown[] };
    expect([lesson.id, lesson.exercises.length]).toEqual(['bowl', 2]);
    await eventually(() => snippetOf(page, 'scorm').getByRole('status').textContent()).toMatch(
      /^bowl-scorm-2004\.zip: \d+ files, \d+ KB\.$/,
    );
  });

  it('downloads a SCORM 1.2 package with its mastery score', async () => {
    const page = await h.open('#/lesson/bowl');
    await openPanel(page);
    const { name, zip } = await download(page, 'Download SCORM 1.2');
    expect(name).toBe('bowl-scorm-1.2.zip');
    const manifest = manifestOf(zip);
    expect(manifest.getElementsByTagName('schemaversion')[0]?.textContent).toBe('1.2');
    expect(manifest.getElementsByTagName('adlcp:masteryscore')[0]?.textContent).toBe('80');
  });

  it('links a printable answer key: every answer, and on paper none of the site around it', async () => {
    const page = await h.open('#/lesson/bowl');
    await openPanel(page);
    await page.getByRole('link', { name: 'The answer key' }).click();
    await page.getByRole('heading', { level: 1, name: 'One step down the bowl — answer key' }).waitFor();
    expect(await page.title()).toBe('One step down the bowl, answer key — gd-tutor');
    const answers = await page.locator('.key-answer').evaluateAll((ps) => ps.length);
    expect(answers).toBe(11);
    expect(await readText(page.locator('.key-answer').nth(3))).toBe('Answer: $\\left(6, 8\\right)$');
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('nav.crumbs').isVisible()).toBe(false);
    expect(await page.locator('.answer-key h1').isVisible()).toBe(true);
    await screenshot(page, 'answer-key-print');
  });
});
