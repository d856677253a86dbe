/**
 * Where the page is (its route), which variant of a lesson this browser sees (the learner's seed), and the JSON
 * the page asks for. The module imports nothing with a runtime cost, so the bundle evaluates it before Lit and the
 * engine: the lesson the page opens on is requested at once, and arrives while the rest of the script is still
 * being evaluated instead of after it (see the `first` group in vite.config.ts).
 */
import { lessonUrl, VARIANTS } from './site.js';

const SEED_KEY = 'gd-tutor:seed';

const randomSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]!;

/** The learner's seed: drawn once and kept; where storage is refused (private mode) it lasts for this page. */
function learnerSeed(): number {
  try {
    const stored = localStorage.getItem(SEED_KEY);
    if (stored !== null && /^\d{1,10}$/.test(stored) && Number(stored) <= 0xffffffff) return Number(stored);
    const seed = randomSeed();
    localStorage.setItem(SEED_KEY, String(seed));
    return seed;
  } catch {
    return randomSeed();
  }
}

export const SEED = learnerSeed();

/** The page's language (the browser's): lessons are fetched compiled in it. */
export const LOCALE = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';

export type Route =
  | { readonly name: 'index' }
  | { readonly name: 'lesson'; readonly id: string; readonly key: boolean }
  | { readonly name: 'missing' };

/** The route of a location hash; undefined for an in-page anchor (#main), which is not a page. */
export function routeOf(hash: string): Route | undefined {
  if (hash === '' || hash === '#' || hash === '#/') return { name: 'index' };
  if (!hash.startsWith('#/')) return undefined;
  const m = /^#\/lesson\/([^/]+)(\/key)?\/?$/.exec(hash);
  if (!m) return { name: 'missing' };
  try {
    return { name: 'lesson', id: decodeURIComponent(m[1]!), key: m[2] !== undefined };
  } catch {
    return { name: 'missing' };
  }
}

/** The variant of a lesson this browser sees, compiled in the page's language. */
export const seededLessonUrl = (id: string): string => lessonUrl(id, SEED % VARIANTS, LOCALE);

export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`the server answered ${status}`);
  }
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new HttpError(response.status);
  // A host that answers every path with the page (an SPA fallback) has no such file either.
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) throw new HttpError(404);
  return response.json();
}

/** The request made while the page's script was still loading, taken by the first getJson of its URL. */
let early: { url: string; data: Promise<unknown> } | undefined;

/** Fetches JSON; a 404, or a page where JSON was expected, is an HttpError with status 404. */
export function getJson(url: string): Promise<unknown> {
  const first = early;
  early = undefined;
  return first?.url === url ? first.data : fetchJson(url);
}

const opening = routeOf(location.hash);
if (opening?.name === 'lesson') {
  const url = seededLessonUrl(opening.id);
  const data = fetchJson(url);
  // Its failure is reported by whoever takes it; left untaken (the route changed), it is not an unhandled rejection.
  data.catch(() => undefined);
  early = { url, data };
}
