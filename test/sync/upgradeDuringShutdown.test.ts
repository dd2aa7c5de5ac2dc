import { rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { CloseCode } from '@lianban/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.ts';

/** What the socket receives until `enough` holds for it, the socket ends, or `ms` pass. */
function readUntil(
  socket: Socket,
  enough: (bytes: Buffer) => boolean,
  ms: number,
): Promise<Buffer> {
  return new Promise((resolve) => {
    let bytes = Buffer.alloc(0);
    const done = () => {
      clearTimeout(timer);
      resolve(bytes);
    };
    const timer = setTimeout(done, ms);
    socket.on('data', (chunk: Buffer) => {
      bytes = Buffer.concat([bytes, chunk]);
      if (enough(bytes)) done();
    });
    socket.on('close', done);
    socket.on('error', done);
  });
}

/** The frames after an HTTP 101 answer, as [opcode, payload] (server frames are unmasked). */
function framesAfterUpgrade(bytes: Buffer): { status: string; frames: [number, Buffer][] } {
  const end = bytes.indexOf('\r\n\r\n');
  const status = bytes.subarray(0, bytes.indexOf('\r\n')).toString('latin1');
  const frames: [number, Buffer][] = [];
  let offset = end + 4;
  while (end >= 0 && offset + 2 <= bytes.length) {
    let length = bytes[offset + 1]! & 0x7f;
    let header = 2;
    if (length === 126) {
      length = bytes.readUInt16BE(offset + 2);
      header = 4;
    } else if (length === 127) {
      length = Number(bytes.readBigUInt64BE(offset + 2));
      header = 10;
    }
    frames.push([bytes[offset]! & 0x0f, bytes.subarray(offset + header, offset + header + length)]);
    offset += header + length;
  }
  return { status, frames };
}

// The listener stops accepting at shutdown, but a request already on its way (its headers half
// sent when shutdown began) still reaches the sync route: it must be turned away with 1001 (come
// back later), not joined to a room that is being stored and unloaded.
describe('an upgrade that arrives while the server shuts down', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('is answered with 1001 and nothing of the document', async () => {
    server = await startTestServer();
    const token = await server.login('handler');
    const { port } = new URL(server.server.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      [
        `GET /sync/case/demo-0001/file?token=${encodeURIComponent(token)} HTTP/1.1`,
        `Host: 127.0.0.1:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
        'Sec-WebSocket-Version: 13',
        '',
      ].join('\r\n'),
    );
    const received = readUntil(
      socket,
      // A close frame, or anything after the first frame: enough to judge.
      (bytes) => framesAfterUpgrade(bytes).frames.some(([opcode]) => opcode === 0x8),
      5_000,
    );
    const closing = server.server.close();
    socket.write('\r\n');
    const { status, frames } = framesAfterUpgrade(await received);
    socket.destroy();
    await closing;
    rmSync(server.dataDir, { recursive: true, force: true });
    server = undefined;

    expect(status).toBe('HTTP/1.1 101 Switching Protocols');
    expect(frames.map(([opcode]) => opcode)).toEqual([0x8]);
    expect(frames[0]![1].readUInt16BE(0)).toBe(CloseCode.GoingAway);
    expect(frames[0]![1].subarray(2).toString('utf8')).toBe('shutting-down');
  });
});
