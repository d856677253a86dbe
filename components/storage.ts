/** Where the elements keep progress when the host gives no storage: the browser's localStorage. */
import { LocalStorageAdapter, type SessionStorage } from '../src/tutor/storage.js';

/** window.localStorage, or undefined where merely reading it throws (some privacy modes). */
export function browserStorage(): SessionStorage {
  try {
    return new LocalStorageAdapter(globalThis.localStorage);
  } catch {
    return new LocalStorageAdapter(undefined);
  }
}
