/**
 * Structured logs: one JSON object per line (time, level, message, fields), to a stream — stdout when serving,
 * a buffer in tests. Nothing secret is logged: no tokens, no answers.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function jsonLogger(write: (line: string) => void, now: () => number = Date.now): Logger {
  const line =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      write(`${JSON.stringify({ time: new Date(now()).toISOString(), level, message, ...fields })}\n`);
    };
  return { info: line('info'), warn: line('warn'), error: line('error') };
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
