/**
 * Child process: Hocuspocus 3.4 with its SQLite extension (database file in the data dir),
 * quiet, no auth extension. Prints `{"port": n}` when listening; SIGTERM stores and exits.
 */
import { join } from 'node:path';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';
import { exitWithParent } from './exitWithParent.ts';
import { readChildArgs } from './readChildArgs.ts';

const args = readChildArgs(process.argv.slice(2));
const sqlite = new SQLite({ database: join(args.dataDir, 'hocuspocus.sqlite') });
const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  stopOnSignals: false,
  extensions: [sqlite],
});
await server.listen();
exitWithParent();

let stopping = false;
process.on('SIGTERM', async () => {
  if (stopping) return;
  stopping = true;
  // destroy() closes the sockets and unloads (stores) every document; the extension's store is a
  // fire-and-forget db.run, and sqlite3's close() waits for queued statements.
  await server.destroy();
  await new Promise<void>((resolve) => {
    if (sqlite.db) sqlite.db.close(() => resolve());
    else resolve();
  });
  process.exit(0);
});

process.stdout.write(
  `${JSON.stringify({ benchReady: true, port: server.address.port, server: 'hocuspocus' })}\n`,
);
