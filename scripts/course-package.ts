/**
 * The whole course as one SCORM 2004 package, written beside the built site (site/course-scorm-2004.zip): what
 * `gd-tutor scorm content/course.yaml` makes, from the site's own player and the variants the build compiled, so the
 * index can offer it for download. A build without a course file writes none.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { courseOrder, type CompiledLesson, type Course } from '../src/content/index.js';
import { DEFAULT_PASSING } from '../src/lms/launch.js';
import type { CourseNode } from '../src/lms/scorm-contents.js';
import { coursePackage } from '../src/lms/scorm-package.js';
import { COURSE_SCORM, VARIANTS } from '../app/site.js';
import { LOCALES, type Locale } from '../src/messages/catalogue.js';

/** Writes the package into `outDir` (which holds the built player.html and assets/); returns its size in bytes. */
export function writeCoursePackage(
  outDir: string,
  course: Course,
  title: string,
  lessonIds: readonly string[],
  /** A lesson's variant compiled in its own language (no locale), or in `locale`. */
  variantsOf: (id: string, variant: number, locale?: Locale) => CompiledLesson,
): number {
  // Each variant in the lesson's language, then again in each other language of the catalogue: the player picks the
  // learner's (from the LMS, else the browser).
  const variants = (id: string) => {
    const own = Array.from({ length: VARIANTS }, (_, v) => variantsOf(id, v));
    const language = own[0]?.language ?? 'en';
    return [
      ...own,
      ...LOCALES.filter((l) => l !== language).flatMap((l) =>
        Array.from({ length: VARIANTS }, (_, v) => variantsOf(id, v, l)),
      ),
    ];
  };
  const ordered = courseOrder(course, lessonIds, (id) => id);
  const nodes: CourseNode[] = [
    ...ordered.units.map((u): CourseNode => ({ kind: 'unit', title: u.title, lessons: u.items.map(variants) })),
    ...ordered.rest.map((id): CourseNode => ({ kind: 'lesson', variants: variants(id) })),
  ];
  const pkg = coursePackage({
    version: '2004',
    id: 'course',
    title,
    nodes,
    playerDir: outDir,
    passing: DEFAULT_PASSING,
  });
  writeFileSync(join(outDir, COURSE_SCORM), pkg.zip);
  return pkg.zip.length;
}
