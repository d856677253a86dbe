/**
 * Where sessions are kept: an interface with two implementations, the
 * browser's localStorage (passed in, so nothing here touches a global) and
 * memory (for tests and hosts that persist elsewhere). Every failure is a
 * value, never an exception: full, unavailable (private mode), or corrupted.
 */

export type StorageResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: 'full' | 'unavailable'; readonly message: string };

export interface SessionStorage {
  load(key: string): StorageResult<string | undefined>;
  save(key: string, value: string): StorageResult<void>;
  remove(key: string): StorageResult<void>;
}

/** The key of a learner's session: lesson, exercise and learner, versioned. */
export const sessionKey = (lesson: string, exercise: string, learner = 'anonymous'): string =>
  `gd-tutor:v1:${encodeURIComponent(lesson)}:${encodeURIComponent(exercise)}:${encodeURIComponent(learner)}`;

/** The part of the Web Storage API this adapter uses. */
export interface WebStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function failure(e: unknown): { ok: false; problem: 'full' | 'unavailable'; message: string } {
  const name = (e as { name?: string } | null)?.name ?? '';
  return /quota/i.test(name) || /quota/i.test(String(e))
    ? {
        ok: false,
        problem: 'full',
        message: 'Browser storage is full, so progress is not being saved; it stays on this page until you leave it.',
      }
    : {
        ok: false,
        problem: 'unavailable',
        message:
          'Browser storage is unavailable (private browsing?), so progress is not being saved; it stays on this page until you leave it.',
      };
}

export class LocalStorageAdapter implements SessionStorage {
  /** `storage` is window.localStorage, or undefined when reading it threw (some privacy modes). */
  constructor(private readonly storage: WebStorage | undefined) {}

  load(key: string): StorageResult<string | undefined> {
    try {
      if (!this.storage) throw new Error('no storage');
      return { ok: true, value: this.storage.getItem(key) ?? undefined };
    } catch (e) {
      return failure(e);
    }
  }

  save(key: string, value: string): StorageResult<void> {
    try {
      if (!this.storage) throw new Error('no storage');
      this.storage.setItem(key, value);
      return { ok: true, value: undefined };
    } catch (e) {
      return failure(e);
    }
  }

  remove(key: string): StorageResult<void> {
    try {
      this.storage?.removeItem(key);
      return { ok: true, value: undefined };
    } catch (e) {
      return failure(e);
    }
  }
}

export class MemoryStorage implements SessionStorage {
  readonly items = new Map<string, string>();

  load(key: string): StorageResult<string | undefined> {
    return { ok: true, value: this.items.get(key) };
  }

  save(key: string, value: string): StorageResult<void> {
    this.items.set(key, value);
    return { ok: true, value: undefined };
  }

  remove(key: string): StorageResult<void> {
    this.items.delete(key);
    return { ok: true, value: undefined };
  }
}

/**
 * Whether any of a lesson's exercises has work saved for a learner: opening its session replays the saved answers,
 * which needs the checker (see checker.ts). Unreadable storage counts as none: the session says so when it opens.
 */
export function hasSavedWork(
  storage: SessionStorage,
  lesson: string,
  exercises: readonly string[],
  learner?: string,
): boolean {
  return exercises.some((exercise) => {
    const saved = storage.load(sessionKey(lesson, exercise, learner));
    return saved.ok && saved.value !== undefined;
  });
}
