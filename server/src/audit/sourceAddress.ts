import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** Options of `readSourceAddress`. */
export interface SourceAddressOptions {
  /**
   * Addresses of reverse proxies in front of the server. Only when the socket peer is one of
   * them is `X-Forwarded-For` read (its right-most address that is not a trusted proxy);
   * otherwise the header is ignored, since any client can send it.
   */
  readonly trustedProxies?: readonly string[];
}

/**
 * The network address a request came from, for the audit log: the socket peer as
 * `@hono/node-server` reports it, IPv4-mapped IPv6 written as plain IPv4. Null when there is
 * no socket (in-process `app.request()` tests).
 */
export function readSourceAddress(c: Context, options: SourceAddressOptions = {}): string | null {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    return null;
  }
  if (!peer) return null;
  const trusted = new Set((options.trustedProxies ?? []).map(normalise));
  let address = normalise(peer);
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => normalise(part.trim()))
    .filter((part) => part.length > 0);
  // Walk back through trusted hops only: entries left of the first untrusted one are forgeable.
  while (forwarded.length > 0 && trusted.has(address)) address = forwarded.pop()!;
  return address;
}

function normalise(address: string): string {
  return address.toLowerCase().startsWith('::ffff:') && address.includes('.')
    ? address.slice(7)
    : address.toLowerCase();
}
