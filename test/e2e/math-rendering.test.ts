/**
 * Math set like a textbook in Chromium, at 375 and 1280 px, in English and French: the formulas are laid out from a
 * font with an OpenType MATH table (so Σ is a large operator with its limits centred above and below it, and a hat
 * sits on its letter), a prime sits beside its letter instead of floating above it, and screen readers still get
 * MathML. Measured in em of the formula's font size, from the boxes Chromium lays out.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations, useBrowser } from '../browser/harness.js';

const h = useBrowser();

/** Where each kind of formula is, measured: the first display Σ with limits, the first hat, the first prime. */
interface Measured {
  readonly sum?: { tex: string; height: number; under: number; over: number };
  readonly hat?: { tex: string; gap: number };
  readonly prime?: { tex: string; above: number };
}

const measure = (page: Page): Promise<Measured> =>
  page.evaluate(() => {
    const maths: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el.localName === 'math') maths.push(el);
      }
    };
    walk(document);
    const tex = (m: Element) => m.querySelector('annotation')?.textContent ?? '';
    const em = (m: Element, px: number) => Math.round((px / parseFloat(getComputedStyle(m).fontSize)) * 100) / 100;
    const centre = (r: DOMRect) => (r.left + r.right) / 2;
    const out: { sum?: Measured['sum']; hat?: Measured['hat']; prime?: Measured['prime'] } = {};
    for (const m of maths) {
      const sum = m.getAttribute('display') === 'block' ? m.querySelector('munderover') : null;
      if (sum && !out.sum) {
        const [op, under, over] = [...sum.children].map((c) => c.getBoundingClientRect());
        out.sum = {
          tex: tex(m),
          height: em(m, op!.height),
          under: em(m, Math.abs(centre(under!) - centre(op!))),
          over: em(m, Math.abs(centre(over!) - centre(op!))),
        };
      }
      const hat = m.querySelector('mover[accent="true"]');
      if (hat && !out.hat) {
        const [base, accent] = [...hat.children].map((c) => c.getBoundingClientRect());
        out.hat = { tex: tex(m), gap: em(m, base!.top - accent!.bottom) };
      }
      const prime = [...m.querySelectorAll('msup')].find((e) => e.children[1]?.textContent === '′');
      if (prime && !out.prime) {
        const [base, mark] = [...prime.children].map((c) => c.getBoundingClientRect());
        out.prime = { tex: tex(m), above: em(m, base!.top - mark!.top) };
      }
    }
    return out;
  });

/** The fonts Chromium drew a formula's first operator with (the DevTools protocol's platform fonts for it). */
async function operatorFonts(page: Page, operator: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (n: DomNode): DomNode | undefined =>
    n.localName === 'mo' && n.children?.[0]?.nodeValue === operator
      ? n
      : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean);
  const node = find(root);
  if (!node) return [];
  await cdp.send('CSS.enable');
  const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId })) as {
    fonts: { familyName: string }[];
  };
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

/** The box of the lesson's displayed formula for ∂J/∂w, and how far the page scrolls sideways. */
const wideFormulaBox = (page: Page) =>
  page.evaluate(() => {
    const intro = document.querySelector('gd-lesson')!.shadowRoot!.querySelector('.intro')!;
    const box = [...intro.querySelectorAll('.katex')].find((k) =>
      k.querySelector('annotation')?.textContent.startsWith('\\frac{\\partial J}{\\partial w}'),
    )!;
    return {
      overflowX: getComputedStyle(box).overflowX,
      overflows: box.scrollWidth > box.clientWidth,
      tabindex: box.getAttribute('tabindex'),
      pageScrollWidth: document.scrollingElement!.scrollWidth,
    };
  });

interface DomNode {
  nodeId: number;
  localName?: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

async function lesson(id: string, width: number, locale: string): Promise<Page> {
  const page = await h.open(undefined, { viewport: { width, height: 900 }, locale });
  await page.goto(new URL(`#/lesson/${id}`, h.url).href);
  await page.locator('gd-exercise li.step').first().waitFor();
  return page;
}

describe.each([
  [375, 'en-US'],
  [375, 'fr-FR'],
  [1280, 'en-US'],
  [1280, 'fr-FR'],
])('math at %i px (%s)', (width, locale) => {
  it('Σ is a large operator with its limits centred; a hat sits on its letter; drawn from a MATH font', async () => {
    const page = await lesson('linear-regression', width, locale);
    const m = await measure(page);
    expect(m.sum?.tex).toBe('J(w, b) = \\frac{1}{2n} \\sum_{i=1}^{n} \\left(w x_i + b - y_i\\right)^2,');
    // Set from a text font, Σ is 0.89 em high; the MATH table's display variant is 1.6 em.
    expect(m.sum!.height).toBeGreaterThan(1.4);
    expect([m.sum!.under, m.sum!.over]).toEqual([0, 0]);
    expect(m.hat).toEqual({ tex: '\\hat y = wx + b', gap: 0 });
    expect(await operatorFonts(page, '∑')).toEqual(['DejaVu Math TeX Gyre']);
    // The gradient's two partials side by side are wider than a phone: they scroll in their own box, a keyboard
    // stop only while it overflows; the page itself never scrolls sideways.
    expect(await wideFormulaBox(page)).toEqual(
      width === 375
        ? { overflowX: 'auto', overflows: true, tabindex: '0', pageScrollWidth: 375 }
        : { overflowX: 'auto', overflows: false, tabindex: null, pageScrollWidth: 1280 },
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a prime sits beside its letter, not above it', async () => {
    const page = await lesson('one-variable', width, locale);
    const m = await measure(page);
    // As KaTeX writes it, a superscript: before the fix its top was 0.28 em above the J's.
    expect(m.prime?.tex).toBe("\\theta_{t+1} = \\theta_t - \\alpha\\, J'(\\theta_t).");
    expect(m.prime!.above).toBeLessThanOrEqual(0);
  });
});
