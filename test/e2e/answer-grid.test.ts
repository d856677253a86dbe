/**
 * The answer grids, by keyboard alone, on a phone and a desktop, in English and French: the iteration table of
 * the one-variable lesson typed cell by cell (a sign slip in the gradient named in its cell and carried into
 * every cell after it, all of it still there after a reload), and the Hessian typed into a matrix grid. The page
 * never scrolls sideways and stays axe-clean; screenshots go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, focused, SCREENSHOTS, seriousViolations, useBrowser } from '../browser/harness.js';

const h = useBrowser();

/** The page's words: the lesson's generated text (the mistake's name among it) is compiled in the page's language. */
const WORDS = {
  'en-US': {
    row: 'Row',
    iterate: 'iterate',
    // One variable: the gradient's column is the derivative J′(θₜ).
    gradient: 'derivative',
    next: 'next iterate',
    grid: 'Type in a grid',
    sign: 'Not quite: the sign.',
    cell: 'row 2, column 1',
  },
  'fr-FR': {
    row: 'Ligne',
    iterate: 'itéré',
    gradient: 'dérivée',
    next: 'itéré suivant',
    grid: 'Saisir dans une grille',
    sign: 'Pas tout à fait : le signe.',
    cell: 'ligne 2, colonne 1',
  },
} as const;

const pageWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

/**
 * The cells whose verdict mark (✓, ✗) is drawn over their box, or that show none: the mark has a space of its own,
 * so a long number (24,04 on a phone) never runs into it.
 */
const marksOverBoxes = (grid: Locator) =>
  grid.locator('td').evaluateAll((tds) =>
    tds.flatMap((td) => {
      const input = td.querySelector('input')!;
      const box = input.getBoundingClientRect();
      const mark = td.querySelector('.mark')?.getBoundingClientRect();
      if (!mark) return [`${input.id}: no mark`];
      const over = mark.left < box.right && mark.right > box.left && mark.top < box.bottom && mark.bottom > box.top;
      return over ? [`${input.id}: mark ${mark.left}–${mark.right} over the box ${box.left}–${box.right}`] : [];
    }),
  );

/** A screenshot of one step (the page is too long to read whole) under test-results/screenshots/. */
async function shoot(step: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await step.screenshot({ path: join(SCREENSHOTS, `grid-${name}.png`) });
}

/** Each cell of the table: its value and the verdict it shows. */
const cells = (table: Locator) =>
  table
    .locator('td')
    .evaluateAll((tds) =>
      tds.map((td) => `${td.querySelector('input')!.value} ${td.getAttribute('data-kind') || '-'}`),
    );

/** Typed into the table, row by row (θₜ, J(θₜ), J′(θₜ), θₜ₊₁): the gradient of row 0 with its sign flipped. */
const TYPED = [
  ['3', '26', '-10', '4'],
  ['4', '37', '12', '2.8'],
  ['2.8', '24.04', '9.6', '1.84'],
];

describe.each([375, 1280])('at %i px', (width) => {
  describe.each(['en-US', 'fr-FR'] as const)('in %s', (locale) => {
    const w = WORDS[locale];
    const decimal = (s: string) => (locale === 'fr-FR' ? s.replace('.', ',') : s);

    it('the iteration table is typed by keyboard alone, a slip named in its cell and carried, kept on reload', async () => {
      const page = await h.open('#/lesson/one-variable', { viewport: { width, height: 900 }, locale });
      const exercise = page.locator('gd-exercise').first();
      const first = exercise.locator('li.step').first().getByRole('textbox');
      await first.focus();
      await page.keyboard.type('2*theta + 4');
      await page.keyboard.press('Enter');
      const table = exercise.getByRole('table', {
        name: locale === 'fr-FR' ? 'Tableau des itérations' : 'Iteration table',
      });
      // Headers: t, then θₜ, J(θₜ), J′(θₜ), θₜ₊₁ as math; a row heading per t.
      expect(await table.locator('thead th').count()).toBe(5);
      expect(await table.locator('tbody th[scope="row"]').allTextContents()).toEqual(['0', '1', '2']);
      // The right derivative sends the focus into the table's first cell.
      await eventually(() => focused(page)).toBe(`input#grid-table-0-0 [${w.row} 0, ${w.iterate}]`);

      for (const [r, row] of TYPED.entries())
        for (const [c, value] of row.entries()) {
          await page.keyboard.type(decimal(value));
          await page.keyboard.press('Enter');
          if (r === 0 && c === 2) {
            // The slip: named in the cell and under the table, and Enter stays on it; Tab goes on.
            await eventually(() => table.locator('td').nth(2).getAttribute('data-kind')).toBe('misconception');
            const detail = exercise.locator('.cell-detail [part="feedback"]');
            await eventually(() => detail.textContent()).toContain(w.sign);
            expect(await focused(page)).toBe(`input#grid-table-0-2 [${w.row} 0, ${w.gradient}]`);
            // The cell's title under the table names it as the lesson does: J′(θ₀), not ∇J(θ₀).
            expect(await exercise.locator('.cell-detail .cell-title').textContent()).toMatch(
              new RegExp(`^\\s*${w.row} 0, J′\\(θ₀\\)\\s*$`),
            );
            await page.keyboard.press('Tab');
          }
        }
      const expected = TYPED.flat().map(
        (v, k) => `${decimal(v)} ${k < 2 ? 'correct' : k === 2 ? 'misconception' : 'carried'}`,
      );
      await eventually(() => cells(table)).toEqual(expected);
      // Arrows move between cells: up from row 2's next iterate to row 1's, left to row 1's gradient.
      await table.locator('input').last().focus();
      await page.keyboard.press('ArrowUp');
      expect(await focused(page)).toBe(`input#grid-table-1-3 [${w.row} 1, ${w.next}]`);
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowLeft');
      expect(await focused(page)).toBe(`input#grid-table-1-2 [${w.row} 1, ${w.gradient}]`);

      expect(await pageWidth(page)).toBe(width);
      expect(await marksOverBoxes(table)).toEqual([]);
      // Even on a phone the table fits its box: no mark is scrolled out of sight.
      expect(await table.evaluate((t) => t.scrollWidth - t.closest('.grid-box')!.clientWidth)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await shoot(exercise.locator('li.table-step'), `table-${width}-${locale}`);

      await page.reload();
      const again = page.locator('gd-exercise').first().getByRole('table').first();
      await eventually(() => cells(again)).toEqual(expected);
    });

    it('a Hessian is typed into a matrix grid by keyboard alone and checked', async () => {
      const page = await h.open('#/lesson/hessian', { viewport: { width, height: 900 }, locale });
      const step = page.locator('gd-exercise').first().locator('li.step').first();
      const toggle = step.getByRole('button', { name: w.grid });
      await toggle.focus();
      await page.keyboard.press('Space');
      await eventually(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(
        `input#grid-hessian-0-0 [${locale === 'fr-FR' ? 'ligne 1, colonne 1' : 'row 1, column 1'}]`,
      );
      // A wrong entry first: the checker names which entry is wrong, in its cell.
      for (const v of ['0.4', '0', '0', '1']) {
        await page.keyboard.type(decimal(v));
        await page.keyboard.press('Enter');
      }
      const grid = step.getByRole('table');
      await eventually(() =>
        grid.locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-kind'))),
      ).toEqual(['correct', 'correct', 'correct', 'incorrect']);
      expect(await marksOverBoxes(grid)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await shoot(step, `matrix-wrong-${width}-${locale}`);
      await page.keyboard.press('Backspace');
      await page.keyboard.type('2');
      await page.keyboard.press('Enter');
      await eventually(() => step.locator('[part="feedback"]').getAttribute('data-kind')).toBe('correct');
      // The text box has the same answer, in the row notation.
      await toggle.focus();
      await page.keyboard.press('Space');
      await eventually(() => step.getByRole('textbox').inputValue()).toBe(`[${decimal('0.4')} 0; 0 2]`);
      expect(await pageWidth(page)).toBe(width);
      expect(await seriousViolations(page)).toEqual([]);
      await shoot(step, `matrix-${width}-${locale}`);
    });
  });
});
