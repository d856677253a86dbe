import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'gd-tutor-serve-args-'));
mkdirSync(join(dir, 'content'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('gd-tutor serve, before it starts anything', () => {
  it('names a --platform file it cannot read or parse, and what a platform lacks', async () => {
    writeFileSync(join(dir, 'broken.json'), '{"issuer": ');
    writeFileSync(join(dir, 'partial.json'), JSON.stringify({ issuer: 'https://lms.example', clientId: 'c' }));
    const run = (file: string) => runCli(['serve', '--platform', file], { cwd: dir });
    expect(await run('broken.json')).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^gd-tutor serve: --platform broken\.json: .*JSON.*\n$/) as unknown,
    });
    expect((await run('missing.json')).stderr).toMatch(/^gd-tutor serve: --platform missing\.json: ENOENT/);
    expect((await run('partial.json')).stderr).toBe(
      'gd-tutor serve: partial.json: a platform needs authUrl, tokenUrl, jwksUrl (strings)\n',
    );
  });

  it('says where the lessons were looked for when there are none', async () => {
    expect(await runCli(['serve', '--content', 'lessons'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gd-tutor serve: no lesson folder lessons (run it where content/ is, or give --content DIR)\n',
    });
  });

  it('reads its options as every command does: an unknown one, a stray word and a bad port are one line each', async () => {
    expect(await runCli(['serve', '--fix'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'gd-tutor serve: unknown option --fix (this command takes --host VALUE, --port VALUE, --public-url VALUE, --database-url VALUE, --data VALUE, --content VALUE, --site VALUE, --platform VALUE)\n',
    });
    expect((await runCli(['serve', 'extra'])).stderr).toBe(
      'gd-tutor serve: takes no file or word (“extra”); see gd-tutor serve --help\n',
    );
    expect((await runCli(['serve', '--port', '99999'])).stderr).toBe(
      'gd-tutor serve: --port is a port number, 0 to 65535\n',
    );
  });
});
