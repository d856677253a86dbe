/**
 * Every part of a lesson carries the language it is written in, so a screen reader pronounces it right: on a
 * French `<gd-lesson>`, the elements' own words are French, the text compiled into the lesson is in the language
 * it was compiled in, and the teacher's prose (title, introduction, exercise titles, the hints the teacher wrote)
 * in the lesson's own. Given a lesson compiled in another language than its locale, the element warns once in the
 * console, naming the file to load instead.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blankPage, eventually, readText, screenshot, useBrowser } from '../browser/harness.js';

const h = useBrowser();

/** A French <gd-lesson> on `src`, and the console warnings the page gives from now on. */
async function frenchLesson(page: Page, src: string): Promise<{ lesson: Locator; warnings: string[] }> {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.evaluate((url) => {
    const el = document.createElement('gd-lesson');
    el.setAttribute('locale', 'fr');
    el.setAttribute('src', url);
    document.body.append(el);
  }, src);
  const lesson = page.locator('gd-lesson');
  await lesson.locator('gd-exercise').first().locator('li.step').first().waitFor();
  return { lesson, warnings };
}

const lang = (l: Locator) => l.first().getAttribute('lang');

describe('<gd-lesson locale="fr"> and the languages of its parts', () => {
  it('an English lesson compiled in French: engine words fr, the teacher’s prose en, the buttons fr', async () => {
    const page = await blankPage(h);
    const { lesson, warnings } = await frenchLesson(page, 'lessons/bowl/0.fr.json');
    const exercise = lesson.locator('gd-exercise').first();
    const loss = exercise.locator('li.step[data-step="loss"]');
    expect(await lang(lesson.locator('h1'))).toBe('en');
    expect(await lang(lesson.locator('.intro'))).toBe('en');
    expect(await lang(lesson.locator('[part="progress"]'))).toBe('fr');
    expect(await lang(exercise.locator('article'))).toBe('fr');
    expect(await lang(exercise.locator('h2'))).toBe('en'); // "One step from (3, 4)", the teacher's
    expect(await lang(exercise.locator('.statement'))).toBe('fr'); // the engine's statement
    expect(await lang(loss.locator('.prompt'))).toBe('fr');
    expect(await readText(loss.locator('.prompt'))).toBe(
      'Que vaut $J$ en $\\theta_{0} = \\left(3 ; 4\\right)$ ? Donnez les nombres avec au moins 3 chiffres significatifs.',
    );
    await loss.locator('[part="hint-button"]').click();
    await eventually(() => lang(loss.locator('[part="hints"]'))).toBe('en'); // the teacher's hints
    await loss.getByRole('textbox').fill('25');
    await loss.getByRole('button', { name: 'Vérifier' }).click();
    const feedback = loss.locator('[part="feedback"] span[lang]');
    await eventually(() => readText(feedback)).toBe('Juste : c’est la perte au point de départ de la descente.');
    expect(await lang(feedback)).toBe('fr');
    expect(warnings).toEqual([]);
    await screenshot(page, 'lesson-languages-compiled-fr');
  });

  it('the English compile under locale="fr": its compiled text marked en, and one warning naming the file', async () => {
    const page = await blankPage(h);
    const { lesson, warnings } = await frenchLesson(page, 'lessons/bowl/0.json');
    const exercise = lesson.locator('gd-exercise').first();
    const loss = exercise.locator('li.step[data-step="loss"]');
    expect(await lang(exercise.locator('article'))).toBe('fr');
    expect(await lang(exercise.locator('.statement'))).toBe('en');
    expect(await lang(loss.locator('.prompt'))).toBe('en');
    expect(await readText(loss.locator('.prompt'))).toBe(
      'What is $J$ at $\\theta_{0} = \\left(3, 4\\right)$? Give numbers to at least 3 significant figures.',
    );
    expect(await readText(loss.getByRole('button', { name: 'Vérifier' }))).toBe('Vérifier');
    // Re-rendered (progress, another attribute): still said once.
    await lesson.evaluate((el) => {
      el.setAttribute('learner', 'ada');
    });
    await eventually(() => lang(lesson.locator('gd-exercise').first().locator('article'))).toBe('fr');
    expect(warnings).toEqual([
      'gd-tutor: <gd-lesson locale="fr"> shows the lesson “bowl” compiled in en (lessons/bowl/0.json): its prompts, hints and worked solutions are in en while the buttons and messages are in fr. To show it all in fr, load lessons/bowl/0.fr.json (the site writes lessons/<id>/<variant>.<locale>.json for every language); or drop locale to use the lesson\'s language.',
    ]);
  });
});
