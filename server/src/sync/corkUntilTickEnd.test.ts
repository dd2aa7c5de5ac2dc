import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { corkUntilTickEnd } from './corkUntilTickEnd.ts';

// A real stream that records how many chunks each of its writes carried.
function recordingStream(): { stream: Writable; writes: number[] } {
  const writes: number[] = [];
  const stream = new Writable({
    write(_chunk, _encoding, callback) {
      writes.push(1);
      callback();
    },
    writev(chunks, callback) {
      writes.push(chunks.length);
      callback();
    },
  });
  return { stream, writes };
}

describe('corkUntilTickEnd', () => {
  it('sends what is written in one tick, microtasks included, as one write', async () => {
    const { stream, writes } = recordingStream();
    corkUntilTickEnd(stream);
    stream.write('a');
    await Promise.resolve();
    corkUntilTickEnd(stream);
    stream.write('b');
    corkUntilTickEnd(stream);
    stream.write('c');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual([3]);
  });

  it('uncorks every stream corked in the tick, and corks again in the next', async () => {
    const one = recordingStream();
    const two = recordingStream();
    for (const { stream } of [one, two]) {
      corkUntilTickEnd(stream);
      stream.write('a');
    }
    await new Promise((resolve) => setImmediate(resolve));
    corkUntilTickEnd(one.stream);
    one.stream.write('b');
    one.stream.write('c');
    await new Promise((resolve) => setImmediate(resolve));
    expect(one.writes).toEqual([1, 2]);
    expect(two.writes).toEqual([1]);
  });
});
