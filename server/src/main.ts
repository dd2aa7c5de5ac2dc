import { readEnv } from './env.ts';
import { demoPassword, demoUsers } from './seed/demoOrganisation.ts';
import { startServer } from './startServer.ts';

const env = readEnv();
const server = await startServer(env);

// On stderr: stdout carries the JSON log lines only, for whatever collects them.
process.stderr.write(
  [
    '',
    `  联办 Lianban is running at ${server.url}`,
    `  Demo accounts (password ${demoPassword}): ${demoUsers.map((user) => user.username).join(', ')}`,
    '',
  ].join('\n'),
);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => process.exit(1), env.SHUTDOWN_TIMEOUT_MS);
    server.close().then(
      () => {
        clearTimeout(timer);
        process.exit(0);
      },
      () => process.exit(1),
    );
  });
}
