/**
 * What a SCORM package of one lesson holds, whoever zips it (the `scorm` command in Node, the static site's "Use
 * this lesson" panel in the browser): the launch page index.html (the built player.html with its launch written
 * in, since LMSs pass query strings unevenly), the player's assets as given, the compiled variants of the lesson,
 * and imsmanifest.xml listing every file. Pure: bytes and text in, entries out.
 */
import type { CompiledLesson } from '../content/compile.js';
import type { ScormVersion } from './launch.js';
import { escapeXml, scormManifest } from './scorm-manifest.js';

export interface PackageEntry {
  /** The path inside the archive, with forward slashes. */
  readonly name: string;
  readonly data: Uint8Array;
}

export interface ContentsOptions {
  readonly version: ScormVersion;
  /** The lesson compiled for each variant, in order (lessons/<id>/<k>.json); a learner gets one by their LMS id. */
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

export function scormContents(o: ContentsOptions): ScormContents {
  const first = o.variants[0];
  if (!first) throw new Error('A package needs the lesson compiled at least once.');
  const config = {
    lesson: first.id,
    scorm: o.version,
    passing: o.passing,
    lessons: 'lessons/',
    variants: o.variants.length,
  };
  const launch = o.playerHtml
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(first.title)}</title>`)
    .replace(
      '</head>',
      `  <script type="application/json" id="gd-player-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>\n  </head>`,
    );
  const text = (s: string) => new TextEncoder().encode(s);
  const files: PackageEntry[] = [
    { name: LAUNCH, data: text(launch) },
    ...[...o.assets].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    ...o.variants.map((lesson, k) => ({
      name: `lessons/${encodeURIComponent(first.id)}/${k}.json`,
      data: text(JSON.stringify(lesson)),
    })),
  ];
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
