import { describe, expect, it } from 'vitest';
import type { BenchReport, LoadResult } from './BenchResults.ts';
import { formatReport } from './formatReport.ts';
import type { ServerKind } from './serverKinds.ts';

function window(server: ServerKind, round: number, p99: number, cpuMsPer1k: number): LoadResult {
  return {
    scenario: 'A',
    round,
    server,
    clients: 200,
    docs: 50,
    ratePerSec: 20,
    windowSec: 50,
    latencyMs: { p50: 0.5, p95: 1, p99, max: p99 * 4, count: 1000 },
    cpuMsPer1kDelivered: cpuMsPer1k,
    serverCpuPercent: cpuMsPer1k * 1.2,
  };
}

function report(load: LoadResult[]): BenchReport {
  return {
    startedAt: '2026-11-28T00:00:00.000Z',
    machine: { cpus: 2, node: 'v20', platform: 'linux' },
    options: {},
    load,
    cold: [],
    totalSec: 1,
  };
}

describe('formatReport over rounds', () => {
  it('compares ours with the better peer of each round and gives the median of those ratios', () => {
    const text = formatReport(
      report([
        // Round 1: Hocuspocus is the better peer on both; round 2: y-websocket-server on p99.
        window('lianban', 1, 2, 20),
        window('hocuspocus', 1, 10, 50),
        window('ywebsocket', 1, 20, 80),
        window('lianban', 2, 3, 24),
        window('hocuspocus', 2, 12, 40),
        window('ywebsocket', 2, 4, 90),
        window('lianban', 3, 4, 30),
        window('hocuspocus', 3, 16, 50),
        window('ywebsocket', 3, 30, 80),
        window('relay', 1, 1, 10),
        window('relay', 2, 2, 16),
        window('relay', 3, 2, 15),
      ]),
    );
    // p99: 2/10, 3/4, 4/16 → median 0.25; CPU: 20/50, 24/40, 30/50 → median 0.60. The relay
    // against the better peer: p99 1/10, 2/4, 2/16; CPU 10/50, 16/40, 15/50.
    expect(text).toContain(
      'p99 latency: ours / better peer, median of rounds 0.25× (rounds: 0.20× hocuspocus, 0.75× y-websocket-server, 0.25× hocuspocus); ours / relay floor 2.00×; relay floor / better peer, median 0.13× (rounds: 0.10×, 0.50×, 0.13×)',
    );
    expect(text).toContain(
      'CPU per delivered update: ours / better peer, median of rounds 0.60× (rounds: 0.40× hocuspocus, 0.60× hocuspocus, 0.60× hocuspocus); ours / relay floor 2.00×; relay floor / better peer, median 0.30× (rounds: 0.20×, 0.40×, 0.30×)',
    );
    expect(text).toContain("half the better peer's p99, per round: 5.0 ms, 2.0 ms, 8.0 ms");
    // Each server's median over its rounds: ours p99 3.0 ms, CPU 28.8 % and 24.00 ms per 1k.
    const lines = text.split('\n');
    const medians = lines.slice(lines.findIndex((line) => line.startsWith('median of rounds')));
    expect(medians.find((line) => line.startsWith('ours'))).toMatch(
      /^ours \(lianban\)\s+0\.5\s+3\.0\s+28\.8\s+24\.00\s/,
    );
  });

  it('leaves a failed window out of the ratios', () => {
    const failed: LoadResult = { ...window('hocuspocus', 1, 1, 1), error: 'crashed' };
    delete failed.latencyMs;
    const text = formatReport(
      report([
        window('lianban', 1, 2, 20),
        failed,
        window('ywebsocket', 1, 8, 80),
        window('lianban', 2, 2, 20),
        window('hocuspocus', 2, 4, 40),
        window('ywebsocket', 2, 8, 80),
      ]),
    );
    expect(text).toContain(
      'median of rounds 0.38× (rounds: 0.25× y-websocket-server, 0.50× hocuspocus)',
    );
    expect(text).toContain('hocuspocus 3.4.4 (round 1): crashed');
  });

  it('reports a single round without a round column or median', () => {
    const text = formatReport(
      report([window('lianban', 1, 2, 20), window('hocuspocus', 1, 8, 50)]),
    );
    expect(text).toContain('p99 latency: ours / better peer (hocuspocus) 0.25×');
    expect(text).not.toContain('relay floor');
    expect(text).not.toContain('median of rounds');
    expect(text).not.toContain('round ');
  });
});
