/**
 * The server lists lessons in the order of the folder's course file (the LTI picker and the refusal that names the
 * lessons both use it): its units first, the lessons it leaves out after them; a course with errors is not followed,
 * and its problems are kept for the server to log at start.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Grader } from '../../src/server/grading.js';
import { REPO } from './harness.js';

const BOWL = readFileSync(join(REPO, 'content/bowl.yaml'), 'utf8');
const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** A content folder with copies of the bowl lesson under `ids`, and a course file if given. */
function folder(ids: readonly string[], course?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gd-course-'));
  folders.push(dir);
  for (const id of ids) writeFileSync(join(dir, `${id}.yaml`), BOWL.replace('id: bowl', `id: ${id}`));
  if (course !== undefined) writeFileSync(join(dir, 'course.yaml'), course);
  return dir;
}

describe('the server follows the course file', () => {
  it('gives the units in order with their lessons, then the lessons left out; the course file is no lesson', () => {
    const grader = new Grader(
      folder(
        ['a', 'b', 'c'],
        'title: T\nunits:\n  - title: First\n    lessons: [c]\n  - title: Second\n    lessons: [a]\n',
      ),
    );
    const { units, rest } = grader.units();
    expect(units.map((u) => [u.title, u.lessons.map((l) => l.id)])).toEqual([
      ['First', ['c']],
      ['Second', ['a']],
    ]);
    expect(rest.map((l) => l.id)).toEqual(['b']);
    expect(grader.lessons().map((l) => l.id)).toEqual(['c', 'a', 'b']);
    expect(grader.lesson('course')).toBeUndefined();
    expect(grader.courseIssues).toEqual([
      'content/course.yaml:2:1: warning: This lesson is in the folder but not in the course: b. The index lists it after the units; add it to a unit to place it.',
    ]);
  });

  it('with errors in the course, lists the lessons by name and keeps the errors to log', () => {
    const grader = new Grader(folder(['b', 'a'], 'title: T\nunits:\n  - title: U\n    lessons: [b, b, a]\n'));
    expect(grader.lessons().map((l) => l.id)).toEqual(['a', 'b']);
    expect(grader.units().units).toEqual([]);
    expect(grader.courseIssues).toEqual([
      'content/course.yaml:4:18: The lesson “b” is already listed at 4:15 (unit “U”); a lesson belongs to one place in the course.',
    ]);
  });
});
