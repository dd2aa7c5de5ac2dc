/**
 * Child process: our server (`@lianban/server`'s startServer) on a temp data dir with one unit,
 * one handler user and `--docs` cases led by that unit. Prints `{"port": n, "token": t}`;
 * with `--reuse` (a restart on the same data dir) it only issues a fresh token.
 */
import { startServer } from '@lianban/server';
import { caseIdFor, coldCaseId } from './caseIdFor.ts';
import { exitWithParent } from './exitWithParent.ts';
import { readChildArgs } from './readChildArgs.ts';

const args = readChildArgs(process.argv.slice(2));
const unitId = 'bench-unit';
const username = 'bench-handler';

// The brief's contract spells the options port/host/dataDir; the server's ServerOptions (Partial
// of its environment schema) currently spells them PORT/HOST/DATA_DIR. Both are passed (as a
// variable, so neither spelling is an excess-property error) until the two agree.
// All load comes from ONE bench user over up to 500 sockets, and the cold-load builder sends
// 1,000 updates per burst on one socket: the per-user connection cap (64) and the per-socket
// message rate (200/s) would refuse that, and the peers have no such caps, so they are lifted
// here; the rate limiter still runs. Logging is at 'warn', as the peers run quiet.
const options = {
  port: 0,
  host: '127.0.0.1',
  dataDir: args.dataDir,
  PORT: 0,
  HOST: '127.0.0.1',
  DATA_DIR: args.dataDir,
  seedDemo: false,
  LOG_LEVEL: 'warn' as const,
  MAX_CONNECTIONS_PER_USER: 10_000,
  MAX_MESSAGES_PER_SECOND: 100_000,
  ...(process.env.BENCH_COMMIT_DELAY
    ? { STORE_COMMIT_DELAY_MS: Number(process.env.BENCH_COMMIT_DELAY) }
    : {}),
  ...(process.env.BENCH_COMPACT_AFTER
    ? { COMPACT_AFTER_UPDATES: Number(process.env.BENCH_COMPACT_AFTER) }
    : {}),
  ...(process.env.BENCH_DRAIN_INTERVAL
    ? { STORE_DRAIN_INTERVAL_MS: Number(process.env.BENCH_DRAIN_INTERVAL) }
    : {}),
};
const server = await startServer(options);
exitWithParent();

if (!args.reuse) {
  await server.fixtures.createUnit({ unitId, name: 'Bench unit' });
  await server.fixtures.createUser({
    username,
    password: 'bench-password-not-secret',
    role: 'handler',
    unitId,
  });
  for (let i = 0; i < args.docs; i++) {
    await server.fixtures.createCase({ caseId: caseIdFor(i), leadUnitId: unitId });
  }
  await server.fixtures.createCase({ caseId: coldCaseId, leadUnitId: unitId });
}
const token = await server.fixtures.issueToken(username);

let stopping = false;
process.on('SIGTERM', async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
});

process.stdout.write(
  `${JSON.stringify({ benchReady: true, port: server.port, token, server: 'lianban' })}\n`,
);
