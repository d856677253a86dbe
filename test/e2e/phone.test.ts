/**
 * A phone and a desktop, in English and French: the bowl lesson worked with a slip and a hint never scrolls the page
 * sideways, and its summary keeps each credit on one line (on a 375 px phone "0.8" used to break into "0." and "8").
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, screenshot, seriousViolations, useBrowser } from '../browser/harness.js';
import { BOWL_RIGHT } from '../tutor/fixtures.js';

const h = useBrowser();

/** Each summary row's credit, and how many lines it takes. */
const credits = (page: Page) =>
  page
    .locator('gd-exercise')
    .first()
    .locator('[part="summary"] td.credit')
    .evaluateAll((cells) =>
      cells.map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return `${td.textContent.trim()} on ${lines.size} line`;
      }),
    );

/** The summary as each language writes it: its heading, and the row of the step with a slip and a hint. */
const SUMMARY = {
  'en-US': {
    heading: 'Exercise complete — Score: 97% (6.8 / 7)',
    row: ['Step 2: ∂J/∂x', '0.8', '1 wrong attempt: −0.1; 1 hint: −0.1'],
    credit: '0.8',
  },
  'fr-FR': {
    heading: 'Exercice terminé — Score : 97 % (6,8 / 7)',
    row: ['Étape 2 : ∂J/∂x', '0,8', '1 essai faux : −0,1 ; 1 indice : −0,1'],
    credit: '0,8',
  },
} as const;

describe.each([
  [375, 'en-US', /^Check$/, /^Hint 1 of 2/],
  [375, 'fr-FR', /^Vérifier$/, /^Indice 1 sur 2/],
  [1280, 'en-US', /^Check$/, /^Hint 1 of 2/],
  [1280, 'fr-FR', /^Vérifier$/, /^Indice 1 sur 2/],
] as const)('the bowl at %i px (%s)', (width, locale, check, hint) => {
  it('fits the screen from the first step to the summary, each credit on one line', async () => {
    const page = await h.open(undefined, { viewport: { width, height: 900 }, locale });
    await page.goto(new URL('#/lesson/bowl', h.url).href);
    const exercise = page.locator('gd-exercise').first();
    const step = (id: string) => exercise.locator(`li.step[data-step="${id}"]`);
    await step('loss').getByRole('textbox').waitFor();
    const pageWidth = () => page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(await pageWidth()).toBe(width);

    for (const [id, text] of BOWL_RIGHT) {
      if (id === 'partial-x') {
        await step(id).getByRole('button', { name: hint }).click();
        await step(id).getByRole('textbox').fill('-2x');
        await step(id).getByRole('button', { name: check }).click();
      }
      await step(id).getByRole('textbox').fill(text);
      await step(id).getByRole('button', { name: check }).click();
    }
    await eventually(() => credits(page)).toEqual([
      '1 on 1 line',
      `${SUMMARY[locale].credit} on 1 line`,
      '1 on 1 line',
      '1 on 1 line',
      '1 on 1 line',
      '1 on 1 line',
      '1 on 1 line',
    ]);
    const summary = exercise.locator('[part="summary"]');
    expect((await summary.getByRole('heading').textContent())?.trim()).toBe(SUMMARY[locale].heading);
    const row = await summary
      .locator('tr')
      .nth(1)
      .locator('th, td')
      .evaluateAll((cells) => cells.map((c) => c.textContent.replace(/\s+/g, ' ').trim()));
    expect(row).toEqual(SUMMARY[locale].row);
    expect(await pageWidth()).toBe(width);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `phone-bowl-summary-${width}-${locale}`);
  });
});
