import type { ServerKind } from './serverKinds.ts';

/** The load generator's own cost during a window: if it saturates, latencies are its own. */
export interface GeneratorLoad {
  cpuPercent: number;
  eventLoopLagP50Ms: number;
  eventLoopLagP99Ms: number;
  eventLoopLagMaxMs: number;
  meanLatenessMs: number;
  maxLatenessMs: number;
  skippedEdits: number;
  rssMiB: number;
}

export interface LoadResult {
  scenario: string;
  server: ServerKind;
  clients: number;
  docs: number;
  ratePerSec: number;
  error?: string;
  serverStartMs?: number;
  connectMs?: number;
  windowSec?: number;
  sentPerSec?: number;
  deliveredPerSec?: number;
  /** Sync update messages received by clients per second, echoes to the sender included. */
  messagesPerSec?: number;
  latencyMs?: { p50: number; p95: number; p99: number; max: number; count: number };
  unpropagated?: number;
  serverCpuPercent?: number;
  serverCpuMs?: number;
  cpuMsPer1kDelivered?: number;
  rssPeakMiB?: number;
  rssEndMiB?: number;
  generator?: GeneratorLoad;
  /** CPU of other processes on the machine during the window, % of one core. */
  foreignCpuPercent?: number;
  /** How long the run waited for other processes to go quiet first, and what it saw last. */
  quietWaitMs?: number;
  foreignBeforePercent?: number;
  clientProblems?: string[];
  /** How long SIGTERM took; forced: still busy (e.g. flushing) after 5 s and killed. */
  stopMs?: number;
  stopForced?: boolean;
  /** Measurements of this row that were thrown away because other processes were busier. */
  attempts?: number;
}

export interface FloorResult {
  edits: number;
  textLength: number;
  updateBytes: number;
  /** Warm: applied in the bench process after a few untimed applies. */
  runsMs: number[];
  medianMs: number;
  /** Cold: applied once in each of a few fresh processes. */
  coldRunsMs: number[];
  coldMedianMs: number;
}

export interface ColdLoadResult {
  server: ServerKind;
  edits: number;
  error?: string;
  buildSec?: number;
  buildEditsPerSec?: number;
  /** Ours only: the server's stored state vector (message 100) covers all edits; null: no answer. */
  storedConfirmed?: boolean | null;
  stopMs?: number;
  stopForced?: boolean;
  restartMs?: number;
  coldLoadMs?: number;
  /** From connect until the first state message had arrived: the server's path and the transfer. */
  stateArrivedMs?: number;
  /** Of the cold load, what the reader spent applying what it was sent. */
  readerApplyMs?: number;
  contentOk?: boolean;
  stateVectorOk?: boolean;
  expectedLength?: number;
  rssAfterLoadMiB?: number;
  /** CPU of other processes during the build and during the cold load, % of one core. */
  foreignCpuDuringBuildPercent?: number;
  foreignCpuDuringLoadPercent?: number;
}

export interface BenchReport {
  startedAt: string;
  machine: { cpus: number; node: string; platform: string };
  options: Record<string, unknown>;
  load: LoadResult[];
  floor?: FloorResult;
  cold: ColdLoadResult[];
  totalSec: number;
}
