import type { Logger } from './logger.ts';

const latencyBucketsMs = [0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 1000];

/** Counters and gauges of the sync server, exposed in Prometheus text format. */
export interface Metrics {
  readonly log: Logger;
  connections: number;
  messagesIn: number;
  updatesIn: number;
  updatesStored: number;
  bytesOut: number;
  storeFailures: number;
  /** Document logs compacted into a snapshot. */
  compactions: number;
  rejected(reason: string): void;
  observeStoreLatency(ms: number): void;
  render(gauges: { openDocuments: number }): string;
}

/** Creates the metrics registry. */
export function createMetrics(log: Logger): Metrics {
  const rejections = new Map<string, number>();
  const bucketCounts = latencyBucketsMs.map(() => 0);
  let latencySum = 0;
  let latencyCount = 0;
  const metrics: Metrics = {
    log,
    connections: 0,
    messagesIn: 0,
    updatesIn: 0,
    updatesStored: 0,
    bytesOut: 0,
    storeFailures: 0,
    compactions: 0,
    rejected(reason) {
      rejections.set(reason, (rejections.get(reason) ?? 0) + 1);
    },
    observeStoreLatency(ms) {
      latencySum += ms;
      latencyCount++;
      for (let i = 0; i < latencyBucketsMs.length; i++)
        if (ms <= latencyBucketsMs[i]!) bucketCounts[i]!++;
    },
    render({ openDocuments }) {
      const lines = [
        '# HELP lianban_connections Open sync connections.',
        '# TYPE lianban_connections gauge',
        `lianban_connections ${metrics.connections}`,
        '# HELP lianban_open_documents Documents loaded in memory.',
        '# TYPE lianban_open_documents gauge',
        `lianban_open_documents ${openDocuments}`,
        '# HELP lianban_messages_received_total Decoded inbound protocol messages.',
        '# TYPE lianban_messages_received_total counter',
        `lianban_messages_received_total ${metrics.messagesIn}`,
        '# HELP lianban_updates_received_total Document updates accepted from writers.',
        '# TYPE lianban_updates_received_total counter',
        `lianban_updates_received_total ${metrics.updatesIn}`,
        '# HELP lianban_updates_stored_total Document updates durably stored.',
        '# TYPE lianban_updates_stored_total counter',
        `lianban_updates_stored_total ${metrics.updatesStored}`,
        '# HELP lianban_bytes_sent_total Bytes sent to sync clients.',
        '# TYPE lianban_bytes_sent_total counter',
        `lianban_bytes_sent_total ${metrics.bytesOut}`,
        '# HELP lianban_store_failures_total Updates that could not be stored.',
        '# TYPE lianban_store_failures_total counter',
        `lianban_store_failures_total ${metrics.storeFailures}`,
        '# HELP lianban_compactions_total Document logs compacted into one snapshot.',
        '# TYPE lianban_compactions_total counter',
        `lianban_compactions_total ${metrics.compactions}`,
        '# HELP lianban_store_latency_ms Time from receiving an update to its durable storage.',
        '# TYPE lianban_store_latency_ms histogram',
        ...latencyBucketsMs.map(
          (le, i) => `lianban_store_latency_ms_bucket{le="${le}"} ${bucketCounts[i]}`,
        ),
        `lianban_store_latency_ms_bucket{le="+Inf"} ${latencyCount}`,
        `lianban_store_latency_ms_sum ${latencySum}`,
        `lianban_store_latency_ms_count ${latencyCount}`,
        '# HELP lianban_rejected_messages_total Messages refused, by reason.',
        '# TYPE lianban_rejected_messages_total counter',
        ...[...rejections].map(
          ([reason, count]) => `lianban_rejected_messages_total{reason="${reason}"} ${count}`,
        ),
      ];
      return `${lines.join('\n')}\n`;
    },
  };
  return metrics;
}
