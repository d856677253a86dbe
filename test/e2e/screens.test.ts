/**
 * Learners bring their own screens and languages: the lesson with a choice step (concepts) and the one with a matrix
 * answer (hessian), each worked to a verdict and a hint, never scroll the page sideways and stay axe-clean on a
 * 320 px and a 375 px phone and a 1280 px desktop, in English and French. Screenshots at 375 and 1280 px.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, screenshot, seriousViolations, useBrowser } from '../browser/harness.js';

const h = useBrowser();

const WORDS = {
  'en-US': { check: /^Check$/, hint: /^Hint 1 of/, caption: /^(Graph of|Contour map of) / },
  'fr-FR': { check: /^Vérifier$/, hint: /^Indice 1 sur/, caption: /^(Graphe de|Courbes de niveau de) / },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

/** A wrong answer to each lesson's first step, checked. */
const LESSONS: Record<string, (step: Locator, words: Words) => Promise<void>> = {
  concepts: async (step, words) => {
    await step.getByRole('radio', { name: /single minimum/ }).check();
    await step.getByRole('button', { name: words.check }).click();
  },
  hessian: async (step, words) => {
    await step.getByRole('textbox').fill('[[0.4, 0], [0, 1]]');
    await step.getByRole('button', { name: words.check }).click();
  },
};

const pageWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

describe.each([320, 375, 1280])('at %i px', (width) => {
  describe.each(['en-US', 'fr-FR'] as const)('in %s', (locale) => {
    it.each(Object.keys(LESSONS))('the %s lesson fits, worked to a verdict and a hint, axe-clean', async (id) => {
      const words = WORDS[locale];
      const page = await h.open(`#/lesson/${id}`, { viewport: { width, height: 900 }, locale });
      const step = page.locator('gd-exercise').first().locator('li.step').first();
      await step.getByRole('button', { name: words.check }).waitFor();
      expect(await pageWidth(page)).toBe(width);
      // The plot's caption and sentences speak the page's language too.
      const caption = page.locator('gd-descent-plot').first().locator('[part="caption"]');
      await eventually(() => caption.textContent()).toMatch(words.caption);

      await LESSONS[id]!(step, words);
      await eventually(() => step.locator('[part="feedback"]').getAttribute('data-kind')).toMatch(
        /^(incorrect|misconception)$/,
      );
      await step.getByRole('button', { name: words.hint }).click();
      await step.locator('[part="hints"] li').first().waitFor();

      expect(await pageWidth(page)).toBe(width);
      expect(await seriousViolations(page)).toEqual([]);
      if (width !== 320) await screenshot(page, `screens-${id}-${width}-${locale}`);
    });
  });
});
