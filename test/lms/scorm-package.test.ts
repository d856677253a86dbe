/**
 * `gd-tutor scorm` writes a zip an LMS accepts: read back with fflate (an independent unzipper), its imsmanifest.xml
 * parsed with @xmldom/xmldom and checked element by element, namespaces included, for SCORM 1.2 and 2004. The
 * player here is a stand-in directory shaped like a build (player.html and the assets it loads); the browser tests
 * package the real one.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { scormManifest } from '../../src/lms/scorm-manifest.js';

const CP12 = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP12 = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const CP2004 = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ADLCP2004 = 'http://www.adlnet.org/xsd/adlcp_v1p3';
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';

let dir = '';
let player = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gd-tutor-scorm-'));
  player = join(dir, 'dist');
  mkdirSync(join(player, 'assets'), { recursive: true });
  writeFileSync(
    join(player, 'player.html'),
    `<!doctype html><html lang="en"><head><title>gd-tutor</title>
<script type="module" crossorigin src="./assets/player-A1.js"></script>
<link rel="stylesheet" crossorigin href="./assets/player-B2.css"></head><body><main id="player"></main></body></html>`,
  );
  writeFileSync(join(player, 'assets/player-A1.js'), 'import{a}from"./site-C3.js";a();');
  writeFileSync(join(player, 'assets/site-C3.js'), 'export const a=()=>{};');
  writeFileSync(join(player, 'assets/player-B2.css'), 'main{display:block}');
  writeFileSync(join(player, 'assets/index-D4.js'), '// the app page only: not part of a package');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[]) => runCli(args);

const parseXml = (text: string): Document => new DOMParser().parseFromString(text, 'application/xml');

function only(parent: Document | Element, ns: string, name: string): Element {
  const found = parent.getElementsByTagNameNS(ns, name);
  expect(found.length, `one ${name}`).toBe(1);
  return found[0]!;
}

async function pack(version: '1.2' | '2004', extra: string[] = []) {
  const out = join(dir, `bowl-${version}.zip`);
  const result = await run([
    'scorm',
    'content/bowl.yaml',
    '-o',
    out,
    '--version',
    version,
    '--player',
    player,
    ...extra,
  ]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const files = unzipSync(new Uint8Array(readFileSync(out)));
  return { result, files, manifest: parseXml(strFromU8(files['imsmanifest.xml']!)) };
}

const PACKAGE_FILES = [
  'assets/player-A1.js',
  'assets/player-B2.css',
  'assets/site-C3.js',
  'index.html',
  ...Array.from({ length: 8 }, (_, k) => `lessons/bowl/${k}.json`),
  // The same variants in French, for a learner whose LMS (or browser) says fr.
  ...Array.from({ length: 8 }, (_, k) => `lessons/bowl/${k}.fr.json`),
].sort();

describe('gd-tutor scorm content/bowl.yaml --version 1.2', () => {
  it('writes a manifest in the IMS CP 1.1.2 / ADL 1.2 namespaces: one SCO, every file listed, mastery 80', async () => {
    const { result, files, manifest } = await pack('1.2');
    expect(result.stdout).toMatch(
      /bowl-1\.2\.zip: SCORM 1\.2 package of “One step down the bowl”, 21 files, \d+ KB; 8 variants; passing score 80%\.\n$/,
    );
    const root = manifest.documentElement!;
    expect([root.namespaceURI, root.localName, root.getAttribute('identifier')]).toEqual([CP12, 'manifest', 'gd_bowl']);
    expect(only(manifest, CP12, 'schema').textContent).toBe('ADL SCORM');
    expect(only(manifest, CP12, 'schemaversion').textContent).toBe('1.2');
    const organizations = only(manifest, CP12, 'organizations');
    const organization = only(manifest, CP12, 'organization');
    expect(organizations.getAttribute('default')).toBe(organization.getAttribute('identifier'));
    const item = only(manifest, CP12, 'item');
    expect(only(item, CP12, 'title').textContent).toBe('One step down the bowl');
    expect(only(item, ADLCP12, 'masteryscore').textContent).toBe('80');
    const resource = only(manifest, CP12, 'resource');
    expect(item.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
    expect(resource.getAttribute('type')).toBe('webcontent');
    expect(resource.getAttributeNS(ADLCP12, 'scormtype')).toBe('sco');
    expect(resource.getAttribute('href')).toBe('index.html');
    const listed = [...resource.getElementsByTagNameNS(CP12, 'file')].map((f) => f.getAttribute('href'));
    expect(listed).toEqual(PACKAGE_FILES);
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', ...PACKAGE_FILES].sort());
  });

  it('launches the player with its launch written in, and ships each variant compiled', async () => {
    const { files } = await pack('1.2');
    const index = strFromU8(files['index.html']!);
    expect(index).toContain('<title>One step down the bowl</title>');
    expect(index).toContain('<script type="module" crossorigin src="./assets/player-A1.js"></script>');
    const config = /<script type="application\/json" id="gd-player-config">(.*?)<\/script>/.exec(index)?.[1];
    expect(JSON.parse(config!)).toEqual({
      lesson: 'bowl',
      scorm: '1.2',
      passing: 0.8,
      lessons: 'lessons/',
      variants: 8,
      locales: 'fr',
    });
    type Shipped = { id: string; language?: string; exercises: { id: string; seed: number; statement: string }[] };
    const shipped = (f: string) => JSON.parse(strFromU8(files[f]!)) as Shipped;
    const lessons = Array.from({ length: 8 }, (_, k) => shipped(`lessons/bowl/${k}.json`));
    expect(lessons.map((l) => l.id)).toEqual(Array(8).fill('bowl'));
    // Each variant is the lesson compiled with its own seed: the random start differs between them.
    expect(new Set(lessons.map((l) => l.exercises[1]!.seed)).size).toBe(8);
    // k.fr.json is variant k in French: the same seed, the engine's words in French.
    const french = Array.from({ length: 8 }, (_, k) => shipped(`lessons/bowl/${k}.fr.json`));
    expect(french.map((l) => [l.language, l.exercises[1]!.seed])).toEqual(
      lessons.map((l) => ['fr', l.exercises[1]!.seed]),
    );
    expect(french[0]!.exercises[0]!.statement).toMatch(/^Soit /);
  });
});

describe('gd-tutor scorm content/bowl.yaml --version 2004', () => {
  it('writes a manifest in the IMS CP 1.1.4 / ADL CP 1.3 namespaces, with the pass mark as the primary objective', async () => {
    const { manifest } = await pack('2004', ['--passing', '0.75']);
    const root = manifest.documentElement!;
    expect([root.namespaceURI, root.localName]).toEqual([CP2004, 'manifest']);
    for (const [prefix, ns] of [
      ['adlcp', ADLCP2004],
      ['adlseq', 'http://www.adlnet.org/xsd/adlseq_v1p3'],
      ['adlnav', 'http://www.adlnet.org/xsd/adlnav_v1p3'],
      ['imsss', IMSSS],
    ])
      expect(root.getAttribute(`xmlns:${prefix}`)).toBe(ns);
    expect(only(manifest, CP2004, 'schema').textContent).toBe('ADL SCORM');
    expect(only(manifest, CP2004, 'schemaversion').textContent).toBe('2004 4th Edition');
    const item = only(manifest, CP2004, 'item');
    const objective = only(item, IMSSS, 'primaryObjective');
    expect(objective.getAttribute('satisfiedByMeasure')).toBe('true');
    expect(only(objective, IMSSS, 'minNormalizedMeasure').textContent).toBe('0.75');
    expect(only(item, IMSSS, 'deliveryControls').getAttribute('objectiveSetByContent')).toBe('true');
    const resource = only(manifest, CP2004, 'resource');
    expect(resource.getAttributeNS(ADLCP2004, 'scormType')).toBe('sco');
    expect(resource.getAttribute('type')).toBe('webcontent');
    expect([...resource.getElementsByTagNameNS(CP2004, 'file')].map((f) => f.getAttribute('href'))).toEqual(
      PACKAGE_FILES,
    );
  });

  it('with --seed, ships that one variant for every learner', async () => {
    const { files, result } = await pack('2004', ['--seed', '5']);
    expect(result.stdout).toContain('; 1 variant;');
    expect(Object.keys(files).filter((f) => f.startsWith('lessons/'))).toEqual([
      'lessons/bowl/0.json',
      'lessons/bowl/0.fr.json',
    ]);
    expect(strFromU8(files['index.html']!)).toContain('"variants":1');
  });
});

describe('the manifest escapes what it is given', () => {
  it('writes a title with markup characters as text, and a file name with a space percent-encoded', () => {
    const xml = scormManifest({
      version: '2004',
      id: 'a b',
      title: 'Steps <1> & "2"',
      launch: 'index.html',
      files: ['index.html', 'my file.json'],
      passing: 0.5,
    });
    const doc = parseXml(xml);
    expect(only(doc, CP2004, 'organization').getElementsByTagNameNS(CP2004, 'title')[0]!.textContent).toBe(
      'Steps <1> & "2"',
    );
    expect(doc.documentElement!.getAttribute('identifier')).toBe('gd_a_b');
    expect([...doc.getElementsByTagNameNS(CP2004, 'file')].map((f) => f.getAttribute('href'))).toEqual([
      'index.html',
      'my%20file.json',
    ]);
  });
});

describe('gd-tutor scorm refuses', () => {
  it('a package without a built player, saying how to build one (exit 2)', async () => {
    const result = await run(['scorm', 'content/bowl.yaml', '-o', join(dir, 'x.zip'), '--player', join(dir, 'none')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /There is no built player at .*player\.html: run npm run build:cdn first\. \(or pass --player DIR\)/,
    );
  });

  it('a lesson with errors, printing them (exit 1)', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'id: broken\ntitle: Broken\nexercises: 3\n');
    const result = await run(['scorm', broken, '-o', join(dir, 'y.zip'), '--player', player]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('has errors; no package was written.');
  });

  it.each([
    [['scorm', 'content/bowl.yaml'], 'usage: gd-tutor scorm FILE|COURSE -o OUT.zip'],
    [['scorm', 'content/bowl.yaml', '-o', 'x.zip', '--version', '3'], '--version is 1.2 or 2004'],
    [['scorm', 'content/bowl.yaml', '-o', 'x.zip', '--passing', '80'], '--passing is a scaled score from 0 to 1'],
  ])('%j (exit 2)', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('gd-tutor scorm content/course.yaml: a package of a whole course', () => {
  const BOWL = readFileSync('content/bowl.yaml', 'utf8');
  let folder = '';
  beforeAll(() => {
    folder = join(dir, 'course');
    mkdirSync(folder);
    for (const id of ['a', 'b', 'c'])
      writeFileSync(
        join(folder, `${id}.yaml`),
        BOWL.replace('id: bowl', `id: ${id}`).replace('title: One step down the bowl', `title: Lesson ${id}`),
      );
    writeFileSync(
      join(folder, 'course.yaml'),
      'title: Descent & co\nunits:\n  - title: First unit\n    lessons: [c, a]\n',
    );
  });

  async function packCourse(version: '1.2' | '2004') {
    const out = join(dir, `course-${version}.zip`);
    const result = await run([
      'scorm',
      join(folder, 'course.yaml'),
      '-o',
      out,
      '--version',
      version,
      '--seed',
      '0',
      '--player',
      player,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    return { result, files, manifest: parseXml(strFromU8(files['imsmanifest.xml']!)) };
  }

  /** The organization as a tree of titles: a unit is [title, children], a lesson its title and resource. */
  function tree(parent: Element, ns: string): unknown[] {
    return [...parent.childNodes]
      .filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === 'item')
      .map((item) => {
        const title = [...item.childNodes].find(
          (n) => n.nodeType === 1 && (n as Element).localName === 'title',
        )!.textContent;
        const ref = item.getAttribute('identifierref');
        return ref ? `${title} → ${ref}` : [title, tree(item, ns)];
      });
  }

  it('2004: one SCO per lesson, in its unit and the course order, the lessons left out after; each SCO its own files', async () => {
    const { result, files, manifest } = await packCourse('2004');
    expect(result.stdout).toMatch(
      /course-2004\.zip: SCORM 2004 4th edition package of the course “Descent & co” \(3 lessons in 1 units\), 13 files, \d+ KB; 1 variant; passing score 80%\.\n$/,
    );
    const organization = only(manifest, CP2004, 'organization');
    expect(tree(organization, CP2004)).toEqual([
      ['First unit', ['Lesson c → gd_c_sco', 'Lesson a → gd_a_sco']],
      'Lesson b → gd_b_sco',
    ]);
    // Continue and Previous walk the lessons in order.
    const modes = [...manifest.getElementsByTagNameNS(IMSSS, 'controlMode')].map((m) => m.getAttribute('flow'));
    expect(modes).toEqual(['true', 'true']);
    expect(manifest.getElementsByTagNameNS(IMSSS, 'primaryObjective').length).toBe(3);
    const resources = [...manifest.getElementsByTagNameNS(CP2004, 'resource')].map((r) => ({
      id: r.getAttribute('identifier'),
      type: r.getAttributeNS(ADLCP2004, 'scormType'),
      href: r.getAttribute('href'),
      files: [...r.getElementsByTagNameNS(CP2004, 'file')].map((f) => f.getAttribute('href')),
      needs: [...r.getElementsByTagNameNS(CP2004, 'dependency')].map((d) => d.getAttribute('identifierref')),
    }));
    expect(resources).toEqual([
      ...['c', 'a', 'b'].map((l) => ({
        id: `gd_${l}_sco`,
        type: 'sco',
        href: `${l}.html`,
        files: [`${l}.html`, `lessons/${l}/0.fr.json`, `lessons/${l}/0.json`],
        needs: ['gd_player'],
      })),
      {
        id: 'gd_player',
        type: 'asset',
        href: null,
        files: ['assets/player-A1.js', 'assets/player-B2.css', 'assets/site-C3.js'],
        needs: [],
      },
    ]);
    expect(Object.keys(files).sort()).toEqual(
      [
        'imsmanifest.xml',
        'a.html',
        'b.html',
        'c.html',
        'assets/player-A1.js',
        'assets/player-B2.css',
        'assets/site-C3.js',
        'lessons/a/0.json',
        'lessons/b/0.json',
        'lessons/c/0.json',
        'lessons/a/0.fr.json',
        'lessons/b/0.fr.json',
        'lessons/c/0.fr.json',
      ].sort(),
    );
    const config = /id="gd-player-config">(.*?)<\/script>/.exec(strFromU8(files['c.html']!))?.[1];
    expect(JSON.parse(config!)).toEqual({
      lesson: 'c',
      scorm: '2004',
      passing: 0.8,
      lessons: 'lessons/',
      variants: 1,
      locales: 'fr',
    });
    expect(strFromU8(files['c.html']!)).toContain('<title>Lesson c</title>');
  });

  it('1.2: the same tree, a mastery score on each lesson, no sequencing', async () => {
    const { manifest } = await packCourse('1.2');
    expect(tree(only(manifest, CP12, 'organization'), CP12)).toEqual([
      ['First unit', ['Lesson c → gd_c_sco', 'Lesson a → gd_a_sco']],
      'Lesson b → gd_b_sco',
    ]);
    expect([...manifest.getElementsByTagNameNS(ADLCP12, 'masteryscore')].map((m) => m.textContent)).toEqual([
      '80',
      '80',
      '80',
    ]);
    expect(manifest.getElementsByTagNameNS(IMSSS, 'sequencing').length).toBe(0);
  });

  it('refuses a course with errors, printing them (exit 1)', async () => {
    const broken = join(dir, 'broken-course');
    mkdirSync(broken);
    writeFileSync(join(broken, 'course.yaml'), 'title: T\nunits:\n  - title: U\n    lessons: [nothing]\n');
    const result = await run(['scorm', join(broken, 'course.yaml'), '-o', join(dir, 'z.zip'), '--player', player]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/course\.yaml:4:15: There is no lesson “nothing” in this folder\./);
    expect(result.stderr).toMatch(/no package was written\.\n$/);
  });
});
