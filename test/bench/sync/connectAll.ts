import type { ThinClient } from './ThinClient.ts';

/** Connects clients with at most `concurrency` handshakes in flight; rejects on the first failure. */
export async function connectAll(
  clients: readonly ThinClient[],
  concurrency: number,
  timeoutMs: number,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < clients.length) {
      const client = clients[next++];
      if (client) await client.connect(timeoutMs);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, clients.length) }, lane));
}
