import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const SCHEMA = resolve(import.meta.dirname, '../../schema/lesson.schema.json');
const dir = mkdtempSync(join(tmpdir(), 'gd-tutor-new-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const schemaLine = (text: string) => /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];

describe('gd-tutor new', () => {
  it('prints a lesson whose schema reference is right from content/ of the working directory', async () => {
    const r = await runCli(['new', 'bowl-two']);
    expect(r.code).toBe(0);
    expect(schemaLine(r.stdout)).toBe('../schema/lesson.schema.json');
    expect(r.stdout).toMatch(/^id: bowl-two$/m);
  });

  it('with -o writes the file, its schema reference relative to the file’s folder, and the lesson lints clean', async () => {
    mkdirSync(join(dir, 'lessons/week-1'), { recursive: true });
    const out = join(dir, 'lessons/week-1/first.yaml');
    const r = await runCli(['new', 'first', '-o', 'lessons/week-1/first.yaml'], { cwd: dir });
    expect(r).toEqual({
      code: 0,
      stdout:
        'lessons/week-1/first.yaml: a new lesson “first”; check it with gd-tutor lint lessons/week-1/first.yaml\n',
      stderr: '',
    });
    const reference = schemaLine(readFileSync(out, 'utf8'))!;
    expect(reference).toBe(relative(join(dir, 'lessons/week-1'), SCHEMA));
    expect(existsSync(resolve(dir, 'lessons/week-1', reference))).toBe(true);
    expect(await runCli(['lint', out])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/1 file checked: 0 errors, 0 warnings\n$/) as unknown,
    });
  });

  it('never overwrites a file', async () => {
    const r = await runCli(['new', 'first', '-o', 'lessons/week-1/first.yaml'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gd-tutor new: lessons/week-1/first.yaml exists; it was left as it is.\n',
    });
  });

  it('refuses an id that is not a file name', async () => {
    expect(await runCli(['new', 'My Lesson'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'gd-tutor new: usage: gd-tutor new [ID] [-o content/ID.yaml]   (ID: lower-case letters, digits, - and _)\n',
    });
  });
});
