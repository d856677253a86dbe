/**
 * A lesson's saved sessions in the few characters an LMS keeps for a SCO (cmi.suspend_data: 4,096 in SCORM 1.2,
 * 64,000 in 2004). Compact JSON: steps by index, verdicts by letter, times in seconds from a base, drafts only where
 * they differ from the answer checked. Past the limit, drafts go first, then the oldest actions of the lesson, as
 * few as need be: what is kept is always the newest, and the caller is told how much was left out (the page still
 * holds everything, and the score it reports was computed from everything). Pure.
 *
 *   {"g":1,"l":"bowl","t":1763900000,
 *    "x":[{"i":"one-step","s":12,"k":["loss","partial-x"],"f":["1x2y","3z4w"],
 *          "e":[[0,"c",5,"25"],[1,"h",9],[1,"m",20,"-2x"]],"d":{"1":"2"}}]}
 */
import { SESSION_FORMAT, type SavedSession } from '../tutor/saved.js';
import type { SessionEvent } from '../tutor/state.js';

export const SUSPEND_FORMAT = 1;

/** cmi.suspend_data's size in SCORM 1.2 (CMIString4096) and 2004 (its smallest permitted maximum). */
export const SUSPEND_LIMIT = { '1.2': 4096, '2004': 64_000 } as const;

type Verdict = Extract<SessionEvent, { type: 'answer' }>['verdict'];

const VERDICT_CODES: Readonly<Record<Verdict, string>> = {
  correct: 'c',
  carried: 'C',
  misconception: 'm',
  incorrect: 'i',
  unreadable: 'u',
  'unknown-symbol': 'k',
  imprecise: 'p',
  empty: 'e',
};
const VERDICTS = new Map(Object.entries(VERDICT_CODES).map(([verdict, code]) => [code, verdict as Verdict]));

/** One event: [step index, code, seconds after the base, text of an answer]. */
type CompactEvent = [number, string, number] | [number, string, number, string];

interface CompactExercise {
  i: string;
  s: number;
  k: string[];
  f: string[];
  e: CompactEvent[];
  d?: Record<string, string>;
}

interface Compact {
  g: typeof SUSPEND_FORMAT;
  l: string;
  t: number;
  x: CompactExercise[];
}

export interface Encoded {
  readonly data: string;
  /** How many of the oldest events were left out to fit; 0 when everything fits. */
  readonly droppedEvents: number;
  /** Whether unchecked drafts were left out to fit. */
  readonly droppedDrafts: boolean;
}

/** The steps a session mentions, in a stable order: fingerprinted ones first (the exercise's order), then others. */
function stepList(session: SavedSession): string[] {
  const steps = Object.keys(session.steps);
  for (const e of session.events) if (!steps.includes(e.step)) steps.push(e.step);
  for (const s of Object.keys(session.drafts)) if (!steps.includes(s)) steps.push(s);
  return steps;
}

/** The text a step last had checked, for leaving out drafts that say the same. */
function lastAnswers(events: readonly SessionEvent[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const e of events) if (e.type === 'answer') last.set(e.step, e.text);
  return last;
}

function compactOf(
  lesson: string,
  sessions: readonly SavedSession[],
  keep: ReadonlySet<SessionEvent>,
  drafts: boolean,
): Compact {
  const times = sessions.flatMap((s) => s.events.map((e) => e.at));
  const base = Math.floor((times.length ? Math.min(...times) : 0) / 1000);
  return {
    g: SUSPEND_FORMAT,
    l: lesson,
    t: base,
    x: sessions.map((session) => {
      const steps = stepList(session);
      const index = new Map(steps.map((s, k) => [s, k]));
      const events = session.events.filter((e) => keep.has(e));
      const last = lastAnswers(session.events);
      const unchecked = drafts
        ? Object.entries(session.drafts).filter(([step, text]) => text !== '' && text !== last.get(step))
        : [];
      return {
        i: session.exercise,
        s: session.seed,
        k: steps,
        f: steps.map((s) => session.steps[s] ?? ''),
        e: events.map((e): CompactEvent => {
          const k = index.get(e.step)!;
          const dt = Math.max(0, Math.round(e.at / 1000) - base);
          return e.type === 'answer'
            ? [k, VERDICT_CODES[e.verdict], dt, e.text]
            : [k, e.type === 'hint' ? 'h' : 'r', dt];
        }),
        ...(unchecked.length ? { d: Object.fromEntries(unchecked.map(([s, t]) => [String(index.get(s)!), t])) } : {}),
      };
    }),
  };
}

/**
 * Encodes the sessions of one lesson within `limit` characters, keeping the newest events. Only a lesson whose
 * bare skeleton (ids and fingerprints, no events) exceeds the limit cannot be encoded, and that is a bug.
 */
export function encodeSuspend(lesson: string, sessions: readonly SavedSession[], limit: number): Encoded {
  const all = sessions.flatMap((s) => s.events).sort((a, b) => a.at - b.at);
  const fits = (keepFrom: number, drafts: boolean): string | undefined => {
    const text = JSON.stringify(compactOf(lesson, sessions, new Set(all.slice(keepFrom)), drafts));
    return text.length <= limit ? text : undefined;
  };
  const whole = fits(0, true);
  if (whole !== undefined) return { data: whole, droppedEvents: 0, droppedDrafts: false };
  // The fewest oldest events to leave out, by bisection: encoding is linear, the log a few hundred events at most.
  let lo = 0;
  let hi = all.length;
  if (fits(hi, false) === undefined)
    throw new Error(`The lesson ${lesson} does not fit in ${limit} characters even without any events.`);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(mid, false) === undefined) lo = mid + 1;
    else hi = mid;
  }
  return { data: fits(lo, false)!, droppedEvents: lo, droppedDrafts: true };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function eventOf(raw: unknown, steps: readonly string[], base: number): SessionEvent | undefined {
  if (!Array.isArray(raw)) return undefined;
  const [k, code, dt, text] = raw as unknown[];
  if (typeof k !== 'number' || typeof code !== 'string' || typeof dt !== 'number') return undefined;
  const step = steps[k];
  if (step === undefined) return undefined;
  const at = (base + dt) * 1000;
  if (code === 'h') return { type: 'hint', step, at };
  if (code === 'r') return { type: 'reveal', step, at };
  const verdict = VERDICTS.get(code);
  return verdict && typeof text === 'string' ? { type: 'answer', step, text, at, verdict } : undefined;
}

/**
 * The sessions suspend data holds, as saved sessions (which restoreSaved then checks against the exercises as
 * they are now); undefined when the data is not this format (empty, another SCO's, damaged).
 */
export function decodeSuspend(data: string): { lesson: string; sessions: SavedSession[] } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (!isObject(parsed) || parsed.g !== SUSPEND_FORMAT || typeof parsed.l !== 'string' || !Array.isArray(parsed.x))
    return undefined;
  const base = typeof parsed.t === 'number' ? parsed.t : 0;
  const sessions: SavedSession[] = [];
  for (const x of parsed.x as unknown[]) {
    if (!isObject(x) || typeof x.i !== 'string' || typeof x.s !== 'number' || !Array.isArray(x.k)) continue;
    const steps = (x.k as unknown[]).map(String);
    const prints = Array.isArray(x.f) ? (x.f as unknown[]).map(String) : [];
    const events = Array.isArray(x.e) ? (x.e as unknown[]).map((e) => eventOf(e, steps, base)) : [];
    const drafts = isObject(x.d)
      ? Object.entries(x.d).flatMap(([k, t]) =>
          typeof t === 'string' && steps[Number(k)] !== undefined ? [[steps[Number(k)]!, t] as const] : [],
        )
      : [];
    // Checked answers are drafts too (Session keeps them so): restore them as they were written.
    const last = lastAnswers(events.filter((e) => e !== undefined));
    sessions.push({
      format: SESSION_FORMAT,
      lesson: parsed.l,
      exercise: x.i,
      seed: x.s,
      steps: Object.fromEntries(steps.flatMap((s, k) => (prints[k] ? [[s, prints[k]]] : []))),
      events: events.filter((e) => e !== undefined),
      drafts: { ...Object.fromEntries(last), ...Object.fromEntries(drafts) },
    });
  }
  return { lesson: parsed.l, sessions };
}
