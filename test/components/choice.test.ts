/**
 * Choice steps in <gd-exercise> (content/concepts.yaml, built): radio buttons for one right option, check boxes for
 * several, answered with the keyboard alone, finger-sized on a 320 px phone, and clean under axe.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  blankPage,
  eventually,
  focused,
  readText,
  screenshot,
  seriousViolations,
  useBrowser,
} from '../browser/harness.js';
import { mountExercise } from '../browser/mount.js';

const h = useBrowser();

const choiceStep = (exercise: Locator) => exercise.locator('li.step[data-step="choice"]');

/** Moves the focus with `key` until the focused option's value is `id` (the options are shuffled per learner). */
async function focusOption(page: Page, id: string, key: string): Promise<void> {
  for (let k = 0; k < 8; k++) {
    const value = await page.evaluate(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return (a as HTMLInputElement | null)?.value;
    });
    if (value === id) return;
    await page.keyboard.press(key);
  }
  throw new Error(`option ${id} never took the focus`);
}

/**
 * The choice step of the concepts lesson's exercise `index` on a blank page, with its four options of `role`
 * under `legend`, the first one focused.
 */
async function choiceOf(index: number, role: 'radio' | 'checkbox', legend: string) {
  const page = await blankPage(h);
  const step = choiceStep(await mountExercise(page, { lesson: 'concepts', index }));
  expect(await step.getByRole(role).count()).toBe(4);
  expect(await readText(step.locator('legend'))).toBe(legend);
  await step.getByRole(role).first().focus();
  return { page, step };
}

describe('a choice step', () => {
  it('one right option: radio buttons, chosen with the arrow keys and checked with Enter on Check', async () => {
    const { page, step } = await choiceOf(0, 'radio', 'Choose one');
    // Arrow keys move the selection among radios; the focused radio is the chosen one.
    await page.keyboard.press('ArrowDown');
    await focusOption(page, 'b', 'ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button "Check"');
    await page.keyboard.press('Enter');
    await eventually(() => readText(step.getByRole('status'))).toBe(
      '✗ Not quite: A differentiable loss always has a single minimum. Not so — $x \\cos x$ is differentiable and has many minima. Differentiability gives the gradient, not a unique minimum.',
    );
    await step.getByRole('radio').first().focus();
    await focusOption(page, 'a', 'ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await eventually(() => readText(step.getByRole('status'))).toBe('✓ Correct. Right.');
    await screenshot(page, 'choice-radio');
  });

  it('several right options: check boxes, toggled with Space; both right is right', async () => {
    const { page, step } = await choiceOf(1, 'checkbox', 'Choose every right answer');
    await focusOption(page, 'a', 'Tab');
    await page.keyboard.press('Space');
    await step.getByRole('checkbox').first().focus();
    await focusOption(page, 'b', 'Tab');
    await page.keyboard.press('Space');
    await step.getByRole('button', { name: 'Check' }).focus();
    await page.keyboard.press('Enter');
    await eventually(() => readText(step.getByRole('status'))).toBe('✓ Correct. Right.');
    expect(await step.getByRole('checkbox', { checked: true }).count()).toBe(2);
  });

  it('on a 320 px phone every option is a target at least 44 px tall and nothing scrolls sideways', async () => {
    const page = await blankPage(h, { viewport: { width: 320, height: 800 }, hasTouch: true, isMobile: true });
    const exercise = await mountExercise(page, { lesson: 'concepts', index: 1 });
    const labels = choiceStep(exercise).locator('fieldset label');
    const heights = await labels.evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height));
    expect(heights).toHaveLength(4);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await choiceStep(exercise).getByRole('checkbox').nth(2).tap();
    expect(await choiceStep(exercise).getByRole('checkbox', { checked: true }).count()).toBe(1);
    await screenshot(page, 'choice-phone');
  });

  it('a set of questions without a function (the saddle points): no plot, the number typed, the choice picked', async () => {
    const page = await blankPage(h);
    const exercise = await mountExercise(page, { lesson: 'concepts', index: 2 });
    const number = exercise.locator('li.step[data-step="number"]');
    await number.getByRole('textbox').fill('2^-10');
    await number.getByRole('button', { name: 'Check' }).click();
    await eventually(() => readText(number.getByRole('status'))).toMatch(/^✓ Correct\./);
    const step = choiceStep(exercise);
    await step.getByRole('radio').first().focus();
    await focusOption(page, 'a', 'ArrowDown');
    await step.getByRole('button', { name: 'Check' }).click();
    await eventually(() => readText(step.getByRole('status'))).toBe('✓ Correct. Right.');
    expect(await exercise.locator('gd-descent-plot, gd-compare-plot, gd-loss-chart').count()).toBe(0);
    // A question's title is its prompt, as plain text (the summary shows titles as they are): no `$d = 10$` source.
    const rows = exercise.locator('.summary th[scope="row"]');
    expect(await rows.count()).toBe(2);
    expect(await readText(rows.first())).toBe(
      'Step 1: With d = 10, what is the probability that every direction curves up, so that the critical point is a minimum? (It is 2⁻ᵈ.)',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'choice-question-set');
  });

  it('has no serious accessibility violations (axe), radios and check boxes alike', async () => {
    const page = await blankPage(h);
    await mountExercise(page, { lesson: 'concepts', index: 1 });
    await mountExercise(page, { lesson: 'concepts', index: 0 });
    await page.locator('gd-exercise').first().locator('fieldset').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
