/**
 * The events a host page scores from. The exercise sits inside another element's shadow root, as in an LMS
 * widget, and the listeners are on `document`: an event gets there only if it bubbles and is composed.
 */
import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { blankPage, eventually, useBrowser } from '../browser/harness.js';
import { mountExercise } from '../browser/mount.js';

const h = useBrowser();

interface Heard {
  readonly type: string;
  readonly detail: unknown;
  readonly bubbles: boolean;
  readonly composed: boolean;
  /** The target as `document` sees it: the shadow host the event came out of. */
  readonly target: string;
}

async function check(exercise: Locator, id: string, text: string): Promise<void> {
  const s = exercise.locator(`li.step[data-step="${id}"]`);
  await s.getByRole('textbox').fill(text);
  await s.getByRole('button', { name: 'Check' }).click();
}

const graded = (
  step: string,
  verdict: string,
  answer: string,
  credit: number,
  score: number,
  misconception?: string,
) => ({
  type: 'gd-graded',
  detail: { exercise: 'one-step', step, verdict, ...(misconception ? { misconception } : {}), answer, credit, score },
  bubbles: true,
  composed: true,
  target: 'div#host',
});

it('gd-graded, gd-hint-shown, gd-solution-shown and gd-exercise-completed reach document, with their details', async () => {
  const page = await blankPage(h);
  await page.evaluate(() => {
    const heard: Heard[] = [];
    (window as unknown as { heard: Heard[] }).heard = heard;
    for (const type of ['gd-graded', 'gd-hint-shown', 'gd-solution-shown', 'gd-exercise-completed'])
      document.addEventListener(type, (e) => {
        const target = e.target as Element;
        heard.push({
          type,
          detail: (e as CustomEvent).detail,
          bubbles: e.bubbles,
          composed: e.composed,
          target: `${target.localName}${target.id ? `#${target.id}` : ''}`,
        });
      });
  });
  const exercise = await mountExercise(page, { inShadowRoot: true });
  const heard = () => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard.length);

  const loss = exercise.locator('li.step[data-step="loss"]');
  await check(exercise, 'loss', '26');
  await loss.getByRole('button', { name: /^Hint 1 of 2/ }).click();
  await check(exercise, 'loss', '24');
  await check(exercise, 'loss', '7');
  await loss.getByRole('button', { name: 'Show solution' }).click();
  await check(exercise, 'partial-x', '-2x');
  await check(exercise, 'partial-x', '2x');
  await check(exercise, 'partial-y', '2y');
  await check(exercise, 'gradient', '(6, 8)');
  await check(exercise, 'norm', '10');
  await check(exercise, 'update-0', '(2.4, 3.2)');
  await check(exercise, 'loss-1', '16');
  await eventually(heard).toBe(13);

  expect(await page.evaluate(() => (window as unknown as { heard: Heard[] }).heard)).toEqual([
    graded('loss', 'incorrect', '26', 0, 0),
    {
      type: 'gd-hint-shown',
      detail: { exercise: 'one-step', step: 'loss', index: 1, of: 2, cost: 0.1 },
      bubbles: true,
      composed: true,
      target: 'div#host',
    },
    graded('loss', 'incorrect', '24', 0, 0),
    graded('loss', 'incorrect', '7', 0, 0),
    {
      type: 'gd-solution-shown',
      detail: { exercise: 'one-step', step: 'loss' },
      bubbles: true,
      composed: true,
      target: 'div#host',
    },
    graded('partial-x', 'misconception', '-2x', 0, 0, 'sign'),
    graded('partial-x', 'correct', '2x', 0.9, 0.129),
    graded('partial-y', 'correct', '2y', 1, 0.271),
    graded('gradient', 'correct', '(6, 8)', 1, 0.414),
    graded('norm', 'correct', '10', 1, 0.557),
    graded('update-0', 'correct', '(2.4, 3.2)', 1, 0.7),
    graded('loss-1', 'correct', '16', 1, 0.843),
    {
      type: 'gd-exercise-completed',
      detail: { exercise: 'one-step', score: 0.843, earned: 5.9, possible: 7 },
      bubbles: true,
      composed: true,
      target: 'div#host',
    },
  ]);
}, 60_000);
