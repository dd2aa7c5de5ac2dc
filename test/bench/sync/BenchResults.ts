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
  /** Which round of the scenario (1-based): every server is measured once per round. */
  round: number;
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

/**
 * One timed load of the document from a freshly restarted server, and its floor: the same reader
 * (a {@link ColdReader} process) applying the same state without a server.
 */
export interface ColdRead {
  /** `cold`: a fresh reader, as a page opening the document; `warm`: a reader warmed up first. */
  reader: 'cold' | 'warm';
  restartMs?: number;
  /** Median of the loads (each after its own restart); the parts below are medians too. */
  loadMs?: number;
  loadRunsMs?: number[];
  /** Connect → the upgrade accepted (authentication included). */
  openedMs?: number;
  /** Connect → the first state message has arrived: the server's path and the transfer. */
  stateArrivedMs?: number;
  /** Of the load, what the reader spent applying what it was sent. */
  applyMs?: number;
  /**
   * Cold: fresh processes applying the state once (median); warm: the reader's own process,
   * warmed up, applying it (median of runs) right before the load.
   */
  floorMs?: number;
  floorRunsMs?: number[];
  contentOk?: boolean;
  stateVectorOk?: boolean;
  /** CPU of other processes during the load, % of one core. */
  foreignCpuPercent?: number;
}

export interface ColdLoadResult {
  server: ServerKind;
  edits: number;
  error?: string;
  buildSec?: number;
  buildEditsPerSec?: number;
  /** The builder's encoded state: what every reader must end up with. */
  stateBytes?: number;
  expectedLength?: number;
  /** Ours only: the server's stored state vector (message 100) covers all edits; null: no answer. */
  storedConfirmed?: boolean | null;
  stopMs?: number;
  stopForced?: boolean;
  reads: ColdRead[];
  rssAfterLoadMiB?: number;
  /** CPU of other processes during the build, % of one core. */
  foreignCpuDuringBuildPercent?: number;
}

export interface BenchReport {
  startedAt: string;
  machine: { cpus: number; node: string; platform: string };
  options: Record<string, unknown>;
  load: LoadResult[];
  cold: ColdLoadResult[];
  totalSec: number;
}
