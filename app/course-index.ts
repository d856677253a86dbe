/**
 * The course index (#/): the lessons in the course's units and order, each with its errors. Imported by the index
 * page only, so a lesson page does not carry it.
 */
/// <reference types="vite/client" />
import { html, nothing, type TemplateResult } from 'lit';
import { say, type Locale } from '../src/messages/catalogue.js';
import { COURSE } from '../src/messages/course.js';
import { issueList, lessonHref, plural } from './page-parts.js';
import { COURSE_SCORM, type CourseEntry, type LessonEntry } from './site.js';

const lessonItem = (lesson: LessonEntry): TemplateResult =>
  html`<li class=${lesson.errors.length > 0 ? 'lesson has-errors' : 'lesson'}>
    <a href=${lessonHref(lesson.id)}>${lesson.title}</a>
    ${
      lesson.errors.length > 0
        ? html`<p class="issue-count">${plural(lesson.errors.length, 'error')} in <code>${lesson.file}</code></p>
            ${issueList(lesson.errors)}`
        : nothing
    }
    ${import.meta.env.DEV && lesson.warnings.length > 0 ? issueList(lesson.warnings, 'warning') : nothing}
  </li>`;

/** Consecutive rows of one unit (the index comes in course order), then the rows of no unit. */
function unitsOf(lessons: readonly LessonEntry[]): { title?: string; lessons: LessonEntry[] }[] {
  const groups: { title?: string; lessons: LessonEntry[] }[] = [];
  for (const lesson of lessons) {
    const last = groups[groups.length - 1];
    if (last && last.title === lesson.unit) last.lessons.push(lesson);
    else groups.push({ ...(lesson.unit === undefined ? {} : { title: lesson.unit }), lessons: [lesson] });
  }
  return groups;
}

/** The course file's problems: its errors always (the order is then by name), its warnings in dev. */
function courseProblems(course: CourseEntry | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!course) return nothing;
  const errors =
    course.errors.length > 0
      ? html`<section class="problem" role="alert">
          <p>${say(COURSE, locale).courseErrors({ n: course.errors.length, file: course.file })}</p>
          ${issueList(course.errors)}
        </section>`
      : nothing;
  return html`${errors}${import.meta.env.DEV && course.warnings.length > 0 ? issueList(course.warnings, 'warning') : nothing}`;
}

export function indexView(
  lessons: readonly LessonEntry[],
  course: CourseEntry | undefined,
  locale: Locale,
): TemplateResult {
  const m = say(COURSE, locale);
  const groups = unitsOf(lessons);
  const inUnits = groups.some((g) => g.title !== undefined);
  let n = 0;
  // A build with a course file writes the whole course as one SCORM package beside the pages (scripts/course-package.ts).
  const download =
    import.meta.env.PROD && course?.units.length && course.errors.length === 0
      ? html`<p class="course-download"><a href=${COURSE_SCORM} download>${m.downloadCourse}</a></p>`
      : nothing;
  return html`<h1>${course?.units.length ? course.title : m.lessons}</h1>
    ${courseProblems(course, locale)} ${download}
    ${
      lessons.length === 0
        ? html`<p>
            No lessons yet: add a YAML file to <code>content/</code>, for instance with
            <code>npx gd-tutor new my-lesson &gt; content/my-lesson.yaml</code>.
          </p>`
        : !inUnits
          ? html`<ul class="lessons">
              ${lessons.map(lessonItem)}
            </ul>`
          : groups.map(
              (g) =>
                html`<section class="unit" aria-labelledby=${`unit-${n + 1}`}>
                  <h2 id=${`unit-${++n}`}>${g.title === undefined ? m.otherLessons : m.unit({ n, title: g.title })}</h2>
                  <ol class="lessons">
                    ${g.lessons.map(lessonItem)}
                  </ol>
                </section>`,
            )
    }`;
}

/** The index page's title: the course's, or "Lessons" in the page's language. */
export const indexTitle = (course: CourseEntry | undefined, locale: Locale): string =>
  course?.units.length ? course.title : say(COURSE, locale).lessons;
