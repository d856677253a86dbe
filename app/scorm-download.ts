/**
 * A SCORM package of one lesson, made in the teacher's browser from the site itself: the built player.html and the
 * assets it loads, the lesson's compiled variants, put together by src/lms/scorm-contents.ts (as `gd-tutor scorm`
 * does) and zipped by fflate. Loaded by a dynamic import when the teacher asks for a package, so neither this nor
 * fflate is in the JavaScript a learner's page loads.
 */
import { zipSync, type Zippable } from 'fflate';
import type { CompiledLesson } from '../src/content/index.js';
import { DEFAULT_PASSING, type ScormVersion } from '../src/lms/launch.js';
import { assetsNamedBy, scormContents, type PackageEntry } from '../src/lms/scorm-contents.js';
import { VARIANTS, lessonUrl } from './site.js';
import { LOCALES, type Locale } from '../src/messages/catalogue.js';

/** Files a built script or style sheet loads: its relative imports (./x.js) and Vite's preload list (assets/x.js). */
const referencedBy = (text: string): string[] =>
  [...text.matchAll(/["'`](?:\.\/|assets\/)([\w.-]+\.(?:js|css))["'`]/g)].map((m) => `assets/${m[1]!}`);

async function fetchBytes(url: URL): Promise<Uint8Array> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** player.html's assets and those they load in turn, as the site serves them. */
async function playerAssets(site: URL, html: string): Promise<PackageEntry[]> {
  const found = new Map<string, Uint8Array>();
  const queue = assetsNamedBy(html);
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (found.has(name)) continue;
    const data = await fetchBytes(new URL(name, site));
    found.set(name, data);
    if (/\.(?:js|css)$/.test(name)) queue.push(...referencedBy(new TextDecoder().decode(data)));
  }
  return [...found].map(([name, data]) => ({ name, data }));
}

export interface Download {
  readonly fileName: string;
  readonly zip: Uint8Array;
  readonly files: number;
}

/** The package of lesson `id` for `version`, from the site at `site` (the folder of index.html and player.html). */
export async function scormDownload(site: URL, id: string, version: ScormVersion): Promise<Download> {
  const playerHtml = new TextDecoder().decode(await fetchBytes(new URL('player.html', site)));
  // The dev server serves the player's sources, not a build: a package of those would not run in an LMS.
  if (assetsNamedBy(playerHtml).length === 0)
    throw new Error('this site serves the player unbuilt (npm start): use npm run build, or npx gd-tutor scorm');
  const variant = async (k: number, locale?: Locale): Promise<CompiledLesson> => {
    const url = new URL(lessonUrl(id, k, locale), site);
    const json = JSON.parse(new TextDecoder().decode(await fetchBytes(url))) as unknown;
    if (typeof json !== 'object' || json === null || !('exercises' in json))
      throw new Error(`variant ${k} of ${id} did not compile`);
    return json as CompiledLesson;
  };
  // Each variant in the lesson's language, then in every other language the site compiled it in (all of the catalogue's).
  const variants: CompiledLesson[] = [];
  for (let k = 0; k < VARIANTS; k++) variants.push(await variant(k));
  const language = variants[0]?.language ?? 'en';
  for (const locale of LOCALES.filter((l) => l !== language))
    for (let k = 0; k < VARIANTS; k++) variants.push(await variant(k, locale));
  const { files } = scormContents({
    version,
    variants,
    playerHtml,
    assets: await playerAssets(site, playerHtml),
    passing: DEFAULT_PASSING,
  });
  const zippable: Zippable = {};
  for (const f of files) zippable[f.name] = f.data;
  // A fixed time, as the command's zip: the same site gives the same bytes.
  const zip = zipSync(zippable, { level: 9, mtime: new Date(1980, 0, 1) });
  return { fileName: `${id}-scorm-${version}.zip`, zip, files: files.length };
}
