/**
 * The lesson plugin (scripts/vite-plugin-lessons.ts) on lesson files of its own, in temporary directories, so the
 * curriculum in content/ can change freely: the index and the compiled JSON per variant, issues at file:line:col,
 * the dev server (compiles on request, tells the page which lesson changed), and `vite build` (writes the static site,
 * fails on a broken lesson, refuses to bundle the compiler).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, createServer, resolveConfig, type InlineConfig, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exerciseSeed, formatIssue, loadLesson, type CompiledLesson } from '../../src/content/index.js';
import {
  buildSite,
  displayName,
  gdLessons,
  LessonCompiler,
  lessonIdOf,
  lessonRequest,
  readCourse,
  readLessons,
  VARIANTS,
  type CourseEntry,
  type LessonEntry,
} from '../../scripts/vite-plugin-lessons.js';

const REPO = resolve(import.meta.dirname, '../..');

const SMALL = `id: small
title: A small step
exercises:
  - id: one
    title: One step
    function: x^2
    variables: [x]
    start: [3]
    learning_rate: 0.1
    steps:
      - kind: partial
        wrt: x
      - kind: update
`;

const RANDOM = `id: random
title: A random start
exercises:
  - id: draw
    title: From a point of your own
    function: x^2
    variables: [x]
    start: [p]
    learning_rate: 0.1
    parameters:
      p: { integer: [1, 9] }
    steps:
      - kind: update
`;

/** Line 14, column 19: a written answer the engine disagrees with. */
const WRONG_VALUE = SMALL.replace('id: small', 'id: wrong').replace(
  '      - kind: update\n',
  '      - kind: update\n        expected: [2]\n',
);

/** Not YAML at all: the flow sequence never closes. */
const UNREADABLE = 'id: unreadable\ntitle: Unreadable\nexercises: [\n';

const YAML_ERROR =
  'content/unreadable.yaml:4:1: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]';

const MISMATCH_ERROR =
  "content/renamed.yaml:1:5: The lesson id “small” must match the file name (renamed): the id is the lesson's address and keys the learner's saved progress. Rename the file or set id: renamed.";

const temporary: string[] = [];

/** A project directory with `content/` holding `files`. */
function project(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(join(tmpdir(), 'gd-lessons-'));
  temporary.push(root);
  mkdirSync(join(root, 'content'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content', name), text);
  return root;
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const compiled = (name: string, text: string, seed: number, locale?: 'en' | 'fr'): CompiledLesson => {
  const result = loadLesson(name, text, seed, locale === undefined ? {} : { locale });
  if (!result.lesson) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.lesson;
};

describe('paths and requests', () => {
  it('names a lesson by its file name, only directly in the content directory', () => {
    expect(lessonIdOf('/p/content', '/p/content/bowl.yaml')).toBe('bowl');
    expect(lessonIdOf('/p/content', '/p/content/bowl.yml')).toBe('bowl');
    expect(lessonIdOf('/p/content', '/p/content/notes.txt')).toBeUndefined();
    expect(lessonIdOf('/p/content', '/p/content/old/bowl.yaml')).toBeUndefined();
    expect(lessonIdOf('/p/content', '/p/other/bowl.yaml')).toBeUndefined();
  });

  it('reports files relative to the root, and outside it by their full path', () => {
    expect(displayName('/p', '/p/content/bowl.yaml')).toBe('content/bowl.yaml');
    expect(displayName('/p', '/q/content/bowl.yaml')).toBe('/q/content/bowl.yaml');
  });

  it('reads the lesson URLs under any base', () => {
    expect(lessonRequest('/lessons/index.json')).toEqual({ kind: 'index' });
    expect(lessonRequest('/site/lessons/course.json')).toEqual({ kind: 'course' });
    expect(lessonRequest('/site/lessons/bowl/3.json')).toEqual({ kind: 'variant', id: 'bowl', variant: 3 });
    expect(lessonRequest('/lessons/my%20lesson/0.json')).toEqual({ kind: 'variant', id: 'my lesson', variant: 0 });
    expect(lessonRequest('/site/lessons/bowl/3.fr.json')).toEqual({
      kind: 'variant',
      id: 'bowl',
      variant: 3,
      locale: 'fr',
    });
    expect(lessonRequest('/lessons/bowl/3.de.json')).toBeUndefined();
    expect(lessonRequest('/lessons/%E0%A4%A/0.json')).toBeUndefined();
    expect(lessonRequest('/lessons/bowl/x.json')).toBeUndefined();
    expect(lessonRequest('/lessons/bowl.json')).toBeUndefined();
    expect(lessonRequest('/app/main.ts')).toBeUndefined();
  });
});

describe('the index and the compiled lessons', () => {
  it('lists every lesson file in name order, with its title and its errors at file:line:col', () => {
    const root = project({
      'small.yaml': SMALL,
      'unreadable.yaml': UNREADABLE,
      'renamed.yaml': SMALL,
      'wrong.yml': WRONG_VALUE,
      'notes.txt': 'not a lesson',
    });
    const files = readLessons(join(root, 'content'), root);
    expect(files.map((f) => [f.id, f.name])).toEqual([
      ['renamed', 'content/renamed.yaml'],
      ['small', 'content/small.yaml'],
      ['unreadable', 'content/unreadable.yaml'],
      ['wrong', 'content/wrong.yml'],
    ]);
    const wrong = loadLesson('content/wrong.yml', WRONG_VALUE).issues.map(formatIssue);
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatch(/^content\/wrong\.yml:14:19: /);
    expect(new LessonCompiler().index(files)).toEqual<LessonEntry[]>([
      {
        id: 'renamed',
        title: 'A small step',
        file: 'content/renamed.yaml',
        variants: 8,
        errors: [MISMATCH_ERROR],
        warnings: [],
      },
      { id: 'small', title: 'A small step', file: 'content/small.yaml', variants: 8, errors: [], warnings: [] },
      {
        id: 'unreadable',
        title: 'unreadable',
        file: 'content/unreadable.yaml',
        variants: 8,
        errors: [YAML_ERROR],
        warnings: [],
      },
      { id: 'wrong', title: 'A small step', file: 'content/wrong.yml', variants: 8, errors: wrong, warnings: [] },
    ]);
  });

  it('one lesson that cannot compile or be read is its own error: the others are still served', () => {
    const root = project({
      'small.yaml': SMALL,
      'tangent.yaml': SMALL.replace('id: small', 'id: tangent').replace('function: x^2', 'function: tan(x)/0'),
      'proto.yaml': SMALL.replace('id: small', 'id: proto').replace(
        '    steps:',
        '    where: {__proto__: x}\n    steps:',
      ),
    });
    mkdirSync(join(root, 'content', 'folder.yaml')); // a directory where a file should be
    const files = readLessons(join(root, 'content'), root);
    const index = new LessonCompiler().index(files);
    expect(index.map((e) => [e.id, e.errors.length > 0])).toEqual([
      ['folder', true],
      ['proto', true],
      ['small', false],
      ['tangent', true],
    ]);
    expect(index[0]!.errors).toEqual([
      'content/folder.yaml:1:1: The file cannot be read: EISDIR: illegal operation on a directory, read.',
    ]);
    expect(index[1]!.errors).toEqual([
      'content/proto.yaml:10:13: “__proto__” cannot be a name here: every JavaScript object has a property of that name. Choose another name.',
    ]);
    for (const error of index[3]!.errors) expect(error).toMatch(/^content\/tangent\.yaml:\d+:\d+: /);
    expect(new LessonCompiler().json(files[2]!, 0)).toEqual(compiled('content/small.yaml', SMALL, 0));
  });

  it('serves variant v as the lesson compiled with seed v', () => {
    const root = project({ 'random.yaml': RANDOM, 'small.yaml': SMALL });
    const [random, small] = readLessons(join(root, 'content'), root);
    const compiler = new LessonCompiler();
    const starts = new Set<number>();
    for (let v = 0; v < VARIANTS; v++) {
      const lesson = compiler.json(random!, v) as CompiledLesson;
      expect(lesson).toEqual(compiled('content/random.yaml', RANDOM, v));
      expect(lesson.exercises[0]!.seed).toBe(exerciseSeed(v, 'draw'));
      starts.add(lesson.exercises[0]!.start![0]!);
      // Without parameters the variants pose the same problem.
      expect((compiler.json(small!, v) as CompiledLesson).exercises[0]!.start).toEqual([3]);
    }
    expect(starts.size).toBeGreaterThan(1);
  });

  it('serves a lesson with errors as its issues, and compiles a file again only when its text changed', () => {
    const root = project({ 'unreadable.yaml': UNREADABLE });
    const [file] = readLessons(join(root, 'content'), root);
    const compiler = new LessonCompiler();
    expect(compiler.json(file!, 5)).toEqual({ issues: [YAML_ERROR] });
    expect(compiler.compile(file!, 5)).toBe(compiler.compile(file!, 5));
    const fixed = { ...file!, text: SMALL.replace('id: small', 'id: unreadable') };
    expect((compiler.json(fixed, 5) as CompiledLesson).title).toBe('A small step');
  });

  it('builds index.json and eight files per lesson, each also in English and in French, and collects the errors that stop a build', () => {
    const root = project({ 'small.yaml': SMALL });
    const site = buildSite(readLessons(join(root, 'content'), root));
    expect([...site.files.keys()]).toEqual([
      'lessons/index.json',
      ...Array.from({ length: 8 }, (_, v) => [
        `lessons/small/${v}.json`,
        `lessons/small/${v}.en.json`,
        `lessons/small/${v}.fr.json`,
      ]).flat(),
    ]);
    expect(JSON.parse(site.files.get('lessons/index.json')!)).toEqual([
      { id: 'small', title: 'A small step', file: 'content/small.yaml', variants: 8, errors: [], warnings: [] },
    ]);
    expect(JSON.parse(site.files.get('lessons/small/7.json')!)).toEqual(compiled('content/small.yaml', SMALL, 7));
    // An English lesson in its own language is the same file; in French, the engine's words are French.
    expect(site.files.get('lessons/small/7.en.json')).toBe(site.files.get('lessons/small/7.json'));
    const french = JSON.parse(site.files.get('lessons/small/7.fr.json')!) as CompiledLesson;
    expect(french).toEqual(compiled('content/small.yaml', SMALL, 7, 'fr'));
    expect(french.title).toBe('A small step');
    expect(french.exercises[0]!.steps[1]!.prompt).toBe(
      'Faites un pas de descente de gradient depuis $x_{0} = 3$ avec $\\alpha = 0{,}1$ : que vaut $x_{1}$ ? Donnez les nombres avec au moins 3 chiffres significatifs.',
    );
    expect(site.errors).toEqual([]);

    const broken = project({ 'small.yaml': SMALL, 'small.yml': SMALL, 'unreadable.yaml': UNREADABLE });
    expect(buildSite(readLessons(join(broken, 'content'), broken)).errors).toEqual([
      'content/small.yml:1:1: content/small.yaml already defines the lesson “small”; rename one of them.',
      YAML_ERROR,
    ]);
  });

  const row = (id: string, unit?: string): LessonEntry => ({
    id,
    title: 'A small step',
    file: `content/${id}.yaml`,
    variants: 8,
    ...(unit === undefined ? {} : { unit }),
    errors: [],
    warnings: [],
  });
  const lessonsNamed = (...ids: string[]) =>
    Object.fromEntries(ids.map((id) => [`${id}.yaml`, SMALL.replace('id: small', `id: ${id}`)]));

  it('orders index.json by the course file, each row with its unit, the lessons it leaves out last; course.json says so', () => {
    const course =
      'title: My course\nunits:\n  - title: First\n    lessons: [c, a]\n  - title: Second\n    lessons: [d]\n';
    const root = project({ ...lessonsNamed('a', 'b', 'c', 'd'), 'course.yaml': course });
    const files = readLessons(join(root, 'content'), root);
    expect(files.map((f) => f.id)).toEqual(['a', 'b', 'c', 'd']); // the course file is not a lesson
    const site = buildSite(files, new LessonCompiler(), readCourse(join(root, 'content'), root));
    expect(JSON.parse(site.files.get('lessons/index.json')!)).toEqual([
      row('c', 'First'),
      row('a', 'First'),
      row('d', 'Second'),
      row('b'),
    ]);
    const warning =
      'content/course.yaml:2:1: warning: This lesson is in the folder but not in the course: b. The index lists it after the units; add it to a unit to place it.';
    expect(JSON.parse(site.files.get('lessons/course.json')!)).toEqual<CourseEntry>({
      title: 'My course',
      file: 'content/course.yaml',
      units: [
        { title: 'First', lessons: ['c', 'a'] },
        { title: 'Second', lessons: ['d'] },
      ],
      errors: [],
      warnings: [warning],
    });
    expect(site.errors).toEqual([]);
    expect(site.warnings).toEqual([warning]);
  });

  it('a course file with errors stops a build and is not followed; without one there is no course.json', () => {
    const root = project({
      ...lessonsNamed('a', 'b'),
      'course.yml': 'title: T\nunits:\n  - title: U\n    lessons: [b, missing]\n',
    });
    const site = buildSite(
      readLessons(join(root, 'content'), root),
      new LessonCompiler(),
      readCourse(join(root, 'content'), root),
    );
    expect(site.errors).toEqual([
      "content/course.yml:4:18: There is no lesson “missing” in this folder. A lesson's id is its file name without .yaml.",
    ]);
    expect((JSON.parse(site.files.get('lessons/index.json')!) as LessonEntry[]).map((e) => e.id)).toEqual(['a', 'b']);
    const plain = project(lessonsNamed('a'));
    expect(readCourse(join(plain, 'content'), plain)).toBeUndefined();
    expect([...buildSite(readLessons(join(plain, 'content'), plain)).files.keys()]).not.toContain(
      'lessons/course.json',
    );
  });

  it('says when the lesson directory is missing', () => {
    const root = project({});
    expect(() => readLessons(join(root, 'lessons'), root)).toThrow('There is no lesson directory lessons.');
  });

  it('refuses a file name that cannot be an address', () => {
    const root = project({ 'my lesson.yaml': SMALL });
    expect(new LessonCompiler().index(readLessons(join(root, 'content'), root))[0]!.errors).toEqual([
      "content/my lesson.yaml:1:1: The file name “my lesson” cannot be a lesson's address: use letters, digits, - and _ (e.g. content/my-lesson.yaml).",
    ]);
  });
});

describe('the dev server', () => {
  let server: ViteDevServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('compiles on request, serves issues with 200, and tells the page which lesson changed', async () => {
    const root = project({ 'small.yaml': SMALL });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0 },
      plugins: [gdLessons()],
    });
    await server.listen();
    const base = server.resolvedUrls!.local[0]!;
    const get = async (path: string) => {
      const response = await fetch(new URL(path, base));
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        body: (await response.json()) as unknown,
      };
    };
    const send = vi.spyOn(server.ws, 'send');

    expect(await get('lessons/index.json')).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: [{ id: 'small', title: 'A small step', file: 'content/small.yaml', variants: 8, errors: [], warnings: [] }],
    });
    expect((await get('lessons/small/2.json')).body).toEqual(compiled('content/small.yaml', SMALL, 2));
    expect((await get('lessons/small/2.fr.json')).body).toEqual(compiled('content/small.yaml', SMALL, 2, 'fr'));
    expect(await get('lessons/small/8.json')).toMatchObject({ status: 404 });
    expect(await get('lessons/index.json?t=1')).toMatchObject({ status: 200 });
    expect((await fetch(`${base}/`)).status).toBe(200); // the path //
    expect(await get('lessons/other/0.json')).toEqual({
      status: 404,
      type: 'application/json; charset=utf-8',
      body: { issues: ['No lesson at lessons/other/0.json.'] },
    });

    const file = join(root, 'content', 'small.yaml');
    writeFileSync(file, SMALL.replace('title: A small step', 'title: A smaller step'));
    expect((await get('lessons/small/2.json')).body).toMatchObject({ title: 'A smaller step' });
    await vi.waitFor(
      () => {
        expect(send).toHaveBeenCalledWith('gd:lesson-changed', { id: 'small' });
      },
      { timeout: 5000 },
    );

    writeFileSync(file, SMALL.replace('id: small', 'id: small\ntitle: twice'));
    const broken = await get('lessons/small/2.json');
    expect(broken.status).toBe(200);
    expect(broken.body).toEqual({ issues: ['content/small.yaml:3:1: YAML: Map keys must be unique'] });

    send.mockClear();
    writeFileSync(join(root, 'content', 'added.yaml'), SMALL.replace('id: small', 'id: added'));
    await vi.waitFor(
      () => {
        expect(send).toHaveBeenCalledWith('gd:lesson-changed', { id: 'added' });
      },
      { timeout: 5000 },
    );
    expect(((await get('lessons/index.json')).body as LessonEntry[]).map((e) => e.id)).toEqual(['added', 'small']);
  });
});

describe('vite build', () => {
  /** A build of the project at `root` with the lesson plugin reading `content`, into a temporary outDir. */
  function config(root: string, content: string, configFile: string | false = false): InlineConfig {
    const outDir = mkdtempSync(join(tmpdir(), 'gd-dist-'));
    temporary.push(outDir);
    return {
      root,
      configFile,
      logLevel: 'silent',
      base: './',
      plugins: configFile ? [] : [gdLessons({ dir: content })],
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    };
  }

  const outDirOf = (c: InlineConfig): string => c.build!.outDir!;

  /** A project whose page is a one-line script, with `script` as its code. */
  function minimalApp(files: Readonly<Record<string, string>>, script = 'document.title = "ok";'): string {
    const root = project(files);
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html lang="en"><title>t</title><script type="module" src="./main.js"></script></html>',
    );
    writeFileSync(join(root, 'main.js'), script);
    return root;
  }

  it('writes the page and every lesson variant, with relative paths', async () => {
    const root = minimalApp({ 'small.yaml': SMALL });
    const c = config(root, 'content');
    await build(c);
    const out = outDirOf(c);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/src="\.\/assets\/index-[\w-]+\.js"/);
    expect(JSON.parse(readFileSync(join(out, 'lessons/index.json'), 'utf8'))).toEqual([
      { id: 'small', title: 'A small step', file: 'content/small.yaml', variants: 8, errors: [], warnings: [] },
    ]);
    for (let v = 0; v < VARIANTS; v++) {
      expect(JSON.parse(readFileSync(join(out, `lessons/small/${v}.json`), 'utf8'))).toEqual(
        compiled('content/small.yaml', SMALL, v),
      );
      expect(JSON.parse(readFileSync(join(out, `lessons/small/${v}.fr.json`), 'utf8'))).toEqual(
        compiled('content/small.yaml', SMALL, v, 'fr'),
      );
    }
  });

  it('fails on a lesson with errors, printing them, so a broken lesson never ships', async () => {
    const root = minimalApp({ 'small.yaml': SMALL, 'unreadable.yaml': UNREADABLE });
    const c = config(root, 'content');
    await expect(build(c)).rejects.toThrow(`1 error in the lessons; a broken lesson is never shipped:\n${YAML_ERROR}`);
    expect(existsSync(join(outDirOf(c), 'lessons'))).toBe(false);
  });

  it('refuses to put the lesson compiler into the browser bundle', async () => {
    const compiler = join(REPO, 'src/content/index.ts');
    const root = minimalApp(
      { 'small.yaml': SMALL },
      `import { loadLesson } from ${JSON.stringify(compiler)};\nconsole.log(loadLesson);`,
    );
    await expect(build(config(root, 'content'))).rejects.toThrow(
      `${compiler} must not reach the browser bundle: the app fetches compiled lessons (lessons/*.json) instead.`,
    );
  });

  it('uses vite.config.ts: relative base, es2022, the lesson plugin', async () => {
    const resolved = await resolveConfig({ root: REPO, configFile: join(REPO, 'vite.config.ts') }, 'build');
    expect(resolved.base).toBe('./');
    expect(resolved.build.target).toBe('es2022');
    expect(resolved.plugins.map((p) => p.name)).toContain('gd-lessons');
  });

  // The real app needs the components; until components/index.ts exists the builds above stand in for it.
  it.runIf(existsSync(join(REPO, 'components/index.ts')))(
    'builds the real app with its lessons, without the compiler',
    async () => {
      const content = join(project({ 'small.yaml': SMALL }), 'content');
      const c = config(REPO, content);
      await build(c);
      const out = outDirOf(c);
      const html = readFileSync(join(out, 'index.html'), 'utf8');
      expect(html).toMatch(/<script async type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js"><\/script>/);
      expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\.\/assets\/index-[\w-]+\.css">/);
      expect(html).toContain('<main id="main" tabindex="-1">');
      expect(existsSync(join(out, 'lessons/small/0.json'))).toBe(true);
      const script = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(html)![1]!;
      const code = readFileSync(join(out, script), 'utf8');
      expect(code).toContain('gd-lesson');
      expect(code).not.toContain('nerdamer');
    },
    60_000,
  );
});
