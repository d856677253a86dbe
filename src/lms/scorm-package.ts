/**
 * A SCORM package of one lesson: the built framed player (player.html of the package's cdn/ or a site/, and the assets it loads), its launch
 * page index.html (the player with its launch written in, since LMSs pass query strings unevenly), the compiled
 * variants of the lesson, and imsmanifest.xml listing every file. Node only; the caller compiles the lesson.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledLesson } from '../content/compile.js';
import type { ScormVersion } from './launch.js';
import { scormManifest } from './scorm-manifest.js';
import { zip, type ZipEntry } from './zip.js';

export interface PackageOptions {
  readonly version: ScormVersion;
  /** The lesson compiled for each variant, in order (lessons/<id>/<k>.json); a learner gets one by their LMS id. */
  readonly variants: readonly CompiledLesson[];
  /** The built player: player.html and assets/ (npm run build:cdn writes cdn/, npm run build site/). */
  readonly playerDir: string;
  /** The scaled score that passes, 0 … 1. */
  readonly passing: number;
}

export interface ScormPackage {
  readonly files: readonly ZipEntry[];
  readonly manifest: string;
  readonly zip: Uint8Array;
}

export class PlayerMissing extends Error {}

const LAUNCH = 'index.html';

/** The assets player.html loads, and those they load in turn (found by name: the bundler gives each a unique one). */
function playerAssets(dir: string, html: string): string[] {
  const assetsDir = join(dir, 'assets');
  const available = existsSync(assetsDir) ? readdirSync(assetsDir) : [];
  const found = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"?#]+)"/g)].map((m) => m[1]!);
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (found.has(name)) continue;
    if (!available.includes(name)) throw new PlayerMissing(`player.html loads assets/${name}, which ${dir} lacks.`);
    found.add(name);
    if (!/\.(?:js|css)$/.test(name)) continue;
    const text = readFileSync(join(assetsDir, name), 'utf8');
    for (const other of available) if (!found.has(other) && text.includes(other)) queue.push(other);
  }
  return [...found].sort().map((name) => `assets/${name}`);
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function scormPackage(o: PackageOptions): ScormPackage {
  const first = o.variants[0];
  if (!first) throw new Error('A package needs the lesson compiled at least once.');
  const playerHtml = join(o.playerDir, 'player.html');
  if (!existsSync(playerHtml))
    throw new PlayerMissing(`There is no built player at ${playerHtml}: run npm run build:cdn first.`);
  const html = readFileSync(playerHtml, 'utf8');
  const config = {
    lesson: first.id,
    scorm: o.version,
    passing: o.passing,
    lessons: 'lessons/',
    variants: o.variants.length,
  };
  const launch = html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(first.title)}</title>`)
    .replace(
      '</head>',
      `  <script type="application/json" id="gd-player-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>\n  </head>`,
    );
  const text = (s: string) => new TextEncoder().encode(s);
  const files: ZipEntry[] = [
    { name: LAUNCH, data: text(launch) },
    ...playerAssets(o.playerDir, html).map((name) => ({
      name,
      data: new Uint8Array(readFileSync(join(o.playerDir, name))),
    })),
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
  const all = [{ name: 'imsmanifest.xml', data: text(manifest) }, ...files];
  return { files: all, manifest, zip: zip(all) };
}
