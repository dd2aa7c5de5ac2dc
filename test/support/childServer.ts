import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mainBundle } from '../../scripts/bundleServer.mjs';
import { loginAt } from './http.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** How the child process ended. */
export interface ChildExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** The real server, as the start command runs it (the bundle of `server/src/main.ts`), as a child process. */
export interface ChildServer {
  readonly process: ChildProcess;
  /** `http://host:port`, from the `server.started` log line. */
  readonly url: string;
  /** `ws://host:port/sync`. */
  readonly syncUrl: string;
  /** The JSON log lines printed so far, parsed. */
  readonly events: Record<string, unknown>[];
  /** Everything printed on stdout and stderr so far. */
  output(): string;
  /** Lines printed on stdout that are not JSON log lines (stdout is for logs only). */
  readonly strayStdout: string[];
  /** Resolves when the process has exited. */
  readonly exited: Promise<ChildExit>;
  login(username: string): Promise<string>;
  /** Sends `signal` and waits for the exit. */
  kill(signal: NodeJS.Signals): Promise<ChildExit>;
}

/**
 * Starts `node server/build/main.mjs` (bundled by the global set-up) with PORT=0 on `dataDir` and waits for its
 * `server.started` line. `env` adds or overrides settings; `nodeArgs` go to node (e.g. `--cpu-prof`).
 */
export function startChildServer(
  dataDir: string,
  env: Record<string, string> = {},
  startTimeoutMs = 20_000,
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  const child = spawn(process.execPath, [...nodeArgs, mainBundle], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      // The hand-written demo only: the full generated province takes half a minute to seed.
      SEED_DEMO: 'small',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let pending = '';
  let pendingErr = '';
  const strayStdout: string[] = [];
  const events: Record<string, unknown>[] = [];
  const logLevel = env.LOG_LEVEL ?? 'info';
  const logsStart = logLevel === 'info' || logLevel === 'debug';
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  return new Promise<ChildServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${startTimeoutMs} ms:\n${output}`));
    }, startTimeoutMs);
    let resolved = false;
    const started = (url: string): void => {
      if (resolved) return;
      resolved = true;
      clearTimeout(timer);
      resolve({
        process: child,
        url,
        syncUrl: `${url.replace(/^http/, 'ws')}/sync`,
        events,
        output: () => output,
        strayStdout,
        exited,
        login: (username) => loginAt(url, username),
        kill(signal) {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      pendingErr += chunk;
      const lines = pendingErr.split('\n');
      pendingErr = lines.pop() ?? '';
      // Below LOG_LEVEL=info there is no `server.started` line; the banner (stderr) has the URL.
      for (const line of lines) {
        const url = logsStart ? undefined : /running at (http:\/\/\S+)/.exec(line)?.[1];
        if (url) started(url);
      }
    });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        let event: Record<string, unknown>;
        try {
          event = JSON.parse(line) as Record<string, unknown>;
        } catch {
          strayStdout.push(line);
          continue;
        }
        events.push(event);
        if (event.event === 'server.started' && typeof event.url === 'string') started(event.url);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before it started:\n${output}`));
    });
  });
}
