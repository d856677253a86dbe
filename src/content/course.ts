/**
 * The course file (content/course.yaml): the order a teacher gives the lessons, in units. It owns the file's
 * format (TypeBox, whence schema/course.schema.json), its lint — every listed lesson exists, none is listed twice,
 * a lesson left out is a warning — and the one ordering every output follows (the app's index, the SCORM package
 * of a course, the LTI picker). Pure: text and the lesson ids of the folder in, a course and issues out.
 */
import { Type, type Static } from '@sinclair/typebox';
import { didYouMean, type Issue } from './issues.js';
import { loadSource, type Source } from './source.js';
import { schemaIssues } from './structure.js';

/** The file names a course may have in a lesson folder; no lesson may be called so. */
export const COURSE_FILES = ['course.yaml', 'course.yml'] as const;

/** Whether a file name in a lesson folder is the course file rather than a lesson. */
export const isCourseFile = (name: string): boolean => (COURSE_FILES as readonly string[]).includes(name);

const LESSON_ID = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$', description: 'A lesson id: its file name.' });

const UnitSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, description: 'The unit’s heading, as learners see it.' }),
    lessons: Type.Array(LESSON_ID, {
      minItems: 1,
      description: 'The unit’s lessons in order, by id (the file name without .yaml).',
    }),
  },
  { additionalProperties: false },
);

export const CourseSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    title: Type.String({ minLength: 1, description: 'The course’s title: the heading of the index.' }),
    units: Type.Array(UnitSchema, { minItems: 1, description: 'The units, in order.' }),
  },
  {
    additionalProperties: false,
    title: 'gd-tutor course',
    description: 'The order of the lessons of a folder, in units (content/course.yaml).',
  },
);

export type CourseFile = Static<typeof CourseSchema>;

export interface Unit {
  readonly title: string;
  readonly lessons: readonly string[];
}

/** A course after lint: every lesson it lists exists, once. */
export interface Course {
  readonly title: string;
  readonly units: readonly Unit[];
}

export interface CourseResult {
  /** Present when the file has no errors (warnings allowed). */
  readonly course?: Course;
  readonly issues: readonly Issue[];
}

export function courseJsonSchema(): object {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...CourseSchema };
}

/** What the listed ids say against the lessons that exist: unknown and repeated ids, and lessons left out. */
function listingIssues(source: Source, file: CourseFile, lessons: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  const exists = new Set(lessons);
  const first = new Map<string, string>();
  file.units.forEach((unit, u) => {
    unit.lessons.forEach((id, k) => {
      const at = ['units', u, 'lessons', k];
      const seen = first.get(id);
      if (seen !== undefined) {
        issues.push(
          source.issue(
            at,
            `The lesson “${id}” is already listed at ${seen}; a lesson belongs to one place in the course.`,
          ),
        );
        return;
      }
      const where = source.at(at);
      first.set(id, `${where.line}:${where.col} (unit “${unit.title}”)`);
      if (!exists.has(id)) {
        const guess = didYouMean(id, lessons);
        issues.push(
          source.issue(
            at,
            `There is no lesson “${id}” in this folder.${guess ? ` Did you mean ${guess}?` : ''} A lesson's id is its file name without .yaml.`,
          ),
        );
      }
    });
  });
  const left = lessons.filter((id) => !first.has(id));
  if (left.length > 0)
    issues.push(
      source.issue(
        ['units'],
        `${left.length === 1 ? 'This lesson is' : 'These lessons are'} in the folder but not in the course: ${left.join(', ')}. The index lists ${left.length === 1 ? 'it' : 'them'} after the units; add ${left.length === 1 ? 'it' : 'them'} to a unit to place ${left.length === 1 ? 'it' : 'them'}.`,
        { key: true, severity: 'warning' },
      ),
    );
  return issues;
}

/** Reads and checks a course file against the ids of the lessons beside it. */
export function loadCourse(file: string, text: string, lessons: readonly string[]): CourseResult {
  const loaded = loadSource(file, text);
  if (!loaded.ok) return { issues: loaded.issues };
  const { source } = loaded;
  const structural = schemaIssues(source, CourseSchema, source.data, [], CourseSchema);
  if (structural.length > 0) return { issues: [...loaded.warnings, ...structural] };
  const data = source.data as CourseFile;
  const issues = [...loaded.warnings, ...listingIssues(source, data, lessons)].sort(
    (a, b) => a.line - b.line || a.col - b.col,
  );
  if (issues.some((i) => i.severity === 'error')) return { issues };
  return {
    course: { title: data.title, units: data.units.map((u) => ({ title: u.title, lessons: [...u.lessons] })) },
    issues,
  };
}

/** Items in the course's order, grouped by unit; items the course leaves out come last, in the order given. */
export interface Ordered<T> {
  readonly units: readonly { readonly title: string; readonly items: readonly T[] }[];
  readonly rest: readonly T[];
}

export function courseOrder<T>(course: Course | undefined, items: readonly T[], idOf: (item: T) => string): Ordered<T> {
  if (!course) return { units: [], rest: [...items] };
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(idOf(item))) byId.set(idOf(item), item); // of two with one id, the first
  const placed = new Set<T>();
  const units = course.units.map((unit) => ({
    title: unit.title,
    items: unit.lessons.flatMap((id) => {
      const item = byId.get(id);
      if (item === undefined || placed.has(item)) return [];
      placed.add(item);
      return [item];
    }),
  }));
  return { units, rest: items.filter((item) => !placed.has(item)) };
}

/** The items in course order, flat: the units' lessons, then the rest. */
export const inCourseOrder = <T>(course: Course | undefined, items: readonly T[], idOf: (item: T) => string): T[] => {
  const { units, rest } = courseOrder(course, items, idOf);
  return [...units.flatMap((u) => u.items), ...rest];
};
