import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWireFormat } from './createWireFormat.ts';
import { factsTextLength } from './factsTextLength.ts';
import { syncFrame, syncStep2 } from './syncFrame.ts';
import { ThinClient } from './ThinClient.ts';
import { ws } from './wsModule.ts';

/**
 * Warms a reader process up as a client that has loaded documents before: `times` times, a
 * ThinClient connects to a throwaway server in this process, sends its sync step 1 and is
 * answered with `state` as sync step 2, which it applies. So the socket, the receive path and
 * Yjs are all compiled before the timed load, not only Yjs.
 */
export async function warmReaderLocally(
  state: Uint8Array,
  expectedLength: number,
  times: number,
): Promise<void> {
  if (times === 0) return;
  const wss = new ws.WebSocketServer({ noServer: true });
  const http = createServer();
  http.on('upgrade', (request, socket, head) =>
    wss.handleUpgrade(request, socket, head, (client) => {
      client.on('message', () => client.send(syncFrame(syncStep2, state)));
    }),
  );
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  try {
    for (let i = 0; i < times; i++) {
      const client = new ThinClient({
        target: { url: `ws://127.0.0.1:${port}/`, wire: createWireFormat('lianban', '', '') },
        applyRemote: true,
      });
      try {
        await client.connect(30_000);
        await client.waitUntil(
          () => factsTextLength(client.doc) === expectedLength,
          30_000,
          'warm-up load',
        );
      } finally {
        client.close();
        client.doc.destroy();
      }
    }
  } finally {
    http.close();
  }
}
