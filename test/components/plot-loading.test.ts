/**
 * The lesson page's plots come after its first answer box: the app's pages load the plot elements by a dynamic
 * import from a chunk they neither run nor preload up front, keep the plot's room meanwhile, and go on without
 * plots if that chunk cannot be fetched.
 */
import type { Page, Route } from 'playwright-core';
import { expect, it } from 'vitest';
import { eventually, useBrowser } from '../browser/harness.js';

const h = useBrowser();

/** The scripts a page runs or preloads before anything else: its module entry and its modulepreload links. */
async function upFront(page: string): Promise<string[]> {
  const html = await (await fetch(new URL(page, h.url))).text();
  const files = [...html.matchAll(/<(?:script[^>]* src|link rel="modulepreload"[^>]* href)="([^"]+\.js)"/g)];
  return Promise.all(files.map(async (m) => (await fetch(new URL(m[1]!, h.url))).text()));
}

/** What the first exercise shows where its plots go, and whether its first answer box takes input. */
const firstExercise = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('gd-lesson')?.shadowRoot?.querySelector('gd-exercise')?.shadowRoot;
    const input = root?.querySelector('gd-math-input')?.shadowRoot?.querySelector('input');
    const plots = root?.querySelector('.gd-plots');
    return {
      ready: Boolean(input && !input.disabled),
      plots: plots ? [...plots.classList, ...[...plots.children].map((c) => c.localName)].join(' ') : 'none',
      defined: customElements.get('gd-descent-plot') !== undefined,
    };
  });

it('neither the lesson page nor the framed player runs or preloads the plot elements up front', async () => {
  for (const page of ['index.html', 'player.html']) {
    const scripts = await upFront(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((code) => code.includes('gd-descent-plot'))).toEqual([]);
    expect(scripts.some((code) => code.includes('gd-exercise'))).toBe(true);
  }
});

it('the first answer box is ready while the plots are still on their way; they come in the room kept for them', async () => {
  const page = await h.open();
  let release: () => void = () => undefined;
  const held = new Promise<void>((go) => (release = go));
  await page.route(/\/assets\/plot-[^/]+\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  await page.goto(new URL('#/lesson/bowl', h.url).href);
  await eventually(() => firstExercise(page)).toEqual({ ready: true, plots: 'gd-plots pending div', defined: false });
  release();
  await eventually(() => firstExercise(page)).toEqual({
    ready: true,
    plots: 'gd-plots gd-descent-plot',
    defined: true,
  });
  const drawn = page.locator('gd-exercise').first().locator('gd-descent-plot svg[role="img"]');
  await eventually(() => drawn.count()).toBe(1);
});

it('without the plots chunk (a host that copied only part of the site) the exercise goes on, without plots', async () => {
  const page = await h.open(undefined, { allowConsoleErrors: /Failed to load resource|plot-[^/]+\.js/ });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.route(/\/assets\/plot-[^/]+\.js$/, (route: Route) => route.abort());
  await page.goto(new URL('#/lesson/bowl', h.url).href);
  await eventually(() => firstExercise(page)).toEqual({ ready: true, plots: 'none', defined: false });
  expect(warnings.filter((w) => w.startsWith('gd-tutor: the plots could not be loaded'))).toHaveLength(1);
  const step = page.locator('gd-exercise').first().locator('li.step[data-step="loss"]');
  await step.getByRole('textbox').fill('25');
  await step.getByRole('button', { name: 'Check' }).click();
  await eventually(() => step.getByRole('status').textContent()).toContain('Correct');
});

it.each([
  ['en-US', 'No map here: L depends on 3 variables (w, x, y), and a contour map shows only two.'],
  ['fr-FR', 'Pas de carte ici : L dépend de 3 variables (w, x, y), et une carte de niveaux n’en montre que deux.'],
])(
  'an exercise in three variables says why it has no map, before and after the plots arrive (%s)',
  async (locale, text) => {
    const page = await h.open(undefined, { locale });
    const sentence = page.locator('gd-exercise').first().locator('.gd-plots p.no-map');
    await page.goto(new URL('#/lesson/neuron', h.url).href);
    await eventually(() => sentence.textContent().then((s) => s?.replace(/\s+/g, ' ').trim())).toBe(text);
    await eventually(() => page.evaluate(() => customElements.get('gd-descent-plot') !== undefined)).toBe(true);
    expect(
      await page
        .locator('gd-exercise')
        .first()
        .locator('.gd-plots')
        .evaluate((el) => el.children.length),
    ).toBe(1);
    expect((await sentence.textContent())?.replace(/\s+/g, ' ').trim()).toBe(text);
  },
);
