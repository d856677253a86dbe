/**
 * The plots in Chromium: the learner's wrong-sign update drawn uphill of the
 * start, the explorer naming divergence at α = 1.01, the text alternative
 * listing the iterates, and the screenshots the issue asks for.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledExercise } from '../../src/content/index.js';
import type { StepView } from '../../src/tutor/state.js';
import {
  answered,
  buildPlotPage,
  exerciseOf,
  launch,
  openPage,
  screenshotPath,
  seriousViolations,
  WRONG_SIGN,
  type PlotPage,
} from './page.js';

let site: PlotPage | undefined;
let browser: Browser | undefined;
let errors: string[] = [];

beforeAll(async () => {
  [site, browser] = await Promise.all([buildPlotPage(), launch()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

afterEach(() => {
  const seen = errors;
  errors = [];
  expect(seen).toEqual([]);
});

async function page(): Promise<Page> {
  return openPage(browser!, site!.url, errors);
}

declare global {
  interface Window {
    gdPlot: {
      exercise(exercise: CompiledExercise, steps: readonly StepView[], width: number): void;
      element(tag: string, props: Record<string, unknown>, width: number): Promise<boolean>;
      drawn(): Promise<void>;
    };
  }
}

/** Mounts an exercise's plots at a width and waits until every plot element has drawn. */
async function showExercise(p: Page, exercise: CompiledExercise, steps: readonly StepView[], width = 560) {
  await p.evaluate(
    async ({ exercise, steps, width }) => {
      window.gdPlot.exercise(exercise, steps, width);
      await new Promise(requestAnimationFrame);
      for (const el of document.querySelectorAll('gd-descent-plot, gd-compare-plot, gd-loss-chart, gd-rate-explorer'))
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      await window.gdPlot.drawn();
      await new Promise(requestAnimationFrame);
    },
    { exercise, steps, width },
  );
}

async function showElement(p: Page, tag: string, props: Record<string, unknown>, width = 560) {
  await p.evaluate(
    async ({ tag, props, width }) => {
      await window.gdPlot.element(tag, props, width);
      await new Promise(requestAnimationFrame);
      await window.gdPlot.drawn();
      await new Promise(requestAnimationFrame);
    },
    { tag, props, width },
  );
}

const bowl = () => exerciseOf('bowl', 'one-step');
describe('the descent plot of a two-variable exercise', () => {
  it('draws the wrong-sign update (3.6, 4.8) where the learner put it: uphill of the start (3, 4)', async () => {
    const p = await page();
    const exercise = bowl();
    await showExercise(p, exercise, answered(exercise, WRONG_SIGN));
    const drawn = await p.evaluate(() => {
      const plot = document.querySelector('gd-descent-plot')!;
      const root = plot.shadowRoot!;
      const circle = (selector: string) => {
        const c = root.querySelector(selector)!;
        return [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))] as const;
      };
      const { x, y } = plot.scales!;
      const learner = circle('circle.learner[data-step="update-0"]');
      const start = circle('circle[data-role="start"]');
      return {
        learner: [x.invert(learner[0]), y.invert(learner[1])],
        start: [x.invert(start[0]), y.invert(start[1])],
        minimumPx: [x(0), y(0)],
        learnerPx: learner,
        startPx: start,
        status: root.querySelector('circle.learner')!.getAttribute('data-status'),
      };
    });
    // Drawn where the learner put it (to a tenth of a pixel)...
    expect(drawn.learner[0]).toBeCloseTo(3.6, 1);
    expect(drawn.learner[1]).toBeCloseTo(4.8, 1);
    expect(drawn.start[0]).toBeCloseTo(3, 1);
    expect(drawn.start[1]).toBeCloseTo(4, 1);
    // ...and so farther from the minimum of x² + y² than the start: uphill.
    const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
    expect(Math.hypot(drawn.learner[0]!, drawn.learner[1]!)).toBeGreaterThan(
      Math.hypot(drawn.start[0]!, drawn.start[1]!),
    );
    expect(distance(drawn.learnerPx, drawn.minimumPx)).toBeGreaterThan(distance(drawn.startPx, drawn.minimumPx));
    expect(drawn.status).toBe('wrong');
    await p.locator('gd-descent-plot').screenshot({ path: screenshotPath('plot-bowl') });
    // At a phone's 320 px the plot shrinks with its container, its labels keep their size.
    await showExercise(p, exercise, answered(exercise, WRONG_SIGN), 320);
    const narrow = await p.evaluate(() => {
      const svg = document.querySelector('gd-descent-plot')!.shadowRoot!.querySelector('svg')!;
      const tick = svg.querySelector('text.tick')!;
      return { width: svg.getBoundingClientRect().width, font: getComputedStyle(tick).fontSize };
    });
    expect(narrow).toEqual({ width: 320, font: '12px' });
    await p.locator('gd-descent-plot').screenshot({ path: screenshotPath('plot-bowl-320') });
  });

  it('keeps the axes’ names clear of every tick label, at 320 and 1280 px', async () => {
    const p = await page();
    const overlaps: string[] = [];
    for (const [lesson, id] of [
      ['bowl', 'one-step'],
      ['bowl', 'random-start'],
      ['one-variable', 'iteration-table'],
    ] as const)
      for (const width of [320, 1280]) {
        const exercise = exerciseOf(lesson, id);
        await showExercise(p, exercise, answered(exercise, []), width);
        const found = await p.evaluate(() => {
          const root = document.querySelector('gd-descent-plot')!.shadowRoot!;
          const box = (e: Element) => e.getBoundingClientRect();
          const meet = (a: DOMRect, b: DOMRect) =>
            a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          const ticks = [...root.querySelectorAll('text.tick')];
          return [...root.querySelectorAll('text.axis-name')].flatMap((name) =>
            ticks.filter((t) => meet(box(name), box(t))).map((t) => `${name.textContent} over ${t.textContent}`),
          );
        });
        overlaps.push(...found.map((f) => `${lesson} › ${id} at ${width} px: ${f}`));
      }
    expect(overlaps).toEqual([]);
  });

  it('has a text alternative that lists the iterates and the learner’s point, reachable by keyboard', async () => {
    const p = await page();
    const exercise = bowl();
    await showExercise(p, exercise, answered(exercise, WRONG_SIGN));
    const plot = p.locator('gd-descent-plot');
    await expect.poll(() => plot.getByRole('img').getAttribute('aria-labelledby')).toBe('caption');
    expect(await plot.getByRole('img', { name: /Contour map of J\(x, y\) = x² \+ y²/ }).count()).toBe(1);
    // The table is behind a summary the keyboard reaches.
    await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    const table = plot.getByRole('table');
    await expect.poll(() => table.isVisible()).toBe(true);
    const rows = await table.getByRole('row').allInnerTexts();
    const cells = rows.map((r) => r.split('\t').map((c) => c.trim()));
    // Mid-exercise the engine's path is an answer key: only the start and the learner's own point are listed.
    expect(cells).toEqual([
      ['Point', 'Where', 'J', 'Change in J'],
      ['θ₀', '(3, 4)', '25', ''],
      ['your θ₁', '(3.6, 4.8)', '36', 'up 11 (uphill)'],
    ]);
    expect(await seriousViolations(p)).toEqual([]);
    const sentences = await plot.locator('[part="description"]').innerText();
    expect(sentences).toContain('Your θ₁ = (3.6, 4.8), where J = 36, uphill: higher than 25 at (3, 4).');
    expect(sentences).not.toContain('(2.4, 3.2)');
    expect(sentences).not.toContain('(6, 8)');
  });

  it('shows the engine’s path, its arrows and its iterates once the exercise is done', async () => {
    const p = await page();
    const exercise = bowl();
    await showExercise(
      p,
      exercise,
      answered(exercise, [...WRONG_SIGN.slice(0, 5), ['update-0', '(2.4, 3.2)'], ['loss-1', '16']]),
    );
    const plot = p.locator('gd-descent-plot');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    const rows = await plot.getByRole('table').getByRole('row').allInnerTexts();
    const cells = rows.map((r) => r.split('\t').map((c) => c.trim()));
    expect(cells[1]).toEqual(['θ₀', '(3, 4)', '25', '']);
    expect(cells[2]).toEqual(['θ₁', '(2.4, 3.2)', '16', 'down 9 (downhill)']);
    expect(cells[3]).toEqual(['θ₂', '(1.92, 2.56)', '10.24', 'down 5.76 (downhill)']);
    const sentences = await plot.locator('[part="description"]').innerText();
    // The arrows stand at the furthest iterate the learner has right: θ₁.
    expect(sentences).toContain('The gradient at θ₁, ∇J = (4.8, 6.4), points uphill.');
    expect(sentences).toContain('After ');
  });

  it('draws the zig-zag of α = 0.8 on 0.2x₁² + x₂² from (9, −3), with the learner following it', async () => {
    const p = await page();
    const exercise = exerciseOf('ill-conditioned', 'large-rate');
    const steps = answered(exercise, [
      ['update-0', '(6.12, 1.8)'],
      ['iterate-2', '(4.1616, -1.08)'],
      ['iterate-3', '(2.829888, 0.648)'],
      ['regime', 'oscillates'],
      ['max-rate', '0.5'],
    ]);
    await showExercise(p, exercise, steps);
    const path = await p.evaluate(() =>
      document
        .querySelector('gd-descent-plot')!
        .drawing!.path.slice(0, 4)
        .map((t) => [...t]),
    );
    expect(path.map(([x1, x2]) => [Number(x1!.toFixed(6)), Number(x2!.toFixed(6))])).toEqual([
      [9, -3],
      [6.12, 1.8],
      [4.1616, -1.08],
      [2.829888, 0.648],
    ]);
    const statuses = await p.evaluate(() =>
      [...document.querySelector('gd-descent-plot')!.shadowRoot!.querySelectorAll('circle.learner')].map((c) =>
        c.getAttribute('data-status'),
      ),
    );
    expect(statuses).toEqual(['right', 'right', 'right']);
    await p
      .locator('gd-descent-plot')
      .first()
      .screenshot({ path: screenshotPath('plot-zigzag') });
    await p
      .locator('gd-loss-chart')
      .first()
      .screenshot({ path: screenshotPath('plot-zigzag-loss') });
  });
});

describe('optimisers side by side', () => {
  it('draws plain descent and Adam beside the learner’s momentum point, then momentum too once done, with the losses', async () => {
    const p = await page();
    const exercise = exerciseOf('optimizers', 'zigzag-momentum');
    const steps = answered(exercise, [
      ['state-2', '(3.384, 3)'],
      ['iterate-2', '(2.7144, -0.3)'],
    ]);
    await showExercise(p, exercise, steps);
    const drawn = () =>
      p.evaluate(() => {
        const root = document.querySelector('gd-compare-plot')!.shadowRoot!;
        const [map, loss] = [...root.querySelectorAll('svg')];
        return {
          runs: [...map!.querySelectorAll('.run')].map((g) => g.getAttribute('data-optimizer')),
          losses: loss!.querySelectorAll('path.series').length,
          learner: [...map!.querySelectorAll('circle.learner')].map((c) => c.getAttribute('data-status')),
          captions: [...root.querySelectorAll('figcaption')].map((c) => c.textContent),
          legend: [...map!.querySelectorAll('.legend-name')].map((t) => t.textContent),
        };
      });
    expect(await drawn()).toEqual({
      runs: ['gd', 'adam'],
      losses: 2,
      learner: ['right'],
      captions: [
        'Contour map of J(x₁, x₂) = 0.2x₁² + x₂², with the paths of momentum (α = 0.9), plain descent (α = 0.9), and Adam (α = 0.5)',
        'J per iteration, for each optimiser',
      ],
      legend: ['momentum (α = 0.9)', 'plain descent (α = 0.9)', 'Adam (α = 0.5)'],
    });
    expect(await seriousViolations(p)).toEqual([]);
    const done = answered(exercise, [
      ['state-2', '(3.384, 3)'],
      ['iterate-2', '(2.7144, -0.3)'],
      ['iterations-to', '14'],
    ]);
    await showExercise(p, exercise, done);
    expect((await drawn()).runs).toEqual(['momentum', 'gd', 'adam']);
    expect((await drawn()).losses).toBe(3);
    await p
      .locator('gd-compare-plot')
      .first()
      .screenshot({ path: screenshotPath('plot-compare-optimizers') });
  });
});

describe('the descent plot of a one-variable exercise', () => {
  it('draws the curve x·cos x + 9, the tangent at the start with its slope, and the iterates on the curve', async () => {
    const p = await page();
    const exercise = exerciseOf('non-convex', 'start-right');
    const steps = answered(exercise, [
      ['partial-value-x', '-0.3'],
      ['limit', '3.43'],
    ]);
    await showElement(p, 'gd-descent-plot', { exercise, steps, view: { x: [-1.5, 10.5], y: [0, 0] } }, 640);
    const shown = await p.evaluate(() => {
      const root = document.querySelector('gd-descent-plot')!.shadowRoot!;
      return {
        slope: root.querySelector('.label-gradient')!.textContent,
        tangent: Boolean(root.querySelector('line.tangent')),
        curve: root.querySelector('path.curve')!.getAttribute('d')!.length,
        learner: root.querySelector('circle.learner')!.getAttribute('data-step'),
      };
    });
    expect(shown.slope).toBe('slope −0.301');
    expect(shown.tangent).toBe(true);
    expect(shown.curve).toBeGreaterThan(1000);
    expect(shown.learner).toBe('limit');
    await p.locator('gd-descent-plot').screenshot({ path: screenshotPath('plot-non-convex') });
  });
});

describe('the learning-rate explorer', () => {
  const rates = () => exerciseOf('one-variable', 'learning-rates');

  it('names the regime by the engine’s run: at α = 1.01 on x² − 4x + 5 from −1, descent diverges', async () => {
    const p = await page();
    await showElement(p, 'gd-rate-explorer', { exercise: rates() }, 720);
    const explorer = p.locator('gd-rate-explorer');
    const slider = explorer.getByRole('slider', { name: 'Learning rate α' });
    await slider.fill('0.2');
    await expect
      .poll(() => explorer.getByRole('status').innerText())
      .toBe('At α = 0.2, descent from x₀ = −1 converges steadily.');
    await slider.fill('1.01');
    await expect
      .poll(() => explorer.getByRole('status').innerText())
      .toBe('At α = 1.01, descent from x₀ = −1 diverges.');
    expect(await explorer.getByRole('status').getAttribute('data-regime')).toBe('diverges');
    // The loss chart follows: it rises.
    await expect
      .poll(() => explorer.locator('gd-loss-chart [part="description"]').innerText())
      .toMatch(/^f rises from 10 to 6\d\.\d+ over 50 iterations\.$/);
    await explorer.screenshot({ path: screenshotPath('plot-explorer-diverges') });
    // The keyboard moves the slider too, one step at a time.
    await slider.focus();
    await p.keyboard.press('ArrowLeft');
    await p.keyboard.press('ArrowLeft');
    await expect
      .poll(() => explorer.getByRole('status').innerText())
      .toBe('At α = 1, descent from x₀ = −1 flips between two points forever.');
  });

  it('while the slider is dragged the drawing follows every frame and the words wait; once it rests they say the final rate', async () => {
    const p = await page();
    /** What the explorer says: the regime, and each plot's sentences and table, with whether they are marked busy. */
    const words = (explorer: ReturnType<Page['locator']>) =>
      explorer.evaluate((el) => {
        const root = el.shadowRoot!;
        const inner = (tag: string, part: string) =>
          root.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`)!;
        const of = (tag: string) => ({
          sentences: inner(tag, 'description').textContent.replace(/\s+/g, ' ').trim(),
          table: inner(tag, 'table').textContent.replace(/\s+/g, ' ').trim(),
          busy: [inner(tag, 'description').getAttribute('aria-busy'), inner(tag, 'table').getAttribute('aria-busy')],
        });
        const regime = root.querySelector('[part="regime"]')!;
        return {
          regime: regime.textContent.replace(/\s+/g, ' ').trim(),
          regimeBusy: regime.getAttribute('aria-busy'),
          plot: of('gd-descent-plot'),
          loss: of('gd-loss-chart'),
        };
      });
    const settled = (explorer: ReturnType<Page['locator']>) =>
      expect
        .poll(async () => {
          const w = await words(explorer);
          return [w.regimeBusy, ...w.plot.busy, ...w.loss.busy];
        })
        .toEqual(['false', 'false', 'false', 'false', 'false']);
    // What the explorer says when the slider is simply set to 0.9 (a click, the keyboard: input then change).
    await showElement(p, 'gd-rate-explorer', { exercise: rates() }, 720);
    await p.locator('gd-rate-explorer').getByRole('slider').fill('0.9');
    await settled(p.locator('gd-rate-explorer'));
    const atRest = await words(p.locator('gd-rate-explorer'));
    expect(atRest.regime).toBe('At α = 0.9, descent from x₀ = −1 overshoots back and forth but converges.');
    expect(atRest.loss.sentences).toMatch(/^f falls from 10 to 1 over 50 iterations/);

    // A fresh explorer, dragged through 0.3 and 0.6 to 0.9: input events only, as a pointer sends them mid-drag.
    await showElement(p, 'gd-rate-explorer', { exercise: rates() }, 720);
    const explorer = p.locator('gd-rate-explorer');
    const before = await words(explorer);
    const frames = await explorer.evaluate(async (el) => {
      const root = el.shadowRoot!;
      const slider = root.querySelector<HTMLInputElement>('input[type="range"]')!;
      const loss = root.querySelector('gd-loss-chart')!.shadowRoot!;
      const seen = [];
      for (const value of ['0.3', '0.6', '0.9']) {
        slider.value = value;
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        // The explorer draws at the next animation frame; its plots update in the same turn.
        await new Promise(requestAnimationFrame);
        seen.push({
          line: loss.querySelector('polyline.path')!.getAttribute('points'),
          sentences: loss.querySelector('[part="description"]')!.textContent.replace(/\s+/g, ' ').trim(),
          busy: loss.querySelector('[part="description"]')!.getAttribute('aria-busy'),
          regimeBusy: root.querySelector('[part="regime"]')!.getAttribute('aria-busy'),
        });
      }
      return seen;
    });
    // Each frame draws a new line while the sentence still says what it said before the drag, marked busy.
    expect(new Set(frames.map((f) => f.line)).size).toBe(3);
    expect(frames.map((f) => f.sentences)).toEqual([
      before.loss.sentences,
      before.loss.sentences,
      before.loss.sentences,
    ]);
    expect(frames.map((f) => [f.busy, f.regimeBusy])).toEqual([
      ['true', 'true'],
      ['true', 'true'],
      ['true', 'true'],
    ]);
    // Let go without a change event (the pointer left the page): once the rate holds still, every word is the final rate's.
    await settled(explorer);
    expect(await words(explorer)).toEqual(atRest);
  });

  it('speaks French with French numbers, and names the rate η in a lesson that writes η', async () => {
    const p = await page();
    await showElement(p, 'gd-rate-explorer', { exercise: { ...rates(), rateSymbol: 'η' }, locale: 'fr' }, 720);
    const explorer = p.locator('gd-rate-explorer');
    const slider = explorer.getByRole('slider', { name: 'Taux d’apprentissage η' });
    await slider.fill('0.2');
    await expect
      .poll(() => explorer.getByRole('status').innerText())
      .toBe('Avec η = 0,2, la descente depuis x₀ = −1 converge régulièrement.');
    await slider.fill('1.01');
    await expect
      .poll(() => explorer.locator('gd-loss-chart [part="description"]').innerText())
      .toMatch(/^f monte de 10 à 6\d,\d+ en 50 itérations\.$/);
    const ticks = await explorer
      .locator('gd-descent-plot')
      .evaluate((el) => [...el.shadowRoot!.querySelectorAll('text.tick')].map((t) => t.textContent));
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.filter((t) => t.includes('.'))).toEqual([]);
    await explorer.screenshot({ path: screenshotPath('plot-explorer-fr') });
  });

  it('withholds the regime while the exercise still asks for it, and passes axe', async () => {
    const p = await page();
    const exercise = rates();
    await showExercise(p, exercise, answered(exercise, []), 560);
    const status = p.locator('gd-rate-explorer').getByRole('status');
    expect(await status.getAttribute('data-regime')).toBe('');
    expect(await status.innerText()).toContain(
      'answer the question about this rate first, then see what descent does.',
    );
    expect(await seriousViolations(p)).toEqual([]);
    // Once every rate question is answered, the regime is named.
    await showExercise(
      p,
      exercise,
      answered(
        exercise,
        exercise.steps.map((s) => [s.id, s.answer.text] as const),
      ),
      560,
    );
    await expect.poll(() => status.getAttribute('data-regime')).not.toBe('');
    expect(await status.innerText()).not.toContain('answer the question');
  });
});
