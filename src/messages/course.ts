/** The words of the course index (app/main.ts): its headings and what it says of a course file with errors. */
import { defineArea } from './catalogue.js';

export const COURSE = defineArea('course', {
  en: {
    lessons: 'Lessons',
    unit: (p: { n: number; title: string }) => `Unit ${p.n}: ${p.title}`,
    otherLessons: 'Other lessons',
    lessonCount: (p: { n: number }, f) => f.plural(p.n, { one: '# lesson', other: '# lessons' }),
    courseErrors: (p: { n: number; file: string }, f) =>
      `${f.plural(p.n, { one: '# error', other: '# errors' })} in ${p.file}: the lessons are listed by name until it is fixed.`,
    downloadCourse: 'Download the whole course (SCORM 2004)',
  },
}).with({
  fr: {
    lessons: 'Leçons',
    unit: (p) => `Unité ${p.n} : ${p.title}`,
    otherLessons: 'Autres leçons',
    lessonCount: (p, f) => f.plural(p.n, { one: '# leçon', other: '# leçons' }),
    courseErrors: (p, f) =>
      `${f.plural(p.n, { one: '# erreur', other: '# erreurs' })} dans ${p.file} : les leçons sont rangées par nom en attendant la correction.`,
    downloadCourse: 'Télécharger tout le cours (SCORM 2004)',
  },
});
