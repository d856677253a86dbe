/**
 * The course file (content/course.yaml): lint at file:line:col — a lesson that does not exist, a lesson listed
 * twice, a lesson left out (a warning), the schema — and the order every output follows. The property tests
 * generate course files over generated lesson folders and check lint and order against a plain recount.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  courseJsonSchema,
  courseOrder,
  formatIssue,
  inCourseOrder,
  isCourseFile,
  loadCourse,
} from '../../src/content/index.js';

const LESSONS = ['bowl', 'gradient', 'one-variable'];
const lint = (text: string, lessons: readonly string[] = LESSONS): string[] =>
  loadCourse('course.yaml', text, lessons).issues.map(formatIssue);

describe('lint of a course file', () => {
  it('passes a course that lists every lesson once, and gives its units in order', () => {
    const text = `title: By hand
units:
  - title: Derivatives
    lessons: [gradient]
  - title: Descent
    lessons: [one-variable, bowl]
`;
    const result = loadCourse('course.yaml', text, LESSONS);
    expect(result.issues).toEqual([]);
    expect(result.course).toEqual({
      title: 'By hand',
      units: [
        { title: 'Derivatives', lessons: ['gradient'] },
        { title: 'Descent', lessons: ['one-variable', 'bowl'] },
      ],
    });
  });

  it('names a lesson that does not exist, with the nearest id, at its place', () => {
    expect(lint('title: T\nunits:\n  - title: A\n    lessons: [bowl, gradiant, one-variable]\n')).toEqual([
      'course.yaml:2:1: warning: This lesson is in the folder but not in the course: gradient. The index lists it after the units; add it to a unit to place it.',
      "course.yaml:4:21: There is no lesson “gradiant” in this folder. Did you mean gradient? A lesson's id is its file name without .yaml.",
    ]);
  });

  it('refuses a lesson listed twice, pointing at the first listing', () => {
    expect(
      lint(
        'title: T\nunits:\n  - title: A\n    lessons: [bowl, gradient]\n  - title: B\n    lessons:\n      - one-variable\n      - bowl\n',
      ),
    ).toEqual([
      'course.yaml:8:9: The lesson “bowl” is already listed at 4:15 (unit “A”); a lesson belongs to one place in the course.',
    ]);
  });

  it('warns once about the lessons left out, naming them all', () => {
    expect(lint('title: T\nunits:\n  - title: A\n    lessons: [bowl]\n')).toEqual([
      'course.yaml:2:1: warning: These lessons are in the folder but not in the course: gradient, one-variable. The index lists them after the units; add them to a unit to place them.',
    ]);
    // A warning does not stop the course from being followed.
    expect(loadCourse('course.yaml', 'title: T\nunits:\n  - title: A\n    lessons: [bowl]\n', LESSONS).course).toEqual({
      title: 'T',
      units: [{ title: 'A', lessons: ['bowl'] }],
    });
  });

  it('reports the schema: a misspelt key with its fix, a missing title, an empty unit', () => {
    expect(lint('title: T\nunits:\n  - title: A\n    lesons: [bowl]\n')).toEqual([
      'course.yaml:3:5: Missing required key "lessons".',
      'course.yaml:4:5: Unknown key "lesons". Did you mean lessons? Allowed here: title, lessons.',
    ]);
    expect(lint('units:\n  - title: A\n    lessons: [bowl, gradient, one-variable]\n')).toEqual([
      'course.yaml:1:1: Missing required key "title".',
    ]);
    expect(lint('title: T\nunits:\n  - title: A\n    lessons: []\n')).toEqual([
      'course.yaml:4:14: "lessons" expected array length to be greater or equal to 1.',
    ]);
    expect(loadCourse('course.yaml', 'title: [', LESSONS).course).toBeUndefined();
  });

  it('publishes its JSON Schema for editors, up to date (npm run schema writes it)', () => {
    expect(readFileSync(new URL('../../schema/course.schema.json', import.meta.url), 'utf8')).toBe(
      `${JSON.stringify(courseJsonSchema(), null, 2)}\n`,
    );
  });

  it('knows the course file by name, so no lesson is read from it', () => {
    expect(['course.yaml', 'course.yml', 'courses.yaml', 'bowl.yaml'].map(isCourseFile)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('the order every output follows', () => {
  const items = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  const course = {
    title: 'T',
    units: [
      { title: 'U1', lessons: ['c', 'a'] },
      { title: 'U2', lessons: ['d'] },
    ],
  };

  it('groups the items by unit in the listed order, and puts the ones left out last, in the order given', () => {
    expect(courseOrder(course, items, (i) => i.id)).toEqual({
      units: [
        { title: 'U1', items: [{ id: 'c' }, { id: 'a' }] },
        { title: 'U2', items: [{ id: 'd' }] },
      ],
      rest: [{ id: 'b' }],
    });
    expect(inCourseOrder(course, items, (i) => i.id).map((i) => i.id)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('without a course, keeps the order given', () => {
    expect(inCourseOrder(undefined, items, (i) => i.id)).toEqual(items);
  });

  it('of two items with one id, places the first and keeps the second among the rest', () => {
    const twice = [
      { id: 'a', n: 1 },
      { id: 'a', n: 2 },
    ];
    expect(courseOrder({ title: 'T', units: [{ title: 'U', lessons: ['a'] }] }, twice, (i) => i.id)).toEqual({
      units: [{ title: 'U', items: [{ id: 'a', n: 1 }] }],
      rest: [{ id: 'a', n: 2 }],
    });
  });
});

describe('generated course files', () => {
  const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/);
  const folder = fc.uniqueArray(id, { minLength: 1, maxLength: 8 });
  /** A folder of lessons and a course over them: each listing an existing lesson, or (rarely) another name. */
  const folderAndCourse = folder.chain((lessons) =>
    fc.record({
      lessons: fc.constant(lessons),
      units: fc.array(
        fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...lessons) }, id), { minLength: 1, maxLength: 5 }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
    }),
  );
  const text = (units: readonly string[][]) =>
    JSON.stringify({ title: 'Course', units: units.map((lessons, k) => ({ title: `Unit ${k + 1}`, lessons })) });

  it('lint finds exactly the unknown ids, the repeats and the lessons left out, by a plain recount', () => {
    fc.assert(
      fc.property(folderAndCourse, ({ lessons, units }) => {
        const listed = units.flat();
        const seen = new Set<string>();
        let repeats = 0;
        let unknown = 0;
        for (const l of listed) {
          if (seen.has(l)) repeats++;
          else if (!lessons.includes(l)) unknown++;
          seen.add(l);
        }
        const left = lessons.filter((l) => !seen.has(l));
        const result = loadCourse('course.yaml', text(units), lessons);
        const errors = result.issues.filter((i) => i.severity === 'error').map((i) => i.message);
        const warnings = result.issues.filter((i) => i.severity === 'warning').map((i) => i.message);
        expect(errors.filter((m) => m.includes('already listed'))).toHaveLength(repeats);
        expect(errors.filter((m) => m.startsWith('There is no lesson'))).toHaveLength(unknown);
        expect(errors).toHaveLength(repeats + unknown);
        expect(warnings).toEqual(left.length === 0 ? [] : [expect.stringContaining(`: ${left.join(', ')}.`)]);
        expect(result.course !== undefined).toBe(errors.length === 0);
      }),
    );
  });

  it('a course that lints clean orders every lesson exactly once: its units in the listed order, then the rest', () => {
    fc.assert(
      fc.property(folderAndCourse, ({ lessons, units }) => {
        const clean = units.map((u) => [...new Set(u.filter((l) => lessons.includes(l)))]);
        const listed = new Set<string>();
        const course = clean
          .map((u) => u.filter((l) => !listed.has(l) && (listed.add(l), true)))
          .filter((u) => u.length > 0);
        fc.pre(course.length > 0);
        const result = loadCourse('course.yaml', text(course), lessons);
        expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
        const ordered = inCourseOrder(result.course, lessons, (l) => l);
        expect([...ordered].sort()).toEqual([...lessons].sort());
        expect(ordered.slice(0, listed.size)).toEqual(course.flat());
        expect(ordered.slice(listed.size)).toEqual(lessons.filter((l) => !listed.has(l)));
      }),
    );
  });
});

describe('content/course.yaml', () => {
  const CONTENT = new URL('../../content/', import.meta.url);
  const lessons = readdirSync(CONTENT)
    .filter((f) => f.endsWith('.yaml') && !isCourseFile(f))
    .map((f) => f.replace(/\.yaml$/, ''));

  it('lists every lesson of the folder once, without a warning', () => {
    const result = loadCourse('content/course.yaml', readFileSync(new URL('course.yaml', CONTENT), 'utf8'), lessons);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.course!.units.flatMap((u) => u.lessons).sort()).toEqual([...lessons].sort());
  });
});
