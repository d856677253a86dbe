/**
 * The slot the elements load a module through (components/lazy-module.ts): a module provided up front is there at
 * once; a loader is imported once, on the first load; a failed import is reported, resolves to undefined, and is
 * tried again by the next load; with nothing provided, there is nothing.
 */
import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../components/lazy-module.js';

describe('lazyModule', () => {
  it('gives a module provided up front at once, without loading', async () => {
    const slot = lazyModule<{ n: number }>(() => undefined);
    slot.provide({ n: 1 });
    expect(slot.loaded()).toEqual({ n: 1 });
    expect(await slot.load()).toEqual({ n: 1 });
  });

  it('imports through the first loader given, once however often it is asked', async () => {
    const slot = lazyModule<{ n: number }>(() => undefined);
    let imports = 0;
    slot.provide(() => Promise.resolve({ n: ++imports }));
    slot.provide(() => Promise.resolve({ n: 99 }));
    expect(slot.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([slot.load(), slot.load()]);
    expect([a, b, await slot.load(), slot.loaded(), imports]).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }, { n: 1 }, 1]);
  });

  it('reports a failed import, resolves to undefined, and tries again on the next load', async () => {
    const failures: unknown[] = [];
    const slot = lazyModule<{ n: number }>((e) => failures.push(e));
    let tries = 0;
    slot.provide(() => (++tries === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ n: tries })));
    expect(await slot.load()).toBeUndefined();
    expect(failures).toEqual([new Error('offline')]);
    expect(await slot.load()).toEqual({ n: 2 });
    expect(slot.loaded()).toEqual({ n: 2 });
  });

  it('has nothing when nothing provides it', async () => {
    const slot = lazyModule<{ n: number }>(() => undefined);
    expect(await slot.load()).toBeUndefined();
    expect(slot.loaded()).toBeUndefined();
  });
});
