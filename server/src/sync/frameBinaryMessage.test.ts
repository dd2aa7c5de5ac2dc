import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { binaryFrameStart, frameBinaryMessage } from './frameBinaryMessage.ts';

// ws's own frame parser; @types/ws does not declare it.
const { Receiver } = createRequire(import.meta.url)('ws') as {
  Receiver: new (options: { isServer: boolean; maxPayload: number }) => Writable;
};

function parseWithWs(frames: Buffer[]): Buffer[] {
  const received: Buffer[] = [];
  const receiver = new Receiver({ isServer: false, maxPayload: 0 });
  receiver.on('message', (data: Buffer, isBinary: boolean) => {
    expect(isBinary).toBe(true);
    received.push(data);
  });
  receiver.on('error', (error: Error) => {
    throw error;
  });
  for (const frame of frames) receiver.write(frame);
  return received;
}

describe('frameBinaryMessage', () => {
  it('frames messages of every header size so that ws reads them back unchanged', () => {
    const messages = [0, 1, 125, 126, 65_535, 65_536, 70_000].map((length) =>
      Uint8Array.from({ length }, (_, index) => (index * 7 + length) % 256),
    );
    const frames = messages.map((message) => frameBinaryMessage(message));
    expect(frames.map((frame) => frame.byteLength)).toEqual([
      2, 3, 127, 130, 65_539, 65_546, 70_010,
    ]);
    expect(parseWithWs(frames).map((data) => new Uint8Array(data))).toEqual(messages);
  });

  it('a frame start with room for a prefix, then the rest written apart, reads as one message', () => {
    for (const length of [10, 200, 70_000]) {
      const payload = Uint8Array.from({ length }, (_, index) => index % 251);
      const start = binaryFrameStart(length, 3);
      start.set(payload.subarray(0, 3), start.length - 3);
      const [received] = parseWithWs([start, Buffer.from(payload.subarray(3))]);
      expect(new Uint8Array(received!)).toEqual(payload);
    }
  });

  it('reuses the frame of the message it framed last, and only that one', () => {
    const first = Uint8Array.of(0, 2, 1, 9);
    const second = Uint8Array.of(0, 2, 1, 9);
    const frame = frameBinaryMessage(first);
    expect(frameBinaryMessage(first)).toBe(frame);
    expect(frameBinaryMessage(second)).not.toBe(frame);
    expect(frameBinaryMessage(second)).toEqual(frame);
  });
});
