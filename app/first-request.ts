/**
 * Where the page is (its route), which variant of a lesson this browser sees (the learner's seed), and the JSON
 * the page asks for. The lesson the page opens on is requested before the app's script has even arrived: the
 * build inlines this module in index.html (app/opening.ts, scripts/vite-plugin-opening.ts), and the copy in the
 * app's script takes over the seed and the request it left (once the script has loaded, compiled and started, the
 * JSON has arrived). Without the inline copy (the dev server) the app's copy makes them itself.
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

/**
 * What the first copy of this module to run leaves for the other: the seed it drew, and the request for the
 * lesson the page opened on. A Response, not parsed JSON: the errors are made by the copy that reads it, so the app
 * can tell them by their class.
 */
interface Opening {
  readonly seed: number;
  early?: { readonly url: string; readonly response: Promise<Response> };
}

const HANDOFF = '__gdTutorOpening';

const request = (url: string): Promise<Response> => fetch(url, { cache: 'no-cache' });

function open(): Opening {
  const seed = learnerSeed();
  const route = routeOf(location.hash);
  if (route?.name !== 'lesson') return { seed };
  const url = lessonUrl(route.id, seed % VARIANTS, LOCALE);
  const response = request(url);
  // Its failure is reported by whoever takes it; left untaken (the route changed), it is not an unhandled rejection.
  response.catch(() => undefined);
  return { seed, early: { url, response } };
}

const opening: Opening = ((globalThis as { [HANDOFF]?: Opening })[HANDOFF] ??= open());

export const SEED = opening.seed;

/** The variant of a lesson this browser sees, compiled in the page's language. */
export const seededLessonUrl = (id: string): string => lessonUrl(id, SEED % VARIANTS, LOCALE);

export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`the server answered ${status}`);
  }
}

async function json(response: Promise<Response>): Promise<unknown> {
  const r = await response;
  if (!r.ok) throw new HttpError(r.status);
  // A host that answers every path with the page (an SPA fallback) has no such file either.
  if (!/json/i.test(r.headers.get('Content-Type') ?? '')) throw new HttpError(404);
  return r.json();
}

/** Fetches JSON; a 404, or a page where JSON was expected, is an HttpError with status 404. The opening request is taken by the first call for its URL. */
export function getJson(url: string): Promise<unknown> {
  const first = opening.early;
  opening.early = undefined;
  return json(first?.url === url ? first.response : request(url));
}
