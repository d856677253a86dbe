/**
 * Times as each SCORM version writes them: 1.2's CMITimespan (HHHH:MM:SS.SS), 2004's ISO 8601 duration (PT1H2M3.4S)
 * and timestamp (time(second,10,0): 2026-11-23T12:34:56.78Z). Pure: durations are given in milliseconds.
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Centiseconds, whole: both formats carry seconds to two decimals. */
const centis = (ms: number): number => Math.max(0, Math.round(ms / 10));

/** SCORM 1.2 CMITimespan: at least two hour digits, at most four (9999:59:59.99, the largest it can say). */
export function scorm12Time(ms: number): string {
  const total = Math.min(centis(ms), 9999 * 360_000 + 359_999);
  const hours = Math.floor(total / 360_000);
  const minutes = Math.floor((total % 360_000) / 6000);
  const seconds = Math.floor((total % 6000) / 100);
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(total % 100)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration): PT0S, PT45.5S, PT1H2M3.04S. */
export function scorm2004Duration(ms: number): string {
  const total = centis(ms);
  const hours = Math.floor(total / 360_000);
  const minutes = Math.floor((total % 360_000) / 6000);
  const seconds = (total % 6000) / 100;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}

/** SCORM 2004 time(second,10,0): UTC, to the hundredth of a second. */
export function scorm2004Timestamp(date: Date): string {
  return date.toISOString().replace(/(\.\d\d)\dZ$/, '$1Z');
}
