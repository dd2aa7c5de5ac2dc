import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './createGroupCommit.ts';

describe('createGroupCommit', () => {
  it('writes everything enqueued before the next setImmediate as one batch, in order', async () => {
    const batches: number[][] = [];
    const commit = createGroupCommit((batch: number[]) => {
      batches.push(batch);
      return batch.map((item) => item * 10);
    });
    const first = [commit.enqueue(1), commit.enqueue(2)];
    // A writer resumed by a microtask still joins the same batch.
    const third = Promise.resolve().then(() => commit.enqueue(3));
    expect(commit.size).toBe(2);
    expect(await Promise.all([...first, third])).toEqual([10, 20, 30]);
    expect(await commit.enqueue(4)).toBe(40);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('flush writes the queue synchronously', async () => {
    const batches: string[][] = [];
    const commit = createGroupCommit((batch: string[]) => {
      batches.push(batch);
      return batch;
    });
    const pending = commit.enqueue('a');
    commit.flush();
    expect(batches).toEqual([['a']]);
    expect(commit.size).toBe(0);
    expect(await pending).toBe('a');
    commit.flush();
    expect(batches).toHaveLength(1);
  });

  it('rejects the whole batch when the write throws, and keeps working', async () => {
    let fail = true;
    const commit = createGroupCommit((batch: number[]) => {
      if (fail) throw new Error('disk full');
      return batch;
    });
    const failed = [commit.enqueue(1), commit.enqueue(2)];
    for (const result of await Promise.allSettled(failed))
      expect(result).toMatchObject({ status: 'rejected' });
    fail = false;
    expect(await commit.enqueue(3)).toBe(3);
  });

  it('holds batches back until released, then writes what queued as one batch', async () => {
    const batches: number[][] = [];
    const commit = createGroupCommit(
      (batch: number[]) => {
        batches.push(batch);
        return batch;
      },
      { delayMs: 1 },
    );
    const first = commit.enqueue(1);
    commit.hold();
    const second = commit.enqueue(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(batches).toEqual([]);
    commit.release();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(batches).toEqual([[1, 2]]);

    commit.hold();
    const third = commit.enqueue(3);
    commit.flush();
    expect(batches).toEqual([[1, 2], [3]]);
    expect(await third).toBe(3);
    commit.release();
    expect(await commit.enqueue(4)).toBe(4);
  });
});

describe('createGroupCommit with a delay', () => {
  it('gathers items enqueued across turns of the event loop within the delay into one batch', async () => {
    const batches: number[][] = [];
    const commit = createGroupCommit(
      (batch: number[]) => {
        batches.push(batch);
        return batch.map((item) => item * 10);
      },
      { delayMs: 30 },
    );
    const first = commit.enqueue(1);
    await new Promise((resolve) => setImmediate(resolve));
    const second = commit.enqueue(2);
    expect(await Promise.all([first, second])).toEqual([10, 20]);
    expect(batches).toEqual([[1, 2]]);
  });
});
