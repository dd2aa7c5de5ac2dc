import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { AppDatabase } from '../db/openAppDatabase.ts';
import type { Logger } from '../observability/logger.ts';

/** Where the petitioner-key secret is kept when the environment does not give it. */
export const secretFileName = 'petitioner-key.secret';

const hexSecret = /^(?:[0-9a-f]{2}){32,}$/i;

/** Where the secret may come from, in order. */
export interface SecretSources {
  /** `PETITIONER_KEY_SECRET`: hex, 32 bytes or more. */
  readonly fromEnv?: string;
  /** The data directory; `null` for an in-memory server (a secret for this process only). */
  readonly dataDir: string | null;
  readonly db: AppDatabase;
  readonly log: Logger;
}

/**
 * The HMAC secret of petitioner keys, kept out of the database: the environment's, else the one
 * in DATA_DIR (created on first start, mode 0600, written durably). Installations from before
 * kept it in the database (`workflow_secrets`): that one is moved to the file, and deleted from
 * the database only once the file is safely on disk, so the digests already filed still match.
 * A secret that would not match the digests already filed (the environment's differing from
 * the file's or the database's) stops the server: repeat detection would silently find nothing.
 */
export function resolvePetitionerKeySecret(sources: SecretSources): Uint8Array {
  const legacy = readLegacySecret(sources.db);
  const path = sources.dataDir === null ? null : join(sources.dataDir, secretFileName);
  const stored = path === null ? null : readSecretFile(path, sources.log);
  if (sources.fromEnv !== undefined) {
    if (!hexSecret.test(sources.fromEnv)) {
      throw new Error('PETITIONER_KEY_SECRET must be 64 or more hex digits');
    }
    const secret = Buffer.from(sources.fromEnv, 'hex');
    for (const [where, other] of [
      [path, stored],
      ['the database', legacy],
    ] as const) {
      if (other && !other.equals(secret)) {
        throw new Error(
          `PETITIONER_KEY_SECRET differs from the secret in ${where}, under which earlier petitions were filed; set it to that secret`,
        );
      }
    }
    deleteLegacySecret(sources.db);
    return secret;
  }
  if (path === null) return legacy ?? randomBytes(32);
  if (stored) {
    if (legacy && !legacy.equals(stored)) {
      throw new Error(`${path} and the database hold different petitioner-key secrets`);
    }
    deleteLegacySecret(sources.db);
    return stored;
  }
  const secret = createSecretFile(path, legacy ?? randomBytes(32), sources.log);
  deleteLegacySecret(sources.db);
  sources.log.info('petitioner-key.secret-created', { path, movedFromDatabase: legacy !== null });
  return secret;
}

function readSecretFile(path: string, log: Logger): Buffer | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!hexSecret.test(text)) {
    throw new Error(`${path} does not hold a petitioner-key secret (64 or more hex digits)`);
  }
  if ((statSync(path).mode & 0o077) !== 0) {
    log.warn('petitioner-key.secret-readable', { path, message: 'chmod 600 it' });
  }
  return Buffer.from(text, 'hex');
}

/**
 * Writes the secret to `path` durably and only if no file is there: a temporary file, synced,
 * linked into place (which fails if another process got there first: its secret is used), and
 * the directory synced, so a power loss cannot leave an empty file behind a dropped table.
 */
function createSecretFile(path: string, secret: Buffer, log: Logger): Buffer {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${secret.toString('hex')}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const theirs = readSecretFile(path, log);
    if (!theirs) throw error;
    return theirs;
  } finally {
    unlinkSync(temporary);
  }
  const directory = openSync(join(path, '..'), 'r');
  try {
    fsyncSync(directory);
  } finally {
    closeSync(directory);
  }
  return secret;
}

function hasLegacyTable(db: AppDatabase): boolean {
  return (
    db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workflow_secrets'")
      .get() !== undefined
  );
}

function readLegacySecret(db: AppDatabase): Buffer | null {
  if (!hasLegacyTable(db)) return null;
  const value = db
    .prepare("SELECT value FROM workflow_secrets WHERE name = 'petitioner-key'")
    .pluck()
    .get() as Buffer | undefined;
  return value ?? null;
}

function deleteLegacySecret(db: AppDatabase): void {
  if (hasLegacyTable(db)) db.exec('DROP TABLE workflow_secrets');
}
