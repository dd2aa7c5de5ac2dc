import { type Env, readEnv } from './env.ts';
import { createLogger } from './observability/logger.ts';
import { demoPassword, demoUsers } from './seed/demoOrganisation.ts';
import { type RunningServer, startServer } from './startServer.ts';

/** Starts, or ends the process with one clear line (and one JSON log line) saying why not. */
async function start(): Promise<{ env: Env; server: RunningServer }> {
  try {
    const env = readEnv();
    return { env, server: await startServer(env) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown }).code;
    createLogger('error').error('server.start-failed', { error: message, code });
    const hint =
      code === 'LOCKED'
        ? '\n  Another Lianban server is running on this DATA_DIR; stop it first.'
        : '';
    process.stderr.write(`\n  联办 Lianban could not start: ${message}${hint}\n\n`);
    process.exit(1);
  }
}

const { env, server } = await start();

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
