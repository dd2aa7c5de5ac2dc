/**
 * Child process: @y/websocket-server 0.1.1 (`setupWSConnection`, gc on as by default) behind a
 * plain http server + ws, persisting with y-leveldb in the data dir the way its own server.js
 * does when YPERSISTENCE is set. Prints `{"port": n}`; SIGTERM flushes LevelDB and exits.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';
import { exitWithParent } from './exitWithParent.ts';
import { readChildArgs } from './readChildArgs.ts';
import { ws } from './wsModule.ts';

const args = readChildArgs(process.argv.slice(2));
const leveldb = new LeveldbPersistence(join(args.dataDir, 'leveldb'));

setPersistence({
  provider: leveldb,
  // Load what is stored, store what the fresh in-memory doc already has, then log every update.
  bindState: async (docName, doc) => {
    const stored = await leveldb.getYDoc(docName);
    leveldb.storeUpdate(docName, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(stored));
    doc.on('update', (update: Uint8Array) => {
      leveldb.storeUpdate(docName, update);
    });
  },
  writeState: async () => {},
});

const wss = new ws.WebSocketServer({ noServer: true });
const http = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.end('okay');
});
http.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (socket) => setupWSConnection(socket, request));
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
exitWithParent();

let stopping = false;
process.on('SIGTERM', async () => {
  if (stopping) return;
  stopping = true;
  http.close();
  for (const socket of wss.clients) socket.terminate();
  // Let the close handlers run, then wait for LevelDB: its writes are chained, destroy() last.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await leveldb.destroy();
  process.exit(0);
});

const { port } = http.address() as AddressInfo;
process.stdout.write(`${JSON.stringify({ benchReady: true, port, server: 'ywebsocket' })}\n`);
