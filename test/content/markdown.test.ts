/**
 * Prose is rendered at compile time by a CommonMark library (markdown-it) with KaTeX for the math: links,
 * lists, headings, emphasis, code and \$ work as the schema promises, and the HTML is safe as it leaves Node.
 */
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/index.js';
import { markdownBlock, markdownLine } from '../../src/content/markdown.js';
import { bowl } from './lesson-text.js';

/** The HTML with each formula written back as its TeX between dollars, to read the rest exactly. */
const plain = (html: string) =>
  html.replace(
    /<span class="katex(?:-display)?">(?:<span class="katex">)?<math[^>]*>.*?<annotation encoding="application\/x-tex">(.*?)<\/annotation><\/semantics><\/math><\/span>(?:<\/span>)?/gs,
    (_, tex: string) => `$${tex}$`,
  );

describe('Markdown as CommonMark, math by KaTeX', () => {
  it('headings, numbered and bulleted lists, emphasis, code', () => {
    expect(markdownBlock('## Plan\n\n1. **first** the *slope*\n2. then `x - a*g`\n\n- one\n- two')).toBe(
      '<h2>Plan</h2>\n<ol>\n<li><strong>first</strong> the <em>slope</em></li>\n<li>then <code>x - a*g</code></li>\n</ol>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it('$…$ inline and $$…$$ displayed are typeset as MathML; \\$ is a dollar; math in code stays code', () => {
    const html = markdownLine('It costs \\$5 and $\\alpha = 0.1$; `$x$` is code; $$\\frac{1}{2}$$');
    expect(plain(html)).toBe('It costs $5 and $\\alpha = 0.1$; <code>$x$</code> is code; $\\frac{1}{2}$');
    expect(html).toContain('<mi>α</mi>');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
  });

  it('links open in a new tab with rel=noopener; javascript: and data: are not links', () => {
    expect(markdownLine('[notes](https://example.org/gd) and [here](./bowl)')).toBe(
      '<a href="https://example.org/gd" target="_blank" rel="noopener noreferrer">notes</a> and <a href="./bowl" target="_blank" rel="noopener noreferrer">here</a>',
    );
    expect(
      markdownLine('[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) [z](data:text/html,<b>) [w](vbscript:x)'),
    ).toBe('[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) [z](data:text/html,&lt;b&gt;) [w](vbscript:x)');
  });

  it('raw HTML is shown as text, never as markup', () => {
    expect(markdownBlock('<script>alert(1)</script> <img src=x onerror=alert(1)>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>\n',
    );
  });

  it('KaTeX runs with trust off: \\href to javascript: is not a link', () => {
    expect(markdownLine('$\\href{javascript:alert(1)}{x}$')).not.toContain('href="javascript');
  });
});

describe('a compiled lesson carries its prose rendered', () => {
  it('the statement, prompts, hints, solutions, feedback and formulas, keyed by how they are shown', () => {
    const statement = ['|', '      See [the notes](https://example.org) and:', '', '      1. step $\\theta_1$'].join(
      '\n',
    );
    const text = bowl({ statement }, ['- kind: update', '  hints: ["Use $\\\\alpha$."]']);
    const { lesson } = loadLesson('lesson.yaml', text);
    const exercise = lesson!.exercises[0]!;
    const html = exercise.html!;
    expect(plain(html[`B${exercise.statement}`]!)).toBe(
      '<p>See <a href="https://example.org" target="_blank" rel="noopener noreferrer">the notes</a> and:</p>\n<ol>\n<li>step $\\theta_1$</li>\n</ol>\n',
    );
    const step = exercise.steps[0]!;
    expect(plain(html[`L${step.hints[0]!}`]!)).toBe('Use $\\alpha$.');
    expect(Object.hasOwn(html, `B${step.prompt}`)).toBe(true);
    for (const line of [...step.solution, step.feedback.correct, ...step.misconceptions.map((m) => m.feedback)])
      expect(Object.hasOwn(html, `L${line}`)).toBe(true);
    expect(plain(html[`I${step.answerLatex}`]!)).toBe('$\\left(2.4, 3.2\\right)$');
    expect(Object.hasOwn(html, 'I\\alpha')).toBe(true); // each formula too, for feedback composed at run time
  });
});
