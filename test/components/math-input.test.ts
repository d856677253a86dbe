/**
 * <gd-math-input> in Chromium: the "Read as" preview in MathML, the unreadable part marked, the value and
 * validity in its form (form-associated through ElementInternals), and the math keys typing at the caret.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blankPage, eventually, readText, screenshot, seriousViolations, useBrowser } from '../browser/harness.js';
import { mountMathInput, type MathInputOptions } from '../browser/mount.js';

const h = useBrowser();

const MATHML = 'http://www.w3.org/1998/Math/MathML';

/** What the form would submit for `name`, and whether it would submit at all. */
const formState = (page: Page, name: string) =>
  page.evaluate((field) => {
    const form = document.querySelector<HTMLFormElement>('#form')!;
    return { value: new FormData(form).get(field), valid: form.checkValidity() };
  }, name);

/** A fresh <gd-math-input> named `name` in a form, with `text` typed into it. */
async function typedInto(name: string, text: string, options: MathInputOptions = {}) {
  const page = await blankPage(h);
  const input = await mountMathInput(page, name, options);
  const box = input.getByRole('textbox', { name: 'Your answer' });
  await box.pressSequentially(text);
  return { page, input, box };
}

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
    const { page, input, box } = await typedInto('partial', '2x+');
    const preview = input.locator('[part="preview"]');
    await eventually(() => readText(preview.locator('mark'))).toBe('+');
    expect(await readText(preview.locator('.mirror'))).toBe('2x+');
    expect(await readText(preview.locator('.error'))).toBe('Something is missing after “+”.');
    expect(await preview.locator('math').count()).toBe(0);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'math-input-unreadable');
  });

  it('is a form field: FormData has the typed value, and 2x+ makes the form invalid', async () => {
    const { page, box } = await typedInto('partial', '2x');
    await eventually(() => formState(page, 'partial')).toEqual({ value: '2x', valid: true });
    await box.pressSequentially('+');
    await eventually(() => formState(page, 'partial')).toEqual({ value: '2x+', valid: false });
    await box.press('Backspace');
    await eventually(() => formState(page, 'partial')).toEqual({ value: '2x', valid: true });
  });

  it('math keys type at the caret and leave it after what they typed', async () => {
    const { page, input, box } = await typedInto('update', 'xy', { variables: ['x', 'y', 'theta'] });
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

  it('on a French page says why it cannot read in French, and names its keys in French; η where the lesson writes η', async () => {
    const { page, input, box } = await typedInto('partial', '2x+', { locale: 'fr', rateSymbol: 'η' });
    const preview = input.locator('[part="preview"]');
    await eventually(() => readText(preview.locator('.error'))).toBe('Il manque quelque chose après « + ».');
    for (const [typed, message] of [
      ['(6 ; 8', 'Cette parenthèse n’est jamais fermée.'],
      ['x^', 'Il manque quelque chose après « ^ ».'],
    ] as const) {
      await box.fill(typed);
      await eventually(() => readText(preview.locator('.error'))).toBe(message);
    }
    const keys = input.getByRole('group', { name: 'Touches mathématiques' });
    // Each key's name is its title (what a screen reader adds to the symbol it shows, and the tooltip).
    expect(await keys.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('title')))).toEqual([
      'au carré',
      'puissance',
      'racine carrée',
      'êta',
      'dérivée partielle',
      'parenthèse ouvrante',
      'parenthèse fermante',
      'moins',
      'fois',
    ]);
    await keys.getByTitle('êta').click();
    await eventually(() => box.inputValue()).toBe('x^η');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'math-input-fr');
  });

  it('form.reset() restores the value the page gave (its value attribute) and clears the unreadable mark', async () => {
    const { page, input, box } = await typedInto('partial', '2x+');
    await eventually(() => formState(page, 'partial')).toEqual({ value: '2x+', valid: false });
    expect(await box.getAttribute('aria-invalid')).toBe('true');

    await page.evaluate(() => {
      document.querySelector<HTMLFormElement>('#form')!.reset();
    });
    await eventually(() => box.inputValue()).toBe('');
    expect(await formState(page, 'partial')).toEqual({ value: '', valid: true });
    expect(await box.getAttribute('aria-invalid')).toBe('false');
    expect(await readText(input.locator('[part="preview"]'))).toBe('');

    await input.evaluate((el) => {
      el.setAttribute('value', 'y^2');
    });
    await box.fill('3x');
    await eventually(() => formState(page, 'partial')).toEqual({ value: '3x', valid: true });
    await page.evaluate(() => {
      document.querySelector<HTMLFormElement>('#form')!.reset();
    });
    await eventually(() => box.inputValue()).toBe('y^2');
    expect(await formState(page, 'partial')).toEqual({ value: 'y^2', valid: true });
    await eventually(() => readText(input.locator('[part="preview"]'))).toBe('Read as $y^{2}$');
  });

  it('a disabled <fieldset> around it disables the box and its keys, and the form leaves it out', async () => {
    const { page, input, box } = await typedInto('partial', '2x');
    const keys = input.getByRole('group', { name: 'Math keys' }).locator('button');
    await page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('#form')!;
      const fieldset = document.createElement('fieldset');
      fieldset.append(...form.childNodes);
      form.append(fieldset);
      fieldset.disabled = true;
    });
    await eventually(() => box.isDisabled()).toBe(true);
    expect(await keys.evaluateAll((bs) => bs.every((b) => (b as HTMLButtonElement).disabled))).toBe(true);
    expect(await formState(page, 'partial')).toEqual({ value: null, valid: true });
    expect(await input.evaluate((el) => el.matches(':disabled'))).toBe(true);

    await page.evaluate(() => {
      document.querySelector('fieldset')!.disabled = false;
    });
    await eventually(() => box.isDisabled()).toBe(false);
    expect(await keys.evaluateAll((bs) => bs.some((b) => (b as HTMLButtonElement).disabled))).toBe(false);
    expect(await formState(page, 'partial')).toEqual({ value: '2x', valid: true });
    expect(await box.inputValue()).toBe('2x');
  });
});
