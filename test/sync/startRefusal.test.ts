import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChildServer, startChildServer } from '../support/childServer.ts';

/** The output of a child server that was expected to refuse to start. */
async function refusal(dataDir: string, env: Record<string, string> = {}): Promise<string> {
  try {
    const started = await startChildServer(dataDir, env);
    await started.kill('SIGKILL');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the server started');
}

// An operator who starts a second server on the same data directory, or mistypes a setting, is
// told why in one line (and one JSON log line), not shown a stack trace of the bundle.
describe('a server that cannot start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lianban-refusal-'));
  const running: ChildServer[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.kill('SIGTERM')));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('on a data directory another server holds: says so, exits 1, and the first keeps serving', async () => {
    const first = await startChildServer(dataDir);
    running.push(first);
    const output = await refusal(dataDir);
    expect(output).toContain('server exited (1)');
    expect(output).toContain('Lianban could not start');
    expect(output).toContain('Another Lianban server is running on this DATA_DIR');
    expect(output).toMatch(/"event":"server.start-failed".*"code":"LOCKED"/);
    expect(output).not.toMatch(/^\s+at /m);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
  });

  it('with a setting out of range: names it', async () => {
    const output = await refusal(dataDir, { MAX_CONNECTIONS_PER_DOCUMENT: '0' });
    expect(output).toContain('server exited (1)');
    expect(output).toContain('Invalid environment');
    expect(output).toContain('MAX_CONNECTIONS_PER_DOCUMENT');
    expect(output).not.toMatch(/^\s+at /m);
  });
});
