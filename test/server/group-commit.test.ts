import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/server/group-commit.js';

/** A write that records each batch it gets and finishes when the test says so. */
function recorder(fail?: (items: readonly number[]) => boolean) {
  const batches: number[][] = [];
  const finish: (() => void)[] = [];
  const write = (items: readonly number[]) => {
    batches.push([...items]);
    return new Promise<number[]>((done, reject) => {
      finish.push(() => {
        if (fail?.(items)) reject(new Error(`batch ${items.join(',')} failed`));
        else done(items.map((x) => x * 10));
      });
    });
  };
  return { batches, finish, write };
}

const turn = () => new Promise((r) => setImmediate(r));

describe('GroupCommit', () => {
  it('writes what arrives in one turn as one batch, and each caller gets its own result', async () => {
    const r = recorder();
    const group = new GroupCommit(r.write);
    const results = Promise.all([1, 2, 3].map((x) => group.submit(x)));
    await turn();
    expect(r.batches).toEqual([[1, 2, 3]]);
    r.finish[0]!();
    expect(await results).toEqual([10, 20, 30]);
  });

  it('holds what arrives while a batch is in flight, and writes it together once that batch is done', async () => {
    const r = recorder();
    const group = new GroupCommit(r.write);
    const first = group.submit(1);
    await turn();
    const later = [2, 3, 4].map((x) => group.submit(x));
    await turn();
    expect(r.batches).toEqual([[1]]);
    r.finish[0]!();
    expect(await first).toBe(10);
    await turn();
    expect(r.batches).toEqual([[1], [2, 3, 4]]);
    r.finish[1]!();
    expect(await Promise.all(later)).toEqual([20, 30, 40]);
  });

  it('acknowledges nothing before its batch is written', async () => {
    const r = recorder();
    const group = new GroupCommit(r.write);
    let settled = false;
    void group.submit(1).then(() => (settled = true));
    await turn();
    await turn();
    expect(settled).toBe(false);
    r.finish[0]!();
    await turn();
    expect(settled).toBe(true);
  });

  it('writes a failed batch again item by item, so only the bad item fails', async () => {
    const r = recorder((items) => items.includes(2));
    const group = new GroupCommit(r.write);
    const results = [1, 2, 3].map((x) => group.submit(x).then(String, (e: unknown) => (e as Error).message));
    await turn();
    r.finish[0]!();
    await turn();
    expect(r.batches).toEqual([[1, 2, 3], [1], [2], [3]]);
    for (const f of r.finish.slice(1)) f();
    expect(await Promise.all(results)).toEqual(['10', 'batch 2 failed', '30']);
  });

  it('puts at most maxBatch items in a batch, and runs up to maxInFlight batches at once', async () => {
    const r = recorder();
    const group = new GroupCommit(r.write, 2, 2);
    const results = Promise.all([1, 2, 3, 4, 5].map((x) => group.submit(x)));
    await turn();
    await turn();
    expect(r.batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    r.finish[0]!();
    await turn();
    await turn();
    expect(r.batches).toEqual([[1, 2], [3, 4], [5]]);
    r.finish[1]!();
    r.finish[2]!();
    expect(await results).toEqual([10, 20, 30, 40, 50]);
  });
});
