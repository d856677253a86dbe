/**
 * <gd-math-input> in Chromium: the "Read as" preview in MathML, the unreadable part marked, the value and
 * validity in its form (form-associated through ElementInternals), and the math keys typing at the caret.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blankPage, eventually, readText, screenshot, useBrowser } from '../browser/harness.js';
import { mountMathInput } from '../browser/mount.js';

const h = useBrowser();

const MATHML = 'http://www.w3.org/1998/Math/MathML';

/** What the form would submit for `name`, and whether it would submit at all. */
const formState = (page: Page, name: string) =>
  page.evaluate((field) => {
    const form = document.querySelector<HTMLFormElement>('#form')!;
    return { value: new FormData(form).get(field), valid: form.checkValidity() };
  }, name);

describe('<gd-math-input>', () => {
  it('previews 2x as it was read, in MathML', async () => {
    const page = await blankPage(h);
    const input = await mountMathInput(page, 'partial');
    await input.getByRole('textbox', { name: 'Your answer' }).pressSequentially('2x');
    const preview = input.locator('[part="preview"]');
    await eventually(() => readText(preview)).toBe('Read as $2x$');
    expect(await preview.locator('math').evaluateAll((ms) => ms.map((m) => m.namespaceURI))).toEqual([MATHML]);
    expect(await input.getByRole('textbox').getAttribute('aria-invalid')).toBe('false');
    await screenshot(page, 'math-input-read-as');
  });

  it('marks the part it cannot read (2x+) and says why', async () => {
    const page = await blankPage(h);
    const input = await mountMathInput(page, 'partial');
    const box = input.getByRole('textbox', { name: 'Your answer' });
    await box.pressSequentially('2x+');
    const preview = input.locator('[part="preview"]');
    await eventually(() => readText(preview.locator('mark'))).toBe('+');
    expect(await readText(preview.locator('.mirror'))).toBe('2x+');
    expect(await readText(preview.locator('.error'))).toBe('Something is missing after +.');
    expect(await preview.locator('math').count()).toBe(0);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'math-input-unreadable');
  });

  it('is a form field: FormData has the typed value, and 2x+ makes the form invalid', async () => {
    const page = await blankPage(h);
    const input = await mountMathInput(page, 'partial');
    const box = input.getByRole('textbox', { name: 'Your answer' });
    await box.pressSequentially('2x');
    await eventually(() => formState(page, 'partial')).toEqual({ value: '2x', valid: true });
    await box.pressSequentially('+');
    await eventually(() => formState(page, 'partial')).toEqual({ value: '2x+', valid: false });
    await box.press('Backspace');
    await eventually(() => formState(page, 'partial')).toEqual({ value: '2x', valid: true });
  });

  it('math keys type at the caret and leave it after what they typed', async () => {
    const page = await blankPage(h);
    const input = await mountMathInput(page, 'update');
    const box = input.getByRole('textbox', { name: 'Your answer' });
    await box.pressSequentially('xy');
    await box.press('ArrowLeft');
    const keys = input.getByRole('group', { name: 'Math keys' });
    await keys.locator('button', { hasText: '·' }).click();
    await eventually(() => box.inputValue()).toBe('x·y');
    await eventually(() =>
      box.evaluate((el) => [(el as HTMLInputElement).selectionStart, document.activeElement?.localName]),
    ).toEqual([2, 'gd-math-input']);
    await page.keyboard.type('2');
    await keys.locator('button', { hasText: 'θ' }).click();
    await eventually(() => box.inputValue()).toBe('x·2θy');
    expect(await input.evaluate((el) => (el as HTMLInputElement).value)).toBe('x·2θy');
    await eventually(() => formState(page, 'update')).toEqual({ value: 'x·2θy', valid: true });
  });
});
