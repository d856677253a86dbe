/**
 * A memo table of bounded size for long-lived processes (a server compiling lessons for years): it keeps at
 * most `capacity` entries and, when a new one comes in full, forgets the least recently used. Clearing the
 * whole table when full would also throw away what every lesson uses (its function, its formulas), and pay
 * for all of it again at once.
 */
export class BoundedCache<K, V> {
  // A Map iterates in insertion order: re-inserting an entry on each use keeps the least recent one first.
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`A bounded cache holds at least one entry (asked for ${capacity}).`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value kept for `key`, now the most recently used; undefined when none is kept. */
  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Keeps `value` for `key` as the most recently used, forgetting the least recently used entry past capacity. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  /** The value kept for `key`, or `make()`'s, kept from now on. */
  remember(key: K, make: () => V): V {
    if (this.entries.has(key)) return this.get(key) as V;
    const value = make();
    this.set(key, value);
    return value;
  }

  /** The keys kept, least recently used first. */
  keys(): K[] {
    return [...this.entries.keys()];
  }
}
