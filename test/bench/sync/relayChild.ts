/**
 * Child process: about the floor of the load scenarios, not a sync server. It relays every frame
 * to the other sockets on the same URL as it came (`ws.send`, one frame and one write per
 * recipient), stores nothing and checks nothing, and answers a sync step 1 with an empty step 2
 * so the thin clients' handshake completes. What the bench measures against it is about what the
 * load generator, the kernel and `ws` cost on their own. Not strictly a floor: a server that
 * frames a broadcast once and writes a recipient's messages of one tick together can save a
 * little of what `ws.send` spends per recipient.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exitWithParent } from './exitWithParent.ts';
import { type WsSocket, ws } from './wsModule.ts';

// [sync, step 2, length 2, an update with no structs and no deletions]
const emptyStep2 = Uint8Array.of(0, 1, 2, 0, 0);
const rooms = new Map<string, Set<WsSocket>>();

const wss = new ws.WebSocketServer({ noServer: true });
const http = createServer((_request, response) => response.end('relay'));
http.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (client) => {
    const name = request.url ?? '/';
    const room = rooms.get(name) ?? new Set<WsSocket>();
    rooms.set(name, room);
    room.add(client);
    client.on('message', (raw) => {
      // Binary frames arrive as one Buffer (ws's default binaryType).
      const data = raw as Buffer;
      if (data[0] === 0 && data[1] === 0) {
        client.send(emptyStep2);
        return;
      }
      for (const peer of room) if (peer !== client) peer.send(data);
    });
    client.on('close', () => room.delete(client));
    client.on('error', () => client.terminate());
  });
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
exitWithParent();

process.on('SIGTERM', () => {
  http.close();
  for (const client of wss.clients) client.terminate();
  process.exit(0);
});

const { port } = http.address() as AddressInfo;
process.stdout.write(`${JSON.stringify({ benchReady: true, port, server: 'relay' })}\n`);
