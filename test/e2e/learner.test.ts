/**
 * A learner works "One step from (3, 4)" at #/lesson/bowl in the built site, as a person would: a right loss, the
 * sign slip on ∂J/∂x (named), a hint, the right partials, gradient and norm, the update stepped uphill (named), put
 * right, the new loss, the score with its deductions; then a reload that loses nothing. A second learner does
 * it all by keyboard alone. Every feedback is read from the step's live region (role=status).
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, focused, readText, screenshot, useBrowser } from '../browser/harness.js';

const h = useBrowser();

const LESSON = '#/lesson/bowl';
const STEPS = ['loss', 'partial-x', 'partial-y', 'gradient', 'norm', 'update-0', 'loss-1'];

/** What each live region says, formulas as their TeX (see readText). */
const FEEDBACK = {
  loss: '✓ Correct. Right: this is the loss where descent starts.',
  signOfPartial: '✗ Not quite: the sign. Check the sign of each term: this is the negative of the derivative.',
  partialX: '✓ Correct. Right: $\\frac{\\partial J}{\\partial x} = 2x$ is how $J$ changes as $x$ alone moves.',
  partialY: '✓ Correct. Right: $\\frac{\\partial J}{\\partial y} = 2y$ is how $J$ changes as $y$ alone moves.',
  gradient:
    '✓ Correct. Right: the gradient points uphill, in the direction of steepest ascent, so descent will step against it.',
  norm: "✓ Correct. Right: the gradient's length, $10$, is how steep $J$ is here.",
  signOfUpdate:
    '✗ Not quite: the sign of the update. You stepped uphill: the update subtracts the gradient, $\\theta - \\alpha\\nabla J$, because the gradient points uphill.',
  update: '✓ Correct. Right: the gradient points uphill, so the step goes against it.',
  loss1: '✓ Correct. Right: the loss went from $25$ to $16$.',
};

const FIRST_HINT_X = 'Hold $y$ fixed; $y^2$ is then a constant, and a constant differentiates to 0.';

/** One wrong try and one hint on ∂J/∂x, one wrong try on θ1: 6.7 of 7. */
const SCORE = 'Exercise complete — Score: 96% (6.7 / 7)';
const SCORE_ROWS = [
  ['Step 1: J(θ₀)', '1', 'none'],
  ['Step 2: ∂J/∂x', '0.8', '1 wrong attempt: −0.1; 1 hint: −0.1'],
  ['Step 3: ∂J/∂y', '1', 'none'],
  ['Step 4: ∇J at θ₀', '1', 'none'],
  ['Step 5: ‖∇J‖ at θ₀', '1', 'none'],
  ['Step 6: θ₁', '0.9', '1 wrong attempt: −0.1'],
  ['Step 7: J(θ₁)', '1', 'none'],
];
const FINAL_ANSWERS = ['25', '2x', '2y', '(6, 8)', '10', '(2.4, 3.2)', '16'];

const exerciseOf = (page: Page) => page.locator('gd-exercise').filter({ hasText: 'One step from (3, 4)' });
const stepOf = (page: Page, id: string) => exerciseOf(page).locator(`li.step[data-step="${id}"]`);
const liveRegion = (page: Page, id: string) => stepOf(page, id).getByRole('status');

/** Waits until the text (as readText reads it) is `expected`, and fails showing the last text otherwise. */
async function says(locator: Locator, expected: string): Promise<void> {
  await eventually(() => readText(locator)).toBe(expected);
}

const statuses = (page: Page) =>
  exerciseOf(page)
    .locator('li.step')
    .evaluateAll((steps) => steps.map((s) => s.getAttribute('data-status')));

const boxes = (page: Page) =>
  exerciseOf(page)
    .getByRole('textbox')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

const summaryRows = (page: Page) =>
  exerciseOf(page)
    .locator('[part="summary"] tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent.replace(/\s+/g, ' ').trim())),
    );

async function expectSummary(page: Page): Promise<void> {
  const summary = exerciseOf(page).getByRole('region', { name: 'Summary' });
  await says(summary.getByRole('heading'), SCORE);
  expect(await summaryRows(page)).toEqual(SCORE_ROWS);
}

/** Types into a step's box and presses its Check button, with the mouse. */
async function answer(page: Page, id: string, text: string): Promise<void> {
  const step = stepOf(page, id);
  await step.getByRole('textbox').fill(text);
  await step.getByRole('button', { name: 'Check' }).click();
}

describe('a learner takes one step down the bowl', () => {
  it('works every step with a slip on each sign, sees each named, and finds it all again after a reload', async () => {
    const page = await h.open(LESSON);
    await says(exerciseOf(page).getByRole('heading', { level: 2 }), 'One step from (3, 4)');
    expect(await statuses(page)).toEqual(['open', 'locked', 'locked', 'locked', 'locked', 'locked', 'locked']);
    await screenshot(page, 'learner-01-lesson');

    await answer(page, 'loss', '25');
    await says(liveRegion(page, 'loss'), FEEDBACK.loss);

    await answer(page, 'partial-x', '-2x');
    await says(liveRegion(page, 'partial-x'), FEEDBACK.signOfPartial);
    expect(await statuses(page)).toEqual(['correct', 'open', 'open', 'locked', 'locked', 'locked', 'locked']);
    await screenshot(page, 'learner-02-sign-of-partial');

    const step2 = stepOf(page, 'partial-x');
    await step2.getByRole('button', { name: 'Hint 1 of 2 (costs 0.1)' }).click();
    const hints = step2.getByRole('list', { name: 'Hint' }).getByRole('listitem');
    await eventually(() => hints.count()).toBe(1);
    expect(await readText(hints.first())).toBe(FIRST_HINT_X);
    await says(step2.getByRole('button', { name: /^Hint/ }), 'Hint 2 of 2 (costs 0.1)');
    await screenshot(page, 'learner-03-hint');

    await answer(page, 'partial-x', '2x');
    await says(liveRegion(page, 'partial-x'), FEEDBACK.partialX);
    await answer(page, 'partial-y', '2y');
    await says(liveRegion(page, 'partial-y'), FEEDBACK.partialY);
    await answer(page, 'gradient', '(6, 8)');
    await says(liveRegion(page, 'gradient'), FEEDBACK.gradient);
    await answer(page, 'norm', '10');
    await says(liveRegion(page, 'norm'), FEEDBACK.norm);

    await answer(page, 'update-0', '(3.6, 4.8)');
    await says(liveRegion(page, 'update-0'), FEEDBACK.signOfUpdate);
    await screenshot(page, 'learner-04-sign-of-update');

    await answer(page, 'update-0', '(2.4, 3.2)');
    await says(liveRegion(page, 'update-0'), FEEDBACK.update);
    await answer(page, 'loss-1', '16');
    await says(liveRegion(page, 'loss-1'), FEEDBACK.loss1);
    await expectSummary(page);
    expect(await statuses(page)).toEqual(STEPS.map(() => 'correct'));
    await screenshot(page, 'learner-05-summary');

    await page.reload();
    await says(exerciseOf(page).getByRole('heading', { level: 2 }), 'One step from (3, 4)');
    await expectSummary(page);
    expect(await statuses(page)).toEqual(STEPS.map(() => 'correct'));
    expect(await boxes(page)).toEqual(FINAL_ANSWERS);
    expect(await readText(stepOf(page, 'partial-x').getByRole('list', { name: 'Hint' }))).toBe(FIRST_HINT_X);
    await says(liveRegion(page, 'update-0'), FEEDBACK.update);
    await screenshot(page, 'learner-06-after-reload');
  }, 90_000);

  it('does the same by keyboard alone: Tab to the box, type, Enter checks, focus moves on when right', async () => {
    const page = await h.open(LESSON);
    await says(exerciseOf(page).getByRole('heading', { level: 2 }), 'One step from (3, 4)');
    const press = async (key: string, then: string) => {
      await page.keyboard.press(key);
      await eventually(() => focused(page)).toBe(then);
    };
    const box = (n: number) => `input [Your answer to step ${n}]`;
    /** Types an answer (replacing what the box holds) and presses Enter in the box. */
    const enter = async (text: string) => {
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };

    // The plots arrive once the browser is idle (they are loaded and drawn after the first answer box).
    await page.locator('gd-exercise').first().locator('gd-descent-plot details > summary').waitFor();
    await press('Tab', 'a "Skip to content"');
    await press('Enter', 'main#main');
    await press('Tab', 'a "← All lessons"');
    // The plot's text alternative (a table of the iterates) is one keyboard stop before the first step.
    await press('Tab', 'summary');
    await press('Tab', box(1));
    await screenshot(page, 'keyboard-01-first-box');

    await enter('25');
    await says(liveRegion(page, 'loss'), FEEDBACK.loss);
    await eventually(() => focused(page)).toBe(box(2));

    await enter('-2x');
    await says(liveRegion(page, 'partial-x'), FEEDBACK.signOfPartial);
    expect(await focused(page)).toBe(box(2));
    await screenshot(page, 'keyboard-02-sign-of-partial');

    await press('Tab', 'button "Check"');
    await press('Tab', 'button "Hint 1 of 2 (costs 0.1)"');
    await page.keyboard.press('Enter');
    const hints = stepOf(page, 'partial-x').getByRole('list', { name: 'Hint' });
    await says(hints, FIRST_HINT_X);
    await eventually(() => focused(page)).toBe('button "Hint 2 of 2 (costs 0.1)"');
    await screenshot(page, 'keyboard-03-hint');

    await press('Shift+Tab', 'button "Check"');
    await press('Shift+Tab', box(2));
    await enter('2x');
    await says(liveRegion(page, 'partial-x'), FEEDBACK.partialX);
    await eventually(() => focused(page)).toBe(box(3));
    await enter('2y');
    await says(liveRegion(page, 'partial-y'), FEEDBACK.partialY);
    await eventually(() => focused(page)).toBe(box(4));
    await enter('(6, 8)');
    await says(liveRegion(page, 'gradient'), FEEDBACK.gradient);
    await eventually(() => focused(page)).toBe(box(5));
    await enter('10');
    await says(liveRegion(page, 'norm'), FEEDBACK.norm);
    await eventually(() => focused(page)).toBe(box(6));

    await enter('(3.6, 4.8)');
    await says(liveRegion(page, 'update-0'), FEEDBACK.signOfUpdate);
    expect(await focused(page)).toBe(box(6));
    await screenshot(page, 'keyboard-04-sign-of-update');

    await enter('(2.4, 3.2)');
    await says(liveRegion(page, 'update-0'), FEEDBACK.update);
    await eventually(() => focused(page)).toBe(box(7));
    await enter('16');
    await says(liveRegion(page, 'loss-1'), FEEDBACK.loss1);
    await expectSummary(page);
    expect(await statuses(page)).toEqual(STEPS.map(() => 'correct'));
    expect(await boxes(page)).toEqual(FINAL_ANSWERS);
    await screenshot(page, 'keyboard-05-summary');
  }, 90_000);
});
