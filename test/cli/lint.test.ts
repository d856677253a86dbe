/**
 * `gd-tutor lint` over a folder of broken lessons, as a new teacher writes them: every line it prints is
 * file:line:col: message (or the summary), never a stack trace, and it goes on to the next file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'gd-lint-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const exercise = (fn: string, extra = '') =>
  `id: t\ntitle: T\nexercises:\n  - id: e\n    title: E\n    function: ${fn}\n    variables: [x, y]\n    start: [1, 2]\n    learning_rate: 0.1\n${extra}    steps:\n      - kind: partial\n        wrt: x\n      - kind: update\n      - kind: loss\n        after: 1\n`;

describe('gd-tutor lint never crashes', () => {
  it('tan, tanh, x/0, 1e308, __proto__, wrt q and an empty range: one line per problem, exit 1', async () => {
    const files: Record<string, string> = {
      'a-tan.yaml': exercise('tan(x) + y^2'),
      'b-tanh.yaml': exercise('tanh(x) * y'),
      'c-div.yaml': exercise('x/0 + y'),
      'd-huge.yaml': exercise('x^2 + y^2').replace('[1, 2]', '[1e308, 2]'),
      'e-proto.yaml': exercise('z^2 + y', '    where: {__proto__: x}\n'),
      'f-wrt.yaml': exercise('x^2 + y^2').replace('wrt: x', 'wrt: q'),
      'g-range.yaml': exercise('a*x^2 + y^2', '    parameters: {a: {integer: [5, 1]}}\n'),
      'h-fine.yaml': exercise('x^2 + y^2'),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    mkdirSync(join(dir, 'i-folder.yaml'));
    let stdout = '';
    let stderr = '';
    const code = await main(['lint', dir], {
      stdin: Readable.from(['']),
      stdout: { write: (s: string) => ((stdout += s), true) },
      stderr: { write: (s: string) => ((stderr += s), true) },
      cwd: dir,
    });
    expect(code).toBe(1);
    const printed = stdout.trim().split('\n');
    const summary = printed.pop()!;
    expect(summary).toMatch(/^9 files checked: \d+ errors, 0 warnings$/);
    for (const line of printed) expect(line).toMatch(/^[a-h]-[a-z]+\.yaml:\d+:\d+: \S/);
    for (const file of ['c-div', 'd-huge', 'e-proto', 'f-wrt', 'g-range'])
      expect(printed.some((l) => l.startsWith(`${file}.yaml:`))).toBe(true);
    expect(printed.some((l) => l.startsWith('h-fine.yaml'))).toBe(false);
    expect(stderr).toMatch(/^i-folder\.yaml: cannot read: EISDIR/);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('gd-tutor lint checks the course file beside the lessons', () => {
  const run = async (args: string[], cwd: string) => {
    let stdout = '';
    const code = await main(args, {
      stdin: Readable.from(['']),
      stdout: { write: (s: string) => ((stdout += s), true) },
      stderr: { write: () => true },
      cwd,
    });
    return { code, stdout };
  };

  it('a lesson the course names but the folder lacks is an error; one it leaves out, a warning; the course is no lesson', async () => {
    const folder = join(dir, 'course');
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.yaml'), exercise('x^2 + y^2').replace('id: t', 'id: one'));
    writeFileSync(join(folder, 'two.yaml'), exercise('x^2 + y^2').replace('id: t', 'id: two'));
    writeFileSync(join(folder, 'course.yaml'), 'title: C\nunits:\n  - title: U\n    lessons: [one, three]\n');
    expect(await run(['lint', '.'], folder)).toEqual({
      code: 1,
      stdout: [
        'course.yaml:2:1: warning: This lesson is in the folder but not in the course: two. The index lists it after the units; add it to a unit to place it.',
        "course.yaml:4:20: There is no lesson “three” in this folder. A lesson's id is its file name without .yaml.",
        '3 files checked: 1 error, 1 warning',
        '',
      ].join('\n'),
    });
    // Named on its own, the course file is checked against the lessons of its folder.
    expect((await run(['lint', 'course.yaml'], folder)).stdout.split('\n').at(-2)).toBe(
      '1 file checked: 1 error, 1 warning',
    );
  });
});
