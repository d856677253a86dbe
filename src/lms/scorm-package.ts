/**
 * A SCORM package of one lesson or of a course, in Node: the built framed player read from a folder (the package's cdn/, or a
 * site/) with the assets it loads, put together by scorm-contents.ts and zipped. The caller compiles the lesson.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledLesson } from '../content/compile.js';
import type { ScormVersion } from './launch.js';
import { assetsNamedBy, courseContents, scormContents, type CourseNode, type PackageEntry } from './scorm-contents.js';
import { zip } from './zip.js';

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
  readonly files: readonly PackageEntry[];
  readonly manifest: string;
  readonly zip: Uint8Array;
}

export class PlayerMissing extends Error {}

/** The assets player.html loads, and those they load in turn (found by name: the bundler gives each a unique one). */
function playerAssets(dir: string, html: string): string[] {
  const assetsDir = join(dir, 'assets');
  const available = existsSync(assetsDir) ? readdirSync(assetsDir) : [];
  const found = new Set<string>();
  const queue = assetsNamedBy(html).map((path) => path.slice('assets/'.length));
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

/** The built player: player.html and the assets it loads. */
function readPlayer(playerDir: string): { html: string; assets: PackageEntry[] } {
  const playerHtml = join(playerDir, 'player.html');
  if (!existsSync(playerHtml))
    throw new PlayerMissing(`There is no built player at ${playerHtml}: run npm run build:cdn first.`);
  const html = readFileSync(playerHtml, 'utf8');
  const assets = playerAssets(playerDir, html).map((name) => ({
    name,
    data: new Uint8Array(readFileSync(join(playerDir, name))),
  }));
  return { html, assets };
}

export function scormPackage(o: PackageOptions): ScormPackage {
  const { html, assets } = readPlayer(o.playerDir);
  const { files, manifest } = scormContents({
    version: o.version,
    variants: o.variants,
    playerHtml: html,
    assets,
    passing: o.passing,
  });
  return { files, manifest, zip: zip(files) };
}

export interface CoursePackageOptions extends Omit<PackageOptions, 'variants'> {
  readonly id: string;
  readonly title: string;
  /** The units and lessons in the course's order, each lesson compiled per variant. */
  readonly nodes: readonly CourseNode[];
}

/** A package of a whole course: one SCO per lesson, in its unit (see scorm-contents.ts). */
export function coursePackage(o: CoursePackageOptions): ScormPackage {
  const { html, assets } = readPlayer(o.playerDir);
  const { files, manifest } = courseContents({
    version: o.version,
    id: o.id,
    title: o.title,
    nodes: o.nodes,
    playerHtml: html,
    assets,
    passing: o.passing,
  });
  return { files, manifest, zip: zip(files) };
}
