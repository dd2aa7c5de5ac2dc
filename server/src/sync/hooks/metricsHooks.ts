import type { Metrics } from '../../observability/metrics.ts';
import type { RoomHooks } from '../roomHooks.ts';

/** Metrics: counts every stored update and observes how long storing it took. */
export function metricsHooks(metrics: Metrics): RoomHooks {
  return {
    afterChange(_room, _update, seq, storeMs) {
      if (seq === undefined) return;
      metrics.updatesStored++;
      if (storeMs !== undefined) metrics.observeStoreLatency(storeMs);
    },
  };
}
