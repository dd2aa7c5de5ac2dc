import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoPassword, type RunningServer, type ServerOptions, startServer } from '@lianban/server';

/** A server on port 0 over a fresh data directory, with helpers to log in and clean up. */
export interface TestServer {
  readonly server: RunningServer;
  readonly dataDir: string;
  /** `ws://host:port/sync`, the serverUrl a WebsocketProvider takes. */
  readonly syncUrl: string;
  login(username: string, password?: string): Promise<string>;
  /** Closes the server and removes its data directory. */
  stop(): Promise<void>;
}

/** Starts a real server with the small demo (its organisation and three cases) seeded. */
export async function startTestServer(options: ServerOptions = {}): Promise<TestServer> {
  const dataDir = options.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'lianban-test-'));
  const server = await startServer({
    PORT: 0,
    LOG_LEVEL: 'silent',
    seedDemo: true,
    SEED_DEMO: 'small',
    ...options,
    DATA_DIR: dataDir,
  });
  return {
    server,
    dataDir,
    syncUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
    async login(username, password = demoPassword) {
      const response = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (!response.ok) throw new Error(`login ${username} failed: ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    },
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
