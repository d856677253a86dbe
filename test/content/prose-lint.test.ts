/**
 * Lint reads the prose as it will be typeset: every $…$ in an introduction, statement, prompt, hint, feedback
 * or rule goes through KaTeX, and a formula that does not typeset is an error at its character, wherever YAML
 * put it (quoted, folded, in a block). A double-quoted string whose escapes ate a LaTeX backslash is a warning.
 */
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { valueOffsets } from '../../src/content/yaml-scalars.js';
import { mathSpans } from '../../src/content/math-spans.js';
import { bowl, lint } from './lesson-text.js';

describe('math in prose is checked by KaTeX, at line:col', () => {
  it('a bad formula in a block introduction, at the character KaTeX stumbles on', () => {
    const text = bowl().replace(
      'exercises:',
      [
        'introduction: |',
        '  Fine: $\\theta_{t+1} = \\theta_t - \\alpha \\nabla f$.',
        '  Broken: $x^^2$.',
        'exercises:',
      ].join('\n'),
    );
    expect(lint(text)).toEqual([
      "lesson.yaml:5:13: This formula does not typeset: Expected group after '^' (in $x^^2$).",
    ]);
  });

  it('in a hint, a feedback text and a rule, quoted or plain', () => {
    const steps = [
      '- kind: update',
      '  hints:',
      "    - 'Use $\\sqrt{x$ here'",
      '  feedback:',
      '    correct: Good $\\foo$.',
      '  rules:',
      '    - {answer: "(3, 4)", say: "That is $\\\\theta_0 }$."}',
    ];
    expect(lint(bowl({}, steps))).toEqual([
      "lesson.yaml:13:25: This formula does not typeset: Expected '}', got 'EOF' (in $\\sqrt{x$).",
      'lesson.yaml:15:26: This formula does not typeset: Undefined control sequence: \\foo (in $\\foo$).',
      "lesson.yaml:17:57: This formula does not typeset: Expected 'EOF', got '}' (in $\\theta_0 }$).",
    ]);
  });

  it('an escaped \\$ is a dollar sign, not math; $$…$$ is displayed math', () => {
    expect(mathSpans('costs \\$5 and \\$6, $x$ and $$\\frac{1}{2}$$')).toEqual([
      { start: 19, end: 22, latex: 'x', latexStart: 20, display: false },
      { start: 27, end: 42, latex: '\\frac{1}{2}', latexStart: 29, display: true },
    ]);
    expect(lint(bowl({ statement: "'It costs \\$5 and \\$6: $f = x^2 + y^2$.'" }))).toEqual([]);
  });
});

describe('YAML escapes that ate a backslash', () => {
  it('"\\frac" in double quotes is a form feed: a warning, and the broken formula an error, both at the backslash', () => {
    expect(lint(bowl({ statement: '"Let $f = \\frac{x^2}{2}$."' }))).toEqual([
      'lesson.yaml:10:26: warning: YAML read "\\f" in this double-quoted string as a form feed, so “\\frac” lost its backslash. Write \\\\frac, or use single quotes or a block (|).',
      "lesson.yaml:10:26: This formula does not typeset: Unexpected character: '\\u000c' (in $f = \\u000crac{x^2}{2}$).",
    ]);
  });

  it('"$\\theta$" typesets as "heta" after a tab: still a warning', () => {
    expect(lint(bowl({ statement: '"At $\\theta_0$."' }))).toEqual([
      'lesson.yaml:10:21: warning: YAML read "\\t" in this double-quoted string as a tab, so “\\theta” lost its backslash. Write \\\\theta, or use single quotes or a block (|).',
    ]);
  });

  it('a line break between words in prose is meant: no warning', () => {
    expect(lint(bowl({ statement: '"First line\\nsecond line."' }))).toEqual([]);
  });

  it('an escape YAML does not know is a YAML error that says how to write a backslash', () => {
    expect(lint(bowl({ statement: '"$\\sqrt{2}$"' }))).toEqual([
      'lesson.yaml:10:18: YAML: Invalid escape sequence \\s. In double quotes a backslash starts an escape: write \\\\ for a LaTeX backslash, or use single quotes or a block (|).',
    ]);
  });
});

describe('a decoded string maps back to its characters in the file', () => {
  const offsets = (yaml: string) => {
    const doc = parseDocument(yaml);
    const node = doc.get('k', true) as { range: [number, number]; type: 'PLAIN'; value: string };
    const raw = yaml.slice(node.range[0], node.range[1]);
    return valueOffsets(raw, node.type, node.value).map((o) => raw[o]);
  };

  it('through quotes, doubled single quotes, escapes, folded lines and block indentation', () => {
    expect(offsets("k: 'it''s'").join('')).toBe("it''s".replace("''", "'"));
    expect(offsets('k: "a\\tb"')).toEqual(['a', '\\', 'b']);
    expect(offsets('k: >\n  one\n  two\n').join('')).toBe('one\ntwo\n');
    expect(offsets('k: |\n    x\n    y\n').join('')).toBe('x\ny\n');
    expect(offsets('k: plain\n  folded\n').join('')).toBe('plain\nfolded');
  });
});
