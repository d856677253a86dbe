import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const run = (args: string[], stdin = '') => runCli(args, { stdin });

const lines = (...objects: object[]) => objects.map((o) => JSON.stringify(o)).join('\n') + '\n';
const verdicts = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);

describe('gd-tutor check --jsonl', () => {
  it('judges matrices (kind "matrix") in either notation, naming the wrong entries and the transpose', async () => {
    const input = lines(
      { id: 'm1', kind: 'matrix', expected: '[[1, 2], [3, 4]]', answer: '[1 2; 3 4]' },
      { id: 'm2', kind: 'matrix', expected: '[[1, 2], [3, 4]]', answer: '[[1, 3], [2, 4]]' },
      { id: 'm3', kind: 'matrix', expected: '[[6*x, 1], [1, 0]]', answer: '[6x 1; 1 2]', vars: ['x', 'y'] },
    );
    const { code, stdout } = await run(['check', '--jsonl', '-'], input);
    expect(code).toBe(0);
    expect(verdicts(stdout)).toEqual([
      { id: 'm1', verdict: 'correct', latex: '\\begin{bmatrix}1 & 2 \\\\ 3 & 4\\end{bmatrix}' },
      {
        id: 'm2',
        verdict: 'incorrect',
        latex: '\\begin{bmatrix}1 & 3 \\\\ 2 & 4\\end{bmatrix}',
        message: 'This is the transpose of the answer: rows and columns are swapped.',
        reason: 'transpose',
        entries: [
          [true, false],
          [false, true],
        ],
      },
      {
        id: 'm3',
        verdict: 'incorrect',
        latex: '\\begin{bmatrix}6x & 1 \\\\ 1 & 2\\end{bmatrix}',
        message: 'Entry (2, 2) of the 2×2 matrix is not right.',
        reason: 'entries',
        entries: [
          [true, true],
          [true, false],
        ],
      },
    ]);
  });

  it('writes one verdict per line, in order, carrying the id back', async () => {
    const input = lines(
      { id: 'a', kind: 'expr', expected: '2*x', answer: 'x+x', vars: ['x', 'y'] },
      { id: 'b', kind: 'vector', expected: '[6, 8]', answer: '(6, 9)' },
      { id: 'c', kind: 'value', expected: '2.4', answer: '2.41', tolerance: { absolute: 0.01 } },
      { id: 'd', kind: 'expr', expected: '2*x', answer: '2x+', vars: ['x'] },
      { id: 'e', kind: 'value', expected: '16', answer: '' },
    );
    const { code, stdout } = await run(['check', '--jsonl', '-'], input);
    expect(code).toBe(0);
    expect(verdicts(stdout)).toEqual([
      { id: 'a', verdict: 'correct', latex: 'x + x' },
      {
        id: 'b',
        verdict: 'incorrect',
        latex: '\\left(6, 9\\right)',
        message: 'Component 2 of 2 is not right.',
        reason: 'components',
        components: [true, false],
      },
      { id: 'c', verdict: 'correct', latex: '2.41' },
      { id: 'd', verdict: 'unreadable', message: 'Something is missing after “+”.', range: { start: 2, end: 3 } },
      { id: 'e', verdict: 'empty', message: 'Type an answer first.' },
    ]);
  });

  it('stops with exit 2 and names the line of a malformed request', async () => {
    const input = lines({ id: 'ok', kind: 'value', expected: '1', answer: '1' }) + '{"id": "x", "kind": "tensor"}\n';
    const { code, stdout, stderr } = await run(['check', '--jsonl', '-'], input);
    expect(code).toBe(2);
    expect(stdout).toBe('{"id":"ok","verdict":"correct","latex":"1"}\n');
    expect(stderr).toBe('-:2: "kind" must be one of expr, value, vector, matrix\n');
  });

  it('reports invalid JSON and an unreadable expected answer as the caller’s errors', async () => {
    expect((await run(['check', '--jsonl', '-'], '{nope\n')).stderr).toMatch(/^-:1: not valid JSON/);
    const bad = await run(['check', '--jsonl', '-'], lines({ id: 1, kind: 'expr', expected: '2x+', answer: 'x' }));
    expect(bad).toMatchObject({ code: 2, stderr: '-:1: expected answer “2x+”: Something is missing after “+”.\n' });
    const ragged = await run(
      ['check', '--jsonl', '-'],
      lines({ id: 'm', kind: 'matrix', expected: '[[1, 2], [3]]', answer: '[1 2; 3 4]' }),
    );
    expect(ragged).toMatchObject({
      code: 2,
      stderr:
        '-:1: expected answer “[[1, 2], [3]]”: The rows have different lengths (2, 1); every row of a matrix has as many entries.\n',
    });
    expect(
      (await run(['check', '--jsonl', '-'], lines({ id: 'v', kind: 'matrix', expected: '[1, 2]', answer: '' }))).stderr,
    ).toBe('-:1: expected answer “[1, 2]”: A matrix is expected, written like [[1, 2], [3, 4]] or [1 2; 3 4].\n');
  });

  it('explains its usage when FILE is missing or unreadable', async () => {
    expect(await run(['check'])).toMatchObject({
      code: 2,
      stderr: 'gd-tutor check: usage: gd-tutor check --jsonl FILE   (FILE - reads standard input)\n',
    });
    const missing = await run(['check', '--jsonl', 'no-such-file.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^gd-tutor check: cannot read no-such-file.jsonl: ENOENT/);
  });
});

describe('gd-tutor derive', () => {
  it('prints the derivative as text or LaTeX', async () => {
    expect(await run(['derive', '--function', 'x^2+y^2', '--wrt', 'x'])).toEqual({
      code: 0,
      stdout: '2*x\n',
      stderr: '',
    });
    expect((await run(['derive', '--function', 'x^2+y^2', '--wrt', 'y', '--latex'])).stdout).toBe('2y\n');
    expect((await run(['derive', '--function', '0.2x1^2+x2^2', '--wrt', 'x1', '--vars', 'x1,x2'])).stdout).toBe(
      '0.4*x1\n',
    );
  });

  it('points at the character where the function cannot be read', async () => {
    expect(await run(['derive', '--function', 'x^2+', '--wrt', 'x'])).toMatchObject({
      code: 2,
      stderr: 'gd-tutor derive: --function at character 4: Something is missing after “+”.\n',
    });
  });
});

describe('the gd-tutor executable', () => {
  it('documents both commands in --help', () => {
    const help = execFileSync('bin/gd-tutor.js', ['--help'], { encoding: 'utf8' });
    expect(help).toContain('gd-tutor check --jsonl FILE');
    expect(help).toContain('gd-tutor derive --function F --wrt V');
  });

  it('judges standard input end to end', () => {
    const out = execFileSync('bin/gd-tutor.js', ['check', '--jsonl', '-'], {
      input: lines({ id: '1', kind: 'vector', expected: '[2.4, 3.2]', answer: '(3,4) - 0.1(6,8)' }),
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toMatchObject({ id: '1', verdict: 'correct' });
  });
});
