/**
 * <gd-exercise> in Chromium, on "One step from (3, 4)" of the built bowl lesson: what each kind of verdict looks
 * like in a step's live region, what counts as an attempt, the worked solution once three tries failed, and the
 * French strings.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GdExercise } from '../../components/index.js';
import { blankPage, eventually, readText, screenshot, useBrowser } from '../browser/harness.js';
import { mountExercise } from '../browser/mount.js';

const h = useBrowser();

const step = (exercise: Locator, id: string) => exercise.locator(`li.step[data-step="${id}"]`);

/** The steps' statuses once the first (the loss) is right: the next open, the rest locked. */
const AFTER_THE_LOSS = ['correct', 'open', 'locked', 'locked', 'locked', 'locked', 'locked'];

async function check(exercise: Locator, id: string, text: string): Promise<void> {
  const s = step(exercise, id);
  await s.getByRole('textbox').fill(text);
  await s.getByRole('button', { name: 'Check' }).click();
}

async function says(locator: Locator, expected: string): Promise<void> {
  await eventually(() => readText(locator)).toBe(expected);
}

const statuses = (exercise: Locator) =>
  exercise.locator('li.step').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-status')));

/** Attempts counted per step, as the session behind the element keeps them. */
const attempts = (exercise: Locator) =>
  exercise.evaluate((el) => (el as GdExercise).tutorSession?.view().steps.map((s) => s.attempts));

describe('<gd-exercise>', () => {
  it('Check on an empty box asks for an answer, once, and counts nothing', async () => {
    const page = await blankPage(h);
    const exercise = await mountExercise(page);
    await step(exercise, 'loss').getByRole('button', { name: 'Check' }).click();
    await eventually(() => step(exercise, 'loss').getByRole('status').getAttribute('data-kind')).toBe('empty');
    expect(await readText(step(exercise, 'loss').getByRole('status'))).toBe('… Type an answer first.');
    expect(await attempts(exercise)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(await statuses(exercise)).toEqual(['open', 'locked', 'locked', 'locked', 'locked', 'locked', 'locked']);
    await screenshot(page, 'exercise-empty');
  });

  it('an unreadable answer (2x+) is marked where it fails, explained, and not counted as an attempt', async () => {
    const page = await blankPage(h);
    const exercise = await mountExercise(page);
    const loss = step(exercise, 'loss');
    await check(exercise, 'loss', '2x+');
    await says(loss.getByRole('status'), '? Cannot read this yet. Something is missing after “+”.');
    const preview = loss.locator('[part="preview"]');
    expect(await readText(preview.locator('.mirror'))).toBe('2x+');
    expect(await readText(preview.locator('mark'))).toBe('+');
    expect(await readText(preview.locator('.error'))).toBe('Something is missing after “+”.');
    expect(await loss.getByRole('textbox').getAttribute('aria-invalid')).toBe('true');
    expect(await attempts(exercise)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(await statuses(exercise)).toEqual(['open', 'locked', 'locked', 'locked', 'locked', 'locked', 'locked']);
    await screenshot(page, 'exercise-unreadable');
  });

  it('a wrong answer is "Not right yet", counted, and unlocks the next step (a slip can be carried forward)', async () => {
    const page = await blankPage(h);
    const exercise = await mountExercise(page);
    await check(exercise, 'loss', '26');
    await says(
      step(exercise, 'loss').getByRole('status'),
      // One clear sentence after the verdict, not "Not right yet. Not yet: …".
      '✗ Not right yet. Check your working against the hints.',
    );
    expect(await attempts(exercise)).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(await statuses(exercise)).toEqual(['open', 'open', 'locked', 'locked', 'locked', 'locked', 'locked']);
    await screenshot(page, 'exercise-wrong');
  });

  it('a known mistake is named: −2x for ∂J/∂x is "the sign"', async () => {
    const page = await blankPage(h);
    const exercise = await mountExercise(page);
    await check(exercise, 'loss', '25');
    await check(exercise, 'partial-x', '-2x');
    await says(
      step(exercise, 'partial-x').getByRole('status'),
      '✗ Not quite: the sign. Check the sign of each term: this is the negative of the derivative.',
    );
    expect(await step(exercise, 'partial-x').getByRole('status').getAttribute('data-kind')).toBe('misconception');
    expect(await attempts(exercise)).toEqual([0, 1, 0, 0, 0, 0, 0]);
    await screenshot(page, 'exercise-misconception');
  });

  it('a right answer is "Correct", with why, and the step is marked correct', async () => {
    const page = await blankPage(h);
    const exercise = await mountExercise(page);
    await check(exercise, 'loss', '25');
    await check(exercise, 'partial-x', 'x+x');
    await says(
      step(exercise, 'partial-x').getByRole('status'),
      '✓ Correct. Right: $\\frac{\\partial J}{\\partial x} = 2x$ is how $J$ changes as $x$ alone moves.',
    );
    expect(await statuses(exercise)).toEqual(['correct', 'correct', 'open', 'locked', 'locked', 'locked', 'locked']);
    expect(await attempts(exercise)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    await screenshot(page, 'exercise-correct');
  });

  it('offers the worked solution after three wrong attempts, not before, and shows it', async () => {
    const page = await blankPage(h);
    const exercise = await mountExercise(page);
    const loss = step(exercise, 'loss');
    const showSolution = loss.getByRole('button', { name: 'Show solution' });
    await check(exercise, 'loss', '26');
    await check(exercise, 'loss', '24');
    await eventually(() => attempts(exercise)).toEqual([2, 0, 0, 0, 0, 0, 0]);
    expect(await showSolution.count()).toBe(0);
    await check(exercise, 'loss', '7');
    await eventually(() => showSolution.count()).toBe(1);
    await showSolution.click();
    // The last line states the answer; it is not repeated under it.
    await says(loss.locator('[part="solution"]'), 'Worked solution $J(\\theta_{0}) = 3^{2} + 4^{2} = 25$');
    expect(await statuses(exercise)).toEqual(['revealed', 'open', 'locked', 'locked', 'locked', 'locked', 'locked']);
    expect(await loss.getByRole('textbox').isDisabled()).toBe(true);
    expect(await loss.getByRole('button', { name: 'Check' }).isDisabled()).toBe(true);
    expect(await showSolution.count()).toBe(0);
    await screenshot(page, 'exercise-solution');
  });

  it('offers a settled step’s hints and solution as review, free and labelled so', async () => {
    const page = await blankPage(h);
    const exercise = await mountExercise(page);
    const loss = step(exercise, 'loss');
    expect(await loss.getByRole('button', { name: /^Hint 1 of \d+ \(costs 0\.1\)$/ }).count()).toBe(1);
    await check(exercise, 'loss', '25');
    await eventually(() => statuses(exercise)).toEqual(AFTER_THE_LOSS);
    await loss.getByRole('button', { name: /^Review hint 1 of \d+ \(free\)$/ }).click();
    await loss.getByRole('button', { name: 'Review the solution (free)' }).click();
    await says(loss.locator('[part="solution"]'), 'Worked solution $J(\\theta_{0}) = 3^{2} + 4^{2} = 25$');
    await screenshot(page, 'exercise-review');
  });

  it('speaks French with locale="fr"', async () => {
    const page = await blankPage(h);
    const exercise = await mountExercise(page, { locale: 'fr' });
    const loss = step(exercise, 'loss');
    expect(await readText(loss.getByRole('button', { name: 'Vérifier' }))).toBe('Vérifier');
    expect(await loss.getByRole('textbox', { name: 'Votre réponse à l’étape 1' }).count()).toBe(1);
    expect(await readText(loss.getByRole('button', { name: /^Indice/ }))).toBe('Indice 1 sur 2 (coûte 0,1)');
    expect(await readText(step(exercise, 'partial-x').locator('p.step-label'))).toBe(
      'Terminez d’abord les étapes précédentes.',
    );
    expect(await exercise.getByRole('button', { name: 'Check' }).count()).toBe(0);
    await screenshot(page, 'exercise-fr');
  });

  it('says its saved work could not be restored when the checker does not load, and leaves the work as it was', async () => {
    const page = await blankPage(h, { allowConsoleErrors: /checker|Failed to fetch|503/ });
    const first = await mountExercise(page);
    await check(first, 'loss', '25');
    await eventually(() => statuses(first)).toEqual(AFTER_THE_LOSS);
    const saved = await page.evaluate(() => localStorage.getItem('gd-tutor:v1:bowl:one-step:anonymous'));
    expect(saved).toContain('"text":"25"');
    await page.route(/\/assets\/checker-[\w-]+\.js$/, (route) => route.fulfill({ status: 503, body: '' }));
    await page.reload();
    await page.locator('main h1').waitFor();
    await page.evaluate(() => {
      document.body.replaceChildren();
    });
    const again = await mountExercise(page);
    await eventually(() => again.getByRole('alert').textContent()).toMatch(
      /^Your saved work could not be restored: the answer checker did not load \(.+\)\. Nothing is lost: reload the page to try again\.$/,
    );
    expect(await page.evaluate(() => localStorage.getItem('gd-tutor:v1:bowl:one-step:anonymous'))).toBe(saved);
  });
});
