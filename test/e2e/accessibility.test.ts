/**
 * axe-core on the built site, shadow roots included, in each state a learner meets: the index, a lesson, a
 * lesson after feedback and a hint, a finished exercise with its summary, and every lesson of lessons/index.json.
 * No violation of impact serious or critical is allowed; a failure lists each one with where it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LessonEntry } from '../../app/site.js';
import { eventually, readText, screenshot, seriousViolations, useBrowser } from '../browser/harness.js';
import { isCourseFile, loadCourse } from '../../src/content/course.js';
import { BOWL_RIGHT } from '../tutor/fixtures.js';

const h = useBrowser();

const CONTENT = resolve(import.meta.dirname, '../../content');
const LESSON_FILES = readdirSync(CONTENT)
  .filter((f) => ['.yaml', '.yml'].includes(extname(f)) && !isCourseFile(f))
  .map((f) => basename(f, extname(f)))
  .sort();

const bowl = (page: Page) => page.locator('gd-exercise').filter({ hasText: 'One step from (3, 4)' });

async function answer(page: Page, step: string, text: string): Promise<void> {
  const s = bowl(page).locator(`li.step[data-step="${step}"]`);
  await s.getByRole('textbox').fill(text);
  await s.getByRole('button', { name: 'Check' }).click();
  await eventually(() => s.getByRole('status').getAttribute('data-kind')).not.toBe('');
}

describe('accessibility (axe-core, serious and critical)', () => {
  it('the index of lessons, in the units of content/course.yaml', async () => {
    const page = await h.open('#/');
    await eventually(() => page.locator('.lessons > li').count()).toBe(LESSON_FILES.length);
    const course = loadCourse('course.yaml', readFileSync(join(CONTENT, 'course.yaml'), 'utf8'), LESSON_FILES).course!;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(course.title);
    expect((await page.locator('section.unit > h2').allTextContents()).map((t) => t.trim())).toEqual(
      course.units.map((u, k) => `Unit ${k + 1}: ${u.title}`),
    );
    const links = await page.locator('.lessons > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(course.units.flatMap((u) => u.lessons).map((id) => `#/lesson/${id}`));
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the bowl lesson: fresh, after feedback and a hint, and with the summary', async () => {
    const page = await h.open('#/lesson/bowl');
    await bowl(page).locator('li.step').first().waitFor();
    expect(await seriousViolations(page), 'fresh lesson').toEqual([]);

    await answer(page, 'loss', '25');
    await answer(page, 'partial-x', '-2x');
    const partialX = bowl(page).locator('li.step[data-step="partial-x"]');
    await partialX.getByRole('button', { name: /^Hint 1 of/ }).click();
    await partialX.getByRole('list', { name: 'Hint' }).waitFor();
    await screenshot(page, 'a11y-after-feedback');
    expect(await seriousViolations(page), 'after feedback').toEqual([]);

    // The rest answered right (the loss is already).
    for (const [step, text] of BOWL_RIGHT.slice(1)) await answer(page, step, text);
    const summary = bowl(page).getByRole('region', { name: 'Summary' });
    await eventually(() => readText(summary.getByRole('heading'))).toBe('Exercise complete — Score: 97% (6.8 / 7)');
    await screenshot(page, 'a11y-summary');
    expect(await seriousViolations(page), 'summary').toEqual([]);
  }, 60_000);

  it('every lesson in lessons/index.json', async () => {
    const entries = (await (await fetch(new URL('lessons/index.json', h.url))).json()) as LessonEntry[];
    expect(entries.map((e) => e.id).sort()).toEqual(LESSON_FILES);
    const page = await h.open();
    const found: Record<string, string[]> = {};
    for (const { id, title } of entries) {
      await page.goto(new URL(`#/lesson/${id}`, h.url).href);
      await eventually(() => readText(page.locator('gd-lesson h1'))).toBe(title);
      await page.locator('gd-exercise li.step').first().waitFor();
      found[id] = await seriousViolations(page);
    }
    expect(found).toEqual(Object.fromEntries(entries.map((e) => [e.id, []])));
  }, 90_000);
});
