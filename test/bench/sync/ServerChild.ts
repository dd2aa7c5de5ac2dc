import { type ChildProcess, spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { childCommand } from './childCommand.ts';
import type { ServerKind } from './serverKinds.ts';

/** What a child script prints as its one JSON line once it listens. */
export interface ChildReady {
  benchReady: true;
  port: number;
  /** Bearer token for our server's sockets; absent for the peers. */
  token?: string;
  [key: string]: unknown;
}

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const live = new Set<ChildProcess>();

/**
 * A server run as a separate process (see `childCommand`), so that its CPU and RSS can
 * be read alone from /proc. Every child is tracked and killed by {@link ServerChild.killAll}.
 */
export class ServerChild {
  /** Resolves when the process has exited, however it ended. */
  readonly exited: Promise<ChildExit>;
  exit: ChildExit | null = null;
  private stderr = '';

  private constructor(
    readonly kind: ServerKind,
    private readonly child: ChildProcess,
    readonly ready: ChildReady,
    readonly startMs: number,
    exited: Promise<ChildExit>,
  ) {
    this.exited = exited;
    exited.then((e) => {
      this.exit = e;
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get port(): number {
    return this.ready.port;
  }

  /** The last few KiB of the child's stderr, for error reports. */
  stderrTail(): string {
    return this.stderr.slice(-2000);
  }

  /** Starts the child and waits for its ready line; rejects (and kills it) on timeout or exit. */
  static async start(
    kind: ServerKind,
    args: readonly string[],
    readyTimeoutMs = 60_000,
  ): Promise<ServerChild> {
    const command = await childCommand(kind);
    const began = performance.now();
    // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof") lets a profiler run inside the server child.
    const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, ...command, ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    live.add(child);
    const exited = new Promise<ChildExit>((resolve) => {
      child.once('exit', (code, signal) => {
        live.delete(child);
        resolve({ code, signal });
      });
    });
    let stderr = '';
    let stdout = '';
    let instance: ServerChild | null = null;
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      if (instance) instance.stderr = (instance.stderr + chunk).slice(-8000);
      else stderr = (stderr + chunk).slice(-8000);
    });
    return new Promise<ServerChild>((resolve, reject) => {
      const fail = (why: string) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`${kind} server ${why}\n${stderr.slice(-2000)}`));
      };
      const timer = setTimeout(() => fail(`not ready within ${readyTimeoutMs} ms`), readyTimeoutMs);
      exited.then((e) => {
        if (!instance) fail(`exited before ready (code ${e.code}, signal ${e.signal})`);
      });
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        if (instance) return;
        stdout += chunk;
        for (const line of stdout.split('\n')) {
          const trimmed = line.trim();
          if (!trimmed.startsWith('{')) continue;
          let parsed: unknown;
          try {
            parsed = JSON.parse(trimmed);
          } catch {
            continue;
          }
          const ready = parsed as ChildReady;
          if (ready.benchReady !== true || typeof ready.port !== 'number') continue;
          clearTimeout(timer);
          instance = new ServerChild(kind, child, ready, performance.now() - began, exited);
          instance.stderr = stderr;
          resolve(instance);
          return;
        }
      });
    });
  }

  /** Settles like `work`, but rejects as soon as the child exits (the server died). */
  guard<T>(work: Promise<T>): Promise<T> {
    const died = this.exited.then((e): never => {
      throw new Error(
        `${this.kind} server exited (code ${e.code}, signal ${e.signal})\n${this.stderrTail()}`,
      );
    });
    return Promise.race([work, died]);
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves with how it ended and how long it took. */
  async stop(graceMs = 20_000): Promise<ChildExit & { ms: number; forced: boolean }> {
    const began = performance.now();
    if (this.exit) return { ...this.exit, ms: 0, forced: false };
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const forced = await Promise.race([
      this.exited.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), graceMs);
      }),
    ]);
    clearTimeout(timer);
    if (forced) this.child.kill('SIGKILL');
    const exit = await this.exited;
    return { ...exit, ms: performance.now() - began, forced };
  }

  /** Kills every child still running (synchronous: safe in an 'exit' handler). */
  static killAll(): number {
    let killed = 0;
    for (const child of live) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        killed++;
      }
    }
    return killed;
  }
}
