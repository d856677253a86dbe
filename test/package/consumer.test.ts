/**
 * gd-tutor as a project that installs it from npm sees it: `npm pack` (whose prepack builds dist/ and cdn/), then a
 * fresh project in a temporary folder installs the tarball (its dependencies from the npm cache npm ci filled, else
 * the registry) with TypeScript and Vite, and uses it: plain Node imports gd-tutor/math and checks answers, a strict
 * tsc passes on a file using the types, a Vite app with <gd-lesson> builds, and `npx gd-tutor` lints, writes a new
 * lesson and packages one for SCORM from node_modules.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of a child: without vitest's variables, so builds are production builds. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!key.startsWith('VITEST') && key !== 'TEST' && key !== 'NODE_ENV' && !key.startsWith('npm_')) env[key] = value;
  return env;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Ran> {
  return new Promise((done) => {
    execFile(
      command,
      args,
      { cwd, env: childEnv(), maxBuffer: 64 << 20, timeout: 300_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** Runs and fails the test, with the command's output, unless it exits 0. */
async function ok(command: string, args: readonly string[], cwd: string): Promise<string> {
  const r = await run(command, args, cwd);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** `npx gd-tutor ARGS` in the consumer's folder: the bin that node_modules/.bin links to. */
const gdTutor = (args: readonly string[]): Promise<Ran> => run('npx', ['--no', '--', 'gd-tutor', ...args], app);

const version = (name: string): string =>
  (JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

let work = '';
let app = '';
let tarball = '';
let packed: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gd-tutor-consumer-'));
  const out = await ok('npm', ['pack', '--json', '--pack-destination', work], REPO);
  // prepack's builds print to stdout before npm's JSON: the report is the last JSON array.
  const report = JSON.parse(out.slice(out.lastIndexOf('\n[') + 1)) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, report[0]!.filename);
  packed = report[0]!.files.map((f) => f.path).sort();

  app = join(work, 'app');
  mkdirSync(join(app, 'lessons'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', scripts: { build: 'vite build' } }, null, 2),
  );
  await ok(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      tarball,
      `typescript@${version('typescript')}`,
      `vite@${version('vite')}`,
    ],
    app,
  );
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the tarball', () => {
  it('ships the built library, CLI, player, schema and manifest, and no sources, tests or CI files', () => {
    for (const file of [
      'bin/gd-tutor.js',
      'dist/cli/gd-tutor.js',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/math/index.js',
      'dist/src/math/index.d.ts',
      'dist/src/content/index.d.ts',
      'dist/components/index.js',
      'dist/components/index.d.ts',
      'cdn/player.html',
      'cdn/embed/gd-tutor.js',
      'cdn/embed/resize.js',
      'schema/lesson.schema.json',
      'custom-elements.json',
      'package.json',
      'README.md',
    ])
      expect(packed, file).toContain(file);
    const stray = packed.filter(
      (f) =>
        /^(test|bench|scripts|app|src|components|content|\.ci)\//.test(f) ||
        /\.test\.|\.ts$/.test(f.replace(/\.d\.ts$/, '')),
    );
    expect(stray).toEqual([]);
  });

  it('has every file that package.json exports and custom-elements.json names', () => {
    const pkg = JSON.parse(readFileSync(join(app, 'node_modules/gd-tutor/package.json'), 'utf8')) as {
      exports: Record<string, string | Record<string, string>>;
      dependencies: Record<string, string>;
    };
    const targets = Object.values(pkg.exports)
      .flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)))
      .filter((t) => !t.includes('*'))
      .map((t) => t.replace(/^\.\//, ''));
    expect(targets.filter((t) => !packed.includes(t))).toEqual([]);
    expect(pkg.dependencies).not.toHaveProperty('tsx');

    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/gd-tutor/custom-elements.json'), 'utf8')) as {
      modules: { path: string }[];
    };
    const paths = manifest.modules.map((m) => m.path);
    expect(paths.length).toBeGreaterThanOrEqual(6);
    expect(paths.filter((p) => !packed.includes(p))).toEqual([]);
  });
});

describe('a project that installed gd-tutor', () => {
  it('checks answers with plain Node through gd-tutor/math', async () => {
    writeFileSync(
      join(app, 'check.mjs'),
      `import { check } from 'gd-tutor/math';
const show = (v) => [v.verdict, v.latex ?? '', v.message ?? ''].join(' | ');
console.log(show(check({ kind: 'expr', expected: '2*x', answer: 'x + x', vars: ['x', 'y'] })));
console.log(show(check({ kind: 'vector', expected: '[6, 8]', answer: '(6, 9)' })));
console.log(show(check({ kind: 'matrix', expected: '[[1, 2], [3, 4]]', answer: '[1 3; 2 4]' })));
`,
    );
    const r = await run(process.execPath, ['check.mjs'], app);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'correct | x + x | \n' +
        'incorrect | \\left(6, 9\\right) | Component 2 of 2 is not right.\n' +
        'incorrect | \\begin{bmatrix}1 & 3 \\\\ 2 & 4\\end{bmatrix} | This is the transpose of the answer: rows and columns are swapped.\n',
    );
    expect(r.code).toBe(0);
  });

  it('type-checks its own strict TypeScript against the package’s declarations', async () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noUnusedLocals: true,
          noUnusedParameters: true,
          noImplicitReturns: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
          noEmit: true,
          types: [],
        },
        files: ['typed.ts'],
      }),
    );
    writeFileSync(
      join(app, 'typed.ts'),
      `import { check, type Verdict } from 'gd-tutor/math';
import { loadLesson, type CompiledLesson } from 'gd-tutor/content';
import { Session, MemoryStorage } from 'gd-tutor';
import type { GdLesson } from 'gd-tutor/components';

export const verdict: Verdict = check({ kind: 'value', expected: '2.4', answer: '2.41', tolerance: { absolute: 0.01 } });
export function firstTitle(lesson: CompiledLesson): string {
  return lesson.exercises[0]?.title ?? lesson.title;
}
export function start(text: string): Session | undefined {
  const { lesson } = loadLesson('bowl.yaml', text, 0);
  const exercise = lesson?.exercises[0];
  if (!lesson || !exercise)
    return undefined;
  return new Session({ exercise, policy: lesson.policy, lesson: lesson.id, storage: new MemoryStorage() });
}
export const tag = (element: GdLesson): string => element.tagName.toLowerCase();
`,
    );
    const r = await run(join(app, 'node_modules/.bin/tsc'), ['-p', '.'], app);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('builds a Vite app with <gd-lesson>', async () => {
    writeFileSync(
      join(app, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Consumer</title>
<script type="module">import 'gd-tutor/components';</script></head>
<body><gd-lesson src="lessons/bowl/0.json"></gd-lesson></body></html>`,
    );
    await ok(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], app);
    const assets = readdirSync(join(app, 'dist/assets')).filter((f) => f.endsWith('.js'));
    const js = assets.map((f) => readFileSync(join(app, 'dist/assets', f), 'utf8')).join('\n');
    expect(js).toContain('gd-lesson');
    expect(js).toContain('gd-math-input');
    // The browser bundle carries the checker, never the symbolic engines.
    expect(js).not.toMatch(/nerdamer/i);
    expect(readFileSync(join(app, 'dist/index.html'), 'utf8')).toContain('<gd-lesson src="lessons/bowl/0.json">');
  });

  it('lints lessons with npx gd-tutor from node_modules', async () => {
    writeFileSync(join(app, 'lessons/bowl.yaml'), readFileSync(join(REPO, 'content/bowl.yaml')));
    const clean = await gdTutor(['lint', 'lessons']);
    expect(clean).toEqual({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n', stderr: '' });

    writeFileSync(
      join(app, 'broken.yaml'),
      'id: broken\ntitle: Broken\nexercises:\n  - id: e\n    title: E\n    function: x^2\n    variables: [x]\n    start: [1]\n    learning_rate: 0.1\n    steps:\n      - kind: partal\n',
    );
    const broken = await gdTutor(['lint', 'broken.yaml']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^broken\.yaml:11:15: Unknown step kind "partal"\. Did you mean partial\? /);
    expect(broken.stdout).toMatch(/\n1 file checked: 1 error, 0 warnings\n$/);
  });

  it('writes a new lesson whose schema reference resolves to the installed package', async () => {
    const r = await gdTutor(['new', 'first', '-o', 'lessons/first.yaml']);
    expect(r).toEqual({
      code: 0,
      stdout: 'lessons/first.yaml: a new lesson “first”; check it with gd-tutor lint lessons/first.yaml\n',
      stderr: '',
    });
    const text = readFileSync(join(app, 'lessons/first.yaml'), 'utf8');
    const reference = /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];
    expect(reference).toBe('../node_modules/gd-tutor/schema/lesson.schema.json');
    expect(existsSync(join(app, 'lessons', reference!))).toBe(true);
    expect(await gdTutor(['lint', 'lessons/first.yaml'])).toEqual({
      code: 0,
      stdout: '1 file checked: 0 errors, 0 warnings\n',
      stderr: '',
    });
  });

  it('packages a lesson for SCORM with the player the package ships', async () => {
    const r = await gdTutor(['scorm', 'lessons/bowl.yaml', '-o', 'bowl.zip', '--version', '1.2']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^bowl\.zip: SCORM 1\.2 package of “One step down the bowl”, \d+ files, \d+ KB; 8 variants; passing score 80%\.\n$/,
    );
    expect(r.code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(join(app, 'bowl.zip'))));
    const names = Object.keys(files).sort();
    expect(names).toContain('imsmanifest.xml');
    expect(names).toContain('index.html');
    expect(names).toContain('lessons/bowl/7.json');
    expect(names.some((n) => /^assets\/player-.*\.js$/.test(n))).toBe(true);
    expect(strFromU8(files['imsmanifest.xml']!)).toContain('<schemaversion>1.2</schemaversion>');
  });

  it('writes a printable answer key with npx gd-tutor solve --html', async () => {
    const r = await gdTutor(['solve', 'lessons/bowl.yaml', '--html', '--exercise', 'one-step']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('<h1>One step down the bowl — answer key</h1>');
    expect([...r.stdout.matchAll(/<p class="key-answer">/g)]).toHaveLength(7);
  });

  it('solves in French with npx gd-tutor solve --locale fr (the message catalogues ship)', async () => {
    const r = await gdTutor(['solve', 'lessons/bowl.yaml', '--locale', 'fr', '--exercise', 'one-step']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '1. Que vaut J en θ₀ = (3 ; 4) ? Donnez les nombres avec au moins 3 chiffres significatifs.\n   Réponse : 25\n',
    );
  });

  it('serves the LTI tool with gd-tutor serve from node_modules (PGlite, no setup)', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    // The bin node_modules/.bin links to, run by node itself, so that the signal that stops it reaches the server.
    const bin = join(app, 'node_modules/gd-tutor/bin/gd-tutor.js');
    const args = ['serve', '--port', String(port), '--data', join(work, 'db'), '--content', join(REPO, 'content')];
    const server = spawn(process.execPath, [bin, ...args], {
      cwd: app,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      let health: unknown;
      for (let tries = 0; tries < 120 && health === undefined; tries++) {
        await new Promise((r) => setTimeout(r, 250));
        health = await fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => r.json() as Promise<unknown>,
          () => undefined,
        );
      }
      expect(health, output).toEqual({ ok: true, database: 'pglite' });
      expect(output).toContain(`gd-tutor serve: http://127.0.0.1:${port} (pglite`);
    } finally {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGINT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      server.kill('SIGKILL');
    }
  });

  it('answers --help and refuses an unknown option, from node_modules', async () => {
    const help = await gdTutor(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^gd-tutor — a tutoring engine for gradient descent\n/);
    const wrong = await gdTutor(['lint', '--fix']);
    expect(wrong).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gd-tutor lint: unknown option --fix (this command takes no options)\n',
    });
  });
});
