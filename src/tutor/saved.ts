/**
 * The saved form of a session: plain JSON with a format version, the event
 * log, the learner's drafts, and a fingerprint of each step's expected answer.
 * Restoring checks the version (an old one is migrated, a newer one refused
 * with a message, never silently reset), and keeps what still applies when
 * the lesson changed: events of removed or changed steps are dropped and named.
 */
import { hashString } from '../math/random.js';
import type { CompiledExercise } from '../content/index.js';
import type { SessionEvent } from './state.js';

export const SESSION_FORMAT = 2;

export interface SavedSession {
  readonly format: typeof SESSION_FORMAT;
  readonly lesson: string;
  readonly exercise: string;
  readonly seed: number;
  /** Step id → fingerprint of what it asked and expected when the events were recorded. */
  readonly steps: Readonly<Record<string, string>>;
  readonly events: readonly SessionEvent[];
  /** Typed but not yet checked, per step: never lost. */
  readonly drafts: Readonly<Record<string, string>>;
}

export interface Reset {
  readonly step: string;
  readonly reason: 'removed' | 'changed';
}

export type Restored =
  | { readonly ok: true; readonly saved: SavedSession; readonly reset: readonly Reset[] }
  | { readonly ok: false; readonly message: string };

export const fingerprint = (exercise: CompiledExercise): Record<string, string> =>
  Object.fromEntries(exercise.steps.map((s) => [s.id, hashString(`${s.answer.type}|${s.answer.text}`).toString(36)]));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isEvent(v: unknown): v is SessionEvent {
  if (!isObject(v) || typeof v.step !== 'string' || typeof v.at !== 'number') return false;
  if (v.type === 'hint' || v.type === 'reveal') return true;
  return v.type === 'answer' && typeof v.text === 'string' && typeof v.verdict === 'string';
}

/** Format 1 kept drafts under `typed` and had no per-step fingerprints. */
function migrate(data: Record<string, unknown>, exercise: CompiledExercise): Record<string, unknown> {
  if (data.format === 1) return { ...data, format: 2, drafts: data.typed ?? {}, steps: fingerprint(exercise) };
  return data;
}

/** Parses and checks saved JSON for `exercise`; never throws. */
export function restoreSaved(json: string, exercise: CompiledExercise, lesson: string): Restored {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, message: 'The saved progress is damaged (not valid JSON) and could not be restored.' };
  }
  if (!isObject(parsed) || typeof parsed.format !== 'number')
    return { ok: false, message: 'The saved progress is not a gd-tutor session and could not be restored.' };
  if (parsed.format > SESSION_FORMAT)
    return {
      ok: false,
      message: `The saved progress was written by a newer gd-tutor (format ${parsed.format}; this one reads up to ${SESSION_FORMAT}). Update the page to restore it.`,
    };
  const data = migrate(parsed, exercise);
  if (data.lesson !== lesson || data.exercise !== exercise.id)
    return {
      ok: false,
      message: `The saved progress is for ${String(data.lesson)}/${String(data.exercise)}, not ${lesson}/${exercise.id}.`,
    };
  if (
    !Array.isArray(data.events) ||
    !data.events.every(isEvent) ||
    !isObject(data.steps) ||
    typeof data.seed !== 'number'
  )
    return {
      ok: false,
      message: 'The saved progress is damaged (its event log does not read) and could not be restored.',
    };
  const now = fingerprint(exercise);
  const before = data.steps as Record<string, string>;
  const reset: Reset[] = [];
  for (const id of Object.keys(before))
    if (!(id in now)) reset.push({ step: id, reason: 'removed' });
    else if (before[id] !== now[id]) reset.push({ step: id, reason: 'changed' });
  const dropped = new Set(reset.map((r) => r.step));
  const drafts = isObject(data.drafts)
    ? Object.fromEntries(
        Object.entries(data.drafts).filter(([k, v]) => typeof v === 'string' && k in now && !dropped.has(k)),
      )
    : {};
  return {
    ok: true,
    reset,
    saved: {
      format: SESSION_FORMAT,
      lesson,
      exercise: exercise.id,
      seed: data.seed,
      steps: now,
      events: data.events.filter((e) => !dropped.has(e.step) && e.step in now),
      drafts: drafts as Record<string, string>,
    },
  };
}
