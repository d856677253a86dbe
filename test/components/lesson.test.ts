/**
 * <gd-lesson> in Chromium: a compiled lesson given as a property; a `src` whose JSON is a lesson's issues (the
 * list is shown instead of a blank page); a `src` that fails to load.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledLesson } from '../../src/content/index.js';
import { blankPage, eventually, readText, screenshot, useBrowser } from '../browser/harness.js';
import { mountLesson } from '../browser/mount.js';

const h = useBrowser();

const ISSUES = [
  'content/broken.yaml:3:5: “function” is missing: write the function to minimise, e.g. function: x^2 + y^2.',
  'content/broken.yaml:9:11: learning_rate must be a positive number, not -0.1.',
];

describe('<gd-lesson>', () => {
  it('shows a lesson given as the `lesson` property: title, progress, one <gd-exercise> per exercise', async () => {
    const page = await blankPage(h);
    const lesson = await mountLesson(page);
    await page.evaluate(async () => {
      const compiled = (await (await fetch('lessons/bowl/0.json')).json()) as CompiledLesson;
      document.querySelector('gd-lesson')!.lesson = compiled;
    });
    await eventually(() => readText(lesson.getByRole('heading', { level: 1 }))).toBe('One step down the bowl');
    expect(await lesson.locator('gd-exercise').getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'One step from (3, 4)',
      'One step from a point of your own',
    ]);
    const progress = lesson.locator('[part="progress"]');
    expect(await readText(progress)).toBe('0 of 2 exercises complete');
    expect(
      await progress
        .getByRole('progressbar')
        .evaluate((p) => [(p as HTMLProgressElement).value, (p as HTMLProgressElement).max]),
    ).toEqual([0, 2]);
    await screenshot(page, 'lesson-property');
  });

  it('speaks the lesson’s own language when no locale is given, and the locale attribute overrides it', async () => {
    const page = await blankPage(h);
    await page.evaluate(async () => {
      const compiled = (await (await fetch('lessons/bowl/0.json')).json()) as CompiledLesson;
      const el = document.createElement('gd-lesson');
      el.lesson = { ...compiled, language: 'fr' };
      document.body.append(el);
    });
    const lesson = page.locator('gd-lesson');
    const progress = lesson.locator('[part="progress"] span');
    await eventually(() => readText(progress)).toBe('0 exercice terminé sur 2');
    const check = lesson.locator('gd-exercise').first().getByRole('button', { name: 'Vérifier' }).first();
    expect(await check.count()).toBe(1);
    await lesson.evaluate((el) => {
      el.setAttribute('locale', 'en');
    });
    await eventually(() => readText(progress)).toBe('0 of 2 exercises complete');
    await lesson.evaluate((el) => {
      el.removeAttribute('locale');
    });
    await eventually(() => readText(progress)).toBe('0 exercice terminé sur 2');
  });

  it('lists the issues when its src answers {issues: [...]}', async () => {
    const page = await blankPage(h);
    await page.route('**/broken/0.json', (route) => route.fulfill({ json: { issues: ISSUES } }));
    const lesson = await mountLesson(page);
    await lesson.evaluate((el) => {
      el.setAttribute('src', 'lessons/broken/0.json');
    });
    const alert = lesson.getByRole('alert');
    await eventually(() => readText(alert.locator('p'))).toBe('This lesson has errors:');
    expect(await alert.getByRole('listitem').allTextContents()).toEqual(ISSUES);
    expect(await lesson.locator('gd-exercise').count()).toBe(0);
    await screenshot(page, 'lesson-issues');
  });

  it('says why when its src cannot be loaded', async () => {
    const page = await blankPage(h, { allowConsoleErrors: /Failed to load resource.*404/ });
    const lesson = await mountLesson(page);
    await lesson.evaluate((el) => {
      el.setAttribute('src', 'lessons/no-such-lesson/0.json');
    });
    await eventually(() => readText(lesson.getByRole('alert'))).toBe('The lesson could not be loaded: 404 Not Found');
  });
});
