import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const integer = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** Every setting the server reads from the environment, with its default. */
export const envSchema = z.object({
  PORT: integer(8080, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** The built client served on the same port (`pnpm build:client` makes it). */
  CLIENT_DIR: z
    .string()
    .min(1)
    .default(fileURLToPath(new URL('../../client/dist', import.meta.url))),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /**
   * Demo data for an empty database: `full` (the hand-written demo and ~2,000 generated cases of
   * a fictional province), `small` (the hand-written demo only), `none`. `true` and `false`, the
   * earlier values, read as `full` and `none`.
   */
  SEED_DEMO: z
    .enum(['full', 'small', 'none', 'true', 'false'])
    .default('full')
    .transform((value) => (value === 'true' ? 'full' : value === 'false' ? 'none' : value)),
  /** SQLite durability: NORMAL survives a process crash, FULL also a power loss. */
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  /** Milliseconds an update may wait to share a SQLite commit with others (latency for CPU). */
  STORE_COMMIT_DELAY_MS: integer(0, 0, 50),
  STORE_DRAIN_INTERVAL_MS: integer(30_000, 0, 600_000),
  SESSION_TTL_HOURS: integer(12, 1, 24 * 30),
  MAX_MESSAGE_BYTES: integer(1024 * 1024, 1024, 64 * 1024 * 1024),
  /** Hard cap on a WebSocket frame, enforced by ws itself (1009); the real limit above closes 4413. */
  MAX_FRAME_BYTES: integer(16 * 1024 * 1024, 1024, 256 * 1024 * 1024),
  /** Sockets are pinged this often and dropped when the previous ping went unanswered. */
  HEARTBEAT_MS: integer(30_000, 100, 3_600_000),
  MAX_MESSAGES_PER_SECOND: integer(200, 1, 100_000),
  MAX_BYTES_PER_SECOND: integer(8 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  MAX_AWARENESS_PER_SECOND: integer(20, 1, 1000),
  MAX_CONNECTIONS_PER_USER: integer(64, 1, 10_000),
  /** Connections one document admits; more are refused with 4429 until one leaves. */
  MAX_CONNECTIONS_PER_DOCUMENT: integer(200, 1, 10_000),
  /** Awareness client ids one connection may speak for (a stock client has one). */
  MAX_AWARENESS_IDS_PER_CONNECTION: integer(4, 1, 64),
  /** Most (client, clock) entries in a state vector a client sends. */
  MAX_STATE_VECTOR_ENTRIES: integer(100_000, 1_000, 10_000_000),
  /** Largest JSON state of one awareness entry, in UTF-8 bytes. */
  MAX_AWARENESS_STATE_BYTES: integer(16 * 1024, 256, 1024 * 1024),
  /** Messages a connection may send while its document is still loading. */
  MAX_QUEUED_BEFORE_READY: integer(512, 1, 100_000),
  MAX_BUFFERED_BYTES: integer(16 * 1024 * 1024, 64 * 1024, 1024 * 1024 * 1024),
  /** Idle documents (no connection) are unloaded from memory after this many milliseconds. */
  ROOM_IDLE_MS: integer(30_000, 0, 24 * 3600_000),
  /** Compact a document's update log into a snapshot once its tail is this long. */
  COMPACT_AFTER_UPDATES: integer(2_000, 10, 10_000_000),
  SHUTDOWN_TIMEOUT_MS: integer(10_000, 100, 600_000),
  /** Hash of the audit chain: SHA-256, or SM3 (GB/T 32905) for the commercial-crypto assessment. */
  AUDIT_HASH_ALGORITHM: z.enum(['sha256', 'sm3']).default('sha256'),
  /** Comma-separated reverse-proxy addresses whose X-Forwarded-For the audit log believes. */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  /**
   * The HMAC key of the petitioner keys of repeat detection, as 64 or more hex digits. Unset, one
   * is kept in DATA_DIR/petitioner-key.secret (mode 0600), apart from the database: a leaked
   * database plus this key would let ID numbers be guessed back from their digests.
   */
  PETITIONER_KEY_SECRET: z
    .string()
    .regex(/^(?:[0-9a-fA-F]{2}){32,}$/, 'must be 64 or more hex digits (32 bytes or more)')
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment once at boot; fails with the full list of problems. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  return result.data;
}
