import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/math/bounded-cache.js';

describe('BoundedCache: a memo table that forgets the least recently used entry', () => {
  it('forgets the oldest entry when a new one comes in full', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.keys()).toEqual(['b', 'c']);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe(2);
    expect(cache.size).toBe(2);
  });

  it('keeps an entry just read: the one forgotten is the least recently used, not the oldest written', () => {
    const cache = new BoundedCache<string, number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.get('a')).toBe(1);
    cache.set('d', 4);
    expect(cache.keys()).toEqual(['c', 'a', 'd']);
    expect(cache.get('b')).toBeUndefined();
  });

  it('rewrites a key in place, as the most recent, without growing', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 10);
    expect(cache.keys()).toEqual(['b', 'a']);
    cache.set('c', 3);
    expect(cache.keys()).toEqual(['a', 'c']);
    expect(cache.get('a')).toBe(10);
  });

  it('remember: makes a value once, then serves it (a hit refreshes it too)', () => {
    const cache = new BoundedCache<string, string>(2);
    let made = 0;
    const make = (key: string) => () => {
      made += 1;
      return key.toUpperCase();
    };
    expect(cache.remember('x', make('x'))).toBe('X');
    expect(cache.remember('y', make('y'))).toBe('Y');
    expect(cache.remember('x', make('x'))).toBe('X');
    expect(made).toBe(2);
    expect(cache.remember('z', make('z'))).toBe('Z');
    expect(cache.keys()).toEqual(['x', 'z']);
    expect(cache.remember('y', make('y'))).toBe('Y');
    expect(made).toBe(4);
  });

  it('keeps a value that is undefined as a value (remember does not make it again)', () => {
    const cache = new BoundedCache<string, undefined>(1);
    let made = 0;
    cache.remember('k', () => {
      made += 1;
      return undefined;
    });
    cache.remember('k', () => {
      made += 1;
      return undefined;
    });
    expect(made).toBe(1);
  });

  it('refuses a capacity under one', () => {
    expect(() => new BoundedCache(0)).toThrow(RangeError);
    expect(() => new BoundedCache(1.5)).toThrow(RangeError);
  });

  it('agrees with a list kept in recency order, for any run of reads and writes', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('get' as const), key: fc.integer({ min: 0, max: 9 }) }),
      fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 9 }), value: fc.integer() }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(op, { maxLength: 60 }), (capacity, ops) => {
        const cache = new BoundedCache<number, number>(capacity);
        let model: [number, number][] = []; // least recently used first
        for (const o of ops) {
          const found = model.find(([k]) => k === o.key);
          if (o.kind === 'get') {
            expect(cache.get(o.key)).toBe(found?.[1]);
            if (found) model = [...model.filter(([k]) => k !== o.key), found];
          } else {
            cache.set(o.key, o.value);
            model = [...model.filter(([k]) => k !== o.key), [o.key, o.value]];
            if (model.length > capacity) model = model.slice(1);
          }
          expect(cache.size).toBeLessThanOrEqual(capacity);
          expect(cache.keys()).toEqual(model.map(([k]) => k));
        }
      }),
      { numRuns: 300 },
    );
  });
});
