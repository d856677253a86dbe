/**
 * The Vite plugin that turns content/*.yaml into the JSON the app fetches:
 *
 *   lessons/index.json        [{ id, title, file, variants, unit?, errors, warnings }], in the course's order
 *   lessons/course.json       { title, file, units, errors, warnings }, when content/course.yaml exists
 *   lessons/<id>/<v>.json     the lesson compiled with seed v (0 ≤ v < VARIANTS),
 *                             or { issues: ["content/x.yaml:3:5: …"] } when it has errors
 *   lessons/<id>/<v>.<l>.json the same with the engine's words in language l (en, fr): the app fetches the one of
 *                             its page's language, so an English lesson's prompts, hints and feedback are French on
 *                             a French page (the teacher's own prose stays as written)
 *
 * In dev a middleware compiles on request (so a saved edit shows on the next
 * fetch) and a watcher tells the page which lesson changed (HMR event
 * `gd:lesson-changed`); a lesson with errors is served as its issues, so the
 * page shows file:line: message instead of going blank. In a build the files
 * are emitted into site/lessons/, and any error fails the build, so a broken
 * lesson never ships. The compiler runs here, in Node: the browser bundle
 * only fetches JSON, and the plugin refuses to bundle the compiler or the
 * symbolic engine into it.
 */
import { statSync } from 'node:fs';
import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import type { Plugin, ResolvedConfig } from 'vite';
import { lessonFiles, readLessonFile } from '../src/cli/lesson-files.js';
import {
  COURSE_FILES,
  courseOrder,
  formatIssue,
  loadCourse,
  loadLesson,
  type CompiledLesson,
  type Course,
  type Issue,
} from '../src/content/index.js';
import { loadSource } from '../src/content/source.js';
import { writeCoursePackage } from './course-package.js';
import { isLocale, LOCALES, type Locale } from '../src/messages/catalogue.js';
import {
  COURSE_URL,
  LESSON_CHANGED,
  VARIANTS,
  lessonUrl,
  type CourseEntry,
  type LessonEntry,
  type LessonJson,
} from '../app/site.js';

export { VARIANTS, type CourseEntry, type LessonEntry, type LessonJson };

/** A lesson file as read from disk. */
export interface LessonFile {
  readonly id: string;
  /** The name issues are reported under: relative to the root, with forward slashes. */
  readonly name: string;
  readonly path: string;
  readonly text: string;
  /** Why the file could not be read (a directory named x.yaml, no permission): its one issue. */
  readonly unreadable?: string;
}

export interface Compiled {
  readonly lesson?: CompiledLesson;
  readonly issues: readonly Issue[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const LESSON_EXTENSIONS = new Set(['.yaml', '.yml']);

/** The name a file is reported under: relative to `root` when inside it, else absolute. */
export function displayName(root: string, path: string): string {
  const rel = relative(root, path);
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

/** The lesson id of a path in the content directory, or undefined when it is not a lesson file there. */
export function lessonIdOf(dir: string, path: string): string | undefined {
  const rel = relative(dir, path);
  if (rel.startsWith('..') || isAbsolute(rel) || rel.includes(sep) || rel.includes('/')) return undefined;
  const ext = extname(rel);
  return LESSON_EXTENSIONS.has(ext) ? basename(rel, ext) : undefined;
}

/** The lesson files in `dir`, sorted by name, with their text. */
export function readLessons(dir: string, root: string): LessonFile[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(`There is no lesson directory ${displayName(root, dir)}.`);
  return lessonFiles([dir], root).map((path) => {
    const file = { id: lessonIdOf(dir, path) ?? basename(path), name: displayName(root, path), path };
    try {
      return { ...file, text: readLessonFile(path) };
    } catch (e) {
      // One file that cannot be read is that lesson's error, not a failed request for every lesson.
      return { ...file, text: '', unreadable: `The file cannot be read: ${(e as Error).message}.` };
    }
  });
}

/** The course file of the lesson directory, read like a lesson file; undefined when there is none. */
export function readCourse(dir: string, root: string): LessonFile | undefined {
  const path = COURSE_FILES.map((name) => resolve(dir, name)).find((p) => statSync(p, { throwIfNoEntry: false }));
  if (path === undefined) return undefined;
  const file = { id: 'course', name: displayName(root, path), path };
  try {
    return { ...file, text: readLessonFile(path) };
  } catch (e) {
    return { ...file, text: '', unreadable: `The file cannot be read: ${(e as Error).message}.` };
  }
}

/** lessons/course.json for a course file and the lessons beside it, with the course it orders them by (if no errors). */
export function courseEntry(
  file: LessonFile,
  lessons: readonly LessonFile[],
): { entry: CourseEntry; course: Course | undefined } {
  const result = file.unreadable
    ? { issues: [errorAt(file, file.unreadable)] }
    : loadCourse(
        file.name,
        file.text,
        lessons.map((l) => l.id),
      );
  const course = 'course' in result ? result.course : undefined;
  const issues = result.issues.map((i) => ({ severity: i.severity, text: formatIssue(i) }));
  return {
    course,
    entry: {
      title: course?.title ?? writtenTitle(file.text) ?? 'Lessons',
      file: file.name,
      units: course?.units.map((u) => ({ title: u.title, lessons: [...u.lessons] })) ?? [],
      errors: issues.filter((i) => i.severity === 'error').map((i) => i.text),
      warnings: issues.filter((i) => i.severity === 'warning').map((i) => i.text),
    },
  };
}

const errorAt = (file: LessonFile, message: string): Issue => ({
  file: file.name,
  line: 1,
  col: 1,
  severity: 'error',
  message,
});

/** Problems with the file as a lesson of the site: its name is its URL, and its id keys the learner's progress. */
function siteIssues(file: LessonFile, lesson: CompiledLesson | undefined): Issue[] {
  if (!ID.test(file.id))
    return [
      errorAt(
        file,
        `The file name “${file.id}” cannot be a lesson's address: use letters, digits, - and _ (e.g. content/my-lesson.yaml).`,
      ),
    ];
  if (lesson && lesson.id !== file.id) {
    const loaded = loadSource(file.name, file.text);
    const message = `The lesson id “${lesson.id}” must match the file name (${file.id}): the id is the lesson's address and keys the learner's saved progress. Rename the file or set id: ${file.id}.`;
    return [loaded.ok ? loaded.source.issue(['id'], message) : errorAt(file, message)];
  }
  return [];
}

/**
 * Compiles lesson files for a seed (and a language), remembering the last result for each file, variant and
 * language: a file compiles again only when its text changed.
 */
export class LessonCompiler {
  private readonly cache = new Map<string, { text: string; compiled: Compiled }>();

  /** The lesson compiled with seed `variant`, its engine's words in `locale` (default: the lesson's `language:`). */
  compile(file: LessonFile, variant: number, locale?: Locale): Compiled {
    if (locale !== undefined) {
      // In its own language a lesson is the one compiled already: no second compilation, the same JSON.
      const own = this.compile(file, variant);
      if (!own.lesson || (own.lesson.language ?? 'en') === locale) return own;
    }
    const key = `${file.path}\0${variant}\0${locale ?? ''}`;
    const hit = this.cache.get(key);
    if (hit?.text === file.text && file.unreadable === undefined) return hit.compiled;
    if (file.unreadable !== undefined) return { issues: [errorAt(file, file.unreadable)] };
    const result = loadLesson(file.name, file.text, variant, locale === undefined ? {} : { locale });
    const issues = [...result.issues, ...siteIssues(file, result.lesson)].sort(
      (a, b) => a.line - b.line || a.col - b.col,
    );
    const compiled: Compiled = {
      issues,
      ...(result.lesson && !issues.some((i) => i.severity === 'error') ? { lesson: result.lesson } : {}),
    };
    this.cache.set(key, { text: file.text, compiled });
    return compiled;
  }

  /** What lessons/<id>/<variant>.json (or <variant>.<locale>.json) serves. */
  json(file: LessonFile, variant: number, locale?: Locale): LessonJson {
    const { lesson, issues } = this.compile(file, variant, locale);
    return lesson ?? { issues: issues.map(formatIssue) };
  }

  /** The row of lessons/index.json for a file: its issues over every variant, each once. */
  entry(file: LessonFile): LessonEntry {
    const errors = new Set<string>();
    const warnings = new Set<string>();
    let title: string | undefined;
    for (let v = 0; v < VARIANTS; v++) {
      const { lesson, issues } = this.compile(file, v);
      title ??= lesson?.title;
      for (const issue of issues) (issue.severity === 'error' ? errors : warnings).add(formatIssue(issue));
    }
    return {
      id: file.id,
      title: title ?? writtenTitle(file.text) ?? file.id,
      file: file.name,
      variants: VARIANTS,
      errors: [...errors],
      warnings: [...warnings],
    };
  }

  /**
   * lessons/index.json: a row per file, in the course's order (each with its unit), the lessons it leaves out last;
   * of two files with one id (bowl.yaml, bowl.yml), the second is an error.
   */
  index(files: readonly LessonFile[], course?: Course): LessonEntry[] {
    const { units, rest } = courseOrder(course, files, (f) => f.id);
    const unitOf = new Map(units.flatMap((u) => u.items.map((f) => [f, u.title] as const)));
    const ordered = [...units.flatMap((u) => u.items), ...rest];
    return this.rows(ordered).map((entry, k) => {
      const unit = unitOf.get(ordered[k]!);
      return unit === undefined ? entry : { ...entry, unit };
    });
  }

  private rows(files: readonly LessonFile[]): LessonEntry[] {
    const seen = new Map<string, string>();
    return files.map((file) => {
      const entry = this.entry(file);
      const other = seen.get(file.id);
      if (other === undefined) {
        seen.set(file.id, file.name);
        return entry;
      }
      return {
        ...entry,
        errors: [
          `${file.name}:1:1: ${other} already defines the lesson “${file.id}”; rename one of them.`,
          ...entry.errors,
        ],
      };
    });
  }
}

/** The title a broken lesson's file states, if it can be read at all. */
function writtenTitle(text: string): string | undefined {
  try {
    const data: unknown = parse(text);
    if (typeof data === 'object' && data !== null && 'title' in data && typeof data.title === 'string')
      return data.title;
  } catch {
    // A file YAML cannot read has no title; its issues say why.
  }
  return undefined;
}

/** Everything a build writes under lessons/, or the errors that stop it. */
export interface Site {
  /** Output file name (lessons/index.json, lessons/bowl/0.json) → its JSON text. */
  readonly files: ReadonlyMap<string, string>;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * Everything a build writes: the index in the course's order, course.json when there is a course file, the variants,
 * each also in every language of the catalogue.
 */
export function buildSite(
  files: readonly LessonFile[],
  compiler = new LessonCompiler(),
  courseFile?: LessonFile,
): Site {
  const course = courseFile ? courseEntry(courseFile, files) : undefined;
  const index = compiler.index(files, course?.course);
  const out = new Map<string, string>([['lessons/index.json', JSON.stringify(index)]]);
  if (course) out.set(COURSE_URL, JSON.stringify(course.entry));
  for (const file of files)
    for (let v = 0; v < VARIANTS; v++) {
      out.set(lessonUrl(file.id, v), JSON.stringify(compiler.json(file, v)));
      for (const locale of LOCALES)
        out.set(lessonUrl(file.id, v, locale), JSON.stringify(compiler.json(file, v, locale)));
    }
  return {
    files: out,
    errors: [...(course?.entry.errors ?? []), ...index.flatMap((e) => e.errors)],
    warnings: [...(course?.entry.warnings ?? []), ...index.flatMap((e) => e.warnings)],
  };
}

/** What a request path under the site asks for: the index, one variant (in a language), or not a lesson URL at all. */
export type LessonRequest =
  { kind: 'index' } | { kind: 'course' } | { kind: 'variant'; id: string; variant: number; locale?: Locale };

export function lessonRequest(pathname: string): LessonRequest | undefined {
  if (/(?:^|\/)lessons\/index\.json$/.test(pathname)) return { kind: 'index' };
  if (/(?:^|\/)lessons\/course\.json$/.test(pathname)) return { kind: 'course' };
  const m = /(?:^|\/)lessons\/([^/]+)\/(\d+)(?:\.([a-z]+))?\.json$/.exec(pathname);
  if (!m || (m[3] !== undefined && !isLocale(m[3]))) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(m[1]!);
  } catch {
    return undefined;
  }
  return { kind: 'variant', id, variant: Number(m[2]), ...(m[3] !== undefined ? { locale: m[3] } : {}) };
}

/**
 * What the browser bundle must never contain: the lesson compiler, the symbolic engines (nerdamer ≈ 180 KB gzip),
 * and KaTeX and markdown-it, which render a lesson’s prose at compile time. Two
 * modules of src/content are browser-safe by design and allowed: descent.ts, the numeric descent the
 * plots and the learning-rate explorer run, and math-spans.ts, where the math is in prose (neither imports
 * anything but types).
 */
const SERVER_ONLY = [
  // The content layer stays out of the browser but for the descent run, where the math is in prose, the compiled format and its trees.
  /[\\/]src[\\/]content[\\/](?!descent\.ts$|math-spans\.ts$|answer-tree\.ts$|compiled\.ts$|number-text\.ts$)/,
  /[\\/]src[\\/]cli[\\/]/,
  /[\\/]src[\\/]math[\\/]derivative\.ts$/,
  /[\\/]node_modules[\\/](?:\.vite[\\/]deps[\\/])?(?:mathjs|nerdamer(?:-prime)?|katex|markdown-it)(?:[\\/._]|$)/,
];

export interface GdLessonsOptions {
  /** The directory of lesson files, relative to the Vite root (default `content`). */
  readonly dir?: string;
}

export function gdLessons(options: GdLessonsOptions = {}): Plugin {
  let config: ResolvedConfig | undefined;
  let dir = '';
  let site: Site | undefined;
  const compiler = new LessonCompiler();
  const root = () => config?.root ?? process.cwd();
  const read = () => readLessons(dir, root());
  const readCourseFile = () => readCourse(dir, root());

  return {
    name: 'gd-lessons',

    configResolved(resolved) {
      config = resolved;
      dir = resolve(resolved.root, options.dir ?? 'content');
    },

    configureServer(server) {
      server.watcher.add(dir);
      const changed = (path: string) => {
        const id = lessonIdOf(dir, path);
        if (id !== undefined) server.ws.send(LESSON_CHANGED, { id });
      };
      server.watcher.on('change', changed).on('add', changed).on('unlink', changed);

      server.middlewares.use((req, res, next) => {
        const request = lessonRequest((req.url ?? '/').replace(/[?#].*$/s, ''));
        if (!request || (req.method !== 'GET' && req.method !== 'HEAD')) {
          next();
          return;
        }
        const send = (status: number, body: unknown) => {
          res.statusCode = status;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(JSON.stringify(body));
        };
        try {
          const files = read();
          const courseFile = readCourseFile();
          const course = courseFile ? courseEntry(courseFile, files) : undefined;
          if (request.kind === 'index') {
            send(200, compiler.index(files, course?.course));
            return;
          }
          if (request.kind === 'course') {
            if (course) send(200, course.entry);
            else send(404, { issues: ['There is no course file (content/course.yaml).'] });
            return;
          }
          const file = files.find((f) => f.id === request.id);
          if (!file || request.variant >= VARIANTS) {
            send(404, { issues: [`No lesson at lessons/${request.id}/${request.variant}.json.`] });
            return;
          }
          // 200 even with errors: the page shows the issues rather than a failed request.
          send(200, compiler.json(file, request.variant, request.locale));
        } catch (e) {
          server.config.logger.error(`[gd-lessons] ${(e as Error).stack ?? String(e)}`);
          send(500, { issues: [`The lesson compiler failed: ${(e as Error).message}`] });
        }
      });
    },

    buildStart() {
      if (config?.command !== 'build') return;
      const files = read();
      const courseFile = readCourseFile();
      for (const f of [...files, ...(courseFile ? [courseFile] : [])]) this.addWatchFile(f.path);
      site = buildSite(files, compiler, courseFile);
      for (const w of site.warnings) this.warn(w);
      if (site.errors.length > 0)
        this.error(
          `${site.errors.length} error${site.errors.length === 1 ? '' : 's'} in the lessons; a broken lesson is never shipped:\n${site.errors.join('\n')}`,
        );
    },

    load(id) {
      // Browser code only: tests (mode "test") and server-side environments may import the compiler.
      if (config?.mode === 'test' || this.environment.config.consumer !== 'client') return null;
      const path = id.split('?')[0]!;
      if (SERVER_ONLY.some((r) => r.test(path)))
        this.error(
          `${displayName(root(), path)} must not reach the browser bundle: the app fetches compiled lessons (lessons/*.json) instead.`,
        );
      return null;
    },

    generateBundle() {
      if (!site) return;
      for (const [fileName, source] of site.files) this.emitFile({ type: 'asset', fileName, source });
    },

    // Once the player is on disk: the whole course as one SCORM package beside it (course-package.ts).
    writeBundle(output) {
      const courseFile = readCourseFile();
      if (!site || !courseFile || !output.dir) return;
      const files = read();
      const { entry, course } = courseEntry(courseFile, files);
      if (!course) return;
      const lessons = new Map(files.map((f) => [f.id, f]));
      writeCoursePackage(output.dir, course, entry.title, [...lessons.keys()], (id, v, locale) => {
        const json = compiler.json(lessons.get(id)!, v, locale);
        if (!('exercises' in json)) throw new Error(`${id} (variant ${v}) did not compile`);
        return json;
      });
    },
  };
}
