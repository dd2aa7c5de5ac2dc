import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ColdReaderJob, ColdReaderReport } from './coldReaderChild.ts';

const script = fileURLToPath(new URL('./coldReaderChild.ts', import.meta.url));

/**
 * The cold-load reader, run as its own process (`coldReaderChild.ts`): {@link ColdReader.start}
 * resolves once it is ready (a warm reader has warmed up and measured its floor);
 * {@link ColdReader.load} then lets it time the load.
 */
export class ColdReader {
  private constructor(
    readonly pid: number,
    private readonly go: () => void,
    private readonly report: Promise<ColdReaderReport>,
    /** Kills the process if it is still running. */
    readonly stop: () => void,
  ) {}

  static start(job: ColdReaderJob): Promise<ColdReader> {
    const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(job)], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const lines: string[] = [];
    let onLine: (() => void) | null = null;
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      onLine?.();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const nextLine = () =>
      new Promise<string>((resolve, reject) => {
        const take = () => {
          const line = lines.shift();
          if (line === undefined) return false;
          onLine = null;
          resolve(line);
          return true;
        };
        if (take()) return;
        onLine = take;
        exited.then((code) => reject(new Error(`cold reader exited (${code}): ${stderr}`)));
      });
    const timeout = setTimeout(stop, job.timeoutMs * 3);
    exited.then(() => clearTimeout(timeout));
    const ready = nextLine().then((first) => {
      if (!(JSON.parse(first) as { ready?: boolean }).ready) {
        throw new Error(`cold reader: unexpected line ${first}`);
      }
      const report = nextLine().then((line) => JSON.parse(line) as ColdReaderReport);
      report.catch(() => {}); // seen by whoever calls load(); not unhandled before that
      return new ColdReader(child.pid ?? -1, () => child.stdin.write('go\n'), report, stop);
    });
    ready.catch(stop);
    return ready;
  }

  load(): Promise<ColdReaderReport> {
    this.go();
    return this.report;
  }
}
