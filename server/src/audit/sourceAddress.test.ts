import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { readSourceAddress, type SourceAddressOptions } from './sourceAddress.ts';

function ask(
  remoteAddress: string | null,
  headers: Record<string, string> = {},
  options: SourceAddressOptions = {},
) {
  const app = new Hono();
  app.get('/', (c) => c.json({ address: readSourceAddress(c, options) }));
  const env = remoteAddress === null ? undefined : { incoming: { socket: { remoteAddress } } };
  return Promise.resolve(app.request('/', { headers }, env)).then(
    async (response) => ((await response.json()) as { address: string | null }).address,
  );
}

describe('readSourceAddress', () => {
  it('is null without a socket (in-process requests)', async () => {
    expect(await ask(null)).toBeNull();
  });

  it('reads the socket peer and writes IPv4-mapped IPv6 as IPv4', async () => {
    expect(await ask('203.0.113.9')).toBe('203.0.113.9');
    expect(await ask('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(await ask('2001:DB8::1')).toBe('2001:db8::1');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    expect(await ask('203.0.113.9', { 'x-forwarded-for': '10.1.1.1' })).toBe('203.0.113.9');
  });

  it('takes the right-most untrusted forwarded address behind trusted proxies', async () => {
    const options = { trustedProxies: ['10.0.0.1', '10.0.0.2'] };
    const headers = { 'x-forwarded-for': '1.1.1.1, 198.51.100.20, 10.0.0.2' };
    expect(await ask('::ffff:10.0.0.1', headers, options)).toBe('198.51.100.20');
    expect(await ask('10.0.0.1', {}, options)).toBe('10.0.0.1');
    const v6 = { trustedProxies: ['FD00::1'] };
    expect(await ask('fd00::1', { 'x-forwarded-for': '2001:db8::7' }, v6)).toBe('2001:db8::7');
  });
});
