/**
 * `gd-tutor solve --html`: the printable answer key of a lesson, every step's answer typeset (KaTeX MathML, its TeX
 * kept in the annotation) in the order of the lesson; `--pdf` without Chromium says what to do.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, printPdf } from '../../src/cli/print-pdf.js';
import { runCli } from './run.js';

/** The TeX of each "Answer:" line, in order. */
const answers = (html: string): string[] =>
  [...html.matchAll(/<p class="key-answer">.*?<annotation encoding="application\/x-tex">(.*?)<\/annotation>/g)].map(
    (m) => m[1]!,
  );

describe('gd-tutor solve --html', () => {
  it('writes a printable page with each exercise and the answer of every step, in order', async () => {
    const r = await runCli(['solve', 'content/bowl.yaml', '--html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(r.stdout).toContain('<title>One step down the bowl — answer key</title>');
    expect(r.stdout).toContain('@media print');
    expect([...r.stdout.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual([
      '1. One step from (3, 4)',
      '2. One step from a point of your own',
    ]);
    expect(answers(r.stdout)).toEqual([
      '25',
      '2x',
      '2y',
      '\\left(6, 8\\right)',
      '10',
      '\\left(2.4, 3.2\\right)',
      '16',
      '17',
      '\\left(-2, -8\\right)',
      '\\left(-0.8, -3.2\\right)',
      '10.88',
    ]);
  });

  it('keeps to one exercise with --exercise', async () => {
    const r = await runCli(['solve', 'content/bowl.yaml', '--html', '--exercise', 'one-step']);
    expect([...r.stdout.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual(['1. One step from (3, 4)']);
    expect(answers(r.stdout)).toHaveLength(7);
  });

  it('escapes markup a teacher wrote in a title', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-tutor-solve-'));
    try {
      const text = readFileSync('content/bowl.yaml', 'utf8').replace(
        'title: One step down the bowl',
        'title: "<script>alert(1)</script> & <b>bowl</b>"',
      );
      writeFileSync(join(dir, 'bowl.yaml'), text);
      const r = await runCli(['solve', 'bowl.yaml', '--html'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        '<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bowl&lt;/b&gt; — answer key</h1>',
      );
      expect(r.stdout).not.toMatch(/<script|<b>/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes one output: --json, --html or --pdf', async () => {
    expect(await runCli(['solve', 'content/bowl.yaml', '--html', '--json'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'gd-tutor solve: --json, --html and --pdf are one output each; choose one. usage: gd-tutor solve FILE [--exercise ID] [--seed N] [--locale en|fr] [--json | --html | --pdf OUT.pdf]\n',
    });
  });
});

describe('gd-tutor solve --pdf', () => {
  it('prints the answer key to a PDF through Chromium', async () => {
    // Debian's Chromium is what the browser tests run; .ci/run installs it.
    expect(existsSync(CHROMIUM_PATH)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'gd-tutor-pdf-'));
    try {
      const r = await runCli(['solve', 'content/bowl.yaml', '--pdf', join(dir, 'key.pdf'), '--exercise', 'one-step']);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/key\.pdf: the answer key of “One step down the bowl”, 1 exercise\.\n$/);
      expect(r.code).toBe(0);
      expect(readFileSync(join(dir, 'key.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says what to install when there is no Chromium', async () => {
    expect(await printPdf('<p>key</p>', '/tmp/never.pdf', '/nonexistent/chromium')).toEqual({
      ok: false,
      message:
        '--pdf prints through Chromium, and there is none at /nonexistent/chromium: install it (apt-get install chromium) or set CHROMIUM_PATH; or write the page with --html and print it from a browser.',
    });
  });
});

describe('gd-tutor solve (text)', () => {
  it('labels answers and named mistakes in the language it prints, with French spacing before a colon', async () => {
    const lines = async (args: string[]) => (await runCli(['solve', 'content/bowl.yaml', ...args])).stdout.split('\n');
    const en = await lines([]);
    expect(en.slice(5, 8)).toEqual([
      '1. What is J at θ₀ = (3, 4)? Give numbers to at least 3 significant figures.',
      '   Answer: 25',
      '   | J(θ₀) = 3² + 4² = 25',
    ]);
    expect(en).toContain(
      '   ✗ 2*y — the other variable: That is ∂J/∂y, the derivative with respect to y. Differentiate with respect to x instead.',
    );
    const fr = await lines(['--locale', 'fr']);
    expect(fr.slice(5, 8)).toEqual([
      '1. Que vaut J en θ₀ = (3 ; 4) ? Donnez les nombres avec au moins 3 chiffres significatifs.',
      '   Réponse : 25',
      '   | J(θ₀) = 3² + 4² = 25',
    ]);
    expect(fr).toContain(
      '   ✗ 2*y — l’autre variable : C’est ∂J/∂y, la dérivée par rapport à y. Dérivez plutôt par rapport à x.',
    );
  });
});
