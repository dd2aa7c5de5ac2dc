import { demoPassword } from '@lianban/server';

/** Logs a demo user in against a server at `baseUrl` (`http://host:port`) and returns the token. */
export async function loginAt(
  baseUrl: string,
  username: string,
  password = demoPassword,
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username} failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** The status of `GET /healthz`. */
export async function healthStatus(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/healthz`);
  await response.arrayBuffer();
  return response.status;
}

/**
 * The value of one sample of `GET /metrics`, e.g.
 * `metricValue(url, 'lianban_rejected_messages_total{reason="slow-consumer"}')`; 0 if absent.
 */
export async function metricValue(baseUrl: string, sample: string): Promise<number> {
  const response = await fetch(`${baseUrl}/metrics`);
  const text = await response.text();
  for (const line of text.split('\n')) {
    if (line.startsWith(`${sample} `)) return Number(line.slice(sample.length + 1));
  }
  return 0;
}
