/**
 * What a SCORM package of one lesson — or of a whole course, one SCO per lesson in its units — holds, whoever zips it (the `scorm` command in Node, the static site's "Use
 * this lesson" panel in the browser): the launch page index.html (the built player.html with its launch written
 * in, since LMSs pass query strings unevenly), the player's assets as given, the compiled variants of the lesson,
 * and imsmanifest.xml listing every file. Pure: bytes and text in, entries out.
 */
import type { CompiledLesson } from '../content/compile.js';
import type { ScormVersion } from './launch.js';
import type { Locale } from '../messages/catalogue.js';
import { escapeXml, packageManifest, scormManifest, type ManifestItem } from './scorm-manifest.js';

export interface PackageEntry {
  /** The path inside the archive, with forward slashes. */
  readonly name: string;
  readonly data: Uint8Array;
}

export interface ContentsOptions {
  readonly version: ScormVersion;
  /**
   * The lesson compiled for each variant, in order (lessons/<id>/<k>.json); a learner gets one by their LMS id. After
   * them, optionally, the same variants compiled in other languages (`loadLesson(…, { locale })`), told apart by their
   * `language`: lessons/<id>/<k>.<language>.json, which the player fetches for a learner of that language.
   */
  readonly variants: readonly CompiledLesson[];
  /** The built player.html. */
  readonly playerHtml: string;
  /** The files player.html loads, and those they load, named as in the site (assets/…). */
  readonly assets: readonly PackageEntry[];
  /** The scaled score that passes, 0 … 1. */
  readonly passing: number;
}

export interface ScormContents {
  /** imsmanifest.xml first, then the launch page, the assets and the lessons. */
  readonly files: readonly PackageEntry[];
  readonly manifest: string;
}

const LAUNCH = 'index.html';

/** The assets player.html names directly (./assets/…), in the order it names them. */
export const assetsNamedBy = (html: string): string[] =>
  [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"?#]+)"/g)].map((m) => m[1]!);

const text = (s: string) => new TextEncoder().encode(s);

const byName = (a: PackageEntry, b: PackageEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const languageOf = (lesson: CompiledLesson): Locale => lesson.language ?? 'en';

/** A lesson's compiles by language, its own (the first compile's) first; each language's variants in order. */
function byLanguage(first: CompiledLesson, compiles: readonly CompiledLesson[]) {
  const groups = new Map<Locale, CompiledLesson[]>([[languageOf(first), []]]);
  for (const lesson of compiles) {
    const group = groups.get(languageOf(lesson)) ?? [];
    group.push(lesson);
    groups.set(languageOf(lesson), group);
  }
  const [[, own], ...translations] = [...groups] as [[Locale, CompiledLesson[]], ...[Locale, CompiledLesson[]][]];
  for (const [language, variants] of translations)
    if (variants.length !== own.length)
      throw new Error(
        `The lesson ${first.id} is compiled ${own.length} times in its language, ${variants.length} in ${language}: give every language each variant.`,
      );
  return { own, translations };
}

/** A lesson's launch page (the player with its launch written in) and its compiled variants, in each language. */
function lessonEntries(
  o: Pick<ContentsOptions, 'version' | 'playerHtml' | 'passing'>,
  compiles: readonly CompiledLesson[],
  launchName: string,
): PackageEntry[] {
  const first = compiles[0];
  if (!first) throw new Error('A package needs each lesson compiled at least once.');
  const { own: variants, translations } = byLanguage(first, compiles);
  const config = {
    lesson: first.id,
    scorm: o.version,
    passing: o.passing,
    lessons: 'lessons/',
    variants: variants.length,
    // The languages the player may fetch besides the lesson's own; none said, it would ask for every one.
    locales: translations.map(([language]) => language).join(','),
  };
  const launch = o.playerHtml
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(first.title)}</title>`)
    .replace(
      '</head>',
      `  <script type="application/json" id="gd-player-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>\n  </head>`,
    );
  const dir = `lessons/${encodeURIComponent(first.id)}`;
  return [
    { name: launchName, data: text(launch) },
    ...variants.map((lesson, k) => ({ name: `${dir}/${k}.json`, data: text(JSON.stringify(lesson)) })),
    ...translations.flatMap(([language, compiled]) =>
      compiled.map((lesson, k) => ({ name: `${dir}/${k}.${language}.json`, data: text(JSON.stringify(lesson)) })),
    ),
  ];
}

export function scormContents(o: ContentsOptions): ScormContents {
  const first = o.variants[0];
  if (!first) throw new Error('A package needs the lesson compiled at least once.');
  const [launch, ...variants] = lessonEntries(o, o.variants, LAUNCH);
  const files: PackageEntry[] = [launch!, ...[...o.assets].sort(byName), ...variants];
  const manifest = scormManifest({
    version: o.version,
    id: first.id,
    title: first.title,
    launch: LAUNCH,
    files: files.map((f) => f.name),
    passing: o.passing,
  });
  return { files: [{ name: 'imsmanifest.xml', data: text(manifest) }, ...files], manifest };
}

/** A course's tree as the package holds it: units of lessons (each compiled per variant), lessons outside any unit. */
export type CourseNode =
  | { readonly kind: 'lesson'; readonly variants: readonly CompiledLesson[] }
  | { readonly kind: 'unit'; readonly title: string; readonly lessons: readonly (readonly CompiledLesson[])[] };

export interface CourseContentsOptions extends Omit<ContentsOptions, 'variants'> {
  /** The course's id (its folder's name, say) and title: the manifest's and organization's. */
  readonly id: string;
  readonly title: string;
  readonly nodes: readonly CourseNode[];
}

/**
 * A package of a whole course: each lesson a SCO with its own launch page (<id>.html, at the root beside the
 * player's assets it shares), in its unit, in the course's order. An LMS shows the units as its table of contents
 * and scores each lesson on its own.
 */
export function courseContents(o: CourseContentsOptions): ScormContents {
  const lessonFiles = new Map<string, PackageEntry[]>();
  const sco = (variants: readonly CompiledLesson[]): ManifestItem => {
    const first = variants[0];
    if (!first) throw new Error('A package needs each lesson compiled at least once.');
    if (lessonFiles.has(first.id)) throw new Error(`The lesson ${first.id} is in the course twice.`);
    const entries = lessonEntries(o, variants, `${first.id}.html`);
    lessonFiles.set(first.id, entries);
    return {
      kind: 'sco',
      id: first.id,
      title: first.title,
      launch: entries[0]!.name,
      files: entries.map((e) => e.name),
    };
  };
  const items = o.nodes.map((node): ManifestItem =>
    node.kind === 'lesson' ? sco(node.variants) : { kind: 'unit', title: node.title, items: node.lessons.map(sco) },
  );
  const assets = [...o.assets].sort(byName);
  const manifest = packageManifest({
    version: o.version,
    id: o.id,
    title: o.title,
    items,
    shared: assets.map((a) => a.name),
    passing: o.passing,
  });
  const files = [
    ...[...lessonFiles.values()].map((e) => e[0]!),
    ...assets,
    ...[...lessonFiles.values()].flatMap((e) => e.slice(1)),
  ];
  return { files: [{ name: 'imsmanifest.xml', data: text(manifest) }, ...files], manifest };
}
